"""The five seeds end to end: read, extract, group, reconcile (issue 5's seed acceptance)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clashwatch.model import Event
from clashwatch.resolve import resolve_events
from clashwatch.runner import RunReport, extracted


@pytest.fixture(scope="module")
def seed_events(seeds_jsonl: Path) -> list[Event]:
    report = RunReport()
    articles = list(extracted([str(seeds_jsonl)], report))
    assert not report.errors
    return resolve_events(articles)


def _event_of(events: list[Event], year: int) -> Event:
    return next(e for e in events if e.date_start and e.date_start.year == year)


def test_resolve_seeds_three_events(seed_events: list[Event]) -> None:
    groups = sorted(sorted(a[:3] for a in e.article_ids) for e in seed_events)
    assert groups == [["000", "001"], ["002"], ["003", "004"]]


@pytest.mark.parametrize("side, best, claimant_side", [("ARM", 105, "ARM"), ("AZE", 71, "AZE")])
def test_resolve_seeds_2022_latest_figures_with_claimants(seed_events: list[Event], side: str,
                                                          best: int, claimant_side: str) -> None:
    entry = _event_of(seed_events, 2022).by_side[side]
    assert entry["killed"]["best"] == best
    backing = [c for c in entry["claims"] if c["status"] == "killed" and c["count"] == best]
    assert backing and all(c["claimant_named"] and c["claimant"] for c in backing)
    assert any(c["claimant_side"] == claimant_side and c["label"] == "own losses"
               for c in backing)
    assert entry["killed"]["claimants"]


@pytest.mark.parametrize("side, latest", [("ARM", 105), ("AZE", 71)])
def test_resolve_seeds_2022_history_holds_earlier_figures(seed_events: list[Event], side: str,
                                                          latest: int) -> None:
    entries = _event_of(seed_events, 2022).by_side[side]["history"]["killed"]
    days = [date.fromisoformat(e["published"]) for e in entries]
    assert days == sorted(days)
    earlier = [e for e in entries if e["published"] < "2022-09-15"]
    assert earlier and all(e["count"] != latest for e in earlier)
    assert entries[-1]["published"] == "2022-09-15"
    assert latest in [e["count"] for e in entries if e["published"] == "2022-09-15"]


def test_resolve_seeds_no_figure_without_claimant(seed_events: list[Event]) -> None:
    for event in seed_events:
        for side, entry in event.by_side.items():
            for claim in entry["claims"]:
                assert claim["claimant"], (event.event_id, side, claim["quote"])
            for status in ("killed", "wounded"):
                if entry[status]["best"] is not None:
                    assert entry[status]["claimants"], (event.event_id, side, status)
            for history in entry["history"].values():
                assert all(h["claimant"] for h in history)


def test_resolve_seeds_war_total_is_no_event_figure(seed_events: list[Event]) -> None:
    # seed 003 recalls that the 2020 war "claimed more than 6,500 lives"
    event = _event_of(seed_events, 2022)
    assert event.killed.best is not None and event.killed.best < 6500
    for entry in event.by_side.values():
        assert (entry["killed"]["best"] or 0) < 6500
