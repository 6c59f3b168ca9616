"""Grouping reports into events: incremental, blocked by time, explained, scored on real news."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from clashwatch.model import Article, ArticleEvent, Place
from clashwatch.resolve.blocking import TimeSpan, article_time, times_compatible
from clashwatch.resolve.grouping import EventGrouper, event_id_for, group_articles
from clashwatch.resolve.scoring import bcubed
from clashwatch.resolve.similarity import DocumentFrequencies, article_features

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _read(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text().splitlines() if line]


def _score(articles: list[Article], gold: dict[str, str]) -> float:
    groups = group_articles(articles)
    predicted = {a.id: n for n, g in enumerate(groups) for a in g}
    return bcubed(predicted, gold).f1


SHOOTING = ("Two men were shot and killed outside the Blue Moon bar on Elm Street in "
            "Springfield late Friday, Springfield police said. Officer Dana Kowalski said "
            "the gunman fled in a grey sedan.")
SHOOTING_2 = ("Springfield police are looking for the driver of a grey sedan after two men "
              "were shot dead outside the Blue Moon bar on Elm Street, Officer Dana Kowalski "
              "said on Saturday.")
QUAKE = ("A magnitude 6.1 earthquake struck off the coast of Sumatra, Indonesia's "
         "meteorology agency BMKG said, and no tsunami warning was issued for Padang.")


def test_resolve_grouping_same_story_joins_other_story_apart() -> None:
    articles = [Article("a", SHOOTING, published=date(2016, 5, 6)),
                Article("b", SHOOTING_2, published=date(2016, 5, 7)),
                Article("c", QUAKE, published=date(2016, 5, 7))]
    groups = sorted(sorted(a.id for a in g) for g in group_articles(articles))
    assert groups == [["a", "b"], ["c"]]


def test_resolve_grouping_dates_beyond_the_gap_never_join() -> None:
    articles = [Article("a", SHOOTING, published=date(2016, 5, 6)),
                Article("b", SHOOTING_2, published=date(2016, 9, 7))]
    assert len(group_articles(articles)) == 2


def test_resolve_grouping_membership_says_why() -> None:
    grouper = EventGrouper()
    first = grouper.add(Article("a", SHOOTING, published=date(2016, 5, 6),
                                places=[Place("Springfield")]))
    second = grouper.add(Article("b", SHOOTING_2, published=date(2016, 5, 7),
                                 places=[Place("Springfield")]))
    assert first.group == second.group
    why = grouper.membership()["b"]
    assert "text similarity" in why and "dates 1 days apart" in why
    assert "shared places: Springfield" in why
    assert grouper.membership()["a"].startswith("first report of the event")


def test_resolve_grouping_is_incremental_without_a_fit() -> None:
    grouper = EventGrouper()
    for number, text in enumerate([SHOOTING, QUAKE, SHOOTING_2]):
        grouper.add(Article(str(number), text))
    grouper.consolidate()
    groups = sorted(sorted(a.id for a in g) for g in grouper.groups())
    assert groups == [["0", "2"], ["1"]]


@pytest.mark.parametrize("a, b, expected", [
    (TimeSpan(date(2020, 1, 1), date(2020, 1, 2), "published"),
     TimeSpan(date(2020, 1, 8), date(2020, 1, 8), "published"), True),
    (TimeSpan(date(2020, 1, 1), date(2020, 1, 1), "published"),
     TimeSpan(date(2020, 1, 20), date(2020, 1, 20), "published"), False),
    (None, TimeSpan(date(2020, 1, 1), date(2020, 1, 1), "published"), True),
])
def test_resolve_grouping_times_compatible(a: TimeSpan | None, b: TimeSpan | None,
                                           expected: bool) -> None:
    assert times_compatible(a, b, 7) is expected


def test_resolve_grouping_event_dates_win_over_publication() -> None:
    article = Article("a", "x", published=date(2020, 1, 9),
                      event=ArticleEvent(date_start=date(2020, 1, 7), date_end=date(2020, 1, 8)))
    span = article_time(article)
    assert span is not None and span.basis == "event dates" and span.start == date(2020, 1, 7)


def test_resolve_grouping_names_are_capitals_inside_sentences() -> None:
    feats = article_features(Article("a", "Police said Maria Lopez was shot in Dayton. "
                                          "Heavy Rain Falls On The City Of Dayton Tonight"))
    assert "lopez" in feats.names and "dayton" in feats.names
    assert "police" not in feats.names and "heavy" not in feats.names


def test_resolve_grouping_small_corpus_idf_is_padded() -> None:
    df = DocumentFrequencies()
    df.fit([article_features(Article("a", "Mosul offensive")),
            article_features(Article("b", "Mosul shelling"))])
    assert df.idf("mosul") > 5  # rare in a news stream, though in every one of two reports


def test_resolve_grouping_event_id_is_stable() -> None:
    assert event_id_for(["b", "a"]) == event_id_for(["a", "b"])


def test_resolve_grouping_ecbplus_look_alike_events_apart() -> None:
    """Two ECB+ topics (riots over a teenager's death 2008/2013; camp bombings 2009/2011),
    no dates: four events, each pair of look-alikes kept apart."""
    rows = _read("ecbplus_topics_19_41.jsonl")
    articles = [Article(r["id"], r["text"]) for r in rows]
    assert _score(articles, {r["id"]: r["event_id"] for r in rows}) >= 0.85


def test_resolve_grouping_gvc_incidents() -> None:
    """GVC dev incidents of two states: many shootings in the same cities, dated."""
    rows = _read("gvc_incidents_il_oh.jsonl")
    articles = [Article(r["id"], r["text"], title=r["title"],
                        published=date.fromisoformat(r["published"])) for r in rows]
    assert _score(articles, {r["id"]: r["incident_id"] for r in rows}) >= 0.88


def test_resolve_grouping_seeds_three_events(seeds_jsonl: Path) -> None:
    from clashwatch.ingest.readers import iter_inputs

    articles = [a for a in iter_inputs([str(seeds_jsonl)]) if isinstance(a, Article)]
    groups = sorted(sorted(a.id[:3] for a in g) for g in group_articles(articles))
    assert groups == [["000", "001"], ["002"], ["003", "004"]]
