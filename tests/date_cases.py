"""Articles for the date tests: a hand-set publication day, the real components."""

from __future__ import annotations

from datetime import date

from clashwatch.extract.dates import DateResolver
from clashwatch.extract.sentences import SentenceSplitter
from clashwatch.model import Article, Period

# 2022-09-15 is a Thursday; 2014-08-04 a Monday; 2022-09-13 a Tuesday
THURSDAY = date(2022, 9, 15)


def resolve(text: str, published: date | None = THURSDAY) -> Article:
    article = Article(id="t", text=text, published=published)
    return DateResolver()(SentenceSplitter()(article))


def found(text: str, published: date | None = THURSDAY) -> list[Period]:
    """The periods, in text order."""
    return resolve(text, published).periods


def only(text: str, published: date | None = THURSDAY) -> Period:
    periods = found(text, published)
    assert len(periods) == 1, [(p.text, p.start, p.end) for p in periods]
    return periods[0]
