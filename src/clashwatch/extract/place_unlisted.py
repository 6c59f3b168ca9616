"""Towns the gazetteer lacks, found by how the text writes them: with their state ("a
Toone, TN, man", "New Paris, Ohio"); before a resident's or an area's word ("a Glen Flora
man", "the Cub Run area"), placed later in the state whose county the article names
(see `place_resolve`); and again without either ("in Toone")."""

from __future__ import annotations

import re

from clashwatch.extract import place_lexicon as lex
from clashwatch.extract.gazetteer import name_key
from clashwatch.extract.place_text import (
    Mention,
    TextContext,
    Token,
    finditer_by_tail,
    sentence_at,
)

_STATE_NAMES = sorted({*lex.US_STATE_ABBREVIATIONS, *lex.US_POSTAL_CODES,
                       *lex.US_POSTAL_CODES.values()}, key=len, reverse=True)
# a name the gazetteer lacks, written with its state: "Toone, TN", "Lowmansville, Ky."
_COMMA_STATE = re.compile(r",[ ](" + "|".join(re.escape(s) for s in _STATE_NAMES)
                          + r")(?![\w]|\s+(?:County|Parish|Borough)\b)")
_TOWN_WITH_STATE = re.compile(
    r"(?<![\w'’.-])((?:(?:" + "|".join(w.capitalize() for w in sorted(lex.TOWN_NAME_HEADS))
    + r")\.? )?[A-Z][a-z]{2,})" + _COMMA_STATE.pattern)
_TOWN_HEAD = max(map(len, lex.TOWN_NAME_HEADS)) + 2  # "Fort. " before the name's last word
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ ]+$")
_TOWN_BEFORE_LOCAL_WORD = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?) (?:man|woman|teen|teenager|boy|girl|"
    r"resident|residents|native|area|community)\b")
_LOCAL_WORD = re.compile(r" (?:man|woman|teen|teenager|boy|girl|resident|residents|native|area|"
                         r"community)\b")  # the tail to search for first: a space skips fast
_LOCAL_HEAD = 20  # "Glen " before the last word of the name
# (no leading \b: a literal alternation lets the search skip through the text)
_TOWN_AFTER_TOWN_WORD = re.compile(
    r"(?:town|village|hamlet|community) of ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?![\w'’-])")
# words before a name that do not make it a person's last name
_ARTICLE_WORDS = frozenset("the a an in at of near from outside".split())


def us_state(qualifier: str | None) -> str | None:
    """The US state a qualifier names ("Ohio", "Ill.", "TN"), else None."""
    if not qualifier:
        return None
    qualifier = qualifier.strip()
    if qualifier in lex.US_POSTAL_CODES.values():
        return qualifier
    return lex.US_STATE_ABBREVIATIONS.get(qualifier) or lex.US_POSTAL_CODES.get(qualifier)


def with_unlisted_towns(text: str, mentions: list[Mention], strong: list[bool],
                        sent_of: list[int], tokens: list[Token], ctx: TextContext,
                        found: tuple[Mention, ...] = ()) -> tuple[list[Mention], list[bool]]:
    """The mentions with the towns the gazetteer lacks added, in text order (see the
    module docstring), and those `found` already (a dateline's). A weak one-word match
    inside a longer such name ("Flora" in "a Glen Flora man") gives way to it."""
    starts = [t.start for t in tokens]

    def sentence(offset: int) -> int:
        return sentence_at(offset, starts, sent_of)

    added = list(found)
    taken = {i for m in [*mentions, *added] for i in range(m.start, m.end)}  # in names
    for mention in _towns_with_state(text, taken, ctx):
        mention.sentence = sentence(mention.start)
        added.append(mention)
        taken.update(range(mention.start, mention.end))
    weak_at = {m.start: m for m, sure in zip(mentions, strong, strict=True) if not sure}

    def weak_inside(start: int, end: int) -> list[Mention]:
        """The weak mentions within start..end, shorter than it (looked up by offset: a
        long article holds many)."""
        return [m for m in map(weak_at.get, range(start, end))
                if m is not None and m.end <= end and m.end - m.start < end - start]

    displaced: set[int] = set()
    for start, end in _local_town_spans(text, ctx):
        inside = weak_inside(start, end)
        if any(i in taken for i in range(start, end) if not any(m.start <= i < m.end for m in inside)):
            continue
        mention = Mention(start, end, name_key(text[start:end]), [], sentence(start))
        mention.local_town = True
        added.append(mention)
        displaced.update(id(m) for m in inside)
        taken.update(range(start, end))
    # the same name without its state: "in Toone" (each name once: a long article repeats it)
    for mention in {text[m.start:m.end]: m for m in reversed(added)}.values():
        for start, end in _whole_name_spans(text, text[mention.start:mention.end]):
            inside = weak_inside(start, end)
            if any(i in taken for i in range(start, end)
                   if not any(m.start <= i < m.end for m in inside)):
                continue
            other = Mention(start, end, mention.key, [], sentence(start))
            other.unlisted_state, other.local_town = mention.unlisted_state, mention.local_town
            added.append(other)
            displaced.update(id(m) for m in inside)
            taken.update(range(start, end))
    if not added:
        return mentions, strong
    kept = [(m, sure) for m, sure in zip(mentions, strong, strict=True) if id(m) not in displaced]
    merged = sorted([*kept, *((m, True) for m in added)], key=lambda p: p[0].start)
    return [m for m, _ in merged], [sure for _, sure in merged]


def _whole_name_spans(text: str, name: str) -> list[tuple[int, int]]:
    """Where `name` stands as a whole name: no word character, apostrophe or hyphen on
    either side, nor a period before (a str.find loop: a regex per name would be
    compiled for every article)."""
    spans = []
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_'’.-") and not (after.isalnum() or after in "_'’-"):
            spans.append((at, end))
        at = text.find(name, at + 1)
    return spans


def _towns_with_state(text: str, taken: set[int], ctx: TextContext) -> list[Mention]:
    """"a Toone, TN, man", "New Paris, Ohio": not after a capitalised word the article
    never writes in lower case (a person: "John Toone, Tennessee"), and not a word that
    is no place ("Monday, Texas")."""
    found_towns: list[Mention] = []
    for found in finditer_by_tail(_TOWN_WITH_STATE, _COMMA_STATE, text, _TOWN_HEAD):
        start, end = found.span(1)
        if start in taken or end - 1 in taken:
            continue
        key = name_key(found.group(1))
        if key in lex.DEMONYMS or any(
                w in lex.NOT_PLACES or w in lex.CALENDAR_WORDS for w in key.split(" ")):
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before and before.group(1)[0].isupper() and (
                not ctx.written_lower(before.group(1).lower())):
            continue
        qualifier = found.group(2)
        mention = Mention(start, end, key, [], 0, qualifier=qualifier)
        mention.unlisted_state = us_state(qualifier)
        found_towns.append(mention)
    return found_towns


def _local_town_spans(text: str, ctx: TextContext) -> list[tuple[int, int]]:
    """Spans of names written as towns without a state: "a Glen Flora man", "the Cub Run
    area", "the town of Lingle"."""
    spans = [found.span(1) for found in finditer_by_tail(_TOWN_BEFORE_LOCAL_WORD, _LOCAL_WORD,
                                                         text, _LOCAL_HEAD)]
    spans.extend(found.span(1) for found in _TOWN_AFTER_TOWN_WORD.finditer(text))
    verdicts: dict[str, bool] = {}  # each name judged once: a long article repeats it
    for start, end in spans:
        name = text[start:end]
        if name not in verdicts:
            verdicts[name] = _may_be_town(text, name, ctx)
    return sorted(span for span in dict.fromkeys(spans) if verdicts[text[span[0]:span[1]]])


def _may_be_town(text: str, name: str, ctx: TextContext) -> bool:
    """Whether a capitalised name before "man" or "area" may be a town: no common word
    ("Local man"), no weekday, no demonym, and never a person's last name in the article
    ("Jacob Setter"; "the Setter boy")."""
    words = name_key(name).split(" ")
    if name_key(name) in lex.DEMONYMS or any(
            w in lex.NOT_PLACES or w in lex.CALENDAR_WORDS or ctx.written_lower(w)
            for w in words):
        return False
    at = text.find(name)
    while at != -1:
        before = _WORD_BEFORE.search(text, max(0, at - 30), at)
        if before and before.group(1)[0].isupper() and before.group(1).lower() not in _ARTICLE_WORDS:
            return False
        at = text.find(name, at + len(name))
    return True
