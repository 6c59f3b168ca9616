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
and, keyed by the cue rather than a figure (`claim_cue_rules`), 6. tolls, 7. reflexives,
8. possessive deaths and 9. multiples. Within a sentence, a pronoun or definite after
another figure, a repeated headline and "were both" restate it (`restated`).

A figure with no rule is no claim: that is how deployments ("2,000 peacekeepers"),
attackers ("a group of 50 soldiers attempted an attack") and crowds are left out.
"""

from __future__ import annotations

from dataclasses import replace

from clashwatch.extract.claim_cue_rules import (
    Candidate,
    fates,
    multiple_rule,
    possessive_death_rule,
    reflexive_rule,
    then_died,
    toll_rule,
)
from clashwatch.extract.claim_lexicon import (
    ACTIVE_CUES,
    BOTH_STATUS_NOUNS,
    FATAL_WORDS,
    LEAVE_STATES,
    LEAVE_VERBS,
    LIFE_NOUNS,
    MODALS,
    NON_PERSON_NOUNS,
    NOUN_COMPOUND_AFTER,
    NOUN_CUES,
    NP_BREAKS,
    OF_NOUNS,
    PARENT_NOUNS,
    PASSIVE_AUXILIARIES,
    RELATIVE_NOUNS,
    STATE_ADVERBS,
    STATE_CUES,
    SUBSET_OF,
    SUFFER_VERBS,
    VICTIM_NOUNS,
    WOUND_NOUNS,
)
from clashwatch.extract.claim_phrases import (
    after_np,
    coordinated,
    figure_flags,
    is_age,
    np_ok,
    phrase_at,
    read_np,
    singular_figure,
    starts_object,
    zeroed,
)
from clashwatch.extract.claim_tokens import Token
from clashwatch.extract.numbers import Figure, read_figure

_VIOLENCE_NOUNS = frozenset({"shooting", "shootings", "attack", "attacks", "stabbing", "bombing",
                             "shootout", "gunfire", "violence", "blast", "explosion", "strike"})


def _object_rule(tokens: list[Token], figure: Figure) -> list[Candidate]:
    """Rule 1: the figure is the object of an active cue just before it."""
    for size in (3, 2, 1):
        start = figure.first - size
        if start < 0:
            continue
        found = phrase_at(tokens, start, ACTIVE_CUES)
        if not found or found[0] != size:
            continue
        if start > 0 and (tokens[start - 1].lower in MODALS or tokens[start - 1].lower == "to"):
            return []  # "threatened to kill two hostages": not a report of loss
        if start > 0 and tokens[start - 1].lower in ("was", "were", "been", "be", "being"):
            return []  # passive: "were killed two days ago"
        verb = found[1]
        np_last = read_np(tokens, figure.last)
        if verb in ("lives", "lost") or tokens[start].lower in LEAVE_VERBS:
            pass
        elif not np_ok(tokens, figure, figure.last, np_last):
            return []
        if verb == "lives":
            if figure.kind == "definite" and np_last < len(tokens) and tokens[np_last].lower == "of":
                return []  # "claimed the life of one person": the figure follows "of"
            if np_last - 1 < len(tokens) and tokens[np_last - 1].lower in LIFE_NOUNS:
                return [Candidate("killed", figure, figure.last, np_last, start, np_last, "lives")]
            if np_last < len(tokens) and tokens[np_last].lower in ("prisoner", "prisoners", "captive",
                                                                    "hostage", "hostages"):
                return [Candidate("captured", figure, figure.last, np_last, start, np_last + 1,
                                  "taken")]
            return []
        if verb == "lost":
            words = tokens[figure.last:np_last]
            if not words or not any(t.lower in VICTIM_NOUNS or t.is_capitalized for t in words):
                return []
            return [Candidate("killed", figure, figure.last, np_last, start, np_last, "lost",
                              loss_verb=start)]
        subset, others = figure_flags(tokens, figure, figure.last, np_last)
        joined = coordinated(tokens, np_last)
        one = Candidate(verb, figure, figure.last, np_last, start, np_last, "object",
                        subset=subset, others=others, joined=bool(joined))
        return [one] + [replace(one, figure=fig, np_first=first, np_last=last, first=fig.first,
                                last=last, subset=False, others=False) for fig, first, last in joined]
    start = figure.first - 1
    if start >= 0 and tokens[start].lower in LEAVE_VERBS:  # "left two people dead"
        np_last = read_np(tokens, figure.last)
        # "seven men were shot, leaving two of them in critical condition": a part of them
        subset, others = figure_flags(tokens, figure, figure.last, np_last)
        if (np_last < len(tokens) and tokens[np_last].lower in LEAVE_STATES
                and np_ok(tokens, figure, figure.last, np_last)):
            return [Candidate(LEAVE_STATES[tokens[np_last].lower], figure, figure.last, np_last,
                              start, np_last + 1, "left", subset=subset, others=others)]
        # "left two juveniles with non-life-threatening injuries", "in critical condition"
        if np_last < len(tokens) and tokens[np_last].lower in ("with", "in") and np_ok(
                tokens, figure, figure.last, np_last):
            for k in range(np_last + 1, min(np_last + 6, len(tokens))):
                lower = tokens[k].lower
                if lower in WOUND_NOUNS or lower == "condition":
                    fatal = any(t.lower in FATAL_WORDS for t in tokens[np_last:k])
                    return [Candidate("killed" if fatal else "wounded", figure, figure.last,
                                      np_last, start, k + 1, "left", subset=subset,
                                      others=others)]
                if lower in (",", ".", ";"):
                    break
    return []


def _noun_rule(tokens: list[Token], figure: Figure) -> list[Candidate]:
    """Rule 2: "two casualties", "25 deaths", "two civilian deaths", "no reports of injuries"."""
    for j in range(figure.last, min(figure.last + 4, len(tokens))):
        lower = tokens[j].lower
        if lower in NOUN_CUES:
            # "one deceased male", "two dead men": the dead, named before the noun
            attributive = (j == figure.last and figure.kind in ("one", "number")
                           and lower in ("dead", "deceased")
                           and j + 1 < len(tokens) and tokens[j + 1].lower in VICTIM_NOUNS)
            if lower in ("dead", "deceased", "wounded", "injured") and not attributive and (
                    j != figure.last or figure.kind in ("one", "definite", "pronoun", "person")):
                return []  # a state ("her dead husband"), read by the subject rule
            if j + 1 < len(tokens) and tokens[j + 1].lower in NOUN_COMPOUND_AFTER:
                return []  # "a final death toll"
            if figure.kind == "one" and j != figure.last:
                return []
            status = NOUN_CUES[lower]
            subset, others = figure_flags(tokens, figure, figure.last, j)
            made = [Candidate(status, figure, figure.last, j, figure.first, j + 1, "noun",
                              subset=subset, others=others,
                              both=lower in BOTH_STATUS_NOUNS and figure.kind == "zero")]
            if made[0].both:
                made.append(replace(made[0], status="wounded"))
            return made
        if lower in NP_BREAKS or lower in NON_PERSON_NOUNS or phrase_at(tokens, j, STATE_CUES):
            return []
    return []


def _subject_rule(tokens: list[Token], figure: Figure) -> list[Candidate]:
    """Rule 3: the figure's people, then auxiliaries, then a state: "were killed", "dead"."""
    np_last = read_np(tokens, figure.last)
    joined = coordinated(tokens, np_last, figure.kind)
    end = joined[-1][2] if joined else np_last
    one = _subject_state(tokens, figure, np_last, end)
    if one is None:
        return []
    made = [replace(one, joined=bool(joined))]
    for fig, first, last in joined:
        subset, others = figure_flags(tokens, fig, first, last)
        made.append(replace(one, figure=fig, np_first=first, np_last=last, first=fig.first,
                            subset=subset, others=others or one.others, joined=True))
    return made


def _subject_state(tokens: list[Token], figure: Figure, np_last: int,
                   end: int) -> Candidate | None:
    """The state after the noun phrase(s) ending at `end`, for the figure's own phrase."""
    j, negated, modal = after_np(tokens, end, person=figure.kind == "person")
    if modal or j >= len(tokens):
        return None
    found = phrase_at(tokens, j, STATE_CUES) or _suffered(tokens, j)
    if not found:
        return None
    size, status = found
    after = tokens[j + size] if j + size < len(tokens) else None
    if status == "hit" and after is not None and (after.lower == "down" or (
            after.lower == "at" and not _place_after(tokens, j + size + 1))):
        return None  # "shot at": fired on, not hit; but "shot at a party" is where
    if status == "hit" and then_died(tokens, j + size):
        status = "killed"  # "a man was shot and later died", "Teen shot near school dies"
    if after is not None and not _passive_between(tokens, end, j) and starts_object(
            tokens, j + size):
        # "the gunman killed two people", "a man who allegedly shot his wife": active, the
        # object is the victim
        return None
    if figure.kind in ("one", "definite", "zero") and np_last == figure.last and figure.kind != "zero":
        return None
    if not np_ok(tokens, figure, figure.last, np_last):
        return None
    if figure.kind not in ("zero",) and np_last == figure.last and j > end + 2:
        return None  # "25 ... were ... killed" with nothing naming people: too loose
    if np_last == figure.last and figure.kind == "number" and is_age(tokens, figure):
        return None  # "Calvin Williams, 24 was shot": an age
    verb = end + 1 if end < len(tokens) and tokens[end].lower in ("who", "that") else end
    if (figure.count or 0) > 1 and verb < len(tokens) and tokens[verb].lower in ("was", "is", "has"):
        return None  # "24 was shot", "a father of three who was killed": not a head count
    if (figure.first >= 2 and tokens[figure.first - 1].lower == "of" and np_last == figure.last
            and tokens[figure.first - 2].lower in PARENT_NOUNS):
        return None  # "a mother of two was killed": her children are not the victims
    subset, others = figure_flags(tokens, figure, figure.last, np_last)
    # "her mother was also shot": one more person, not the one already counted
    others = others or any(t.lower == "also" for t in tokens[end:j])
    fig = zeroed(figure) if negated else figure
    return Candidate(status, fig, figure.last, np_last, figure.first, j + size, "subject",
                     subset=subset, others=others)


def _place_after(tokens: list[Token], i: int) -> bool:
    """Whether "at" before token i says where or when ("at a party", "at least twice",
    "at Smith Park", "at 3 a.m.") rather than the target ("shot at from a car")."""
    if i >= len(tokens):
        return False
    tok = tokens[i]
    return (tok.lower in ("a", "an", "the", "his", "her", "their", "least", "about", "around",
                          "approximately", "close")
            or tok.is_capitalized or tok.lower[:1].isdigit())


def _passive_between(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens[first:last] hold a form of "be" or "get" (a passive or a state), not
    followed by "have" ("is believed to have shot seven people" is active)."""
    for k in range(last - 1, first - 1, -1):
        lower = tokens[k].lower
        if lower in ("have", "has", "had", "to"):
            return False
        if lower in PASSIVE_AUXILIARIES:
            return True
    return False


def _suffered(tokens: list[Token], j: int) -> tuple[int, str] | None:
    """"suffered (non-life-threatening) gunshot wounds" -> wounded; "fatal wounds" -> killed."""
    if j >= len(tokens) or tokens[j].lower not in SUFFER_VERBS:
        return None
    fatal = False
    for k in range(j + 1, min(j + 7, len(tokens))):
        lower = tokens[k].lower
        if lower in WOUND_NOUNS:
            return k + 1 - j, "killed" if fatal else "wounded"
        if lower in FATAL_WORDS or lower in ("fatal", "mortal"):
            fatal = True
        elif (lower in NP_BREAKS - {"from", "a", "an"} or not tokens[k].is_word) and lower != "-":
            return None
    return None


def _victims_of(tokens: list[Token], figure: Figure) -> list[Candidate]:
    """"7 victims of Sunday's shooting": people hit, fate open."""
    j = figure.last
    if j + 1 >= len(tokens) or tokens[j].lower not in ("victims", "victim") or tokens[j + 1].lower != "of":
        return []
    for k in range(j + 2, min(j + 7, len(tokens))):
        if tokens[k].lower in _VIOLENCE_NOUNS:
            status = "killed" if tokens[k - 1].lower in FATAL_WORDS else "hit"
            return [Candidate(status, figure, j, j + 1, figure.first, k + 1, "victims")]
        if tokens[k].lower in (",", ".", ";"):
            break
    return []


def _of_rule(tokens: list[Token], figure: Figure) -> Candidate | None:
    """Rule 4: "the deaths of three soldiers", "the shooting of a teenager"."""
    if figure.first < 2 or tokens[figure.first - 1].lower != "of":
        return None
    noun = tokens[figure.first - 2].lower
    if noun in LIFE_NOUNS and figure.first >= 4:  # "claimed the lives of 30 people"
        verb = phrase_at(tokens, figure.first - 4, ACTIVE_CUES)
        if verb and verb[1] == "lives":
            np_last = read_np(tokens, figure.last)
            return Candidate("killed", figure, figure.last, np_last, figure.first - 4, np_last, "of")
        return None
    if noun not in OF_NOUNS:
        return None
    np_last = read_np(tokens, figure.last)
    if not np_ok(tokens, figure, figure.last, np_last) or (
            figure.kind in ("one", "definite") and np_last == figure.last):
        return None
    status = OF_NOUNS[noun]
    if status == "hit" and figure.first >= 3 and tokens[figure.first - 3].lower in FATAL_WORDS:
        status = "killed"  # "the fatal shooting of a 13-year-old girl"
    return Candidate(status, figure, figure.last, np_last, figure.first - 2, np_last, "of")


def _adverb_rule(tokens: list[Token], figure: Figure) -> Candidate | None:
    """Rule 5: "two men were shot, one fatally", "five were shot, two of them fatally"."""
    j = figure.last
    if j + 2 < len(tokens) and tokens[j].lower == "of" and tokens[j + 1].lower in SUBSET_OF:
        j += 2
    if j < len(tokens) and tokens[j].lower in STATE_ADVERBS:
        return Candidate(STATE_ADVERBS[tokens[j].lower], figure, figure.last,
                         j, figure.first, j + 1, "adverb", subset=True)
    return None


def match_sentence(tokens: list[Token]) -> list[Candidate]:
    """All casualty candidates of one sentence, in text order."""
    made: list[Candidate] = []
    i = 0
    while i < len(tokens):
        figure = read_figure(tokens, i)
        if figure is None or figure.kind == "one" and not _one_ok(tokens, figure):
            figure = singular_figure(tokens, i) or figure
        if figure is None:
            i += 1
            continue
        found = _rules_for(tokens, figure)
        made.extend(found)
        if found:
            i = max(max(c.np_last for c in found), figure.last)
        else:
            i = figure.last if figure.kind not in ("one", "definite", "pronoun") else i + 1
    made.extend(toll_rule(tokens))
    made.extend(reflexive_rule(tokens))
    if not made:
        made.extend(possessive_death_rule(tokens))
    if not made:
        made.extend(multiple_rule(tokens))
    made.sort(key=lambda c: c.first)
    made = fates(tokens, _dedupe(made))
    # "A teenager sustained injuries when she was shot": "she", "the victim" after another
    # figure in the sentence is that figure's person again
    return [replace(c, subset=True, restated=True) if _restates(c, made[:i], tokens) else c
            for i, c in enumerate(made)]


def _restates(cand: Candidate, before: list[Candidate], tokens: list[Token]) -> bool:
    """"she", or "the victim" / "Jaden's death" with the status of an earlier candidate."""
    if not before:
        return False
    if cand.figure.kind == "pronoun":
        return True
    first = cand.figure.first
    if tokens[first].lower in ("both", "all") and first > 0 and tokens[first - 1].lower in (
            "were", "are", "have", "had", "been"):
        return True  # "Ann and her son were both found dead": the two just named
    if cand.rule == "reflexive" and not cand.others and not any(b.rule == "object" for b in before):
        # "a man is in critical condition after shooting himself": the same man; but "shot
        # his daughter, then shot himself" is the shooter, another person
        return True
    words = _words(tokens, cand)
    if any(b.status == cand.status and _words(tokens, b) == words for b in before):
        return True  # a headline repeated inside one "sentence" of page furniture
    # "Five shot in Trenton ... a shooting that left five people injured": one figure twice
    if cand.figure.kind == "number" and (cand.figure.count or 0) > 1 and not (
            cand.joined or cand.others) and any(
            b.status == cand.status and b.figure.count == cand.figure.count and not b.joined
            for b in before):
        return True
    if cand.figure.kind == "definite":
        # "the husband was struck ... and the son was struck": two relatives, two people
        own = {t.lower for t in tokens[cand.np_first:cand.np_last]} & RELATIVE_NOUNS
        return any(b.status == cand.status and not (
            own and not own & {t.lower for t in tokens[b.np_first:b.np_last]}) for b in before)
    return cand.rule == "possessive" and any(b.status == cand.status for b in before)


def _words(tokens: list[Token], cand: Candidate) -> tuple[str, ...]:
    """The words of a candidate, from its figure to the end of its victims."""
    return tuple(t.lower for t in tokens[cand.figure.first:max(cand.np_last, cand.figure.last)])


def _one_ok(tokens: list[Token], figure: Figure) -> bool:
    return figure.last < len(tokens) and tokens[figure.last].lower not in NP_BREAKS


def _rules_for(tokens: list[Token], figure: Figure) -> list[Candidate]:
    found = _object_rule(tokens, figure)
    if found:
        return found
    nouns = _noun_rule(tokens, figure) or _victims_of(tokens, figure)
    if nouns:
        return nouns
    subjects = _subject_rule(tokens, figure)
    if subjects:
        of = _of_rule(tokens, figure)
        if of is not None and of.status == "killed" and all(c.status == "hit" for c in subjects):
            return [of]  # "the death of a man who was shot": he died
        return subjects
    for rule in (_of_rule, _adverb_rule):
        one = rule(tokens, figure)
        if one:
            return [one]
    return []


def _dedupe(found: list[Candidate]) -> list[Candidate]:
    """Drop a candidate whose figure another one used (a toll read twice), and of two
    unjoined figures sharing one state, the farther ("the father of a girl shot")."""
    seen: set[tuple[int, str]] = set()
    by_state: dict[tuple[int, str], int] = {}
    out: list[Candidate] = []
    for cand in found:
        key = (cand.figure.first, cand.status)
        if key in seen:
            continue
        seen.add(key)
        if cand.rule == "subject" and not cand.joined:
            state = (cand.last, cand.status)
            if state in by_state:
                out[by_state[state]] = cand
                continue
            by_state[state] = len(out)
        out.append(cand)
    return out
