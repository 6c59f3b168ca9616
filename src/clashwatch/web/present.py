"""What the pages show of an event: figures with their claimants, claims, quoted text.

Pure functions from model objects to plain dicts (the JSON twins serialise the same
dicts the templates render). No figure leaves here without a claimant: where the text
names none, the report itself (its publisher, else its title) is the claimant.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from clashwatch.model import Article, Claim, Event
from clashwatch.resolve.history import UNATTRIBUTED
from clashwatch.resolve.reconcile import current_claims, report_names

QUALIFIER_SIGNS = {"at_least": "≥", "more_than": ">", "about": "~", "at_most": "≤",
                   "fewer_than": "<"}
QUALIFIER_WORDS = {"exact": "", "at_least": "at least", "more_than": "more than",
                   "about": "about", "at_most": "at most", "fewer_than": "fewer than",
                   "unspecified": "unspecified"}
UNKNOWN_SIDE = "unknown"


def figure_text(claim: dict[str, Any]) -> str:
    """'≥13', '105', '3–5', or 'some' where the text gives no number."""
    count, low, high = claim.get("count"), claim.get("count_min"), claim.get("count_max")
    if count is None and low is not None and high is not None:
        return f"{low}–{high}"
    if count is None:
        return "some"
    return f"{QUALIFIER_SIGNS.get(str(claim.get('qualifier')), '')}{count}"


def claimant_of(claim: dict[str, Any], labels: Mapping[str, str]) -> tuple[str, bool]:
    """The claimant, and whether it was named in the text (False: the report stands in)."""
    if claim.get("claimant"):
        return str(claim["claimant"]), True
    article_id = str(claim.get("article_id") or "")
    return f"report: {labels.get(article_id, article_id)}", False


def period_text(claim: dict[str, Any]) -> str:
    start, end = claim.get("date_start"), claim.get("date_end")
    if start and end and start != end:
        return f"{start} – {end}"
    return str(start or end or "")


def quote_range(text: str, claim: dict[str, Any]) -> tuple[int, int] | None:
    """Where the claim's quote stands in the text: found by its own words (the claim's
    span marks only the figure), else the figure's span."""
    quote = str(claim.get("quote") or "")
    start = text.find(quote) if quote else -1
    if start >= 0:
        return start, start + len(quote)
    if claim.get("start") is not None and claim.get("end") is not None:
        return int(claim["start"]), int(claim["end"])
    return None


def quote_anchor(article_index: int, text: str, claim: dict[str, Any]) -> str | None:
    """The id of the quoted sentence: claims quoting one sentence share it."""
    found = quote_range(text, claim)
    return f"a{article_index}-q{found[0]}" if found else None


def _key(claim: dict[str, Any]) -> tuple[str, Any]:
    return (str(claim.get("article_id")), claim.get("start"))


def current_keys(claims: Sequence[dict[str, Any]]) -> set[tuple[str, Any]]:
    """The claims the event's figures rest on: each claimant's latest, per status.

    The same rule as the reconciler (`current_claims`): a claimant's running total counts
    when it gave no incident figure, so a figure resting on a total keeps its claimant."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in claims:
        who = str(c.get("claimant") or UNATTRIBUTED).lower()  # the reconciler's claimant key
        groups.setdefault((str(c.get("status")), who), []).append(c)
    keys: set[tuple[str, Any]] = set()
    for group in groups.values():
        if len(group) == 1:  # a claimant's only claim is its current one (the usual case:
            keys.add(_key(group[0]))  # a stored event keeps just the current claims)
            continue
        for claim in current_claims([Claim.from_dict(c) for c in group]):
            keys.add((claim.article_id, claim.span.start if claim.span else None))
    return keys


def claim_rows(event: Event, articles: Sequence[Article]) -> list[dict[str, Any]]:
    """Every claim of an event, by side, with its claimant, period and quote anchor."""
    labels = report_names(articles)
    index = {a.id: i for i, a in enumerate(articles)}
    rows = []
    for side, view in sorted(event.by_side.items(), key=lambda kv: (kv[0] == UNKNOWN_SIDE, kv[0])):
        claims = list(view.get("claims") or [])
        current = current_keys(claims)
        for claim in claims:
            claimant, named = claimant_of(claim, labels)
            article_id = str(claim.get("article_id") or "")
            article_index = index.get(article_id)
            rows.append({
                "side": side, "status": claim.get("status"), "figure": figure_text(claim),
                "count": claim.get("count"),
                "qualifier": QUALIFIER_WORDS.get(str(claim.get("qualifier")), ""),
                "victim": claim.get("victim"), "claimant": claimant, "claimant_named": named,
                "claimant_side": claim.get("claimant_side"), "period": period_text(claim),
                "aggregate": bool(claim.get("aggregate")), "quote": claim.get("quote") or "",
                "article_id": article_id, "published": claim.get("published"),
                "start": claim.get("start"), "end": claim.get("end"),
                "anchor": quote_anchor(article_index, articles[article_index].text, claim)
                if article_index is not None else None,
                "current": _key(claim) in current,
            })
    return rows


def side_figures(event: Event, labels: Mapping[str, str]) -> list[dict[str, Any]]:
    """Per side: killed / wounded (low, best, high) and the claimants behind them."""
    out = []
    for side, view in sorted(event.by_side.items(), key=lambda kv: (kv[0] == UNKNOWN_SIDE, kv[0])):
        claims = list(view.get("claims") or [])
        current = current_keys(claims)
        entry: dict[str, Any] = {"side": side}
        for status in ("killed", "wounded"):
            estimate = dict(view.get(status) or {})
            # the reconciler names the claimants its estimate rests on; older stores do not
            names = estimate.get("claimants") or sorted(
                {claimant_of(c, labels)[0] for c in claims
                 if c.get("status") == status and _key(c) in current})
            entry[status] = {"low": estimate.get("low"), "best": estimate.get("best"),
                             "high": estimate.get("high"), "claimants": names}
        if any(entry[s]["best"] is not None for s in ("killed", "wounded")):
            out.append(entry)
    return out


def range_text(estimate: dict[str, Any]) -> str:
    low, best, high = estimate.get("low"), estimate.get("best"), estimate.get("high")
    if best is None:
        return ""
    if low is not None and high is not None and low != high:
        return f"{best} ({low}–{high})"
    return str(best)


def article_segments(article: Article, index: int,
                     claims: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The article text as paragraphs of segments; quoted sentences carry their anchor id."""
    text = article.text
    marks: set[tuple[int, int, str]] = set()
    for claim in claims:
        found = quote_range(text, claim) if claim.get("article_id") == article.id else None
        if found:
            marks.add((found[0], found[1], f"a{index}-q{found[0]}"))
    paragraphs: list[list[dict[str, Any]]] = []
    used: set[str] = set()  # a quote running over a line break keeps its id on one piece
    position = 0
    for block in text.split("\n"):
        block_start, block_end = position, position + len(block)
        position = block_end + 1
        if not block.strip():
            continue
        segments, cursor = [], block_start
        for start, end, anchor in sorted(marks):
            start, end = max(start, block_start), min(end, block_end)
            if start < cursor or start >= end:
                continue  # overlaps an earlier mark or lies in another paragraph
            if start > cursor:
                segments.append({"text": text[cursor:start], "anchor": None, "mark": False})
            segments.append({"text": text[start:end], "anchor": anchor if anchor not in used
                             else None, "mark": True})
            used.add(anchor)
            cursor = end
        if cursor < block_end:
            segments.append({"text": text[cursor:block_end], "anchor": None, "mark": False})
        paragraphs.append(segments)
    return paragraphs


def article_summary(article: Article, sources: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    return {"id": article.id, "title": article.title, "publisher": article.publisher,
            "published": article.published.isoformat() if article.published else None,
            "url": article.url, "sources": list(sources)}
