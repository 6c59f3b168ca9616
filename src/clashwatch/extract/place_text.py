"""The text work under `places`: its words, its sentences, headlines, lower-case words,
and names written before a state, each done the cheap way (issue 4: the place
components' cost).

Nothing here decides what a place is: `places` does, with these as its view of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, compress, count
from operator import itemgetter

from clashwatch.extract import place_lexicon as lex
from clashwatch.extract.gazetteer import WORD, GazEntry, norm_token
from clashwatch.model import Article, Span

_WORD_SPLIT = re.compile(f"({WORD.pattern})")  # words and what lies between, in C
# the words of ASCII letters, three or more, with no word character or apostrophe
# either side: the long ones (four letters or more) and the names of days and months
_ASCII_WORD = re.compile(r"(?<![\w'’])[a-zA-Z]{3,}(?![\w'’])")
_CALENDAR_NAMES = frozenset(w.capitalize() for w in lex.CALENDAR_WORDS)
_ASCII_LOWER = re.compile(r"[a-z]+")
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LETTERS = _ASCII_CAPITALS | frozenset("abcdefghijklmnopqrstuvwxyz")
_first_char = itemgetter(0)


class Token:
    """A word of the text; its normalised form is computed on first use (most words of
    an article are never looked at twice)."""

    __slots__ = ("start", "end", "raw", "capitalised", "_norm")

    def __init__(self, start: int, end: int, raw: str) -> None:
        self.start, self.end, self.raw = start, end, raw
        self.capitalised = raw[0].isupper()
        self._norm: str | None = None

    @property
    def norm(self) -> str:
        if self._norm is None:
            self._norm = norm_token(self.raw)
        return self._norm


def tokenize(text: str) -> list[Token]:
    """The words that matter for names: every capitalised word and the word right before
    and after it. Most words of an article are neither, and are never made into tokens
    (speed: issue 3); neighbours stay neighbours, so the text between two tokens tells
    whether they are adjacent. The loops over all the words run in C (map, compress)."""
    parts = _WORD_SPLIT.split(text)  # [gap, word, gap, word, ..., gap]
    words = parts[1::2]
    ends = list(accumulate(map(len, parts)))  # word k spans ends[2k]..ends[2k + 1]
    capitals = list(compress(count(), map(str.isupper, map(_first_char, words))))
    need = {*capitals, *map((1).__add__, capitals), *map((-1).__add__, capitals)}
    need.discard(-1)
    need.discard(len(words))
    return [Token(ends[2 * k], ends[2 * k + 1], words[k]) for k in sorted(need)]


def sentence_starts(article: Article, tokens: list[Token]) -> tuple[list[int], set[int]]:
    """Each token's sentence number, and the token indexes that open a sentence (the
    first word of their sentence)."""
    spans = article.sentences or [Span(0, len(article.text))]
    # bisect_right over the starts after the first is max(0, bisect_right(starts) - 1)
    later_starts = [sp.start for sp in spans[1:]]
    sent_of = list(map(partial(bisect.bisect_right, later_starts), [t.start for t in tokens]))
    first_words = set()
    for sp in spans:
        found = WORD.search(article.text, sp.start, sp.end)
        if found is not None:
            first_words.add(found.start())
    return sent_of, {i for i, tok in enumerate(tokens) if tok.start in first_words}


def sentence_at(offset: int, starts: list[int], sent_of: list[int]) -> int:
    """The sentence index of the first token starting at or after `offset` (`starts`:
    the tokens' start offsets)."""
    i = bisect.bisect_left(starts, offset)
    return sent_of[i] if i < len(sent_of) else 0


def is_title_case(text: str) -> bool:
    """A sentence written in title case (a headline), where capitals say nothing. Its
    first word and the names of days and months are capitalised in any sentence."""
    words = _ASCII_WORD.findall(text)  # one pass, counted three ways
    caps = sum(len(w) > 3 and w[0] < "a" for w in words) - sum(w in _CALENDAR_NAMES for w in words)
    lows = sum(len(w) > 3 and w[0] >= "a" for w in words)
    head = WORD.search(text)
    if head is not None and len(head.group()) > 3 and head.group().isalpha():
        if head.group()[0].isupper() and head.group().lower() not in lex.CALENDAR_WORDS:
            caps -= 1
        elif head.group()[0].islower():
            lows -= 1
    total = caps + lows
    return total >= 3 and caps / total >= 0.6


class TextContext:
    """What `places._accept` needs to know about the article; the costlier parts on
    demand, each asked once."""

    def __init__(self, article: Article, sent_of: list[int], openers: set[int]) -> None:
        self.article, self.sent_of, self.openers = article, sent_of, openers
        self._title_case: dict[int, bool] = {}
        self._lowercase: dict[str, bool] = {}

    def title_case(self, sentence: int) -> bool:
        if sentence not in self._title_case:
            spans = self.article.sentences
            text = (self.article.text[spans[sentence].start:spans[sentence].end]
                    if sentence < len(spans) else self.article.text)
            self._title_case[sentence] = is_title_case(text)
        return self._title_case[sentence]

    def written_lower(self, word: str) -> bool:
        """Whether the text writes `word` (a-z only) as a whole word in lower case
        ("Mobile" and "mobile"), by a search for that word alone."""
        found = self._lowercase.get(word)
        if found is None:
            found = self._lowercase[word] = bool(_ASCII_LOWER.fullmatch(word)) and _whole_word(
                self.article.text, word)
        return found


def _whole_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` with no word character or apostrophe either side,
    outside a web address (".../east-indianapolis-residence" says nothing of case)."""
    i = text.find(word)
    while i != -1:
        j = i + len(word)
        if ((i == 0 or not _word_char(text[i - 1])) and (j == len(text) or not _word_char(text[j]))
                and not _in_address(text, i, j)):
            return True
        i = text.find(word, i + 1)
    return False


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a run of non-space characters holding a slash."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start))
    right = min((k for k in (text.find(" ", end), text.find("\n", end)) if k != -1),
                default=len(text))
    return "/" in text[left + 1:right]


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’"  # what `\w` and an apostrophe match


def finditer_by_tail(pattern: re.Pattern[str], tail: re.Pattern[str], text: str,
                     head: int) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, found from the tail every match ends with: for a pattern
    whose matches start with an ASCII capital, hold only ASCII letters and at most `head`
    other characters before `tail`, and end with a match of `tail` (which starts with a
    literal, so a search for it skips through the text in C). The pattern is tried only
    at the capitals just before each tail, in text order, from where the last match ended
    (as finditer goes on); its look-behinds see the text before them, as in finditer."""
    resume = 0
    for found in tail.finditer(text):
        at = found.start()
        letters = at
        while letters > 0 and text[letters - 1] in _ASCII_LETTERS:
            letters -= 1
        for start in range(max(resume, letters - head), at):
            if text[start] in _ASCII_CAPITALS:
                match = pattern.match(text, start)
                if match is not None:
                    yield match
                    resume = match.end()
                    break


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of `words` that matches as the alternation of them sorted
    longest first does (at each place the longest word that lets the rest of the pattern
    match), written as a tree of shared prefixes so that each character is looked at
    once rather than once per word: "sheriff(?:'s|’s)?" for sheriff, sheriff's, sheriff’s."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _alternation(tree)


def _alternation(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _alternation(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer words first


@dataclass
class Mention:
    """A gazetteer name found in the text, before it is resolved to one place."""

    start: int
    end: int
    key: str
    candidates: list[GazEntry]
    sentence: int
    precision: str | None = None  # from the words around it: near, district
    qualifier: str | None = None  # the state or country written after it ("Elgin, Ill.")
    role: str | None = None
    neighbourhood: bool = False
    unlisted_state: str | None = None  # no gazetteer name: a town of this state
    local_town: bool = False  # no gazetteer name: a town of the state the article is about
    alias_only: bool = False  # one word, found only as another name of its places
    strong: bool = False  # a locative, a place word or a state around it ("in Gary")
    chosen: GazEntry | None = None
    notes: list[str] = field(default_factory=list)
