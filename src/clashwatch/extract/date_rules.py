"""Date expressions in a text and the periods they name, against the publication day.

`find_expressions(text)` is the pattern step (own regexes from `date_lexicon`, so that
ranges and nights are read whole before any piece of them is); `resolve(...)` turns one
expression into a `Period`. The patterns have already split explicit dates into day,
month and year, so they are converted here (dateparser, at about 1 ms a call, would
double the cost of a date; it reads the free-form publication lines in `dates`).
Weekdays and relative words are resolved here too, because their meaning depends on
the publication day ("on Tuesday" = the last Tuesday on or before it) and on the text
before them ("the same night").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from clashwatch.extract.date_calendar import (
    clock_minutes,
    day_of,
    infer_year,
    month_of,
    month_range,
    on_or_after,
    on_or_before,
    precision_of,
    safe_date,
    strictly_before,
    weekday_of,
    weekday_year,
)
from clashwatch.extract.date_holidays import holiday_dates
from clashwatch.extract.date_lexicon import (
    ANCHOR_AFTER,
    ANCHOR_BEFORE,
    ANCHORS,
    CAPITALISED_ANCHORS,
    FUTURE_RELATIVE,
    MONTH_NUMBERS,
    NUMBER_WORDS,
    NUMERIC_ANCHOR,
    PATTERN_ANCHORS,
    PATTERN_NEEDS,
    PATTERNS,
    RELATIVE,
    RELATIVE_PATTERN,
)
from clashwatch.model import Period, Span

ONE = timedelta(days=1)
_OBJECT_AFTER = re.compile(r"\s+(?:(?i:the|his|her|their|its|a|an)\s|[A-Z][\w-]*['’]s\b)")
_ASIDE_BEFORE = re.compile(r"[,—–]\s*$")
_AROUND = re.compile(r"(?i:\b(?:before|after|until|till|since|ahead\s+of|of)\s+(?:the\s+)?)$")


@dataclass
class Expression:
    """A date expression found in the text: its pattern name, span and match."""

    kind: str
    start: int
    end: int
    match: re.Match[str]


def find_expressions(text: str) -> list[Expression]:
    """Every date expression, in text order; where matches overlap the longest wins
    (then the earlier pattern), so "the night of August 1 to 2" is never "August 1"."""
    found: list[tuple[int, int, int, Expression]] = []
    patterns = [*PATTERNS.items(), ("relative", RELATIVE_PATTERN)]
    lower = text.lower()
    windows = _windows(text, lower)
    for rank, (kind, pattern) in enumerate(patterns):
        needs = PATTERN_NEEDS.get(kind)
        for window_start, window_end in windows[PATTERN_ANCHORS.get(kind, "relative")]:
            if needs and not any(lower.find(n, window_start, window_end) >= 0 for n in needs):
                continue
            for m in pattern.finditer(text, window_start, window_end):
                found.append((m.start() - m.end(), rank, m.start(),
                              Expression(kind, m.start(), m.end(), m)))
    found.sort(key=lambda item: (item[0], item[1], item[2]))
    taken: list[Expression] = []
    for _, _, _, expr in found:
        if all(expr.end <= t.start or expr.start >= t.end for t in taken):
            taken.append(expr)
    return sorted(taken, key=lambda e: e.start)


def _windows(text: str, lower: str) -> dict[str, list[tuple[int, int]]]:
    """Per kind of anchor, the stretches of text around its words, merged."""
    hits: dict[str, list[tuple[int, int]]] = {}
    for kind, words in ANCHORS.items():
        found = hits.setdefault(kind, [])
        capital = kind in CAPITALISED_ANCHORS
        for word in words:
            at = lower.find(word)
            while at >= 0:
                # a word's start ("day" in "Monday", "year" in "21-year-old" are no
                # anchors); names capitalised; a month whole or abbreviated ("Mar." but
                # not "Mark")
                if not (at and (text[at - 1].isalpha() or text[at - 1] == "-")) and (
                        not capital or text[at].isupper()) and (
                        kind != "month" or _month_word(lower, at, word)):
                    found.append((at, at + len(word)))
                at = lower.find(word, at + len(word))
    hits["numeric"] = [m.span() for m in NUMERIC_ANCHOR.finditer(text)]
    windows: dict[str, list[tuple[int, int]]] = {}
    for kind, spans in hits.items():
        merged = windows.setdefault(kind, [])
        for first, last in sorted(spans):
            start, end = max(0, first - ANCHOR_BEFORE), min(len(text), last + ANCHOR_AFTER)
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
    return windows


_MONTH_NAMES = {name[:3]: name for name in list(MONTH_NUMBERS)[:12]}  # the full names


def _month_word(lower: str, at: int, prefix: str) -> bool:
    """A month name or its abbreviation starts at `at` (not "Mark", "Mayor")."""
    for word in (_MONTH_NAMES.get(prefix, prefix), "sept", prefix):
        end = at + len(word)
        if lower.startswith(word, at) and not (end < len(lower) and lower[end].isalpha()):
            return True
    return False


def _dates(g: dict[str, str | None], published: date | None) -> tuple[date | None, date | None]:
    """Start and end of a range or night given as month/day groups (m, d, m2, d2, y)."""
    m1 = month_of(g["m"] or "") if g.get("m") else None
    m2 = month_of(g["m2"] or "") if g.get("m2") else m1
    if m1 is None or m2 is None or not g.get("d"):
        return None, None
    d1, d2 = day_of(g["d"] or ""), day_of(g["d2"] or "")
    if g.get("y"):
        year = int(g["y"] or 0)
        end = safe_date(year, m2, d2)
        start = safe_date(year - (m1 > m2), m1, d1)
    else:
        end = infer_year(m2, d2, published)
        start = safe_date(end.year - (m1 > m2), m1, d1) if end else None
    return start, end


def _weekday_pair(g: dict[str, str | None], published: date) -> tuple[date, date]:
    end = on_or_before(published, weekday_of(g["wd2"] or ""))
    gap = (weekday_of(g["wd2"] or "") - weekday_of(g["wd"] or "")) % 7
    return end - timedelta(days=gap), end


def _night(start: date, published: date | None) -> tuple[date, date]:
    """A night runs into the next day, not past the publication day."""
    end = start + ONE
    return (start, start) if published is not None and start == published else (start, end)


def _relative(phrase: str, published: date, previous: Period | None) -> tuple[date, date] | None:
    anchor, first, last = RELATIVE[phrase]
    if anchor == "pub" or (anchor == "prev" and previous is None):
        return published + timedelta(days=first), published + timedelta(days=last)
    if anchor == "prev" and previous is not None:
        if first == last == 0:
            return previous.start, previous.end
        if first < 0 <= last:  # "the night before": that day's eve and the day
            return previous.start + timedelta(days=first), previous.start
        day = previous.end + timedelta(days=first) if first > 0 else previous.start + timedelta(days=first)
        return day, day
    if anchor == "lastweek":
        monday = published - timedelta(days=published.weekday())
        return monday - 7 * ONE, max(monday - ONE, published - ONE)
    if anchor == "week":
        monday = published - timedelta(days=published.weekday())
        return (monday - 7 * ONE, monday - ONE) if first < 0 else (monday, published)
    if anchor == "month":
        if first < 0:
            last_month = published.replace(day=1) - ONE
            return month_range(last_month.year, last_month.month)
        return published.replace(day=1), published
    if anchor == "year":
        if first < 0:
            return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
        return date(published.year, 1, 1), published
    if anchor == "weekend":
        # Friday night to Sunday: the latest that began on or before publication; "last
        # weekend" the latest that was over by then (said on a Friday, Saturday or Sunday,
        # it is the one before)
        friday = on_or_before(published, 4) - 7 * ONE * (first < 0 and published.weekday() >= 4)
        return friday, min(friday + 2 * ONE, published)
    return None


def _future(phrase: str, published: date) -> tuple[date, date]:
    unit = FUTURE_RELATIVE[phrase]
    if unit == "day":
        return published + ONE, published + ONE
    nxt = phrase.startswith("next")
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + 7 * ONE * nxt
        return (monday, monday + 6 * ONE) if nxt else (published, monday + 6 * ONE)
    if unit == "month":
        if nxt:
            first = (published.replace(day=28) + 4 * ONE).replace(day=1)
            return month_range(first.year, first.month)
        return published, month_range(published.year, published.month)[1]
    year = published.year + nxt
    return (date(year, 1, 1) if nxt else published), date(year, 12, 31)


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdecimal() else NUMBER_WORDS.get(word, 1)


def resolve_dates(expr: Expression, published: date | None, previous: Period | None,
                  future: bool) -> tuple[date, date] | None:
    """The first and last day an expression names; None when it cannot be told (a
    weekday with no publication day, February 30)."""
    g = expr.match.groupdict()
    kind = expr.kind
    if kind in ("date_dmy", "date_mdy"):
        day = safe_date(int(g["y"]), month_of(g["m"]), day_of(g["d"]))
        return (day, day) if day else None
    if kind in ("date_iso", "date_us"):
        day = safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return (day, day) if day else None
    if kind in ("month_year", "year") or (kind in ("month", "month_attr") and g.get("y")):
        if kind == "year":
            return date(int(g["y"]), 1, 1), date(int(g["y"]), 12, 31)
        return _month_part(int(g["y"]), month_of(g["m"]), g.get("part"), expr.match.group())
    if kind in ("night_md", "night_dm", "range_dm", "range_dmdm", "range_md"):
        start, end = _dates(g, published)
        return (start, end) if start and end and start <= end else None
    if kind in ("date_md", "date_dm", "night_of_md"):
        day = (safe_date(int(g["y"]), month_of(g["m"]), day_of(g["d"])) if g.get("y")
               else infer_year(month_of(g["m"]), day_of(g["d"]), published))
        if day is None:
            return None
        if g.get("wd") and not g.get("y") and published is not None:
            day = weekday_year(day, weekday_of(g["wd"] or ""), published)
        return _night(day, published) if kind == "night_of_md" else (day, day)
    if published is None:
        return None  # everything below is relative to the publication day
    if kind in ("month", "month_attr"):
        month = month_of(g["m"])
        # "in August": the latest August up to this month; "last August": before it
        year = published.year - (month >= published.month if g.get("last") else month > published.month)
        return _month_part(year, month, g.get("part"), expr.match.group())
    if kind == "zoned":
        return _zoned(g, published)
    if kind == "holiday":
        # "just before Christmas", "the day after Thanksgiving" are other days
        if _AROUND.search(expr.match.string, max(0, expr.start - 12), expr.start):
            return None
        return holiday_dates(g.get("h") or "", g.get("hpart"), published)
    if kind in ("night_wd", "range_wd"):
        return _weekday_pair(g, published)
    if kind in ("night_of_wd", "wd_night"):
        start = _weekday(g, published, future)
        return _night(start, published)
    if kind == "overnight_into":
        end = on_or_before(published, weekday_of(g["wd"]))
        return end - ONE, end
    if kind in ("early_hours", "early_late_wd", "weekday"):
        day = _weekday(g, published, future)
        # "late Sunday night" is a night too
        night = kind == "early_late_wd" and expr.match.group().lower().endswith("night")
        return _night(day, published) if night else (day, day)
    if kind == "days_after":
        # only an aside to the date just named ("arrested Tuesday, five days after ..."):
        # not "Four days after three men were shot", "on the run for 9 weeks after"
        if previous is None or not _ASIDE_BEFORE.search(expr.match.string, max(0, expr.start - 3),
                                                        expr.start):
            return None
        n = _count(g["n"] or "") * (7 if (g["unit"] or "").lower().startswith("week") else 1)
        day = previous.start - timedelta(days=n)
        return day, day
    if kind == "days_ago":
        return _ago(g, published, previous, expr.match.group())
    if kind == "past_days":
        n = _count(g["n"]) * (7 if g["unit"].lower().startswith("week") else 1)
        return published - timedelta(days=n), published
    phrase = " ".join(g["phrase"].lower().split())
    if phrase in FUTURE_RELATIVE:
        return _future(phrase, published)
    if RELATIVE[phrase][0] == "prev" and RELATIVE[phrase][1:] != (0, 0) and \
            _OBJECT_AFTER.match(expr.match.string, expr.end):
        return None  # "a day before Cole's death": a day before what follows, not before a date
    return _relative(phrase, published, previous)


def _weekday(g: dict[str, str | None], published: date, future: bool) -> date:
    wd = weekday_of(g["wd"] or "")
    rel = (g.get("rel") or "").lower()
    if rel == "next":
        return published + timedelta(days=(wd - published.weekday() - 1) % 7 + 1)
    if future:
        return on_or_after(published, wd)
    if rel == "last" and strictly_before(published, wd) == published - ONE:
        return published - 8 * ONE  # "last Saturday" said on a Sunday: not yesterday
    if rel in ("last", "past"):
        return strictly_before(published, wd)
    return on_or_before(published, wd)


def _month_part(year: int, month: int, part: str | None, words: str) -> tuple[date, date]:
    start, end = month_range(year, month)
    lowered = words.lower()
    if part and part.lower() == "early" or "beginning of" in lowered or "start of" in lowered:
        return start, start.replace(day=10)
    if part and part.lower() == "mid":
        return start.replace(day=11), start.replace(day=20)
    if part and part.lower() == "late" or "end of" in lowered:
        return start.replace(day=21), end
    return start, end


def _zoned(g: dict[str, str | None], published: date) -> tuple[date, date]:
    """A local time and its GMT: the GMT day may be the day before or after."""
    if g.get("wd"):
        local = on_or_before(published, weekday_of(g["wd"] or ""))
    elif g.get("m") and g.get("d"):
        local = infer_year(month_of(g["m"] or ""), day_of(g["d"] or ""), published) or published
    else:
        local = published
    here, utc = clock_minutes(g["clock"] or ""), clock_minutes(g["utc"] or "")
    if here is None or utc is None:
        return local, local
    if utc - here > 12 * 60:
        return local - ONE, local
    if here - utc > 12 * 60:
        return local, local + ONE
    return local, local


def _ago(g: dict[str, str | None], published: date, previous: Period | None,
         words: str) -> tuple[date, date]:
    n = _count(g["n"] or "")
    weeks = (g["unit"] or "").lower().startswith("week")
    anchor = previous.start if words.lower().endswith("earlier") and previous else published
    vague = (g["n"] or "").lower() in ("few", "several", "couple of")
    if weeks:
        middle = anchor - timedelta(days=7 * n)
        return middle - (3 if vague else 1) * ONE, middle + (3 if vague else 1) * ONE
    middle = anchor - timedelta(days=n)
    return (anchor - 7 * ONE, anchor - 2 * ONE) if vague else (middle, middle)


def make_period(expr: Expression, text: str, start: date, end: date, role: str | None) -> Period:
    return Period(start=start, end=end, precision=precision_of(start, end),
                  text=text[expr.start:expr.end], span=Span(expr.start, expr.end), role=role)
