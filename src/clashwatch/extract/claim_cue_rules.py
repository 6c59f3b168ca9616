"""Claim rules keyed by a cue word rather than a figure, and the candidate they make.

`claim_patterns.match_sentence` runs the figure rules (1-5) and then these: 6. tolls
("the death toll rose to 13"), 7. reflexives ("before killing himself", "kills his
daughter, himself"), 8. possessive deaths ("a teen's slaying"), 9. multiples ("a double
murder-suicide"); `fates` then reads "shot his daughter, killing her".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from clashwatch.extract.claim_lexicon import (
    ACTIVE_CUES,
    AUXILIARIES,
    FATAL_WORDS,
    MODALS,
    MULTIPLE_NOUNS,
    MULTIPLES,
    NOUN_COMPOUND_AFTER,
    NP_BREAKS,
    POSSESSIVE_DEATHS,
    REFLEXIVES,
    STATE_CUES,
    TOLL_LINKS,
    TOLL_NOUNS,
)
from clashwatch.extract.claim_phrases import phrase_at, starts_object
from clashwatch.extract.claim_tokens import Token
from clashwatch.extract.numbers import Figure, read_figure


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
    restated: bool = False  # the same people as an earlier figure: "he", "the victim"
    others: bool = False  # in addition to one already given: "six others were shot"
    both: bool = False  # "no casualties": zero dead and zero wounded
    joined: bool = False  # one of several figures sharing a cue: "three men and two women"


def toll_rule(tokens: list[Token]) -> list[Candidate]:
    """Rule 6: a toll noun, linking words, then the figure: "the death toll rose to 13"."""
    made: list[Candidate] = []
    i = 0
    while i < len(tokens):
        found = phrase_at(tokens, i, TOLL_NOUNS)
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


def then_died(tokens: list[Token], i: int) -> bool:
    """"... and (later) died", "... and was pronounced dead" within the next few words."""
    for k in range(i, min(i + 8, len(tokens))):
        if tokens[k].lower in (".", ";", "but", "while"):
            return False
        if tokens[k].lower == "and":
            # only auxiliaries and adverbs between: "and later died", "and was pronounced
            # dead"; not "and one died" (a part of them)
            for m in range(k + 1, min(k + 4, len(tokens))):
                found = phrase_at(tokens, m, STATE_CUES)
                if found and found[1] == "killed":
                    return True
                if tokens[m].lower not in AUXILIARIES or tokens[m].lower in ("who", "that"):
                    break
            return False
        if tokens[k].lower == ",":
            # a headline: "Teen shot near school, dies", "Student shot, killed in accident";
            # not "shot, killed another teen" (the one shot is the shooter)
            nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
            return nxt in ("dies", "killed") and not (
                k + 2 < len(tokens) and starts_object(tokens, k + 2))
    return False


def reflexive_rule(tokens: list[Token]) -> list[Candidate]:
    """Rule 7: "before killing himself", "shot himself in the leg": one person."""
    made = []
    for i, tok in enumerate(tokens):
        if tok.lower in REFLEXIVES and i > 0:
            for size in (3, 2, 1):
                found = phrase_at(tokens, i - size, ACTIVE_CUES) if i - size >= 0 else None
                if found and found[0] == size and found[1] in ("killed", "wounded", "hit"):
                    if i - size > 0 and tokens[i - size - 1].lower in MODALS | {"to"}:
                        break
                    figure = Figure(1, 1, 1, "exact", i, i + 1, "one")
                    status = found[1]
                    if status == "hit" and then_died(tokens, i + 1):
                        status = "killed"  # "accidentally shot himself and died"
                    # "killed two before killing himself": one more; "shot himself": the one
                    made.append(Candidate(status, figure, i, i + 1, i - size, i + 1,
                                          "reflexive", others=found[1] != "hit"))
                    break
            else:
                verb = _listed_after_kill(tokens, i)
                if verb is not None:  # "kills his daughter, himself", "killed his wife and himself"
                    figure = Figure(1, 1, 1, "exact", i, i + 1, "one")
                    made.append(Candidate("killed", figure, i, i + 1, verb, i + 1, "reflexive",
                                          others=True))
    return made


def _listed_after_kill(tokens: list[Token], i: int) -> int | None:
    """The killing verb whose list of objects ends with the reflexive at token i, if any."""
    if tokens[i - 1].lower not in (",", "and", "then"):
        return None
    for k in range(i - 2, max(i - 10, -1), -1):
        lower = tokens[k].lower
        if lower in (".", ";", "but", "while", "who", "after", "before"):
            return None
        found = phrase_at(tokens, k, ACTIVE_CUES)
        if found and found[1] == "killed" and k + found[0] < i - 1:
            return k
    return None


def possessive_death_rule(tokens: list[Token]) -> list[Candidate]:
    """Rule 8: "his friend's shooting death", "a teen's slaying": one person killed."""
    made = []
    for i, tok in enumerate(tokens):
        if not tok.lower.endswith(("'s", "s'")) or not tok.is_word or i + 1 >= len(tokens):
            continue
        for j in range(i + 1, min(i + 4, len(tokens))):
            lower = tokens[j].lower
            fatal = lower in POSSESSIVE_DEATHS or (
                lower in ("shooting", "stabbing") and tokens[j - 1].lower in FATAL_WORDS)
            if fatal:
                if j + 1 < len(tokens) and tokens[j + 1].lower in NOUN_COMPOUND_AFTER:
                    break
                figure = Figure(1, 1, 1, "exact", i, i + 1, "one")
                made.append(Candidate("killed", figure, i, i + 1, i, j + 1, "possessive"))
                break
            if lower in NP_BREAKS or not tokens[j].is_word:
                break
    return made


def multiple_rule(tokens: list[Token]) -> list[Candidate]:
    """Rule 9: "a double fatal shooting", "the triple homicide": the count is the adjective."""
    made = []
    for i, tok in enumerate(tokens[:-1]):
        count = MULTIPLES.get(tok.lower)
        if count is None:
            continue
        nxt = tokens[i + 1].lower.split("-")[0]
        status = MULTIPLE_NOUNS.get(nxt)
        if status is None:
            continue
        if status == "hit" and i > 0 and tokens[i - 1].lower in FATAL_WORDS:
            status = "killed"
        if status == "killed" and tokens[i + 1].lower.endswith("-suicide"):
            count += 1  # "a double murder-suicide": the killer died too
        figure = Figure(count, count, count, "exact", i, i + 1, "number")
        made.append(Candidate(status, figure, i + 1, i + 2, i, i + 2, "multiple"))
    if not made:
        for i, tok in enumerate(tokens[1:], start=1):
            if tok.lower in ("murder-suicide", "murders-suicide") and tokens[i - 1].lower in (
                    "a", "an", "the", "apparent", "possible", "suspected"):
                figure = Figure(2, 2, None, "at_least", i, i + 1, "number")
                made.append(Candidate("killed", figure, i, i + 1, i, i + 1, "multiple"))
                break  # "a murder-suicide": at least the victim and the killer
    return made


def fates(tokens: list[Token], made: list[Candidate]) -> list[Candidate]:
    """"shot his daughter, killing her", "shot two men, wounding them": the pronoun after the
    verb is the people just shot, whose fate it gives."""
    for i in range(1, len(tokens) - 1):
        if tokens[i + 1].lower not in ("him", "her", "them") or tokens[i - 1].lower not in (
                ",", "and"):
            continue
        found = phrase_at(tokens, i, ACTIVE_CUES)
        if not found or found[0] != 1 or found[1] not in ("killed", "wounded"):
            continue
        shot = [k for k, c in enumerate(made) if c.status == "hit" and c.last <= i]
        if shot:
            made[shot[-1]] = replace(made[shot[-1]], status=found[1])
    return made
