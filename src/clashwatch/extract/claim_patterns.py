"""Link each figure of a sentence to the casualty word that gives it a status.

`match_sentence(tokens)` returns `Candidate`s: a figure, its status, the tokens of the
victims' noun phrase, and flags the article-level passes need. Rules, tried per figure:

1. object of an active cue: "killing one of its soldiers", "lost two soldiers",
   "claimed more than 6,500 lives", "left four people wounded", "took 3 prisoner";
2. noun cue after the figure: "two casualties", "25 deaths", "no injuries";
3. subject of a state cue, across auxiliaries and an appositive: "Nine Azeri soldiers
   were killed", "seven wounded", "a 14-year-old who was shot and killed";
4. "of" nouns: "the deaths of three soldiers", "the shooting of a teenager";
5. state adverb after the figure: "two men were shot, one fatally";
and, keyed by the cue rather than a figure, 6. tolls: "the death toll rose to 13", and
7. reflexives: "before killing himself".

A figure with no rule is no claim: that is how deployments ("2,000 peacekeepers"),
attackers ("a group of 50 soldiers attempted an attack") and crowds are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from clashwatch.extract.claim_lexicon import (
    ACTIVE_CUES,
    AUXILIARIES,
    BOTH_STATUS_NOUNS,
    LEAVE_STATES,
    LEAVE_VERBS,
    LIFE_NOUNS,
    MODALS,
    NEGATORS,
    NON_PERSON_NOUNS,
    NOUN_COMPOUND_AFTER,
    NOUN_CUES,
    NP_BREAKS,
    OF_NOUNS,
    ONE_PRONOUNS,
    OTHERS_WORDS,
    REFLEXIVES,
    STATE_ADVERBS,
    STATE_CUES,
    SUBSET_INTRO,
    SUBSET_OF,
    TOLL_LINKS,
    TOLL_NOUNS,
    VICTIM_NOUNS,
)
from clashwatch.extract.claim_tokens import Token
from clashwatch.extract.numbers import Figure, read_figure

_AGE = re.compile(r"\d{1,3}-(?:year|month|week|day)s?-old")
_NP_MAX = 7
_AUX_MAX = 5
_ED_ADJECTIVES = frozenset({"armed", "unarmed", "retired", "unidentified", "unnamed", "suspected",
                            "alleged", "wanted", "married", "unarmed", "licensed", "masked",
                            "hooded", "detained", "enlisted", "unnamed", "identified",
                            "uniformed", "off-duty", "on-duty", "injured", "wounded"})
_NOT_NAME = frozenset({"police", "department", "army", "ministry", "forces", "office", "the",
                       "a", "an", "in", "on", "at", "but", "and", "he", "she", "they", "it",
                       "we", "authorities", "officials", "county", "city", "state", "news"})


@dataclass(frozen=True)
class Candidate:
    """A figure linked to a status; token ranges are [first, last) in the sentence."""

    status: str  # killed, wounded, hit (shot, fate open), missing, captured
    figure: Figure
    np_first: int
    np_last: int
    first: int
    last: int
    rule: str
    loss_verb: int | None = None  # "lost"/"suffered": the victims are the verb's subject
    subset: bool = False  # part of a figure already given: "one of them died"
    others: bool = False  # in addition to one already given: "six others were shot"
    both: bool = False  # "no casualties": zero dead and zero wounded


def _phrase(tokens: list[Token], i: int, table: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    """(length, value) of the longest phrase of `table` at token i."""
    for size in (5, 4, 3, 2, 1):
        key = tuple(t.lower for t in tokens[i:i + size])
        if len(key) == size and key in table:
            return size, table[key]
    return None


def _is_person_word(tok: Token) -> bool:
    return (tok.lower in VICTIM_NOUNS or bool(_AGE.fullmatch(tok.lower))
            or (tok.is_capitalized and tok.is_word and tok.lower not in _NOT_NAME))


def read_np(tokens: list[Token], start: int) -> int:
    """End of the victims' noun phrase starting at `start` ("Azeri soldiers", "of its troops")."""
    j = start
    while j < len(tokens) and j - start < _NP_MAX:
        tok = tokens[j]
        if tok.lower == "of" and j + 1 < len(tokens) and not tokens[j + 1].lower in NP_BREAKS:
            j += 1
            continue
        if tok.lower in NP_BREAKS or (tok.lower[:1].isdigit() and not _AGE.fullmatch(tok.lower)):
            break
        if _phrase(tokens, j, STATE_CUES) and tok.lower not in VICTIM_NOUNS:
            break
        if (tok.lower.endswith(("ed", "ing")) and tok.lower not in VICTIM_NOUNS
                and tok.lower not in _ED_ADJECTIVES and not tok.is_capitalized):
            break  # most likely a verb: "soldiers attempted", "men opened fire"
        if tok.lower in LIFE_NOUNS or tok.lower in NON_PERSON_NOUNS:
            j += 1
            break
        j += 1
    return j


def _np_ok(tokens: list[Token], figure: Figure, first: int, last: int) -> bool:
    """Whether tokens[first:last] can be the people a figure counts."""
    words = tokens[first:last]
    if any(t.lower in NON_PERSON_NOUNS or t.lower in LIFE_NOUNS for t in words):
        return False
    if figure.kind in ("one", "definite") or (figure.kind == "zero" and words):
        return any(_is_person_word(t) for t in words)
    return True


def _flags(tokens: list[Token], figure: Figure, np_first: int, np_last: int) -> tuple[bool, bool]:
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


def _after_np(tokens: list[Token], j: int) -> tuple[int, bool, bool]:
    """Skip auxiliaries and one appositive after a noun phrase: (next index, negated, modal)."""
    negated = modal = False
    if j < len(tokens) and tokens[j].lower == ",":  # "the victim, a 23-year-old man, died"
        close = next((k for k in range(j + 1, min(j + 10, len(tokens))) if tokens[k].lower == ","),
                     None)
        if close is not None and not any(_phrase(tokens, k, STATE_CUES) for k in range(j + 1, close)):
            j = close + 1
    for k in range(j, min(j + 5, len(tokens))):  # "four people on the scene who had been shot"
        if tokens[k].lower == "who":
            j = k
            break
        if tokens[k].lower in NP_BREAKS - {"on", "at", "in", "inside", "outside"} or _phrase(
                tokens, k, STATE_CUES):
            break
    steps = 0
    while j < len(tokens) and steps < _AUX_MAX:
        lower = tokens[j].lower
        if _phrase(tokens, j, STATE_CUES) and lower not in ("left", "found", "reported"):
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


def _starts_object(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i:] begin a verb's object: a figure, "himself", "him", "his wife"."""
    lower = tokens[i].lower
    if lower in REFLEXIVES or lower in ("him", "her", "them", "his", "their", "its"):
        return True
    figure = read_figure(tokens, i)
    return figure is not None and figure.kind != "vague" and (
        figure.kind != "one" or (i + 1 < len(tokens) and _is_person_word(tokens[i + 1])))


def _zeroed(figure: Figure) -> Figure:
    return replace(figure, count=0, count_min=0, count_max=0, qualifier="exact", kind="zero")


def _object_rule(tokens: list[Token], figure: Figure) -> Candidate | None:
    """Rule 1: the figure is the object of an active cue just before it."""
    for size in (3, 2, 1):
        start = figure.first - size
        if start < 0:
            continue
        found = _phrase(tokens, start, ACTIVE_CUES)
        if not found or found[0] != size:
            continue
        if start > 0 and (tokens[start - 1].lower in MODALS or tokens[start - 1].lower == "to"):
            return None  # "threatened to kill two hostages": not a report of loss
        if start > 0 and tokens[start - 1].lower in ("was", "were", "been", "be", "being"):
            return None  # passive: "were killed two days ago"
        verb = found[1]
        np_last = read_np(tokens, figure.last)
        if verb in ("lives", "lost") or tokens[start].lower in LEAVE_VERBS:
            pass
        elif not _np_ok(tokens, figure, figure.last, np_last):
            return None
        if verb == "lives":
            if np_last - 1 < len(tokens) and tokens[np_last - 1].lower in LIFE_NOUNS:
                return Candidate("killed", figure, figure.last, np_last, start, np_last, "lives")
            if np_last < len(tokens) and tokens[np_last].lower in ("prisoner", "prisoners", "captive",
                                                                    "hostage", "hostages"):
                return Candidate("captured", figure, figure.last, np_last, start, np_last + 1,
                                 "taken")
            return None
        if verb == "lost":
            words = tokens[figure.last:np_last]
            if not words or not any(t.lower in VICTIM_NOUNS or t.is_capitalized for t in words):
                return None
            return Candidate("killed", figure, figure.last, np_last, start, np_last, "lost",
                             loss_verb=start)
        subset, others = _flags(tokens, figure, figure.last, np_last)
        return Candidate(verb, figure, figure.last, np_last, start, np_last, "object",
                         subset=subset, others=others)
    start = figure.first - 1
    if start >= 0 and tokens[start].lower in LEAVE_VERBS:  # "left two people dead"
        np_last = read_np(tokens, figure.last)
        if np_last < len(tokens) and tokens[np_last].lower in LEAVE_STATES:
            if _np_ok(tokens, figure, figure.last, np_last):
                return Candidate(LEAVE_STATES[tokens[np_last].lower], figure, figure.last, np_last,
                                 start, np_last + 1, "left")
    return None


def _noun_rule(tokens: list[Token], figure: Figure) -> list[Candidate]:
    """Rule 2: "two casualties", "25 deaths", "two civilian deaths", "no reports of injuries"."""
    for j in range(figure.last, min(figure.last + 4, len(tokens))):
        lower = tokens[j].lower
        if lower in NOUN_CUES:
            if lower in ("dead", "wounded", "injured") and j != figure.last:
                return []  # a state, read by the subject rule
            if j + 1 < len(tokens) and tokens[j + 1].lower in NOUN_COMPOUND_AFTER:
                return []  # "a final death toll"
            if figure.kind == "one" and j != figure.last:
                return []
            status = NOUN_CUES[lower]
            subset, others = _flags(tokens, figure, figure.last, j)
            made = [Candidate(status, figure, figure.last, j, figure.first, j + 1, "noun",
                              subset=subset, others=others,
                              both=lower in BOTH_STATUS_NOUNS and figure.kind == "zero")]
            if made[0].both:
                made.append(replace(made[0], status="wounded"))
            return made
        if lower in NP_BREAKS or lower in NON_PERSON_NOUNS or _phrase(tokens, j, STATE_CUES):
            return []
    return []


def _subject_rule(tokens: list[Token], figure: Figure) -> Candidate | None:
    """Rule 3: the figure's people, then auxiliaries, then a state: "were killed", "dead"."""
    np_last = read_np(tokens, figure.last)
    j, negated, modal = _after_np(tokens, np_last)
    if modal or j >= len(tokens):
        return None
    found = _phrase(tokens, j, STATE_CUES)
    if not found:
        return None
    size, status = found
    after = tokens[j + size] if j + size < len(tokens) else None
    if status == "hit" and after is not None and after.lower in ("at", "down"):
        return None  # "shot at": fired on, not hit
    if j == np_last and after is not None and _starts_object(tokens, j + size):
        return None  # "the gunman killed two people": active, the object is the victim
    if figure.kind in ("one", "definite", "zero") and np_last == figure.last and figure.kind != "zero":
        return None
    if not _np_ok(tokens, figure, figure.last, np_last):
        return None
    if figure.kind not in ("zero",) and np_last == figure.last and j > np_last + 2:
        return None  # "25 ... were ... killed" with nothing naming people: too loose
    subset, others = _flags(tokens, figure, figure.last, np_last)
    fig = _zeroed(figure) if negated else figure
    return Candidate(status, fig, figure.last, np_last, figure.first, j + size, "subject",
                     subset=subset, others=others)


def _of_rule(tokens: list[Token], figure: Figure) -> Candidate | None:
    """Rule 4: "the deaths of three soldiers", "the shooting of a teenager"."""
    if figure.first < 2 or tokens[figure.first - 1].lower != "of":
        return None
    noun = tokens[figure.first - 2].lower
    if noun in LIFE_NOUNS and figure.first >= 4:  # "claimed the lives of 30 people"
        verb = _phrase(tokens, figure.first - 4, ACTIVE_CUES)
        if verb and verb[1] == "lives":
            np_last = read_np(tokens, figure.last)
            return Candidate("killed", figure, figure.last, np_last, figure.first - 4, np_last, "of")
        return None
    if noun not in OF_NOUNS:
        return None
    np_last = read_np(tokens, figure.last)
    if not _np_ok(tokens, figure, figure.last, np_last) or (
            figure.kind in ("one", "definite") and np_last == figure.last):
        return None
    return Candidate(OF_NOUNS[noun], figure, figure.last, np_last, figure.first - 2, np_last, "of")


def _adverb_rule(tokens: list[Token], figure: Figure) -> Candidate | None:
    """Rule 5: "two men were shot, one fatally"."""
    if figure.last < len(tokens) and tokens[figure.last].lower in STATE_ADVERBS:
        return Candidate(STATE_ADVERBS[tokens[figure.last].lower], figure, figure.last,
                         figure.last, figure.first, figure.last + 1, "adverb", subset=True)
    return None


def _toll_rule(tokens: list[Token]) -> list[Candidate]:
    """Rule 6: a toll noun, linking words, then the figure: "the death toll rose to 13"."""
    made: list[Candidate] = []
    i = 0
    while i < len(tokens):
        found = _phrase(tokens, i, TOLL_NOUNS)
        if not found:
            i += 1
            continue
        size, status = found
        j = i + size
        while j < len(tokens) and j - i < 10 and tokens[j].lower not in (".", ";"):
            if tokens[j - 1].lower in TOLL_LINKS:
                figure = read_figure(tokens, j)
                if figure is not None and figure.kind in ("number", "range", "zero"):
                    made.append(Candidate(status, figure, figure.last, figure.last, i,
                                          figure.last, "toll"))
                    break
            j += 1
        i = j
    return made


def _reflexive_rule(tokens: list[Token]) -> list[Candidate]:
    """Rule 7: "before killing himself", "shot himself in the leg": one person."""
    made = []
    for i, tok in enumerate(tokens):
        if tok.lower in REFLEXIVES and i > 0:
            for size in (3, 2, 1):
                found = _phrase(tokens, i - size, ACTIVE_CUES) if i - size >= 0 else None
                if found and found[0] == size and found[1] in ("killed", "wounded", "hit"):
                    if i - size > 0 and tokens[i - size - 1].lower in MODALS | {"to"}:
                        break
                    figure = Figure(1, 1, 1, "exact", i, i + 1, "one")
                    made.append(Candidate(found[1], figure, i, i + 1, i - size, i + 1,
                                          "reflexive", others=True))
                    break
    return made


def _singular_figures(tokens: list[Token], i: int) -> Figure | None:
    """One person without a number: "he", "the victim", "his son", "John Smith, 23,"."""
    tok = tokens[i]
    if _AGE.fullmatch(tok.lower) and (i == 0 or tokens[i - 1].lower not in (
            "a", "an", "the", "his", "her", "their", "old", "-")):
        return Figure(1, 1, 1, "exact", i, i + 1, "person")  # headline: "3-year-old killed"
    if tok.lower in ONE_PRONOUNS and tok.lower in ("he", "she"):
        return Figure(1, 1, 1, "exact", i, i + 1, "pronoun")
    if tok.lower in ("the", "his", "her", "their", "its", "our"):
        for j in range(i + 1, min(i + 4, len(tokens))):
            lower = tokens[j].lower
            if lower in VICTIM_NOUNS and not lower.endswith("s") and lower not in (
                    "police", "personnel", "people", "those", "forces", "military", "army"):
                return Figure(1, 1, 1, "exact", i, i + 1, "definite")
            if lower in NP_BREAKS:
                break
    if tok.is_capitalized and tok.is_word and tok.lower not in _NOT_NAME:
        j = i
        while j < len(tokens) and j - i < 4 and tokens[j].is_capitalized and tokens[j].is_word:
            j += 1
        if (j + 2 < len(tokens) and j > i and tokens[j].lower == ","
                and tokens[j + 1].lower.isdigit() and int(tokens[j + 1].lower) < 120
                and tokens[j + 2].lower == ","):
            return Figure(1, 1, 1, "exact", i, j + 3, "person")
    return None


def match_sentence(tokens: list[Token]) -> list[Candidate]:
    """All casualty candidates of one sentence, in text order."""
    made: list[Candidate] = []
    i = 0
    while i < len(tokens):
        figure = read_figure(tokens, i)
        if figure is None or figure.kind == "one" and not _one_ok(tokens, figure):
            figure = _singular_figures(tokens, i) or figure
        if figure is None:
            i += 1
            continue
        found = _rules_for(tokens, figure)
        made.extend(found)
        i = figure.last if found or figure.kind not in ("one", "definite", "pronoun") else i + 1
    made.extend(_toll_rule(tokens))
    made.extend(_reflexive_rule(tokens))
    made.sort(key=lambda c: c.first)
    return _dedupe(made)


def _one_ok(tokens: list[Token], figure: Figure) -> bool:
    return figure.last < len(tokens) and tokens[figure.last].lower not in NP_BREAKS


def _rules_for(tokens: list[Token], figure: Figure) -> list[Candidate]:
    found = _object_rule(tokens, figure)
    if found:
        return [found]
    nouns = _noun_rule(tokens, figure)
    if nouns:
        return nouns
    for rule in (_subject_rule, _of_rule, _adverb_rule):
        one = rule(tokens, figure)
        if one:
            return [one]
    return []


def _dedupe(found: list[Candidate]) -> list[Candidate]:
    """Drop a candidate whose figure another candidate already used (toll and subject)."""
    seen: set[tuple[int, str]] = set()
    out = []
    for cand in found:
        key = (cand.figure.first, cand.status)
        if key not in seen:
            seen.add(key)
            out.append(cand)
    return out
