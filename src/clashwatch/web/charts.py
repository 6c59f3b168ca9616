"""Casualty charts drawn on the server as SVG: no chart library, nothing to download.

Every text that reaches the SVG goes through `escape`; the markup around it is ours.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

from clashwatch.model import Claim, Event
from clashwatch.resolve.reconcile import current_claims

PALETTE = ("#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#be185d",
           "#4d7c0f", "#78716c", "#1e3a8a")
MAX_SERIES = 9  # more lines than this are unreadable: the rest are summed as 'other claimants'
UNNAMED = "unnamed (the reports)"
OTHER = "other claimants"
OTHER_COLOUR = "#a8a29e"


@dataclass
class Series:
    name: str
    points: list[tuple[date, int, str]] = field(default_factory=list)  # x, y, tooltip

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "points": [{"date": x.isoformat(), "value": y, "label": t}
                                              for x, y, t in self.points]}


def bucket(day: date, interval: str) -> date:
    """The first day of the week (Monday) or month holding `day`."""
    if interval == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def casualty_series(events: Iterable[Event], status: str, interval: str) -> list[Series]:
    """Per side and claimant, the figures of `status` summed per week or month.

    Each event contributes each claimant's latest incident figure per side (the rule the
    event page reconciles with), so running totals are not counted twice.
    """
    sums: dict[tuple[str, str], dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for event in events:
        if event.date_start is None:
            continue
        when = bucket(event.date_start, interval)
        for side, view in event.by_side.items():
            claims = [Claim.from_dict(c) for c in view.get("claims") or []
                      if c.get("status") == status and not c.get("aggregate")]
            for claim in current_claims(claims):
                if claim.count is not None:
                    sums[(side, claim.claimant or UNNAMED)][when] += claim.count
    ranked = sorted(sums.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    series = []
    other: dict[date, int] = defaultdict(int)
    for rank, ((side, claimant), values) in enumerate(ranked):
        if rank >= MAX_SERIES:
            for when, value in values.items():
                other[when] += value
            continue
        name = f"{side} · {claimant}"
        series.append(Series(name, [(w, v, f"{name}, {w.isoformat()}: {v} {status}")
                                    for w, v in sorted(values.items())]))
    if other:
        series.append(Series(OTHER, [(w, v, f"{OTHER}, {w}: {v} {status}")
                                                 for w, v in sorted(other.items())]))
    return series


def claimant_history(event: Event) -> list[Series]:
    """Each claimant's figures for the event over time (by the date of the report)."""
    found: dict[str, list[tuple[date, int, str]]] = defaultdict(list)
    for side, view in event.by_side.items():
        for c in view.get("claims") or []:
            claim = Claim.from_dict(c)
            when = claim.published or claim.date_end or claim.date_start
            if claim.count is None or when is None:
                continue
            name = f"{side} · {claim.status} · {claim.claimant or UNNAMED}"
            found[name].append((when, claim.count, f"{name}, {when.isoformat()}: {claim.count}"
                                + (" (total)" if claim.aggregate else "")))
    return [Series(name, sorted(points)) for name, points in sorted(found.items())][:MAX_SERIES]


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    exponent = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exponent:
            return step * exponent
    return 10 * exponent


def _date_ticks(start: date, end: date, count: int = 6) -> list[date]:
    span = (end - start).days
    if span <= 0:
        return [start]
    count = min(count, span + 1)  # a 2-day chart has 3 day ticks, not 6 repeated ones
    return list(dict.fromkeys(start + timedelta(days=round(span * i / (count - 1)))
                              for i in range(count)))


def line_chart(series: Sequence[Series], title: str, y_label: str,
               width: int = 760, height: int = 280) -> Markup:
    """Lines with dots over a time axis; each dot's tooltip says who claims what, when."""
    left, right, top, bottom = 56, 16, 28, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    points = [p for s in series for p in s.points]
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
             f'<title>{escape(title)}</title>',
             f'<text class="chart-title" x="{left}" y="18">{escape(title)}</text>']
    if not points:
        parts.append(f'<text class="chart-empty" x="{width / 2}" y="{height / 2}" '
                     'text-anchor="middle">no figures to chart for this selection</text></svg>')
        return Markup("".join(parts))
    first, last = min(p[0] for p in points), max(p[0] for p in points)
    if first == last:
        first, last = first - timedelta(days=15), last + timedelta(days=15)
    span = (last - first).days
    y_max = _nice_max(max(p[1] for p in points))

    def x_of(d: date) -> float:
        return left + plot_w * (d - first).days / span

    def y_of(v: float) -> float:
        return top + plot_h * (1 - v / y_max)

    for i in range(5):
        value = y_max * i / 4
        y = y_of(value)
        parts.append(f'<line class="grid" x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" '
                     f'y2="{y:.1f}"/><text class="tick" x="{left - 6}" y="{y + 4:.1f}" '
                     f'text-anchor="end">{value:g}</text>')
    fmt = "%Y-%m-%d" if span < 120 else "%Y-%m"
    ticks = _date_ticks(first, last)
    for i, tick in enumerate(ticks):
        # the end labels are anchored inwards so they stay inside the chart
        anchor = "start" if i == 0 and len(ticks) > 1 else "end" if i == len(ticks) - 1 \
            and len(ticks) > 1 else "middle"
        parts.append(f'<text class="tick" x="{x_of(tick):.1f}" y="{top + plot_h + 18}" '
                     f'text-anchor="{anchor}">{tick.strftime(fmt)}</text>')
    parts.append(f'<text class="axis-label" x="12" y="{top + plot_h / 2}" '
                 f'transform="rotate(-90 12 {top + plot_h / 2})" text-anchor="middle">'
                 f'{escape(y_label)}</text>')
    dot = 4.5 if len(points) <= 60 else 2.5  # dense charts: smaller dots, lines stay readable
    for index, one in enumerate(series):
        colour = _colour(one, index)
        coords = " ".join(f"{x_of(x):.1f},{y_of(y):.1f}" for x, y, _ in one.points)
        parts.append(f'<g class="series" data-series="{index}">')
        if len(one.points) > 1:
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
                         f'points="{coords}"/>')
        for x, y, tip in one.points:
            parts.append(f'<circle class="dot" cx="{x_of(x):.1f}" cy="{y_of(y):.1f}" r="{dot}" '
                         f'fill="{colour}"><title>{escape(tip)}</title></circle>')
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _colour(series: Series, index: int) -> str:
    return OTHER_COLOUR if series.name == OTHER else PALETTE[index % len(PALETTE)]


def legend(series: Sequence[Series]) -> list[dict[str, str]]:
    return [{"name": s.name, "colour": _colour(s, i)} for i, s in enumerate(series)]
