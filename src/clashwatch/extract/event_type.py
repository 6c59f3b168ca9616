"""The principal event's type and sub-type, in ACLED's taxonomy, from keyword cues.

1. Count each sub-type's cues (`event_type_lexicon`): in the title x3, the lede x2,
   the rest x1 (what happened is said first; background comes later).
2. The heaviest sub-type wins; a non-violent one (agreement, talks, arrests, protests)
   only when it outweighs the heaviest violent one by `NON_VIOLENT_MARGIN`, since
   reports of violence also mention the arrests and the talks around it.
3. "Attack" (violence against civilians) with only military victims is an armed clash
   (soldiers shot at the front); an accidental shooting in the title or lede is no
   ACLED event at all (type None).
"""

from __future__ import annotations

import re
from functools import lru_cache

from clashwatch.extract import event_type_lexicon as lex
from clashwatch.model import Article

_VIOLENT = (lex.BATTLES, lex.REMOTE, lex.CIVILIANS)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """All cues in one pattern, a named group per sub-type: one pass over the text."""
    return re.compile("|".join(rf"\b(?P<g{i}>{p})\b" for i, (_, _, p) in enumerate(lex.SUB_TYPES)),
                      re.IGNORECASE)


_ACCIDENT = re.compile(rf"\b(?:{lex.ACCIDENT})\b", re.IGNORECASE)


def _parts(article: Article) -> list[tuple[str, float]]:
    """(text, weight): the title, the lede, the rest."""
    text = article.text
    sents = article.sentences
    cut = sents[lex.LEDE_SENTENCES - 1].end if len(sents) >= lex.LEDE_SENTENCES else len(text)
    return [(article.title or "", lex.TITLE_WEIGHT), (text[:cut], lex.LEDE_WEIGHT),
            (text[cut:], lex.BODY_WEIGHT)]


def score_types(article: Article) -> dict[tuple[str, str], float]:
    """Step 1: the weighted cue count of each (type, sub-type) found."""
    scores: dict[tuple[str, str], float] = {}
    for part, weight in _parts(article):
        if not part:
            continue
        for match in _pattern().finditer(part):
            etype, sub, _ = lex.SUB_TYPES[int(str(match.lastgroup)[1:])]
            scores[(etype, sub)] = scores.get((etype, sub), 0.0) + weight
    return scores


def classify_event(article: Article) -> tuple[str | None, str | None]:
    """(type, sub-type) of the principal event (steps in the module docstring)."""
    scores = score_types(article)
    if not scores:
        return None, None
    violent = {k: v for k, v in scores.items() if k[0] in _VIOLENT}
    calm = {k: v for k, v in scores.items() if k[0] not in _VIOLENT}
    best_violent = max(violent.items(), key=lambda kv: kv[1]) if violent else None
    best_calm = max(calm.items(), key=lambda kv: kv[1]) if calm else None
    if best_violent is None or (best_calm is not None
                                and best_calm[1] > best_violent[1] * lex.NON_VIOLENT_MARGIN):
        assert best_calm is not None
        return best_calm[0]
    etype, sub = best_violent[0]
    if etype == lex.CIVILIANS and sub == "Attack":
        head = " ".join(p for p, w in _parts(article) if w > lex.BODY_WEIGHT)
        if _ACCIDENT.search(head):
            return None, None
        victims = {c.victim for c in article.claims if c.status in ("killed", "wounded")}
        if victims == {"military"}:
            return lex.BATTLES, "Armed clash"
    return etype, sub
