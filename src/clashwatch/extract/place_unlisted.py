"""Towns the gazetteer lacks, found by how the text writes them: with their state ("a
Toone, TN, man", "New Paris, Ohio"), and again without it ("in Toone")."""

from __future__ import annotations

import bisect
import re

from clashwatch.extract import place_lexicon as lex
from clashwatch.extract.gazetteer import name_key
from clashwatch.extract.place_text import Mention, TextContext, Token, finditer_by_tail

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


def with_unlisted_towns(text: str, mentions: list[Mention], strong: list[bool],
                         sent_of: list[int], tokens: list[Token], ctx: TextContext
                         ) -> tuple[list[Mention], list[bool]]:
    """Add the towns the gazetteer lacks that the text writes with their state ("a Toone,
    TN, man", "New Paris, Ohio"), in text order. Not after a capitalised word the
    article never writes in lower case (a person: "John Toone, Tennessee"), and not a
    word that is no place ("Monday, Texas")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}  # characters in names
    added: list[tuple[Mention, bool]] = []
    starts = [t.start for t in tokens]
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
        i = bisect.bisect_left(starts, start)
        mention = Mention(start, end, key, [], sent_of[i] if i < len(sent_of) else 0,
                          qualifier=qualifier)
        mention.unlisted_state = (lex.US_STATE_ABBREVIATIONS.get(qualifier)
                                  or lex.US_POSTAL_CODES.get(qualifier, qualifier))
        added.append((mention, True))
        taken.update(range(start, end))
    for mention, _ in list(added):  # the same name without its state: "in Toone"
        name = re.escape(text[mention.start:mention.end])
        for again in re.finditer(rf"(?<![\w'’.-]){name}(?![\w'’-])", text):
            if again.start() not in taken and again.end() - 1 not in taken:
                i = bisect.bisect_left(starts, again.start())
                other = Mention(again.start(), again.end(), mention.key, [],
                                sent_of[i] if i < len(sent_of) else 0)
                other.unlisted_state = mention.unlisted_state
                added.append((other, True))
                taken.update(range(*again.span()))
    if not added:
        return mentions, strong
    merged = sorted([*zip(mentions, strong, strict=True), *added], key=lambda p: p[0].start)
    return [m for m, _ in merged], [s for _, s in merged]
