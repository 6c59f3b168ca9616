"""Reconcile an event's claims per side and per claimant.

Each claim is labelled by who makes it about whom: ``own losses`` (the claimant's side
is the side hit), ``enemy losses`` (another party's side), or ``unattributed`` /
``third party`` (no claimant, or a claimant of no side: police, hospitals, monitors).

Rule ``own-first.v1``, per side and status:

1. Current figures: each claimant's latest report about this event (by publication
   date); within that report the largest incident figure (a total supersedes its
   parts). Running totals (aggregates) count only when no incident figure exists.
2. Only incident figures make the estimate: low = the smallest current figure (its
   lower bound when it is a range), high = the largest, best = the latest own-losses
   figure when the side has spoken about itself (a party knows its own dead best and
   seldom overstates them), else the median of the current figures.
3. Running totals (a war's dead, "since the cease-fire") are another period's figure:
   they never make the side's or the event's low / best / high. When a side has only
   those, they are shown apart, under ``running_total`` (rule ``running-total.v1``).

The event's killed / wounded use rule ``consensus.v1`` when the reports state their own
totals (`Article.event`): best = the figure most reports give (on a tie the latest),
low / high = the smallest / largest; else the sides' estimates added up.
No figure is shown without its claimant: every current figure keeps claim and quote,
each estimate lists the claimants it rests on, and a figure whose text names no claimant
is the claim of the report stating it ("report: <publisher or title>",
``claimant_named`` false).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from clashwatch.model import Article, Claim, Estimate
from clashwatch.resolve.history import claim_order, claimant_key, claimant_of, figure, history

SIDE_RULE = "own-first.v1"
TOTAL_RULE = "consensus.v1"
SUM_RULE = "sum-of-sides.v1"
RUNNING_RULE = "running-total.v1"
UNKNOWN_SIDE = "unknown"
STATUSES_SHOWN = ("killed", "wounded")


def label(claim: Claim) -> str:
    """Whose losses a claim is about, as seen by its claimant."""
    if not claim.claimant:
        return "unattributed"
    if not claim.claimant_side or not claim.side:
        return "third party"
    return "own losses" if claim.claimant_side == claim.side else "enemy losses"


def current_claims(claims: Sequence[Claim]) -> list[Claim]:
    """Each claimant's current figure: largest incident figure of its latest report."""
    by_claimant: dict[str, list[Claim]] = {}
    for claim in claims:
        by_claimant.setdefault(claimant_key(claim), []).append(claim)
    current = []
    for own in by_claimant.values():
        incident = [c for c in own if not c.aggregate] or own
        latest_day = max(c.published or date.min for c in incident)
        latest = [c for c in incident if (c.published or date.min) == latest_day]
        current.append(max(latest, key=lambda c: (c.count or -1, claim_order(c))))
    return sorted(current, key=claim_order)


def side_estimate(current: Sequence[Claim], rule: str = SIDE_RULE) -> Estimate:
    """low / best / high of the current figures given (see the module docstring)."""
    counted = [c for c in current if c.count is not None]
    if not counted:
        return Estimate(rule=rule) if current else Estimate()
    lows = [c.count_min if c.count_min is not None else c.count for c in counted]
    highs = [c.count_max if c.count_max is not None else c.count for c in counted]
    own = [c for c in counted if label(c) == "own losses"]
    if own:
        best = max(own, key=claim_order).count
    else:
        best = int(statistics.median_low([c.count for c in counted if c.count is not None]))
    return Estimate(low=min(int(x) for x in lows if x is not None), best=best,
                    high=max(int(x) for x in highs if x is not None), rule=rule)


def _claim_entry(claim: Claim, reports: Mapping[str, str]) -> dict[str, Any]:
    return {**claim.as_dict(), "claimant": claimant_of(claim, reports),
            "claimant_named": bool(claim.claimant), "label": label(claim),
            "figure": figure(claim)}


def _estimate_entry(current: Sequence[Claim], reports: Mapping[str, str],
                    rule: str = SIDE_RULE) -> dict[str, Any]:
    """An estimate with the claimants of the figures it rests on."""
    estimate = side_estimate(current, rule)
    counted = [c for c in current if c.count is not None]
    names = list(dict.fromkeys(claimant_of(c, reports) for c in counted))
    return {**estimate.as_dict(), "claimants": names if estimate.best is not None else []}


def reconcile_sides(claims: Sequence[Claim], reports: Mapping[str, str] | None = None
                    ) -> dict[str, dict[str, Any]]:
    """Per side: current claims, estimate per status and the claim history.

    `reports` names each article (publisher or title) for the figures it states without
    a claimant; without it they are the claim of "report: <article id>".
    """
    reports = reports or {}
    by_side: dict[str, dict[str, Any]] = {}
    for side in sorted({c.side or UNKNOWN_SIDE for c in claims}):
        side_claims = [c for c in claims if (c.side or UNKNOWN_SIDE) == side]
        entry: dict[str, Any] = {"claims": [], "history": {}}
        for status in STATUSES_SHOWN:
            of_status = [c for c in side_claims if c.status == status]
            current = current_claims(of_status)
            incident = [c for c in current if not c.aggregate]
            entry[status] = _estimate_entry(incident, reports)
            running = [c for c in current if c.aggregate]
            if running and not incident:
                entry.setdefault("running_total", {})[status] = _estimate_entry(
                    running, reports, RUNNING_RULE)
            entry["claims"] += [_claim_entry(c, reports) for c in current]
            if of_status:
                entry["history"][status] = history(of_status, reports)
        others = [c for c in side_claims if c.status not in STATUSES_SHOWN]
        entry["claims"] += [_claim_entry(c, reports) for c in current_claims(others)]
        by_side[side] = entry
    return by_side


def report_names(articles: Sequence[Article]) -> dict[str, str]:
    """Article id -> how a reader knows the report: its publisher, else its title."""
    return {a.id: a.publisher or a.title or a.id for a in articles}


def total_estimate(articles: Sequence[Article], status: str,
                   by_side: dict[str, dict[str, Any]]) -> Estimate:
    """The event's figure over all sides (see the module docstring)."""
    stated = [(a.published or date.min, getattr(a.event, status)) for a in articles
              if getattr(a.event, status) is not None]
    if stated:
        votes = Counter(value for _, value in stated)
        latest = {value: day for day, value in sorted(stated)}
        best = max(votes, key=lambda v: (votes[v], latest[v]))
        values = [value for _, value in stated]
        return Estimate(low=min(values), best=best, high=max(values), rule=TOTAL_RULE)
    total = Estimate()
    for entry in by_side.values():
        part = Estimate.from_dict(entry.get(status))
        if part.best is None:
            continue
        total.low = (total.low or 0) + (part.low or 0)
        total.best = (total.best or 0) + part.best
        total.high = (total.high or 0) + (part.high or 0)
        total.rule = SUM_RULE
    return total


def reconcile(claims: Sequence[Claim], articles: Sequence[Article] = ()
              ) -> tuple[dict[str, dict[str, Any]], Estimate, Estimate]:
    """Per-side view and the event's killed / wounded estimates."""
    by_side = reconcile_sides(claims, report_names(articles))
    return (by_side, total_estimate(articles, "killed", by_side),
            total_estimate(articles, "wounded", by_side))
