"""Reconcile an event's claims per side and per claimant.

Rule ``latest-per-claimant.v1``: for each side and status, keep each claimant's latest
incident claim (aggregates are kept apart as context); low = the smallest of those
figures, high = the largest, best = their median. The event's total adds the sides'
figures. No figure is shown without its claimant.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from datetime import date

from clashwatch.model import Claim, Estimate

RULE = "latest-per-claimant.v1"
UNKNOWN_SIDE = "unknown"


def _claim_order(claim: Claim) -> tuple[date, int]:
    return (claim.published or date.min, claim.span.start if claim.span else 0)


def latest_per_claimant(claims: Sequence[Claim]) -> list[Claim]:
    """Each claimant's latest claim (by publication date, then position)."""
    latest: dict[str, Claim] = {}
    for claim in sorted(claims, key=_claim_order):
        latest[(claim.claimant or "unattributed").lower()] = claim
    return list(latest.values())


def estimate(claims: Sequence[Claim]) -> Estimate:
    counts = [c.count for c in claims if c.count is not None]
    if not counts:
        return Estimate(rule=RULE) if claims else Estimate()
    return Estimate(low=min(counts), best=int(statistics.median_low(counts)),
                    high=max(counts), rule=RULE)


def reconcile(claims: Sequence[Claim]) -> tuple[dict[str, dict[str, object]], Estimate, Estimate]:
    """Per-side view and the event's killed / wounded estimates."""
    by_side: dict[str, dict[str, object]] = {}
    totals = {"killed": Estimate(), "wounded": Estimate()}
    sides = sorted({c.side or UNKNOWN_SIDE for c in claims})
    for side in sides:
        side_claims = [c for c in claims if (c.side or UNKNOWN_SIDE) == side]
        entry: dict[str, object] = {"claims": [c.as_dict() for c in side_claims]}
        for status in ("killed", "wounded"):
            incident = [c for c in side_claims if c.status == status and not c.aggregate]
            current = latest_per_claimant(incident)
            side_estimate = estimate(current)
            entry[status] = side_estimate.as_dict()
            _add(totals[status], side_estimate)
        by_side[side] = entry
    return by_side, totals["killed"], totals["wounded"]


def _add(total: Estimate, part: Estimate) -> None:
    if part.best is None:
        return
    total.low = (total.low or 0) + (part.low or 0)
    total.best = (total.best or 0) + part.best
    total.high = (total.high or 0) + (part.high or 0)
    total.rule = RULE
