"""Claim histories: how each figure of an event evolved, report by report.

An entry is one claim, in the order the reports appeared ("a number of" on Tuesday,
49 on Wednesday, 105 on Thursday), with its claimant and quote, so a reader sees how a
toll rose and who moved it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from clashwatch.model import Claim, iso

QUALIFIER_WORDS = {
    "exact": "", "at_least": "at least ", "more_than": "more than ", "about": "about ",
    "at_most": "at most ", "fewer_than": "fewer than ", "unspecified": "",
}
UNATTRIBUTED = "unattributed"
REPORT_PREFIX = "report: "  # a figure whose text names no claimant: the report claims it


def claim_order(claim: Claim) -> tuple[date, str, int]:
    """Reports in publication order, then claims in text order."""
    return (claim.published or date.min, claim.article_id, claim.span.start if claim.span else 0)


def figure(claim: Claim) -> str:
    """The figure as words: "105", "at least 13", "10-15", "an unknown number"."""
    if claim.count is None:
        if claim.count_min is not None and claim.count_max is not None:
            return f"{claim.count_min}-{claim.count_max}"
        return "an unknown number"
    return f"{QUALIFIER_WORDS.get(claim.qualifier, '')}{claim.count}"


def claimant_of(claim: Claim, reports: Mapping[str, str] | None = None) -> str:
    """Who makes the claim: the claimant the text names, else the report that states it
    (its publisher or title, from `reports`), so no figure is shown without a source."""
    if claim.claimant:
        return claim.claimant
    if reports is None:
        return UNATTRIBUTED
    return f"{REPORT_PREFIX}{reports.get(claim.article_id) or claim.article_id}"


def claimant_key(claim: Claim) -> str:
    """Claims of one claimant: a named one, or each report for the figures it names no
    source for (two reports' unattributed figures are two claims, not one revised)."""
    return claim.claimant.lower() if claim.claimant else REPORT_PREFIX + claim.article_id


def history(claims: Sequence[Claim], reports: Mapping[str, str] | None = None
            ) -> list[dict[str, Any]]:
    """Entries of one side and status, oldest first."""
    return [{
        "published": iso(c.published), "claimant": claimant_of(c, reports),
        "claimant_named": bool(c.claimant), "figure": figure(c),
        "count": c.count, "qualifier": c.qualifier, "aggregate": c.aggregate,
        "article_id": c.article_id, "quote": c.quote,
    } for c in sorted(claims, key=claim_order)]
