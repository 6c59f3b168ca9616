"""The period each casualty claim covers.

`ClaimPeriods` runs after `ClaimFinder` (claims) and `DateResolver` (periods); the
event's period is `dates.principal_period`. For each claim, in order:

1. a claim from the title: the event's period (a headline is about the event), unless
   the claim finder dated it to a past year;
2. an incident period in the claim's sentence, the nearest to the figure; for a running
   total (`aggregate`), a war of the conflict profile named there first
   (`date_conflicts`: "2,783 killed in the latest bout of fighting");
3. a statement's period in that sentence ("Azerbaijan also said in August that it had
   lost a soldier") when it ends before the event began: the figure is about that earlier
   time. A statement on the event's days ("officials said on Saturday") says nothing
   of when the deaths happened, so it is skipped;
4. the nearest period before the sentence in the same paragraph, by the same rules;
   for a running total, else a war named in the two sentences before ("... killed in
   the latest bout of fighting. Armenia has not released a final death toll, but
   officials said 2,317 soldiers had been killed");
5. a period the claim finder already set (a past year: "in 2016, 200 died");
6. the event's period.
Claims' `precision` is the place's (geo) precision, set by the claim finder: not here.
"""

from __future__ import annotations

from clashwatch.extract.claim_context import paragraph_starts
from clashwatch.extract.dates import principal_period
from clashwatch.model import Article, Claim, Period, Span

USABLE_ROLES = (None, "report")
WAR_CARRY = 2  # sentences back an undated running total looks for the war it is about


def _paragraph(starts: list[int], text: str, offset: int) -> Span:
    start = max((s for s in starts if s <= offset), default=0)
    later = [s for s in starts if s > offset]
    return Span(start, later[0] if later else len(text))


def _gap(a: Span, b: Span) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, b.start - a.end, a.start - b.end)


def _usable(period: Period, event: Period | None, claim: Claim) -> bool:
    if period.role == "war":  # a war's days are a running total's ("in the war"), no
        return claim.aggregate and period.span is not None  # incident's
    if period.span is None or period.role not in USABLE_ROLES:
        return False
    return period.role is None or (event is not None and period.end < event.start)


def _earlier_war(article: Article, located: list[Period], sentence: Span) -> Period | None:
    """The war named in the sentences just before (up to WAR_CARRY): a running total
    with no date of its own ("a final death toll") goes on about it."""
    index = next((i for i, s in enumerate(article.sentences) if s.start == sentence.start), None)
    if not index:
        return None
    start = article.sentences[max(0, index - WAR_CARRY)].start
    wars = [p for p in located if p.role == "war" and p.span and start <= p.span.start < sentence.start]
    return wars[-1] if wars else None


def period_of_claim(article: Article, claim: Claim, event: Period | None,
                    starts: list[int]) -> Period | None:
    """The period a claim covers (steps 1-4 of the module docstring); None: step 5 or 6."""
    if claim.span is None:
        return event
    sentence = article.sentence_of(claim.span.start)
    if sentence is None:
        return None
    located = [p for p in article.periods if _usable(p, event, claim) and p.span]
    inside = [p for p in located if p.span and sentence.start <= p.span.start < sentence.end]
    if inside:
        # a war total's war before the other dates of its sentence ("the six-week
        # conflict, which claimed 6,500 lives, ended in November 2020")
        incidents = ([p for p in inside if p.role == "war"] or [p for p in inside if p.role is None]
                     or inside)
        return min(incidents, key=lambda p: _gap(p.span, claim.span) if p.span and claim.span else 0)
    paragraph = _paragraph(starts, article.text, sentence.start)
    before = [p for p in located if p.span and paragraph.start <= p.span.start < sentence.start]
    if before:
        return max(before, key=lambda p: p.span.start if p.span else 0)
    return _earlier_war(article, located, sentence) if claim.aggregate else None


def assign_claim_periods(article: Article) -> None:
    """Set `date_start`/`date_end` of every claim of the article."""
    event = principal_period(article, article.periods)
    starts = paragraph_starts(article.text)
    for claim in article.claims:
        if claim.span is None and claim.date_start is not None:
            continue  # a headline about another year ("shot 3 others in 2015")
        period = period_of_claim(article, claim, event, starts)
        if period is None and claim.date_start is not None:
            continue
        period = period or event
        if period is not None:
            claim.date_start, claim.date_end = period.start, period.end


class ClaimPeriods:
    """Pipeline component: sets each claim's `date_start` and `date_end`."""

    name = "claim_periods"
    requires: tuple[str, ...] = ("claims", "periods", "sentences")
    assigns: tuple[str, ...] = ("claims",)

    def __call__(self, article: Article) -> Article:
        assign_claim_periods(article)
        return article
