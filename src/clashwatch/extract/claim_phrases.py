"""Noun-phrase helpers of the claim rules: who a figure counts, and where they end.

`read_np` finds the end of the victims' noun phrase after a figure ("Azeri soldiers",
"of its troops"); `after_np` skips auxiliaries ("have been", "who was later") and an
appositive; `singular_figure` reads one person without a number ("he", "the victim",
"his son", "John Smith, 23,", "3-year-old"); `coordinated` reads further figures joined
to the first ("three men and two women").
"""

from __future__ import annotations

import re
from dataclasses import replace

from clashwatch.extract.claim_lexicon import (
    AUXILIARIES,
    LIFE_NOUNS,
    MODALS,
    NAME_STOPWORDS,
    NEGATORS,
    NON_PERSON_NOUNS,
    NOUN_CUES,
    NP_BREAKS,
    ONE_PRONOUNS,
    OTHERS_WORDS,
    REFLEXIVES,
    SINGULAR_PEOPLE,
    SPEECH_VERBS,
    STATE_CUES,
    SUBSET_INTRO,
    SUBSET_OF,
    SUFFER_VERBS,
    VICTIM_NOUNS,
    WOUND_NOUNS,
)
from clashwatch.extract.claim_tokens import Token, longest_phrase
from clashwatch.extract.number_lexicon import TENS, UNITS
from clashwatch.extract.numbers import Figure, read_figure

AGE = re.compile(r"\d{1,3}-(?:year|month|week|day)s?-old")
_NP_MAX = 7
_AUX_MAX = 5
_ED_ADJECTIVES = frozenset({"armed", "unarmed", "retired", "unidentified", "unnamed", "suspected",
                            "alleged", "wanted", "married", "licensed", "masked", "hooded",
                            "detained", "enlisted", "identified", "uniformed", "off-duty",
                            "on-duty", "injured", "wounded", "unborn", "beloved"})
_PARTITIVE_NEXT = frozenset({"its", "their", "our", "his", "her", "them", "the", "those", "these",
                             "whom", "us", "which", "my", "your"})
_NOT_NAME = frozenset({"police", "department", "army", "ministry", "forces", "office", "the",
                       "a", "an", "in", "on", "at", "but", "and", "he", "she", "they", "it",
                       "we", "authorities", "officials", "county", "city", "state", "news"})
_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS)
_PLACE_PREPOSITIONS = frozenset({"on", "at", "in", "inside", "outside", "from", "near", "with"})
_FINITE_BE = frozenset({"was", "were", "is", "are", "has", "have", "had"})
_SPACED_AGE = re.compile(r"\d{1,3}-(?:year|month)s?")
_OWNERS = frozenset({"his", "her", "their", "its", "our"})
_PLURAL_ONLY = frozenset({"police", "personnel", "people", "those", "forces", "military", "army",
                          "news", "family", "couple", "parents"})


def phrase_at(tokens: list[Token], i: int, table: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    """(length, value) of the longest phrase of `table` at token i."""
    key = longest_phrase(tokens, i, table)
    return (len(key), table[key]) if key is not None else None


def is_person_word(tok: Token) -> bool:
    return (tok.lower in VICTIM_NOUNS or bool(AGE.fullmatch(tok.lower))
            or (tok.is_capitalized and tok.is_word and tok.lower not in _NOT_NAME))


def read_np(tokens: list[Token], start: int) -> int:
    """End of the victims' noun phrase starting at `start` ("Azeri soldiers", "of its troops")."""
    j = start
    while j < len(tokens) and j - start < _NP_MAX:
        tok = tokens[j]
        if tok.lower == "of":
            # "71 of its troops", "one of them"; not "the father of a girl" (another person)
            if j == start and j + 1 < len(tokens) and tokens[j + 1].lower in _PARTITIVE_NEXT:
                j += 1
                continue
            break
        if tok.lower in NP_BREAKS or (tok.lower[:1].isdigit() and not AGE.fullmatch(tok.lower)
                                      and not _SPACED_AGE.fullmatch(tok.lower)):
            break
        if tok.lower.split("-")[0] in _NUMBER_WORDS and (j > start or (
                start > 0 and tokens[start - 1].lower[:1].isdigit())):
            break  # "Image 23 of 33 Seven people": a new figure starts
        if (phrase_at(tokens, j, STATE_CUES) and tok.lower not in VICTIM_NOUNS) or (
                tok.lower in SUFFER_VERBS):
            break
        if (tok.lower.endswith(("ed", "ing")) and tok.lower not in VICTIM_NOUNS
                and tok.lower not in _ED_ADJECTIVES and not tok.is_capitalized):
            break  # most likely a verb: "soldiers attempted", "men opened fire"
        if tok.lower in LIFE_NOUNS or tok.lower in NON_PERSON_NOUNS:
            j += 1
            break
        j += 1
    return j


def np_ok(tokens: list[Token], figure: Figure, first: int, last: int) -> bool:
    """Whether tokens[first:last] can be the people a figure counts."""
    words = tokens[first:last]
    if any(t.lower in NON_PERSON_NOUNS or t.lower in LIFE_NOUNS for t in words):
        return False
    if figure.kind in ("one", "definite") or (figure.kind == "zero" and words):
        return any(is_person_word(t) for t in words)
    return True


def figure_flags(tokens: list[Token], figure: Figure, np_first: int, np_last: int) -> tuple[bool, bool]:
    """(subset, others) of a figure: "one of them", "six others"."""
    words = [t.lower for t in tokens[np_first:np_last]]
    subset = len(words) >= 2 and words[0] == "of" and words[1] in SUBSET_OF
    before = tokens[figure.first - 1].lower if figure.first > 0 else ""
    subset = subset or before in SUBSET_INTRO - {"of"}
    added = (tokens[figure.first].lower in ("another", "further", "additional")
             or tokens[figure.last - 1].lower == "more" or (
                 figure.first + 1 < len(tokens) and tokens[figure.first + 1].lower == "further"))
    others = added or bool(set(words) & OTHERS_WORDS)
    return subset, others


def after_np(tokens: list[Token], j: int, person: bool = False) -> tuple[int, bool, bool]:
    """Skip auxiliaries and one appositive after a noun phrase: (next index, negated, modal).
    With `person` (a named person), also a place after the name: "Ann Lee of Quincy died"."""
    negated = modal = False
    if j < len(tokens) and tokens[j].lower == ",":  # "the victim, a 23-year-old man, died"
        close = next((k for k in range(j + 1, min(j + 10, len(tokens))) if tokens[k].lower == ","),
                     None)
        if close is not None and not any(phrase_at(tokens, k, STATE_CUES) for k in range(j + 1, close)):
            j = close + 1
    for k in range(j, min(j + 5, len(tokens))):  # "four people on the scene who had been shot"
        if tokens[k].lower == "who":
            j = k
            break
        if tokens[k].lower in NP_BREAKS - _PLACE_PREPOSITIONS or phrase_at(tokens, k, STATE_CUES):
            break
    if j < len(tokens) and tokens[j].lower in _PLACE_PREPOSITIONS | {"of"} and not phrase_at(
            tokens, j, STATE_CUES):
        # "a 15-year-old student at a facility for youth offenders was injured"
        for k in range(j + 1, min(j + 8, len(tokens))):
            lower = tokens[k].lower
            if lower in _FINITE_BE or (person and phrase_at(tokens, k, STATE_CUES) and k > j + 1
                                       and tokens[k - 1].is_capitalized):
                j = k  # "... was injured", "Ann Lee of Quincy died"
                break
            if lower in (",", ";", ".", "and", "but", "who", "that") or phrase_at(tokens, k, STATE_CUES):
                break
    steps = 0
    while j < len(tokens) and steps < _AUX_MAX:
        lower = tokens[j].lower
        if phrase_at(tokens, j, STATE_CUES) and lower not in ("left", "found", "reported"):
            break
        if lower in MODALS:
            modal = True
        elif lower in NEGATORS:
            negated = True
        elif lower not in AUXILIARIES:
            break
        j += 1
        steps += 1
    return j, negated, modal


def starts_object(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i:] begin a verb's object: a figure, "himself", "him", "his wife"."""
    lower = tokens[i].lower
    if lower in REFLEXIVES or lower in ("him", "her", "them", "his", "their", "its"):
        return True
    if lower in ("the", "a", "an") and i + 1 < len(tokens) and (
            tokens[i + 1].lower == "other" or tokens[i + 1].lower in VICTIM_NOUNS
            or AGE.fullmatch(tokens[i + 1].lower)):
        return True
    if lower in ("the", "a", "an"):  # "killed a robbery suspect", "shot the store clerk"
        for k in range(i + 1, min(i + 4, len(tokens))):
            if tokens[k].lower in VICTIM_NOUNS:
                return True
            if tokens[k].lower in NP_BREAKS or not tokens[k].is_word:
                break
    person = singular_figure(tokens, i)
    if person is not None and person.kind == "person":
        return True  # "shot and killed 13 year old Ann Lee"
    figure = read_figure(tokens, i)
    return figure is not None and figure.kind != "vague" and (
        figure.kind != "one" or (i + 1 < len(tokens) and is_person_word(tokens[i + 1])))


def is_age(tokens: list[Token], figure: Figure) -> bool:
    """"John Smith, 24, ...": a number right after a name and a comma."""
    return (figure.first >= 2 and tokens[figure.first - 1].lower == ","
            and tokens[figure.first - 2].is_capitalized and figure.count is not None
            and figure.count < 120)


def zeroed(figure: Figure) -> Figure:
    return replace(figure, count=0, count_min=0, count_max=0, qualifier="exact", kind="zero")


def singular_figure(tokens: list[Token], i: int) -> Figure | None:
    """One person without a number: "he", "the victim", "his son", "John Smith, 23,"."""
    tok = tokens[i]
    after_determiner = i > 0 and tokens[i - 1].lower in ("a", "an", "the", "his", "her", "their",
                                                          "old", "-", "of")
    if AGE.fullmatch(tok.lower) and not after_determiner:
        return Figure(1, 1, 1, "exact", i, i + 1, "person")  # headline: "3-year-old killed"
    if (i + 1 < len(tokens) and tokens[i + 1].lower == "old" and not after_determiner and (
            _SPACED_AGE.fullmatch(tok.lower))):
        return Figure(1, 1, 1, "exact", i, i + 2, "person")  # "25-year old Laprida Shears"
    if (i + 2 < len(tokens) and tok.lower.isdigit() and tokens[i + 1].lower in (
            "year", "month", "yr", "yrs") and tokens[i + 2].lower == "old" and not after_determiner):
        return Figure(1, 1, 1, "exact", i, i + 3, "person")  # "18 year old Chauncey Broadway"
    if (i + 3 < len(tokens) and tok.lower.isdigit() and tokens[i + 1].lower == "y"
            and tokens[i + 2].lower == "/" and tokens[i + 3].lower == "o"):
        return Figure(1, 1, 1, "exact", i, i + 4, "person")  # "20 y/o killed"
    if (i + 1 < len(tokens) and tok.lower.isdigit() and tokens[i + 1].lower in (
            "year-old", "years-old", "month-old") and not after_determiner):
        return Figure(1, 1, 1, "exact", i, i + 2, "person")  # "28 year-old Jaldell Riley"
    name = _name_at(tokens, i)
    if name:
        return Figure(1, 1, 1, "exact", i, name, "person")  # "Dronald Washington was shot"
    if (tok.lower in SINGULAR_PEOPLE and (i == 0 or tokens[i - 1].lower in (":", "-", "–", "—")
                                          or tokens[i - 1].is_capitalized and i <= 3)):
        return Figure(1, 1, 1, "exact", i, i + 1, "person")  # headline: "Man shot in leg"
    if tok.lower in ONE_PRONOUNS and tok.lower in ("he", "she"):
        return Figure(1, 1, 1, "exact", i, i + 1, "pronoun")
    if tok.lower in ("the", "his", "her", "their", "its", "our"):
        for j in range(i + 1, min(i + 4, len(tokens))):
            lower = tokens[j].lower
            if lower in VICTIM_NOUNS and not lower.endswith("s") and lower not in (
                    "police", "personnel", "people", "those", "forces", "military", "army"):
                return Figure(1, 1, 1, "exact", i, i + 1, "definite")
            if AGE.fullmatch(lower) and (j + 1 == len(tokens) or tokens[j + 1].lower in (
                    AUXILIARIES | {",", "."}) or phrase_at(tokens, j + 1, STATE_CUES)):
                return Figure(1, 1, 1, "exact", i, i + 1, "definite")  # "the 16-year-old was"
            if lower in NP_BREAKS:
                break
    if tok.is_capitalized and tok.is_word and tok.lower not in _NOT_NAME:
        j = i
        while j < len(tokens) and j - i < 4 and tokens[j].is_capitalized and tokens[j].is_word:
            j += 1
        if (j + 2 < len(tokens) and j > i and tokens[j].lower == ","
                and tokens[j + 1].lower.isdecimal() and int(tokens[j + 1].lower) < 120):
            if tokens[j + 2].lower == ",":
                return Figure(1, 1, 1, "exact", i, j + 3, "person")  # "John Smith, 23, ..."
            if tokens[j + 2].lower in _FINITE_BE:
                return Figure(1, 1, 1, "exact", i, j + 2, "person")  # "John Smith, 23 was ..."
    return None


def _cue_word(tokens: list[Token], j: int) -> bool:
    """A headline in title case ("Teen Killed, Five Hurt"): its words are cues, not a name."""
    lower = tokens[j].lower
    return (lower in VICTIM_NOUNS or lower in NOUN_CUES or lower in WOUND_NOUNS
            or phrase_at(tokens, j, STATE_CUES) is not None)


def _name_at(tokens: list[Token], i: int) -> int | None:
    """End of a person's name at token i ("Journi Johnson", "Anthony Lee Hughes Jr."), when a
    verb, a comma or the sentence end follows; None otherwise."""
    if i > 0 and tokens[i - 1].is_capitalized and tokens[i - 1].is_word:
        return None  # inside a longer capitalized run
    if i > 0 and (tokens[i - 1].lower in SPEECH_VERBS or tokens[i - 1].lower == "to" and i > 1
                  and tokens[i - 2].lower == "according"):
        return None  # "according to Investigator Bell": the claimant, not a victim
    j = i
    while j < len(tokens) and j - i < 4 and tokens[j].is_capitalized and tokens[j].is_word and (
            tokens[j].lower not in _NOT_NAME and tokens[j].lower not in NAME_STOPWORDS
            and not _cue_word(tokens, j)):
        j += 1
    if j - i < 2:
        return None
    nxt = tokens[j].lower if j < len(tokens) else "."
    return j if nxt in _FINITE_BE or nxt in (",", ".", "died", "dies", ";") else None


def coordinated(tokens: list[Token], np_last: int,
                first_kind: str = "number") -> list[tuple[Figure, int, int]]:
    """Figures joined after a noun phrase: "two soldiers and three civilians", "2 adults,
    2 children": (figure, noun phrase first, last) for each further one."""
    joined: list[tuple[Figure, int, int]] = []
    j = np_last
    while j < len(tokens) and len(joined) < 4:
        k = j
        if tokens[k].lower == ",":
            k += 1
        comma_only = not (k < len(tokens) and tokens[k].lower == "and")
        if not comma_only:
            k += 1
        if k == j or k >= len(tokens):
            break
        if (not comma_only and k + 1 < len(tokens) and tokens[k].lower in _OWNERS
                and tokens[k + 1].lower[:1].isalnum()):
            owned = read_figure(tokens, k + 1)
            if owned is not None and owned.kind in ("number", "range"):
                k += 1  # "a mother and her two sons": the figure after the possessive
        figure = read_figure(tokens, k) or singular_figure(tokens, k)
        if figure is None or figure.kind in ("vague", "zero", "pronoun"):
            break
        # "Ann Lee, 30, Bo Li, 31"; but "and her son, 17-year-old Bo Lee" names the son again
        listed = figure.kind == "person" and first_kind == "person" and (
            not joined or joined[-1][0].kind == "person")
        if comma_only and figure.kind != "number" and not listed:
            break  # "his brother, 22-year-old Kalif Goens": an appositive, the same person
        last = read_np(tokens, figure.last)
        if last == figure.last and figure.kind != "person":
            break  # "and two" with nothing after: not a noun phrase
        if figure.kind in ("one", "definite") and not any(
                is_person_word(t) for t in tokens[figure.last:last]):
            break
        joined.append((figure, figure.last, last))
        j = last
    return joined
