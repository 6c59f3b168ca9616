"""The wire formats round-trip: what the pipeline writes, it reads back unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from clashwatch.extract.pipeline import Extractor, check_components
from clashwatch.model import Article, ArticleEvent, Claim, Estimate, Event, Place, Span


def test_model_article_roundtrip() -> None:
    article = Article(
        id="a1", text="Two soldiers were killed on Monday.", title="Clash", published=date(2022, 9, 13),
        url="http://example.org/a1",
        claims=[Claim(status="killed", count=2, side="ARM", claimant="Armenia", claimant_side="ARM",
                      date_start=date(2022, 9, 12), date_end=date(2022, 9, 12), quote="Two soldiers...",
                      article_id="a1", span=Span(0, 3))],
        places=[Place(name="Jermuk", lat=39.84, lon=45.67, admin1="Vayots Dzor", country="ARM",
                      geo_precision="exact")],
        event=ArticleEvent(type="Battles", killed=2, date_start=date(2022, 9, 12)),
    )
    again = Article.from_dict(article.as_dict())
    assert again.as_dict() == article.as_dict()
    record = article.as_extract_record()
    assert set(record) == {"id", "published", "claims", "event", "places", "actors"}
    assert record["claims"][0]["date_start"] == "2022-09-12"


def test_model_event_roundtrip() -> None:
    event = Event(event_id="ev-1", article_ids=["a", "b"], date_start=date(2022, 9, 12),
                  killed=Estimate(71, 105, 105, "rule"), by_side={"ARM": {"claims": []}})
    assert Event.from_dict(event.as_dict()).as_dict() == event.as_dict()


class _NeedsPlaces:
    name = "needs_places"
    requires = ("places",)
    assigns = ("claims",)

    def __call__(self, article: Article) -> Article:
        return article


class _ReturnsNothing:
    name = "returns_nothing"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, article: Article) -> None:
        return None


def test_pipeline_rejects_unmet_requirement() -> None:
    with pytest.raises(ValueError, match="needs_places"):
        check_components([_NeedsPlaces()])


def test_pipeline_rejects_component_returning_wrong_type() -> None:
    extractor = Extractor([_ReturnsNothing()])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="returns_nothing"):
        extractor(Article(id="x", text="text"))
