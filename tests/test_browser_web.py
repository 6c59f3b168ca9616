"""End to end in a real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright): the analyst's path through the seeds' store. Screenshots are saved to
test-artifacts/browser/ for a person to look at."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "browser"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    one = context.new_page()
    problems: list[str] = []
    one.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    one.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    one.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    yield one
    context.close()
    assert not problems, problems


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_browser_seeds_timeline_to_quote(page, web_seeds_url):
    page.goto(web_seeds_url + "/")
    rows = page.locator(".event-row")
    assert rows.count() >= 2
    _shot(page, "01-timeline")

    # filter to 2022 with the form, as an analyst would
    page.fill("input[name=from]", "2022-01-01")
    page.fill("input[name=to]", "2022-12-31")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"from=2022-01-01"))
    assert page.locator(".event-row").count() >= 1
    for when in page.locator(".event-row .when").all_inner_texts():
        assert "2022" in when
    _shot(page, "02-timeline-2022")

    # open the September 2022 event
    row = page.locator(".event-row", has_text="2022-09").first
    row.locator("a.summary").click()
    page.wait_for_url(re.compile(r"/events/"))
    assert "2022-09" in page.locator("#event-date").inner_text()
    assert page.locator("#sources li").count() >= 1
    _shot(page, "03-event-2022")

    # every figure shown names its claimant; each quote links to its sentence
    claims = page.locator("#claims tbody tr")
    for i in range(claims.count()):
        cells = claims.nth(i).locator("td")
        assert cells.nth(2).inner_text().strip()
        assert cells.nth(3).inner_text().strip(), "a figure without a claimant"
    # both sides' figures, each with its claimant (inner_text strips and collapses
    # whitespace, so read the claimants' own element rather than the figure's tail)
    sides = page.locator("ul.figures li")
    assert sides.count() >= 2, "expected figures for both sides"
    for figure in page.locator("ul.figures li .figure").all():
        claimants = " ".join(figure.locator(".claimants").inner_text().split())
        assert claimants and claimants != "per", f"a figure without a claimant: {figure.inner_text()!r}"
    named = [" ".join(s.locator(".claimants").first.inner_text().split()) for s in sides.all()]
    assert sum(n.startswith("per ") and len(n) > 4 for n in named) >= 2, named
    if claims.count():
        link = page.locator("a.quote-link").first
        quote = link.inner_text().strip("“” ")
        anchor = link.get_attribute("href")
        link.click()
        target = page.locator(f"mark{anchor}")
        assert target.count() == 1 and quote[:40] in target.inner_text()
        assert page.evaluate("location.hash") == anchor
        target.scroll_into_view_if_needed()
        _shot(page, "04-quote")
    assert page.locator("#history-chart svg.chart").count() == 1
    assert page.locator("#history-chart svg.chart circle.dot").count() > 0


def test_browser_map_and_charts_render(page, web_seeds_url):
    page.goto(web_seeds_url + "/map")
    # the seeds' events frame the Caucasus: a regional basemap of several countries
    assert page.locator("svg.map path.country").count() >= 4
    assert page.locator("svg.map circle.point").count() >= 1
    box = page.locator("svg.map").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 150
    _shot(page, "05-map")
    page.goto(web_seeds_url + "/charts")
    charts = page.locator("svg.chart")
    assert charts.count() == 2
    # the seeds report killed and wounded figures: both charts draw points, none is empty
    assert page.locator("svg.chart .chart-empty").count() == 0
    for chart in charts.all():
        assert chart.locator("circle.dot").count() > 0
    _shot(page, "06-charts")


def test_browser_synthetic_map_points_and_zoom(page, web_synthetic_url):
    page.goto(web_synthetic_url + "/map?country=UKR")
    points = page.locator("svg.map circle.point")
    assert points.count() > 0
    before = page.locator("svg.map").get_attribute("viewBox")
    page.locator("svg.map").hover()
    page.mouse.wheel(0, -400)
    page.wait_for_function(f"document.querySelector('svg.map').getAttribute('viewBox') !== {before!r}")
    _shot(page, "07-map-points")
    page.goto(web_synthetic_url + "/charts?country=UKR&interval=month")
    assert page.locator("svg.chart polyline, svg.chart circle.dot").count() > 0
    _shot(page, "08-charts-synthetic")


def test_browser_export_csv(page, web_seeds_url):
    page.goto(web_seeds_url + "/events")
    with page.expect_download() as info:
        page.click("#export-csv")
    download = info.value
    text = Path(download.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == page.locator(".event-row").count()
    assert {"event_id", "date_start", "killed_best", "summary"} <= set(rows[0])


def test_browser_hostile_report_is_text(page, web_synthetic_url):
    page.goto(web_synthetic_url + "/events/ev-hostile-1")
    assert "<script>alert('summary')</script>" in page.locator("#event-summary").inner_text()
    assert page.locator("main script, main img, main iframe, main svg[onload]").count() == 0
    assert "<b>village</b>" in page.locator("section.report .text").inner_text()
    _shot(page, "09-hostile")
