"""The incident behind a follow-up story's date, and the headline's incident date.

Helpers of `dates.principal_period`: whether a date is a later development's (an arrest,
a hearing, a death in hospital), whether words of the violence are attached to it, the
earlier incident date a development gives way to, and the date of a headline.
"""

from __future__ import annotations

from clashwatch.extract.date_lexicon import (
    ATTACHED_AFTER,
    ATTACHED_BEFORE,
    DEVELOPMENT_WORDS,
    INCIDENT_WORDS,
    LATER_DEATH,
    VIOLENT_ACT,
)
from clashwatch.extract.date_rules import find_expressions, precision_of, resolve_dates
from clashwatch.model import Article, Period, Span

MAX_EVENT_DAYS = 31  # longer periods are backdrop ("since 2020"), not the incident's date
NEAR = 40  # characters around a date where words of violence make it the incident's
RECENT_DAYS = 7  # a date this close to publication is preferred for the event
AFTER_CHARS = 120  # "on May 7, 2015, to settle a feud, the defendants shot four"
FOLLOW_UP_DAYS = 3 * 365  # a trial can come years after the shooting, not decades


def sentence_bounds(article: Article, span: Span) -> tuple[int, int]:
    sent = article.sentence_of(span.start)
    return (sent.start, sent.end) if sent else (span.start, span.end)


def neighbourhood(article: Article, span: Span) -> tuple[int, int]:
    """The sentence of `span` with the sentences just before and after it."""
    sents = article.sentences
    for i, sent in enumerate(sents):
        if sent.start <= span.start < sent.end:
            return sents[max(0, i - 1)].start, sents[min(len(sents) - 1, i + 1)].end
    return span.start, span.end


def title_period(article: Article) -> Period | None:
    """A text with no incident date: the headline's, when it dates the violence ("Victim
    of Friday night shooting dies"); no span (it is not in the text)."""
    title, published = article.title or "", article.published
    if published is None or not INCIDENT_WORDS.search(title.lower()):
        return None
    for expr in find_expressions(title):
        dates = resolve_dates(expr, published, None, False)
        if dates is not None and dates[1] <= published and \
                (dates[1] - dates[0]).days < RECENT_DAYS and (published - dates[1]).days <= MAX_EVENT_DAYS:
            return Period(dates[0], dates[1], precision_of(*dates), expr.match.group(), None, None)
    return None


def is_development(lower: str, sent: Span, span: Span) -> bool:
    """A date of what came after the violence: an arrest, a hearing, a funeral ("was
    charged Friday", "remained hospitalized Sunday"), or of no violence at all."""
    near = lower[max(sent.start, span.start - NEAR):min(sent.end, span.end + NEAR)]
    if is_attached(lower, sent, span):
        return False
    return bool(DEVELOPMENT_WORDS.search(near) or LATER_DEATH.search(near)) or (
        bool(DEVELOPMENT_WORDS.search(lower, sent.start, sent.end)) and not INCIDENT_WORDS.search(near)
    ) or _development_clause(lower, sent, span)


def _development_clause(lower: str, sent: Span, span: Span) -> bool:
    """The date's clause is a development's, with no violent act between its word and the
    date: "is charged with accessory to second-degree murder Wednesday", "the coroner
    ruled the boy's death a homicide Thursday" (not "arrested a man who shot two
    Friday")."""
    start = max(lower.rfind(mark, sent.start, span.start) for mark in (",", ";", ":", "("))
    clause = lower[max(start + 1, sent.start):span.start]
    words = list(DEVELOPMENT_WORDS.finditer(clause))
    return bool(words) and not VIOLENT_ACT.search(clause, words[-1].end())


def is_attached(lower: str, sent: Span, span: Span) -> bool:
    """Words of the violence right next to the date: "the March 27 shooting", "shot
    and killed Saturday"; not across a development's word ("charged in a shooting last
    summer pleaded guilty Tuesday": the date is the plea's)."""
    if ATTACHED_AFTER.match(lower, span.end, min(sent.end, span.end + 30)):
        return True
    before = ATTACHED_BEFORE.search(lower, max(sent.start, span.start - 80), span.start)
    return before is not None and not DEVELOPMENT_WORDS.search(lower, before.end("v"), span.start)


def incident_behind(article: Article, periods: list[Period], chosen: Period,
                     rank: dict[tuple[int, int], int]) -> Period | None:
    """A follow-up story (arrest, charges, funeral, identification of a victim) is dated
    by the development, but the event is the violence: the first incident date of the
    article before the development's, next to words of the violence and not of the
    development ("charged Friday ... The shooting happened Wednesday night")."""
    span = chosen.span
    sent = article.sentence_of(span.start) if span else None
    lower = article.text.lower()
    if span is None or sent is None or not is_development(lower, sent, span):
        return None
    for period in periods:
        p_span = period.span
        # a statement's date too ("charged with the October 25th murder", "the
        # shooting that was reported Tuesday night"): tested below for the violence
        if p_span is None or period.role not in (None, "report") or period.start >= chosen.start or \
                period.end > chosen.end or \
                (period.end - period.start).days >= MAX_EVENT_DAYS or \
                (chosen.start - period.end).days > FOLLOW_UP_DAYS:
            continue
        p_sent = article.sentence_of(p_span.start)
        if p_sent is None or (p_sent.start, p_sent.end) not in rank:
            continue
        near = lower[max(p_sent.start, p_span.start - NEAR):min(p_sent.end, p_span.end + NEAR)]
        # a month is the violence's only when said of it ("the November shooting")
        if (period.end - period.start).days >= RECENT_DAYS and not is_attached(lower, p_sent, p_span):
            continue
        after = lower[p_span.end:min(p_sent.end, p_span.end + AFTER_CHARS)]
        # the development's own sentence: its words of violence are the development's
        # ("declared brain dead Friday and was taken off life support Sunday")
        own = p_sent == sent
        if INCIDENT_WORDS.search(near) and not LATER_DEATH.search(near) or \
                INCIDENT_WORDS.search(after) and not DEVELOPMENT_WORDS.search(after) or \
                not own and INCIDENT_WORDS.search(lower, p_sent.start, p_sent.end) and \
                not DEVELOPMENT_WORDS.search(near) or \
                not own and _told_next(article, lower, p_sent, sent):
            return period
    return None


def _told_next(article: Article, lower: str, p_sent: Span, development: Span) -> bool:
    """The sentence right after the date's tells the violence, and no development: "Few
    was in his truck on November 3. The officers shot at the truck ..." (not the
    development's own sentence)."""
    following = [s for s in article.sentences if s.start >= p_sent.end][:1]
    if not following or following[0] == development:
        return False
    nxt = following[0]
    return bool(VIOLENT_ACT.search(lower, nxt.start, nxt.end)) and \
        not DEVELOPMENT_WORDS.search(lower, p_sent.start, nxt.end)
