"""Publication date and event periods, resolved against the publication date.

`DateResolver` runs the cascade:

1. Publication date: the input's (or the HTML metadata's, set by `ingest.html`) is kept;
   else a date line near the top ("Posted: Sep 13, 2022", "15 September 2022" under the
   headline, "YEREVAN, Sept. 13, 2022 (Reuters) -"); published/posted lines before bare
   date lines and datelines, "Updated" lines last. Photo captions are never read.
2. Periods: every date expression (`date_rules.find_expressions`), resolved in text
   order so that "the same night" can refer back; "since ..." runs to publication.
   Each gets a role: "published" (the date line), "caption" (a photo caption),
   "report" (it dates a statement: "officials said on Saturday"), "future"
   ("are due to meet on Friday"), or None (an incident). In an article of a profiled
   conflict, its wars (role "war") and "since the ceasefire" join them
   (`date_conflicts`).
3. The principal event's period (`principal_period`, called by `event_setting` and
   `claim_dates`): the best incident period of at most a month in the lede, preferring
   one in the week before publication and next to words of the violence; else a
   statement's day and the day before; else the headline's incident date; else the
   publication day and the two days before (four for a follow-up's headline); else
   None (no date at all: never a backdrop such as "in 1992"). A development's date (an
   arrest, a hearing, a later death) gives way to the earlier incident date the article
   names (`incident_behind`). Relative dates are resolved against the page's own
   "Posted:" line when it is earlier than the given date (`page_posted_date`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import dateparser

from clashwatch.extract.date_conflicts import conflict_periods
from clashwatch.extract.date_follow_up import (
    FOLLOW_UP_DAYS,
    MAX_EVENT_DAYS,
    NEAR,
    RECENT_DAYS,
    incident_behind,
    is_attached,
    is_development,
    neighbourhood,
    sentence_bounds,
    title_period,
)
from clashwatch.extract.date_lexicon import (
    BYLINE,
    CAPTION,
    DATELINE,
    DEVELOPMENT_WORDS,
    FOLLOW_UP_WORDS,
    FUTURE_BEFORE,
    FUTURE_RELATIVE,
    INCIDENT_WORDS,
    NOT_EVENT_BEFORE,
    PUBLISHED_BEFORE,
    PUBLISHED_CUE,
    REPORT_AFTER,
    REPORT_BEFORE,
    SINCE_BEFORE,
)
from clashwatch.extract.date_rules import (
    Expression,
    find_expressions,
    make_period,
    precision_of,
    resolve_dates,
)
from clashwatch.ingest.chrome_lexicon import DATE_LINE
from clashwatch.model import Article, Period, Span

# a date heading linking to a day's page: "### [2014-08-2](/news/2014/08/2/index.md)"
_LINK_DATE = re.compile(r"\W*\[?\s*\d{4}-\d{1,2}-\d{1,2}\s*\]?(?:\(.*\))?\W*")
_CREDIT_AFTER = re.compile(r"[ \t]*\((?:Photo|PHOTO):\s")
_CREDIT_END = re.compile(r"\((?:Photo|PHOTO|Source|SOURCE|Image|Credit)s?:[^()\n]{1,60}\)\s*$")
_PARAGRAPH = re.compile(r"[^\n]+")
_POSTED = re.compile(r"\b(?:Posted|Published|POSTED|PUBLISHED)(?:\s+on)?\s*:?\s*")
_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}
LEDE_SENTENCES = 5  # the lede: this many sentences of prose from the top
UNANCHORED_MAX_DAYS = 6
TODAY_PENALTY = 3
ATTACHED_BONUS = 3
MAX_POSTED_GAP = 60  # days: a "Posted:" line further back is another story's
UNDATED_DAYS = 2  # an undated report: of the publication day or the two before it
UNDATED_FOLLOW_UP_DAYS = 4
LEDE_CHARS = 300
TEASER_RANK = 10_000
LATER_PENALTY = 10  # a date after the lede is taken only when the lede has none


_FULL_DATES = ("date_dmy", "date_mdy", "date_iso", "date_us")


def _parse_line(piece: str) -> date | None:
    """The date of a publication line: its first full date, else what dateparser reads
    in it (times and zones: "Sep 13, 2022 10:05 AM EDT")."""
    for expr in find_expressions(piece):
        if expr.kind in _FULL_DATES and (dates := resolve_dates(expr, None, None, False)):
            return dates[0]
    parsed = dateparser.parse(piece.strip(), languages=["en"], settings=_SETTINGS)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


def find_publication_date(text: str, max_lines: int = 8) -> date | None:
    """A date line near the top of the text; None when there is none."""
    found: dict[int, date] = {}  # rank -> first date of that kind
    for line in [ln for ln in text.split("\n") if ln.strip()][:max_lines]:
        if CAPTION.search(line) or len(line) > 200:
            continue
        cue = PUBLISHED_CUE.match(line)
        if cue and (day := _parse_line(cue.group("rest"))):
            rank = 3 if "updated" in cue.group("cue").lower() else 0
            found.setdefault(rank, day)
        elif DATE_LINE.match(line) and (day := _parse_line(line)):
            found.setdefault(1, day)
        elif (dateline := DATELINE.match(line)) and (day := _parse_line(dateline.group("date"))):
            found.setdefault(2, day)
    return found[min(found)] if found else None


def page_posted_date(text: str, max_lines: int = 8) -> date | None:
    """The date of a "Posted:"/"Published:" line near the top (not "Updated:")."""
    if "osted" not in text[:2000] and "ublished" not in text[:2000]:
        return None  # the common case, cheaply
    for line in [ln for ln in text.split("\n", max_lines * 3) if ln.strip()][:max_lines]:
        # also after a headline on the same line: "Shooting Posted: Saturday, March 2, 2013"
        for cue in _POSTED.finditer(line):
            # the patterns' full dates only: dateparser (~1 ms, more on first use) is
            # for the publication line, which is read only when the input has no date
            for expr in find_expressions(line[cue.end():cue.end() + 60]):
                if expr.kind in _FULL_DATES and (dates := resolve_dates(expr, None, None, False)):
                    return dates[0]
    return None


def _date_lines(text: str, max_lines: int = 8) -> list[Span]:
    """Spans of the date lines near the top: their dates are the publication's."""
    spans, offset = [], 0
    for index, line in enumerate(text.split("\n", max_lines * 3)):
        if index >= max_lines * 3:
            break
        if not line.strip():
            offset += len(line) + 1
            continue
        if (DATE_LINE.match(line) or PUBLISHED_CUE.match(line) or DATELINE.match(line)
                or BYLINE.match(line)
                or _LINK_DATE.fullmatch(line)):
            spans.append(Span(offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _role(article: Article, expr: Expression, sentence: Span | None,
          date_lines: list[Span], caption: bool) -> str | None:
    text = article.text
    # the words just before: the cues are short, and searching a long prefix is slow
    before = text[max(sentence.start if sentence else 0, expr.start - 50):expr.start]
    if any(s.start <= expr.start < s.end for s in date_lines) or PUBLISHED_BEFORE.search(
            before[-30:]):
        return "published"
    if expr.kind == "relative" and " ".join(expr.match.group("phrase").lower().split()) in FUTURE_RELATIVE:
        return "future"
    if caption:
        return "caption"
    if FUTURE_BEFORE.search(before) or (expr.match.groupdict().get("rel") or "").lower() == "next":
        return "future"
    if NOT_EVENT_BEFORE.search(before[-25:]):
        return "background"
    if REPORT_BEFORE.search(before) or REPORT_AFTER.match(text, expr.end, expr.end + 40):
        return "report"
    return None


def _is_caption(text: str, sent: Span) -> bool:
    """A photo caption: by its words, or by the credit right after it or ending its
    paragraph ("... killed Sunday. (Photo: Staff)", "... Sunday. 2 others were wounded.
    (Source: KSLA News 12)")."""
    if CAPTION.search(text[sent.start:sent.end]) or _CREDIT_AFTER.match(text, sent.end):
        return True
    end = text.find("\n", sent.end)
    return bool(_CREDIT_END.search(text, sent.start, len(text) if end < 0 else end))


def find_periods(article: Article, date_lines: list[Span] | None = None) -> list[Period]:
    """Every resolved date expression of the article, in text order. Pure."""
    text, published = article.text, article.published
    date_lines = _date_lines(text) if date_lines is None else date_lines
    periods: list[Period] = []
    # what "the same day" refers to: the last period named before it in its sentence,
    # else the first one of the latest sentence that named any (its main clause's)
    current: Span | None = None
    first: Period | None = None
    last: Period | None = None
    earlier: Period | None = None
    caption = False
    for expr in find_expressions(text):
        sentence = article.sentence_of(expr.start)
        if sentence != current:
            earlier, current, first, last = first or earlier, sentence, None, None
            caption = sentence is not None and _is_caption(text, sentence)
        role = _role(article, expr, sentence, date_lines, caption)
        dates = resolve_dates(expr, published, last or earlier, future=role == "future")
        if dates is None:
            continue
        start, end = dates
        since = SINCE_BEFORE.search(text, max(0, expr.start - 40), expr.start)
        if role != "future" and (since or expr.match.group().lower().startswith("since")):
            end = max(end, published or end)
            if since:
                expr = Expression(expr.kind, since.start(), expr.end, expr.match)
        if published is not None and role is None and start > published:
            role = "future"
        period = make_period(expr, text, start, end, role)
        periods.append(period)
        if role in (None, "report"):
            first, last = first or period, period
    return periods


def _repeated_paragraphs(text: str, until: int) -> list[Span]:
    """Paragraphs said twice in a row up to offset `until`: the teasers of a list of
    other stories (a headline and its blurb, or a blurb printed twice), not the story."""
    spans: list[Span] = []
    previous: tuple[str, Span] | None = None
    for match in _PARAGRAPH.finditer(text, 0, min(len(text), until + 1000)):
        words = " ".join(match.group().split())
        span = Span(match.start(), match.end())
        if previous is not None and len(words) > 40 and words == previous[0]:
            spans += [previous[1], span]
        previous = (words, span)
    return spans


def _lede(article: Article, date_lines: list[Span], until: int) -> list[Span]:
    """The sentences of prose up to offset `until`, in order: not date lines, short
    headings or (in the lede) photo captions."""
    lede: list[Span] = []
    for sent in article.sentences:
        if sent.start > until:
            break
        if any(s.start <= sent.start < s.end for s in date_lines):
            continue
        if article.text.count(" ", sent.start, sent.end) < 3:
            continue
        if len(lede) < LEDE_SENTENCES and _is_caption(article.text, sent):
            continue
        lede.append(sent)
    return lede


def principal_period(article: Article, periods: list[Period],
                     date_lines: list[Span] | None = None) -> Period | None:
    """The period of the event the article reports (see the module docstring, step 3)."""
    text, published = article.text, article.published
    until = max((p.span.start for p in periods if p.span), default=-1)
    lede = _lede(article, _date_lines(text) if date_lines is None else date_lines, until)
    # teasers said twice in a row are other stories (or this one's retold): never scored,
    # but a follow-up's incident date may be found in them
    repeated = _repeated_paragraphs(text, until)
    teasers = [s for s in lede if any(r.start <= s.start < r.end for r in repeated)]
    rank = {(s.start, s.end): i for i, s in enumerate(s for s in lede if s not in teasers)}
    rank.update({(s.start, s.end): TEASER_RANK for s in teasers})
    lower = text.lower()
    best: tuple[int, Period] | None = None
    reports: list[Period] = []
    for period in periods:
        span = period.span
        sent = article.sentence_of(span.start) if span else None
        if span is None or sent is None or (sent.start, sent.end) not in rank:
            continue
        days = (period.end - period.start).days + 1
        # without a publication day nothing tells a backdrop month ("in December 2008")
        # from the news: only a day or a few days are then the event's
        if days > (MAX_EVENT_DAYS if published else UNANCHORED_MAX_DAYS) or \
                period.role not in (None, "report"):
            continue
        if period.role == "report":
            reports.append(period)
            continue
        position = rank[(sent.start, sent.end)]
        if position == TEASER_RANK:
            continue
        floor = position + LATER_PENALTY * (position >= LEDE_SENTENCES)
        if best is not None and best[0] <= floor - ATTACHED_BONUS:
            break  # no later date can score better
        chunk = lower[sent.start:sent.end]
        near = lower[max(sent.start, span.start - NEAR):min(sent.end, span.end + NEAR)]
        old = published is not None and period.end < published - timedelta(days=RECENT_DAYS)
        violent = bool(INCIDENT_WORDS.search(chunk))
        if old and not violent:
            continue  # "Historic winds on March 8 knocked out power": another story
        if published is not None and (published - period.end).days > FOLLOW_UP_DAYS:
            continue  # "Jane Doe 07/04/1988 DECEASED": a birth date, no news of the day
        # earlier in the lede is better; so is a date next to words of the violence rather
        # than of an arrest or a funeral, in the week before publication, of a few days
        age = (published - period.end).days if published is not None else 0
        score = floor
        score += 2 * (not violent) + (not INCIDENT_WORDS.search(near))
        # an arrest or a hearing next to the date, or only somewhere in the sentence
        score += 3 if DEVELOPMENT_WORDS.search(near) else bool(DEVELOPMENT_WORDS.search(chunk))
        score += 3 * old + 2 * (age > 365) + 2 * (days > 7)
        if is_attached(lower, sent, span):
            score -= ATTACHED_BONUS
        # the publication day away from words of violence is the day's news of it
        # ("a motive remained unclear Monday"), not the day it happened
        score += TODAY_PENALTY * (period.start == published and not INCIDENT_WORDS.search(near))
        if best is None or score < best[0]:
            best = (score, period)
    if best is not None:
        chosen = incident_behind(article, periods, best[1], rank) or best[1]
        quiet = chosen is best[1] and chosen.span is not None and \
            not INCIDENT_WORDS.search(lower, *sentence_bounds(article, chosen.span))
        if quiet and (headline := title_period(article)) is not None:
            return headline  # a date said of no violence; the headline dates the violence
        if quiet and chosen.span is not None and published is not None and \
                INCIDENT_WORDS.search((article.title or "").lower()) and \
                not INCIDENT_WORDS.search(lower, *neighbourhood(article, chosen.span)):
            best = None  # another story's date (a sidebar, a weather box): as if undated
    if best is not None:
        if chosen is best[1] and chosen.span is not None and \
                is_development(lower, article.sentence_of(chosen.span.start) or chosen.span, chosen.span):
            # a development with no incident date behind it ("remained hospitalized
            # Sunday"): the violence came before it, most often the day before
            return replace(chosen, start=chosen.start - timedelta(days=1),
                           precision=precision_of(chosen.start - timedelta(days=1), chosen.end))
        return chosen
    if reports:
        # the statement's day: the incident was that day or the one before
        first = reports[0]
        if (earlier := incident_behind(article, periods, first, rank)) is not None:
            return earlier
        return Period(first.start - timedelta(days=1), first.end, "days", first.text, None,
                      "report")
    if published is not None and (headline := title_period(article)) is not None:
        return headline
    if published is not None:
        # no date in the text: news of the day or the two before; a follow-up (an
        # identification, charges, "investigating") comes a few days after the violence
        head = f"{article.title or ''} {text[:LEDE_CHARS]}".lower()
        back = UNDATED_FOLLOW_UP_DAYS if FOLLOW_UP_WORDS.search(head) else UNDATED_DAYS
        return Period(published - timedelta(days=back), published, "days", "", None, "published")
    return None


class DateResolver:
    """Pipeline component: sets `published` (when missing) and `periods` (in text order;
    `principal_period` picks the event's from them)."""

    name = "dates"
    requires: tuple[str, ...] = ("text", "sentences")
    assigns: tuple[str, ...] = ("published", "periods")

    def __call__(self, article: Article) -> Article:
        if article.published is None:
            article.published = find_publication_date(article.text)
        # relative dates are the page's own: a "Posted:" line earlier than the date the
        # page came with (a crawl's, an update's) is when "on Sunday" was written
        anchor = article
        posted = page_posted_date(article.text)
        if posted is not None and article.published is not None and \
                article.published - timedelta(days=MAX_POSTED_GAP) <= posted < article.published:
            anchor = replace(article, published=posted)
        # the wars and ceasefires of the article's conflict (profile data) join them
        article.periods = conflict_periods(article, find_periods(anchor))
        return article
