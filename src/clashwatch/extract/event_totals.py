"""The article's own killed and wounded totals for its principal event, all sides together.

Steps:
1. Keep the incident claims: not aggregates (running and war totals), not parts of a
   figure already given ("including two children"), and not dated outside the
   principal event's period (a figure about last year's attack).
2. Within one sentence and claimant, claims add up ("killed two people before killing himself",
   "two soldiers and three civilians"); across sentences they do not: the headline,
   the lede and the body restate one figure, so the total is the largest sentence sum.
3. A range or a vague figure with a lower bound counts its lower bound; "a number of"
   counts nothing.
4. Explicit zeros ("no one was killed") give 0. When the article gives one status and
   not the other for an incident with civilian or unknown victims ("five people were
   wounded in a shooting"), the other is 0: such reports name the dead when there are
   any. Military communiqués often leave the wounded out, so there it stays null.
"""

from __future__ import annotations

from datetime import date, timedelta

from clashwatch.model import Article, ArticleEvent, Claim

# a claim dated this long before the event's start (or after its end) is another event
_OTHER_EVENT_GAP = timedelta(days=31)


def _in_event(claim: Claim, event: ArticleEvent) -> bool:
    if claim.date_start is None or claim.date_end is None:
        return True
    start, end = event.date_start, event.date_end
    if start is None or end is None:
        return True
    return claim.date_end >= start - _OTHER_EVENT_GAP and claim.date_start <= end + _OTHER_EVENT_GAP


def _figure(claim: Claim) -> int | None:
    if claim.count is not None:
        return claim.count
    return claim.count_min


def incident_claims(article: Article) -> list[Claim]:
    """Step 1: the claims that describe the principal event itself."""
    return [c for c in article.claims
            if not c.aggregate and not c.subset and _in_event(c, article.event)]


def total(claims: list[Claim], status: str) -> int | None:
    """Steps 2-3: the largest per-sentence sum of one status, or None when none is given."""
    sums: dict[tuple[str, str | None], int] = {}
    for claim in claims:
        figure = _figure(claim)
        if claim.status != status or figure is None:
            continue
        # two sources in one sentence ("police said five were shot, officials said six")
        # restate each other: sums are per sentence and claimant
        key = (claim.quote, claim.claimant)
        sums[key] = sums.get(key, 0) + figure
    return max(sums.values()) if sums else None


def _implicit_zero_allowed(claims: list[Claim]) -> bool:
    victims = {c.victim for c in claims if c.status in ("killed", "wounded")}
    return bool(victims) and victims != {"military"}


def fill_event_totals(article: Article) -> None:
    """Set `article.event.killed` / `.wounded` from the claims (steps in the docstring)."""
    claims = incident_claims(article)
    killed, wounded = total(claims, "killed"), total(claims, "wounded")
    if _implicit_zero_allowed(claims):
        if killed is None and wounded is not None:
            killed = 0
        elif wounded is None and killed is not None:
            wounded = 0
    article.event.killed, article.event.wounded = killed, wounded


def event_date(article: Article) -> date | None:
    """The principal event's first day, for callers that order articles by event."""
    return article.event.date_start
