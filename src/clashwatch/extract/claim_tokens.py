"""A small tokenizer for the claim finder: words and figures with character offsets.

spaCy's tokenizer would do, but the claim finder looks at a few hundred sentences per
second and only needs words, figures and punctuation; a regex is ~50x faster. Figures
keep their separators ("2,783", "12-15") and attached suffixes ("23-year-old", "45th",
"9mm") so the number parser can accept or refuse them whole.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

_TOKEN = re.compile(
    r"\d{1,2}:\d{2}"  # a clock time: 00:05, 3:10
    r"|\$?\d[\d,.]*\d(?:-[^\W_]+)*[^\W\d_]*"  # 2,783  1.5  12-15  23-year-old  1960s
    r"|\$?\d(?:-[^\W_]+)*[^\W\d_]*"  # 5  3-year-old  9mm  3rd
    r"|[^\W\d_]\w*(?:[-'’.][^\W\d_]\w*)*(?:['’]s?)?"  # Nagorno-Karabakh  Azerbaijan's  U.S  CBS11
    r"|[^\w\s]"  # punctuation, one character at a time
)


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its text, lower-case form and [start, end) offsets in the tokenized text."""

    text: str
    lower: str
    start: int
    end: int

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text`; offsets are shifted by `offset` (the sentence's start)."""
    return [Token(m.group(), m.group().lower().replace("’", "'"), m.start() + offset,
                  m.end() + offset) for m in _TOKEN.finditer(text)]


# first word -> phrase lengths (longest first), per phrase table: most tokens start no phrase
_FIRST_WORDS: dict[int, tuple[Collection[tuple[str, ...]], dict[str, tuple[int, ...]]]] = {}


def longest_phrase(tokens: list[Token], i: int,
                   table: Collection[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The longest phrase of `table` (tuples of lower-case tokens) starting at token i."""
    entry = _FIRST_WORDS.get(id(table))
    if entry is None or entry[0] is not table:
        firsts: dict[str, set[int]] = {}
        for key in table:
            firsts.setdefault(key[0], set()).add(len(key))
        entry = (table, {k: tuple(sorted(v, reverse=True)) for k, v in firsts.items()})
        _FIRST_WORDS[id(table)] = entry
    if i >= len(tokens):
        return None
    sizes = entry[1].get(tokens[i].lower)
    if not sizes:
        return None
    for size in sizes:
        if i + size <= len(tokens):
            key = tuple(t.lower for t in tokens[i:i + size])
            if key in table:
                return key
    return None
