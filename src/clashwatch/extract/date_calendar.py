"""Calendar arithmetic of `date_rules`: month and weekday names, the weekday before or
after a day, a year for a month and day, clock times, and a period's precision."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from clashwatch.extract.date_lexicon import MONTH_NUMBERS, WEEKDAY_NUMBERS


def precision_of(start: date, end: date) -> str:
    """UCDP-like precision from the length of a period."""
    days = (end - start).days + 1
    if days <= 1:
        return "day"
    if days <= 6:
        return "days"
    if days <= 13:
        return "week"
    return "month" if days <= 62 else "year"


def month_of(word: str) -> int:
    return MONTH_NUMBERS[word.lower().rstrip(".")]


_DIGITS = re.compile(r"\d+")
_CLOCK = re.compile(r"(\d{1,2})(?:[:.]?(\d{2}))?\s*([ap])?")


def day_of(word: str) -> int:
    return int(_DIGITS.match(word).group())  # type: ignore[union-attr]


def weekday_of(word: str) -> int:
    return WEEKDAY_NUMBERS[word.lower()]


def on_or_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def strictly_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)


def on_or_after(published: date, weekday: int) -> date:
    return published + timedelta(days=(weekday - published.weekday()) % 7)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, published: date | None) -> date | None:
    """A month and day without a year: the latest such day not more than a week after
    publication (a report names past days, and sometimes one coming soon)."""
    if published is None:
        return None
    found = safe_date(published.year, month, day)
    if found is not None and found > published + timedelta(days=7):
        found = safe_date(published.year - 1, month, day)
    return found


WEEKDAY_YEAR_AFTER = 31  # days: a recent date with the wrong weekday is a slip of the pen
WEEKDAY_YEARS_BACK = 3
WEEKDAY_DAYS_AHEAD = 183


def weekday_year(day: date, weekday: int, published: date) -> date:
    """A month and day with a weekday and no year ("Saturday, Sept. 12") months before
    publication: the nearest year (at most three back, or the coming months) in which
    that day is that weekday; a date of the last month is kept (a wrong weekday)."""
    if day.weekday() == weekday or day > published - timedelta(days=WEEKDAY_YEAR_AFTER):
        return day
    years = range(day.year - WEEKDAY_YEARS_BACK, day.year + 2)
    fits = [d for y in years if (d := safe_date(y, day.month, day.day)) is not None
            and d.weekday() == weekday and d <= published + timedelta(days=WEEKDAY_DAYS_AHEAD)]
    return min(fits, key=lambda d: abs((d - day).days)) if fits else day


def month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def clock_minutes(clock: str) -> int | None:
    """Minutes after midnight of "00:05 a.m.", "8 p.m.", "2005"."""
    m = _CLOCK.match(clock.strip().lower())
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "p" and hour < 12:
        hour += 12
    elif m.group(3) == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute if hour < 24 and minute < 60 else None
