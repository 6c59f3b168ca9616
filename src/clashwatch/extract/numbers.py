"""Figures in text: "2,783", "five", "twenty-five", "a dozen", "several", "between 13 and 46",
"at least 13", "more than a dozen", "no one".

`read_figure(tokens, i)` reads the figure starting at token i, with its qualifier, as
a `Figure` (count, bounds, qualifier). It refuses what is not a head count: ages
("23-year-old"), ordinals ("45th"), decades ("1960s"), clock times, years, money,
lengths, areas, calibres and other measures (see `number_lexicon`). Which figure is a
casualty figure is the claim finder's business, not this module's.

Bounds are inclusive and never contradict the count: exact n -> [n, n]; at least / more
than n -> [n, -]; up to / fewer than n -> [-, n]; nearly / almost n -> [-, n];
about n -> [-, -]; a range a..b -> count null, [a, b]; vague words -> count null and
the bound their meaning gives ("dozens" -> at least 24).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from clashwatch.extract.claim_tokens import Token, longest_phrase, tokenize
from clashwatch.extract.number_lexicon import (
    FIXED,
    GALLERY_WORDS,
    NEAR_BELOW,
    NEGATIONS,
    NOT_COUNT_AFTER,
    NOT_COUNT_BEFORE,
    ONE_WORDS,
    ORDINAL_ONE,
    QUALIFIER_PHRASES,
    RANGE_JOINERS,
    SCALES,
    TENS,
    UNITS,
    VAGUE,
)

MAX_COUNT = 10_000_000  # no casualty figure is larger; longer digit strings are not counts
_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
_DIGIT_RANGE = re.compile(r"(\d{1,3}(?:,\d{3})*|\d+)[-–](\d{1,3}(?:,\d{3})*|\d+)")
_YEAR = re.compile(r"(1[89]|20)\d\d")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure read from tokens[first:last]; `kind` is number, range, vague, one or zero."""

    count: int | None
    count_min: int | None
    count_max: int | None
    qualifier: str
    first: int
    last: int
    kind: str = "number"
    near: bool = False  # "nearly" / "almost": the true figure is just below the count


def _phrase_at(tokens: list[Token], i: int, phrases: Collection[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The longest phrase (tuple of lower-case tokens) of `phrases` starting at token i."""
    return longest_phrase(tokens, i, phrases)


def _digit_value(tok: Token, nxt: Token | None) -> tuple[int, int] | None:
    """(value, tokens used) of a digit token, with a following scale word ("1.5 million")."""
    match = _DIGITS.fullmatch(tok.lower)
    if not match or len(match.group(1)) > 9:
        return None
    whole = int(match.group(1).replace(",", ""))
    decimals = match.group(2)
    if nxt is not None and nxt.lower in SCALES and nxt.lower != "hundred":
        value = int(float(f"{whole}.{decimals or 0}") * SCALES[nxt.lower])
        return (value, 2) if value <= MAX_COUNT else None
    if decimals is not None:
        return None  # 3.5 is a measure, not a head count
    if _YEAR.fullmatch(match.group(1)):
        return None  # 2014: a year, unless written 2,014
    return whole, 1


def _word_value(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(value, tokens used) of a spelled number: "five", "twenty-five", "two hundred and ten"."""
    total = current = 0
    j = i
    seen = False
    while j < len(tokens):
        parts = tokens[j].lower.split("-")
        if all(p in UNITS or p in TENS for p in parts) and len(parts) <= 2:
            current += sum(UNITS.get(p, 0) + TENS.get(p, 0) for p in parts)
        elif parts[0] in SCALES and len(parts) == 1 and seen:
            if parts[0] == "hundred":
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * SCALES[parts[0]]
                current = 0
        elif (tokens[j].lower == "and" and seen and j + 1 < len(tokens)
              and tokens[j + 1].lower.split("-")[0] in UNITS | TENS
              and (total or current >= 100)):
            pass  # "two hundred and ten"
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    value = total + current
    return (value, j - i) if value <= MAX_COUNT else None


def read_number(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(value, tokens used) of a plain number at token i, digits or words, else None."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tok.lower[:1].isdigit():
        return _digit_value(tok, nxt)
    if tok.lower in ("a", "an") and nxt is not None and nxt.lower in SCALES:
        return SCALES[nxt.lower], 2  # "a hundred", "a thousand"
    return _word_value(tokens, i)


def _is_measure(tokens: list[Token], first: int, last: int) -> bool:
    """A number that counts something else: money, lengths, times, ages, ordinals."""
    before = tokens[first - 1] if first > 0 else None
    after = tokens[last].lower if last < len(tokens) else ""
    # punctuation counts only when attached: "#5", "$300", "3/4", but not "# Five"
    if before is not None and before.lower in NOT_COUNT_BEFORE and (
            before.is_word or before.end == tokens[first].start):
        return True
    if after in NOT_COUNT_AFTER:
        return True
    if (before is not None and before.lower == "of" and first >= 3
            and tokens[first - 2].lower.isdigit() and tokens[first - 3].lower in GALLERY_WORDS):
        return True  # "Image 2 of 9": a picture's place in a gallery
    if (before is not None and before.lower == "." and first >= 2
            and tokens[first - 2].lower in NOT_COUNT_BEFORE and tokens[first - 2].is_word):
        return True  # "Sept. 3": a date
    if (before is not None and before.lower in RANGE_JOINERS and first >= 3
            and tokens[first - 3].lower in NOT_COUNT_BEFORE and tokens[first - 3].is_word):
        return True  # "ages 19 to 24": the end of a range of ages
    tok = tokens[first]
    return tok.lower.startswith("$") or (tok.lower[:1].isdigit() and not _DIGITS.fullmatch(tok.lower)
                                           and not _DIGIT_RANGE.fullmatch(tok.lower))


def _age_before(tokens: list[Token], i: int) -> bool:
    """"ages 20-27", "between the ages of 16-18": a range of ages."""
    before = [t.lower for t in tokens[max(0, i - 2):i]]
    return bool(before) and (before[-1] in ("ages", "aged", "age") or (
        before[-1] == "of" and len(before) == 2 and before[0] in ("ages", "age")))


def _bounds(count: int, qualifier: str, near: bool) -> tuple[int | None, int | None]:
    if qualifier == "exact":
        return count, count
    if qualifier in ("at_least", "more_than"):
        return count, None
    if qualifier in ("at_most", "fewer_than") or near:
        return None, count
    return None, None


def _range_figure(low: int, high: int, first: int, last: int) -> Figure:
    low, high = min(low, high), max(low, high)
    return Figure(None, low, high, "unspecified", first, last, "range")


def _read_plain(tokens: list[Token], i: int, qualifier: str, first: int,
                near: bool) -> Figure | None:
    """A number (or fixed phrase, or range) at token i, with an already-read qualifier."""
    tok = tokens[i]
    digit_range = _DIGIT_RANGE.fullmatch(tok.lower)
    if digit_range and not (i + 1 < len(tokens) and tokens[i + 1].lower in NOT_COUNT_AFTER) and not (
            _age_before(tokens, i)):
        low, high = (int(g.replace(",", "")) for g in digit_range.groups())
        if max(low, high) <= MAX_COUNT and not _YEAR.fullmatch(digit_range.group(1)):
            return _range_figure(low, high, first, i + 1)
        return None
    fixed = _phrase_at(tokens, i, FIXED)
    if fixed and not (fixed == ("both",) and qualifier != "exact"):
        count, last = FIXED[fixed], i + len(fixed)
        lo, hi = _bounds(count, qualifier, near)
        return Figure(count, lo, hi, qualifier, first, last, "number", near)
    number = read_number(tokens, i)
    if number is None:
        return None
    count, used = number
    last = i + used
    if _is_measure(tokens, i, last):
        return None
    # "13 to 46", "two or three"
    if last + 1 < len(tokens) and tokens[last].lower in RANGE_JOINERS - {"and"}:
        upper = read_number(tokens, last + 1)
        if upper and upper[0] > count and not _is_measure(tokens, last + 1, last + 1 + upper[1]):
            return _range_figure(count, upper[0], first, last + 1 + upper[1])
    if last < len(tokens) and tokens[last].lower == "more":
        last += 1  # "five more soldiers": five, additional to earlier ones
    lo, hi = _bounds(count, qualifier, near)
    return Figure(count, lo, hi, qualifier, first, last, "number", near)


def read_figure(tokens: list[Token], i: int) -> Figure | None:
    """The figure starting at token i (qualifier included), or None.

    Steps: 1. "between a and b"; 2. a qualifier phrase, then a number, fixed phrase or
    range; 3. a negation ("no one", "none") -> zero; 4. a vague quantity; 5. a plain
    number; 6. a word for one person ("a", "an", "another", "a second").
    """
    if i >= len(tokens):
        return None
    lower = tokens[i].lower
    if lower == "between":
        low = read_number(tokens, i + 1)
        if low and i + 1 + low[1] < len(tokens) and tokens[i + 1 + low[1]].lower == "and":
            high = read_number(tokens, i + 2 + low[1])
            if high and not _is_measure(tokens, i + 2 + low[1], i + 2 + low[1] + high[1]):
                return _range_figure(low[0], high[0], i, i + 2 + low[1] + high[1])
        return None
    qualifier_phrase = _phrase_at(tokens, i, QUALIFIER_PHRASES)
    if qualifier_phrase:
        j = i + len(qualifier_phrase)
        qualifier = QUALIFIER_PHRASES[qualifier_phrase]
        near = " ".join(qualifier_phrase) in NEAR_BELOW
        if j < len(tokens):
            figure = _read_plain(tokens, j, qualifier, i, near)
            if figure is not None:
                return figure
            if qualifier_phrase in (("another",), ("a", "further"), ("an", "additional")):
                return Figure(1, 1, 1, "exact", i, j, "one")
    negation = _phrase_at(tokens, i, NEGATIONS)
    if negation and not (i + len(negation) < len(tokens)
                         and read_number(tokens, i + len(negation))):
        return Figure(0, 0, 0, "exact", i, i + len(negation), "zero")
    vague = _phrase_at(tokens, i, VAGUE)
    if vague:
        lo, hi = VAGUE[vague]
        return Figure(None, lo, hi, "unspecified", i, i + len(vague), "vague")
    figure = _read_plain(tokens, i, "exact", i, False)
    if figure is not None:
        return figure
    if lower in ONE_WORDS:
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        last = i + 2 if nxt in ORDINAL_ONE else i + 1
        return Figure(1, 1, 1, "exact", i, last, "one")
    return None


def parse_figure(text: str) -> Figure | None:
    """The figure that `text` is as a whole ("at least 13", "a dozen"), or None."""
    tokens = tokenize(text)
    figure = read_figure(tokens, 0) if tokens else None
    return figure if figure is not None and figure.last == len(tokens) else None
