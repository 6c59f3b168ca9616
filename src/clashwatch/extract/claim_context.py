"""What a claim's sentence and its neighbours say about it: victims' kind and side, the
period and the place.

Side, in order (first that answers):
1. a party named in the victims' noun phrase ("Nine Azeri soldiers", "Nagorno-Karabakh
   troops");
2. a possessive there: "our" -> the claimant's side; "its"/"their" -> the claimant in
   the sentence, else the sentence's subject, else the previous sentence's subject;
3. a party after the figure in "for / on / among the X side|forces";
4. the subject of a loss verb ("the Azeris lost three soldiers", "They were repelled,
   suffering two casualties" -> "They" -> the previous sentence's subject);
5. the claim before it in the same sentence ("Nine Azeri soldiers were killed and seven
   wounded");
6. the claimant's side: militaries and governments announce their own losses ("Armenia
   says 105 troops killed"), unless the victims are "the enemy";
and, across the article, 7. an earlier claim with the same status and count (a
headline restated: "Five more soldiers were killed" after "Five more Azeri troops").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clashwatch.extract.claim_lexicon import CIVILIAN_NOUNS, MILITARY_NOUNS
from clashwatch.extract.claim_patterns import Candidate
from clashwatch.extract.claim_tokens import Token
from clashwatch.extract.sides import Mention
from clashwatch.model import Article, Place, Span

_PREPOSITIONS = frozenset({
    "by", "on", "against", "with", "from", "of", "to", "in", "at", "into", "toward", "towards",
    "between", "over", "near", "for", "about", "across", "along", "inside", "within", "than",
    "upon", "off", "behind", "beyond", "around", "among",
})
_PP_MARKERS = frozenset({"for", "on", "among", "of"})
_LOSS_VERBS = frozenset({"lost", "lose", "loses", "losing", "suffered", "suffering", "suffer",
                         "suffers", "sustained", "sustaining", "incurred", "took", "taking",
                         "resulted", "resulting"})
_SUBJECT_PRONOUNS = frozenset({"they", "it", "we"})
_ENEMY_WORDS = frozenset({"enemy", "enemy's", "opposing", "adversary", "adversary's"})


@dataclass
class SentenceView:
    """One sentence (or the title) with its tokens and party mentions, offsets into `text`."""

    index: int
    paragraph: int
    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    in_title: bool = False

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]


def _single_side(mentions: list[Mention]) -> str | None:
    sides = {m.party.side for m in mentions}
    return sides.pop() if len(sides) == 1 else None


def np_side(view: SentenceView, cand: Candidate) -> str | None:
    """Step 1: a party named inside the victims' noun phrase (or just before the figure)."""
    if cand.np_last <= cand.np_first:
        return None
    first, last = view.tokens[cand.np_first], view.tokens[cand.np_last - 1]
    return _single_side(view.mentions_between(first.start, last.end))


def possessive(view: SentenceView, cand: Candidate) -> str | None:
    """The possessive pronoun of the noun phrase, if any: "its", "their", "our"."""
    for tok in view.tokens[cand.np_first:cand.np_last]:
        if tok.lower in ("its", "their", "our"):
            return tok.lower
    return None


def enemy_victims(view: SentenceView, cand: Candidate) -> bool:
    return any(t.lower in _ENEMY_WORDS for t in view.tokens[cand.np_first:cand.np_last])


def pp_side(view: SentenceView, cand: Candidate) -> str | None:
    """Step 3: "25 dead and 30 wounded for the Azerbaijani side", "among (Azeri) servicemen"."""
    tokens = view.tokens
    for i in range(cand.last, min(cand.last + 10, len(tokens))):
        lower = tokens[i].lower
        if lower in (".", ";") or (lower == "," and i > cand.last + 1):
            return None
        if lower in _PP_MARKERS:
            window_end = tokens[min(i + 4, len(tokens) - 1)].end
            found = view.mentions_between(tokens[i].end, window_end)
            if found:
                return found[0].party.side
    return None


def subject_side(view: SentenceView, before: int | None = None) -> str | None:
    """The side of the sentence's subject: its first party mention (before token `before`)
    that no preposition introduces ("repelled by Artsakh forces" is not a subject)."""
    limit = view.tokens[before].start if before is not None and before < len(view.tokens) else view.end
    for mention in view.mentions:
        if mention.start >= limit:
            break
        prev = [t for t in view.tokens if t.end <= mention.start]
        if prev and (prev[-1].lower in _PREPOSITIONS or prev[-1].lower == "the"
                     and len(prev) > 1 and prev[-2].lower in _PREPOSITIONS):
            continue
        return mention.party.side
    return None


def starts_with_pronoun(view: SentenceView, before: int) -> str | None:
    """"They lost two soldiers": the subject pronoun, if the clause has no named subject."""
    for tok in view.tokens[:before]:
        if tok.lower in _SUBJECT_PRONOUNS:
            return tok.lower
    return None


def loss_verb_before(view: SentenceView, cand: Candidate) -> int | None:
    """Token index of "lost"/"suffered"/"resulted in" governing the figure, if any."""
    if cand.loss_verb is not None:
        return cand.loss_verb
    for i in range(cand.first - 1, max(cand.first - 8, -1), -1):
        lower = view.tokens[i].lower
        if lower in _LOSS_VERBS:
            return i
        if lower in (".", ";"):
            break
    return None


def victim_kind(tokens: list[Token]) -> str | None:
    """military, civilian, mixed, or None when the words do not tell."""
    words = {t.lower for t in tokens}
    military = bool(words & MILITARY_NOUNS)
    civilian = bool(words & CIVILIAN_NOUNS)
    if military and civilian:
        return "mixed"
    if military:
        return "military"
    if civilian:
        return "civilian"
    return None


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the text's paragraphs (blocks between blank lines)."""
    starts = [0]
    i = text.find("\n\n")
    while i != -1:
        starts.append(i + 2)
        i = text.find("\n\n", i + 2)
    return starts


def place_for(article: Article, span: Span | None, sentence: Span | None) -> Place | None:
    """The place named in the claim's sentence, nearest to the figure."""
    if span is None or sentence is None:
        return None
    inside = [p for p in article.places
              if p.span is not None and sentence.start <= p.span.start < sentence.end]
    if not inside:
        return None
    return min(inside, key=lambda p: abs(p.span.start - span.start) if p.span else 0)
