"""Blocking: which existing events a new report could belong to, before any text is compared.

Two filters, both cheap:

1. Time. A report's time is its event dates (from the extractor), else its publication
   date. Reports whose times are more than `window` days apart are never compared;
   a report without either is compared with all.
2. Shared keys. Each event is listed under the strongest features (names, places,
   actors, key words) of its members; a report is compared only with events sharing
   keys with it, most shared first, and only with the most recent events per key, so
   the work per report stays bounded however large the store grows. Events listed
   under the days of the report's date window are compared too when there are few of
   them (a quiet week), whether or not they share a key.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta

from clashwatch.model import Article

# reports of one incident appear within days of it; a week covers the follow-ups
# (victims named, a death in hospital) while keeping apart the next shooting in town
DATE_WINDOW_DAYS = 7
KEYS_PER_ARTICLE = 12  # blocking keys of a report (half names, half words)
EVENTS_PER_KEY = 50  # most recent events remembered under one key: news is added in time order
CANDIDATES = 30  # events scored per report: those sharing most keys


@dataclass(frozen=True)
class TimeSpan:
    """When a report (or an event) happened, as far as it tells; `basis` says how we know."""

    start: date
    end: date
    basis: str  # "event dates" or "published"

    def gap_days(self, other: TimeSpan) -> int:
        """Days between the two spans; 0 when they overlap."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0

    def union(self, other: TimeSpan) -> TimeSpan:
        basis = self.basis if self.basis == other.basis else "mixed"
        return TimeSpan(min(self.start, other.start), max(self.end, other.end), basis)

    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def article_time(article: Article) -> TimeSpan | None:
    """The time of a report: its event dates (when it is dated), else its publication
    date, else unknown."""
    event = article.event
    # without a publication date nothing tells the event's date from one the report recalls
    # (the earlier quake, last year's attack), so such a report's dates never block
    if event.date_start and article.published:
        return TimeSpan(event.date_start, event.date_end or event.date_start, "event dates")
    if article.published:
        return TimeSpan(article.published, article.published, "published")
    # years named in the text are no time: a report of 2013 recalls the quake of 2009,
    # so they count as names (similarity) and never block
    return None


def times_compatible(a: TimeSpan | None, b: TimeSpan | None,
                     window: int = DATE_WINDOW_DAYS) -> bool:
    """Whether two reports could be of one event: unknown times never exclude."""
    if a is None or b is None:
        return True
    return a.gap_days(b) <= window


def widen(span: TimeSpan, days: int) -> TimeSpan:
    return TimeSpan(span.start - timedelta(days=days), span.end + timedelta(days=days), span.basis)


MAX_SPAN_DAYS = 62  # a longer period ("since 2014") says nothing about which week


class BlockIndex:
    """Events listed under their blocking keys (most recently touched last) and days."""

    def __init__(self, per_key: int = EVENTS_PER_KEY, window: int = DATE_WINDOW_DAYS) -> None:
        self.per_key = per_key
        self.window = window
        self.postings: dict[str, OrderedDict[int, None]] = {}
        self.days: dict[int, set[int]] = {}

    def _days(self, span: TimeSpan | None, window: int) -> range:
        if span is None or (span.end - span.start).days > MAX_SPAN_DAYS:
            return range(0)
        return range(span.start.toordinal() - window, span.end.toordinal() + window + 1)

    def add_time(self, event: int, span: TimeSpan | None) -> None:
        for day in self._days(span, 0):
            self.days.setdefault(day, set()).add(event)

    def add(self, event: int, keys: list[str]) -> None:
        for key in keys:
            posting = self.postings.setdefault(key, OrderedDict())
            posting[event] = None
            posting.move_to_end(event)
            if len(posting) > self.per_key:
                posting.popitem(last=False)

    def candidates(self, keys: list[str], span: TimeSpan | None = None,
                   limit: int = CANDIDATES) -> list[int]:
        """Events sharing keys with a report, most shared keys first; then, when they are
        few, the other events of its date window."""
        hits: Counter[int] = Counter()
        for key in keys:
            posting = self.postings.get(key)
            if posting:
                hits.update(posting.keys())
        found = [event for event, _ in hits.most_common(limit)]
        nearby: set[int] = set()
        for day in self._days(span, self.window):
            nearby |= self.days.get(day, set())
            if len(nearby) > limit:
                return found
        return found + sorted(nearby - set(found))
