"""Reconciling an event's claims: per side and claimant, own vs enemy losses, histories."""

from __future__ import annotations

from datetime import date

import pytest

from clashwatch.model import Article, ArticleEvent, Claim, Span
from clashwatch.resolve.history import figure, history
from clashwatch.resolve.reconcile import (
    RUNNING_RULE,
    SUM_RULE,
    current_claims,
    label,
    reconcile,
    reconcile_sides,
)


def _claim(count: int | None, side: str | None, claimant: str | None, claimant_side: str | None,
           day: int, qualifier: str = "exact", aggregate: bool = False, at: int = 0) -> Claim:
    return Claim(status="killed", count=count, qualifier=qualifier, side=side,
                 claimant=claimant, claimant_side=claimant_side, aggregate=aggregate,
                 published=date(2022, 9, day), article_id=f"a{day}", span=Span(at, at + 5),
                 quote=f"{claimant} says {count}")


# the seed 003/004 story: Armenia's figure rises, Azerbaijan gives its own losses and
# claims about the other side
SEPTEMBER_2022 = [
    _claim(None, "ARM", "Armenian Defence Ministry", "ARM", 13, qualifier="unspecified"),
    _claim(49, "ARM", "Nikol Pashinyan", "ARM", 13),
    _claim(105, "ARM", "Nikol Pashinyan", "ARM", 15, at=40),
    _claim(50, "AZE", "Azerbaijan's defence ministry", "AZE", 14),
    _claim(71, "AZE", "Azerbaijan's defence ministry", "AZE", 15),
    _claim(200, "ARM", "Azerbaijan's defence ministry", "AZE", 15, at=20),
]


@pytest.mark.parametrize("claim, expected", [
    (_claim(5, "ARM", "Nikol Pashinyan", "ARM", 1), "own losses"),
    (_claim(5, "ARM", "Azerbaijan's defence ministry", "AZE", 1), "enemy losses"),
    (_claim(5, "ARM", None, None, 1), "unattributed"),
    (_claim(5, "ARM", "a hospital", None, 1), "third party"),
])
def test_resolve_reconcile_labels(claim: Claim, expected: str) -> None:
    assert label(claim) == expected


def test_resolve_reconcile_latest_figure_of_each_claimant() -> None:
    current = current_claims([c for c in SEPTEMBER_2022 if c.side == "ARM"])
    assert sorted((c.claimant, c.count) for c in current) == [
        ("Armenian Defence Ministry", None), ("Azerbaijan's defence ministry", 200),
        ("Nikol Pashinyan", 105)]


def test_resolve_reconcile_sides_apart_own_losses_best() -> None:
    by_side, killed, _ = reconcile(SEPTEMBER_2022)
    arm, aze = by_side["ARM"]["killed"], by_side["AZE"]["killed"]
    assert arm["best"] == 105 and arm["low"] == 105 and arm["high"] == 200
    assert aze["best"] == 71 and aze["rule"] == "own-first.v1"
    labels = {(c["claimant"], c["label"]) for c in by_side["ARM"]["claims"]}
    assert ("Nikol Pashinyan", "own losses") in labels
    assert ("Azerbaijan's defence ministry", "enemy losses") in labels
    assert killed.best == 176 and killed.rule == "sum-of-sides.v1"


def test_resolve_reconcile_history_in_order() -> None:
    by_side, _, _ = reconcile(SEPTEMBER_2022)
    figures = [(e["claimant"], e["figure"]) for e in by_side["ARM"]["history"]["killed"]]
    assert figures[:3] == [("Armenian Defence Ministry", "an unknown number"),
                           ("Nikol Pashinyan", "49"), ("Azerbaijan's defence ministry", "200")]
    assert figures[-1] == ("Nikol Pashinyan", "105")


def test_resolve_reconcile_aggregate_only_when_nothing_else() -> None:
    claims = [_claim(13, "AZE", "officials", None, 2, qualifier="at_least", aggregate=True),
              _claim(5, "AZE", "officials", None, 2, at=10)]
    assert [c.count for c in current_claims(claims)] == [5]
    assert [c.count for c in current_claims(claims[:1])] == [13]


def test_resolve_reconcile_totals_from_reports_agree() -> None:
    articles = [Article(str(n), "x", published=date(2016, 1, n + 1),
                        event=ArticleEvent(killed=k, wounded=w))
                for n, (k, w) in enumerate([(1, 2), (2, 3), (2, 3), (None, 4)])]
    _, killed, wounded = reconcile([], articles)
    assert (killed.low, killed.best, killed.high, killed.rule) == (1, 2, 2, "consensus.v1")
    assert (wounded.best, wounded.high) == (3, 4)


@pytest.mark.parametrize("claim, words", [
    (_claim(13, "AZE", "x", None, 1, qualifier="at_least"), "at least 13"),
    (_claim(None, "AZE", "x", None, 1, qualifier="unspecified"), "an unknown number"),
    (Claim(status="killed", count=None, count_min=10, count_max=15), "10-15"),
])
def test_resolve_reconcile_figure_words(claim: Claim, words: str) -> None:
    assert figure(claim) == words


def test_resolve_reconcile_history_keeps_quotes() -> None:
    entries = history(SEPTEMBER_2022[:2])
    assert all(e["quote"] and e["article_id"] for e in entries)


def test_resolve_reconcile_every_figure_has_its_claimant() -> None:
    # a figure the text gives no source for is the claim of the report stating it
    claims = [_claim(5, "AZE", None, None, 2), _claim(7, "AZE", None, None, 3, at=10)]
    reports = [Article("a2", "x", publisher="Example Wire"), Article("a3", "x", title="Clash")]
    by_side, killed, _ = reconcile(claims, reports)
    entry = by_side["AZE"]
    assert [(c["claimant"], c["claimant_named"]) for c in entry["claims"]] == [
        ("report: Example Wire", False), ("report: Clash", False)]
    # two reports' unattributed figures are two claims, not one revised
    assert entry["killed"]["low"] == 5 and entry["killed"]["high"] == 7
    assert entry["killed"]["claimants"] == ["report: Example Wire", "report: Clash"]
    assert all(h["claimant"] for h in entry["history"]["killed"])
    assert killed.rule == SUM_RULE


def test_resolve_reconcile_running_totals_kept_apart() -> None:
    # "the six-week war claimed more than 6,500 lives": no side's nor the event's figure
    war = _claim(6500, None, None, None, 13, qualifier="more_than", aggregate=True)
    incident = _claim(49, "ARM", "Nikol Pashinyan", "ARM", 13, at=30)
    by_side, killed, _ = reconcile([war, incident])
    unknown = by_side["unknown"]
    assert unknown["killed"]["best"] is None and unknown["killed"]["claimants"] == []
    running = unknown["running_total"]["killed"]
    assert running["best"] == 6500 and running["rule"] == RUNNING_RULE
    assert running["claimants"] == ["report: a13"]
    assert killed.best == 49
    assert [c["count"] for c in unknown["claims"]] == [6500]


def test_resolve_reconcile_running_total_never_widens_an_incident_range() -> None:
    claims = [_claim(4, "AZE", "Azerbaijan", "AZE", 13),
              _claim(2783, "AZE", "officials", None, 13, aggregate=True, at=50)]
    entry = reconcile_sides(claims)["AZE"]
    assert (entry["killed"]["low"], entry["killed"]["best"], entry["killed"]["high"]) == (4, 4, 4)
    assert "running_total" not in entry
    assert entry["killed"]["claimants"] == ["Azerbaijan"]


def test_resolve_reconcile_enemy_claims_median_without_own() -> None:
    claims = [_claim(10, "AZE", "Armenian Defence Ministry", "ARM", 1),
              _claim(30, "AZE", "Artsakh Defense Army", "ARM", 1, at=10),
              _claim(20, "AZE", "a monitor", None, 1, at=20)]
    estimate = reconcile_sides(claims)["AZE"]["killed"]
    assert (estimate["low"], estimate["best"], estimate["high"]) == (10, 20, 30)
    assert estimate["rule"] == "own-first.v1"
