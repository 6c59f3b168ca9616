"""Where each casualty claim happened, from the places the article names around it.

Only mentions that stand for a place count: "Artsakh forces" names a party
(`event_place.used_as_place`).

1. A place in the claim's own sentence: the finest one (a town before its region or
   country), and of equally fine ones the nearest to the figure.
2. Else the nearest preceding sentence of the same paragraph that names a place
   ("Fighting raged around Martakert. Two soldiers were killed.").
3. Else the place of the article's principal event (`event_place.principal_place`).
"""

from __future__ import annotations

import bisect

from clashwatch.extract.claim_context import paragraph_starts
from clashwatch.extract.event_place import level_of, principal_place, used_as_place
from clashwatch.model import Article, Claim, Place


def _finest_nearest(places: list[Place], offset: int) -> Place:
    def rank(place: Place) -> tuple[int, int]:
        start = place.span.start if place.span else 0
        return level_of(place), abs(start - offset)

    return min(places, key=rank)


def places_used(article: Article) -> list[Place]:
    """The mentions in the text that stand for a place, datelines aside."""
    return [p for p in article.places if p.span is not None and p.role != "dateline"
            and used_as_place(article, p)]


def place_for_claim(article: Article, claim: Claim, paragraphs: list[int],
                    fallback: Place | None, placed: list[Place] | None = None) -> Place | None:
    """The place of one claim (steps in the module docstring); `placed` is
    `places_used(article)`, computed here when not given."""
    if claim.span is None:
        return fallback  # a claim read from the title: the article's own place
    sentence = article.sentence_of(claim.span.start)
    if placed is None:
        placed = places_used(article)
    if sentence is not None:
        inside = [p for p in placed if p.span and sentence.start <= p.span.start < sentence.end]
        if inside:
            return _finest_nearest(inside, claim.span.start)
        para = paragraphs[bisect.bisect_right(paragraphs, claim.span.start) - 1]
        before = [p for p in placed if p.span and para <= p.span.start < sentence.start]
        if before:
            last = max(before, key=lambda p: p.span.start if p.span else 0)
            same = article.sentence_of(last.span.start) if last.span else None
            group = [p for p in before if same is not None and p.span
                     and same.start <= p.span.start < same.end]
            return _finest_nearest(group or [last], sentence.start)
    return fallback


class ClaimPlaces:
    """Pipeline component: sets each claim's place, lat, lon and precision."""

    name = "claim_places"
    requires: tuple[str, ...] = ("claims", "places", "sentences")
    assigns: tuple[str, ...] = ("claims.place",)

    def __call__(self, article: Article) -> Article:
        if not article.claims:
            return article
        paragraphs = paragraph_starts(article.text)
        fallback = principal_place(article)
        placed = places_used(article)
        for claim in article.claims:
            place = place_for_claim(article, claim, paragraphs, fallback, placed)
            if place is not None:
                claim.place, claim.lat, claim.lon = place.name, place.lat, place.lon
                claim.precision = place.geo_precision
        return article
