"""Who says so: attributions in a sentence ("X said", "according to X", "said X").

`find_attributions(tokens)` returns each attribution with the token range of its
claimant and of its verb. `claimant_for(candidate_first, attributions)` picks the one a
figure belongs to: the nearest attribution whose verb comes before the figure
("Azerbaijan said that 71 ..."), else the first one after it ("..., police said."),
else an "according to" anywhere in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from clashwatch.extract.claim_lexicon import (
    CLAIMANT_NOUNS,
    CLAUSE_BREAKS,
    NOT_SPEECH_AFTER,
    NOUN_BEFORE_SPEECH,
    SPEECH_AUXILIARIES,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TIME_WORDS,
)
from clashwatch.extract.claim_tokens import Token

_MAX_CLAIMANT = 10


@dataclass(frozen=True)
class Attribution:
    """A claimant (tokens [first, last)) and its verb (token index `verb`)."""

    first: int
    last: int
    verb: int
    according: bool = False


def _claimant_like(tokens: list[Token]) -> bool:
    return any(t.lower in CLAIMANT_NOUNS or (t.is_capitalized and t.is_word) for t in tokens)


def _trim(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """Drop leading time words and trailing auxiliaries: "On Thursday Azerbaijan's ministry"."""
    while first < last and (tokens[first].lower in TIME_WORDS or tokens[first].lower[:1].isdigit()
                            or tokens[first].lower in (",", "the")):
        if tokens[first].lower == "the" and first + 1 < last and tokens[first + 1].lower not in TIME_WORDS:
            break
        first += 1
    while last > first and (tokens[last - 1].lower in SPEECH_AUXILIARIES
                            or tokens[last - 1].lower in ("on", ",")):
        last -= 1
    return first, last


def _subject_before(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """The claimant before a speech verb, walking back to a clause boundary."""
    last = verb
    while last > 0 and (tokens[last - 1].lower in SPEECH_AUXILIARIES):
        last -= 1
    # "X on Monday released": skip a short time phrase between subject and verb
    k = last
    while k > 0 and last - k < 4 and tokens[k - 1].lower in TIME_WORDS - {"the", "a"}:
        k -= 1
    if k < last and k > 0 and tokens[k].lower in ("on", "late", "early", "last", "this", "earlier"):
        last = k
    first = last
    while first > 0 and last - first < _MAX_CLAIMANT:
        lower = tokens[first - 1].lower
        if lower in CLAUSE_BREAKS:
            # "Armenia and Azerbaijan said": names on both sides of "and" stay together
            if lower == "and" and first - 2 >= 0 and tokens[first - 2].is_capitalized:
                first -= 1
                continue
            break
        first -= 1
    if first == last:
        return None
    first, last = _trim(tokens, first, last)
    return (first, last) if first < last and _claimant_like(tokens[first:last]) else None


def _appositive_subject(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """"The Karabakh Defense Army, the fighting force of ..., said": the name before the
    appositive."""
    close = verb - 1
    while close > 0 and tokens[close].lower in SPEECH_AUXILIARIES:
        close -= 1
    if tokens[close].lower != ",":
        return None
    for open_ in range(close - 1, max(close - 30, 0), -1):
        if tokens[open_].lower == ",":
            found = _subject_before(tokens, open_)
            if found and tokens[found[0]].is_capitalized:
                return found
            return None
    return None


def _inverted_subject(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """", said police spokesman John Smith." -> the words after the verb, to the end."""
    if verb == 0 or tokens[verb - 1].lower not in (",", "\"", "”", "'"):
        return None
    last = verb + 1
    while last < len(tokens) and tokens[last].lower not in (".", ",", ";", "!", "?", "\""):
        last += 1
        if last - verb > _MAX_CLAIMANT:
            return None
    if last < len(tokens) and tokens[last].lower == "," and not any(
            t.lower in (".", "!", "?") for t in tokens[last + 1:last + 2]):
        # ", said X, who ..." still ends the claimant at the comma
        pass
    found = (verb + 1, last)
    words = tokens[found[0]:found[1]]
    if not words or words[0].lower in ("that", "in", "on", "it", "the", "there") and not any(
            t.lower in CLAIMANT_NOUNS for t in words):
        return None
    return found if any(t.lower in CLAIMANT_NOUNS or t.is_capitalized for t in words) else None


def find_attributions(tokens: list[Token]) -> list[Attribution]:
    """Every attribution of a sentence, in text order."""
    found: list[Attribution] = []
    for i, tok in enumerate(tokens):
        if tok.lower == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            last = i + 2
            while last < len(tokens) and tokens[last].lower not in (",", ".", ";", "(", ")") and (
                    last - i < _MAX_CLAIMANT + 2):
                last += 1
            if last > i + 2:
                found.append(Attribution(i + 2, last, i, according=True))
            continue
        if tok.lower not in SPEECH_VERBS:
            continue
        if i > 0 and (tokens[i - 1].lower in NOT_SPEECH_AFTER or (
                tokens[i - 1].lower in NOUN_BEFORE_SPEECH and tok.lower in SPEECH_NOUNS)):
            continue  # "no injuries were reported", "the report", "police reports"
        span = (_inverted_subject(tokens, i) or _subject_before(tokens, i)
                or _appositive_subject(tokens, i))
        if span:
            found.append(Attribution(span[0], span[1], i))
    return found


def claimant_for(first: int, last: int, attributions: list[Attribution]) -> Attribution | None:
    """The attribution a figure at tokens [first, last) belongs to."""
    before = [a for a in attributions if a.verb < first and not a.according and a.last <= first]
    if before:
        return max(before, key=lambda a: a.verb)
    after = [a for a in attributions if a.verb >= last and not a.according]
    if after:
        return min(after, key=lambda a: a.verb)
    according = [a for a in attributions if a.according]
    return according[0] if according else None
