"""What the pages show of an event's figures: every figure keeps its claimant."""

from __future__ import annotations

from datetime import date

from clashwatch.model import Claim, Event
from clashwatch.resolve.reconcile import reconcile_sides
from clashwatch.web.app import make_env
from clashwatch.web.present import side_figures


def _event(claims: list[Claim], reports: dict[str, str] | None = None) -> Event:
    return Event(event_id="ev-1", by_side=reconcile_sides(claims, reports))


def test_web_present_figure_resting_on_a_running_total_keeps_its_claimant():
    total = Claim("killed", 6500, qualifier="more_than", side="unknown", claimant="the monitor",
                  aggregate=True, quote="More than 6,500 have died.", article_id="a1",
                  published=date(2022, 9, 13))
    event = _event([total])
    # a running total is no event figure; it is kept apart, with its claimant
    assert side_figures(event, {"a1": "Report"}) == []
    running = event.by_side["unknown"]["running_total"]["killed"]
    assert running["best"] == 6500 and running["claimants"] == ["the monitor"]


def test_web_present_unnamed_claimant_falls_back_to_the_report():
    claim = Claim("killed", 3, side="UKR", quote="Three died.", article_id="a1",
                  published=date(2022, 9, 13))
    figures = side_figures(_event([claim], {"a1": "Kyiv Post"}), {"a1": "Kyiv Post"})
    assert figures[0]["killed"]["claimants"] == ["report: Kyiv Post"]


def test_web_present_template_never_ends_a_figure_with_a_bare_per():
    macro = make_env().get_template("_filters.html").module.figures  # type: ignore[attr-defined]
    rows = [{"side": "ARM", "killed": {"low": 5, "best": 5, "high": 5, "claimants": []},
             "wounded": {"low": None, "best": None, "high": None, "claimants": ["X"]}}]
    html = " ".join(str(macro(rows)).split())
    assert "claimant unknown" in html and "per <" not in html and "per </span>" not in html
