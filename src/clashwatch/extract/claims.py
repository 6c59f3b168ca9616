"""Casualty claims: who says how many were killed, wounded, missing or captured.

`find_claims(article)` is the pure part (finding); `ClaimFinder` sets `article.claims`
with it. The cascade:

1. Sentences: the title (when the text does not start with it) and each sentence
   with a casualty word (`claim_lexicon.CUE_FILTER`); the rest are never tokenized.
2. Figures linked to a status by the rules of `claim_patterns` ("Nine Azeri soldiers
   were killed", "killing one of its soldiers", "two casualties", "the death toll rose
   to 13"); a figure no rule links is no claim (deployments, attackers, crowds, ages,
   times, areas, money and calibres are refused by the number parser or by no rule).
3. Per claim, from its sentence: victims' kind, side (`claim_context`), claimant and
   its side (`claimants`), aggregate (running and war totals), and a year when the
   sentence is about an earlier one ("in 2016, 200 died").
4. Across the article: a claim with no claimant takes the one of the claim before it
   (a report quoting one source); a claim with no side takes that of an earlier claim
   with the same status and count (a headline restated); people "shot" whose fate the
   text leaves open are wounded, less those of them it says died; the place comes
   from the sentence (`article.places`); the period is set later by `claim_dates`.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from clashwatch.extract.claim_context import (
    SentenceView,
    enemy_victims,
    loss_verb_before,
    np_side,
    paragraph_starts,
    place_for,
    possessive,
    pp_side,
    starts_with_pronoun,
    subject_side,
    victim_kind,
)
from clashwatch.extract.claim_lexicon import (
    AGGREGATE_CUES,
    BOTH_SIDES,
    CUE_FILTER,
    FATAL_EVENT,
    FATAL_TITLE,
    LINK_LABEL,
    PAST_YEAR,
    PRONOUN_CLAIMANTS,
    SUICIDE,
    YEAR_STATISTICS,
)
from clashwatch.extract.claim_patterns import Candidate, match_sentence
from clashwatch.extract.claim_settle import Found, settle_hits
from clashwatch.extract.claim_tokens import tokenize
from clashwatch.extract.claimants import Attribution, claimant_for, find_attributions
from clashwatch.extract.sides import SideLexicon, load_sides
from clashwatch.model import Article, Claim, Span

# "New Jersey.It happened": a full stop with no space the splitter did not see
_GLUED_STOP = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?][\"”])(?=[A-Z][a-z])")
_LEDE_CHARS = 600  # the first paragraphs, where a report says what happened
_LINK_TEXT = re.compile(r"\[[^\]]*\]\([^)]*\)")  # a Markdown link: another story, not this one


def claim_sentences(text: str, sentences: list[Span]) -> list[Span]:
    """The article's sentences, with those glued by a stop without a space cut apart."""
    out: list[Span] = []
    for sent in sentences:
        start = sent.start
        for match in _GLUED_STOP.finditer(text, sent.start, sent.end):
            out.append(Span(start, match.start()))
            start = match.start()
        out.append(Span(start, sent.end))
    return out


class _Views:
    """Sentence views, built on demand: the previous sentence is needed for "They"."""

    def __init__(self, article: Article, sides: SideLexicon) -> None:
        self.article, self.sides = article, sides
        self.sentences = claim_sentences(article.text, article.sentences)
        self.paragraphs = paragraph_starts(article.text)
        self._cache: dict[int, SentenceView] = {}

    def paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraphs, offset) - 1

    def paragraph_span(self, index: int) -> Span:
        end = self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else len(self.article.text)
        return Span(self.paragraphs[index], end)

    def get(self, index: int) -> SentenceView | None:
        if index < 0 or index >= len(self.sentences):
            return None
        if index not in self._cache:
            sent = self.sentences[index]
            text = self.article.text
            self._cache[index] = SentenceView(
                index, self.paragraph_of(sent.start), text, sent.start, sent.end,
                tokenize(text[sent.start:sent.end], sent.start),
                self.sides.find_mentions(text[sent.start:sent.end], modifiers=True,
                                         offset=sent.start))
        return self._cache[index]

    def title(self) -> SentenceView | None:
        title = (self.article.title or "").strip()
        if not title or not CUE_FILTER.search(title):
            return None
        head = " ".join(self.article.text[:len(title) + 40].split()).lstrip("# ").lower()
        if head.startswith(" ".join(title.split()).lower()):
            return None  # the text starts with its title: read it there, once
        return SentenceView(-1, -1, title, 0, len(title), tokenize(title),
                            self.sides.find_mentions(title, modifiers=True), in_title=True)


def _claimant(view: SentenceView, att: Attribution | None,
              sides: SideLexicon) -> tuple[str | None, str | None]:
    if att is None:
        return None, None
    first, last = view.tokens[att.first], view.tokens[att.last - 1]
    text = view.text[first.start:last.end].strip(" ,\"'“”")
    if text.lower() in PRONOUN_CLAIMANTS:
        return None, None
    if BOTH_SIDES.search(text):
        return text, None
    found = {m.party.side for m in view.mentions_between(first.start, last.end)}
    return text, (found.pop() if len(found) == 1 else None)


def _side(view: SentenceView, cand: Candidate, claimant_side: str | None, attributed_before: bool,
          previous: SentenceView | None, prior: Found | None) -> tuple[str | None, list[int]]:
    """Steps 1-6 of `claim_context`; also the token positions whose words tell the victims."""
    side = np_side(view, cand)
    if side:
        return side, []
    owner = possessive(view, cand)
    if owner == "our":
        return claimant_side, []
    if owner:
        if attributed_before and claimant_side:
            return claimant_side, []
        side = subject_side(view, cand.first) or (subject_side(previous) if previous else None)
        if side:
            return side, []
    side = pp_side(view, cand)
    if side:
        return side, []
    verb = loss_verb_before(view, cand)
    if verb is not None:
        side = subject_side(view, verb)
        if side:
            return side, []
        pronoun = starts_with_pronoun(view, verb)
        if pronoun == "we":
            return claimant_side, []
        if pronoun:
            if attributed_before and claimant_side:
                return claimant_side, []
            if previous is not None:
                side = subject_side(previous)
                if side:
                    return side, []
    if prior is not None and prior.view is view and cand.np_last == cand.np_first:
        return prior.claim.side, []
    if claimant_side and not enemy_victims(view, cand):
        return claimant_side, []
    return None, []


def _aggregate_flags(view: SentenceView, cands: list[Candidate]) -> list[bool]:
    sentence = view.text[view.start:view.end]
    if view.in_title or not (AGGREGATE_CUES.search(sentence) or YEAR_STATISTICS.search(sentence)):
        return [False] * len(cands)
    tolls = [c.rule == "toll" for c in cands]
    # "two killed on Monday, bringing the toll to 30": only the toll is a running total
    return tolls if any(tolls) and not all(tolls) else [True] * len(cands)


def _past_year(view: SentenceView, published: date | None) -> int | None:
    if published is None:
        return None
    years = [int(m.group(1)) for m in PAST_YEAR.finditer(view.text[view.start:view.end])]
    past = [y for y in years if y < published.year]
    return max(past) if past else None


def _claims_of(view: SentenceView, article: Article, sides: SideLexicon,
               previous: SentenceView | None) -> list[Found]:
    cands = match_sentence(view.tokens)
    if not cands:
        return []
    attributions = find_attributions(view.tokens)
    aggregates = _aggregate_flags(view, cands)
    year = _past_year(view, article.published)
    quote = view.text[view.start:view.end]
    found: list[Found] = []
    for cand, aggregate in zip(cands, aggregates, strict=True):
        att = claimant_for(cand.first, cand.last, attributions)
        claimant, claimant_side = _claimant(view, att, sides)
        before = att is not None and att.verb < cand.first and not att.according
        prior = found[-1] if found else None
        side, _ = _side(view, cand, claimant_side, before, previous, prior)
        kind = victim_kind(view.tokens[cand.np_first:cand.np_last])
        if kind is None and prior is not None and cand.np_last == cand.np_first:
            kind = prior.claim.victim
        fig = cand.figure
        span = None if view.in_title else Span(view.tokens[cand.first].start,
                                               view.tokens[cand.last - 1].end)
        claim = Claim(
            status="wounded" if cand.status == "hit" else cand.status, count=fig.count,
            qualifier=fig.qualifier, count_min=fig.count_min, count_max=fig.count_max,
            victim=kind or "unknown", side=side, claimant=claimant,
            claimant_side=claimant_side, aggregate=aggregate, quote=quote,
            article_id=article.id, span=span, published=article.published,
            subset=cand.subset)
        if year is not None:
            claim.date_start, claim.date_end = date(year, 1, 1), date(year, 12, 31)
        found.append(Found(claim, view, cand, hit=cand.status == "hit",
                            attributed=claimant is not None))
    return found


def _carry(found: list[Found]) -> None:
    """Step 4: claimant from the claim before; side from a restated earlier claim."""
    last: Found | None = None
    for item in found:
        claim = item.claim
        # a war total told as background is not the source's: "The six-week conflict,
        # which claimed more than 6,500 lives" after "the Karabakh army said ..."
        if claim.claimant is None and last is not None and (
                not claim.aggregate or last.claim.aggregate):
            claim.claimant, claim.claimant_side = last.claim.claimant, last.claim.claimant_side
        if claim.side is None:
            twin = next((f.claim for f in found if f is not item and f.claim.side
                         and f.claim.status == claim.status and f.claim.count == claim.count
                         and claim.count is not None), None)
            if twin is not None:
                claim.side = twin.side
            elif (claim.claimant_side and claim.victim == "military"
                  and not enemy_victims(item.view, item.cand)):
                claim.side = claim.claimant_side
        if claim.claimant is not None:
            last = item


def _place_and_period(article: Article, views: _Views, found: list[Found]) -> None:
    for item in found:
        claim, view = item.claim, item.view
        if view.in_title:
            continue
        sentence = Span(view.start, view.end)
        place = place_for(article, claim.span, sentence)
        if place is not None:
            claim.place, claim.lat, claim.lon = place.name, place.lat, place.lon
            claim.precision = place.geo_precision


def find_claims(article: Article, sides: SideLexicon | None = None) -> list[Claim]:
    """Every casualty claim of an article, in text order (title first). Pure: the
    article is read, not changed. RETURNS the claims."""
    sides = sides or load_sides()
    views = _Views(article, sides)
    found: list[Found] = []
    title = views.title()
    if title is not None:
        found.extend(_claims_of(title, article, sides, None))
    seen: set[str] = {" ".join((article.title or "").lower().split())} if title else set()
    for index, sent in enumerate(views.sentences):
        chunk = article.text[sent.start:sent.end]
        if (not CUE_FILTER.search(chunk) or _LINK_TEXT.fullmatch(chunk.strip("-*• "))
                or LINK_LABEL.match(chunk)):
            continue  # no casualty word, or a link to another story
        norm = " ".join(chunk.lower().split())
        if norm in seen:
            continue  # a repeated caption or paragraph restates, it does not add
        seen.add(norm)
        view = views.get(index)
        if view is not None:
            found.extend(_claims_of(view, article, sides, views.get(index - 1)))
    _carry(found)
    # the headline and lede describe the article's own incident; later text may be another
    fatal = bool(FATAL_EVENT.search(article.title or "") or FATAL_TITLE.search(article.title or "")
                 or FATAL_EVENT.search(article.text, 0, _LEDE_CHARS))
    suicide = bool(SUICIDE.search(article.title or "") or SUICIDE.search(article.text))
    found = settle_hits(found, fatal, suicide)
    _place_and_period(article, views, found)
    return [item.claim for item in found]


class ClaimFinder:
    """Pipeline component: sets `claims`."""

    name = "claims"
    requires: tuple[str, ...] = ("text", "sentences")
    assigns: tuple[str, ...] = ("claims",)

    def __init__(self, sides: SideLexicon | None = None) -> None:
        self.sides = sides or load_sides()

    def __call__(self, article: Article) -> Article:
        article.claims = find_claims(article, self.sides)
        return article
