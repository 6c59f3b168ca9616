"""Holidays as dates: "on Christmas Eve", "Easter Sunday", "Father's Day" (`HOLIDAYS`).

The pattern is `date_lexicon.PATTERNS["holiday"]`; `date_rules.resolve_dates` calls
`holiday_dates` for it. A holiday is the latest one on or before publication.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from clashwatch.extract.date_lexicon import HOLIDAYS


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus; no dependency for it)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_in(name: str, year: int) -> date | None:
    """The day of a holiday (`HOLIDAYS` key, or "easter") in a year."""
    if name == "easter":
        return easter(year)
    rule = HOLIDAYS.get(name)
    if rule is None:
        return None
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    month, weekday, nth = rule
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holiday_dates(written: str, part: str | None, published: date) -> tuple[date, date] | None:
    """The latest such holiday not after publication ("Christmas", "Easter Sunday"); its
    night ("Christmas night") runs into the next day."""
    words = " ".join(written.lower().replace("'", "").replace("’", "").split())
    name = words.removesuffix(" day").removesuffix(" sunday").replace("new year ", "new years ")
    day = holiday_in(name, published.year)
    if day is None:
        return None
    if day > published:
        day = holiday_in(name, published.year - 1) or day
    if (part or "").lower() == "night" and day < published:
        return day, day + timedelta(days=1)
    return day, day
