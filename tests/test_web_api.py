"""The JSON API over a real server: filters, pages, twins, exports, OpenAPI."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest


@pytest.fixture(scope="module")
def api(web_synthetic_url):
    with httpx.Client(base_url=web_synthetic_url, timeout=30) as client:
        yield client


def _events(api, **params):
    response = api.get("/events.json", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_web_timeline_is_newest_first_with_total(api):
    data = _events(api)
    dates = [e["date_start"] for e in data["events"]]
    assert dates == sorted(dates, reverse=True)
    assert data["total"] == 61 and not data["total_capped"]
    assert len(data["events"]) == 50 and data["links"]["next"]


def test_web_timeline_pages_do_not_overlap(api):
    first = {e["event_id"] for e in _events(api, per_page=20)["events"]}
    second = {e["event_id"] for e in _events(api, per_page=20, page=2)["events"]}
    assert len(first) == len(second) == 20 and not first & second


def test_web_filter_date_range(api):
    data = _events(api, **{"from": "2016-01-01", "to": "2017-12-31"})
    assert data["events"]
    for e in data["events"]:
        assert e["date_start"] <= "2017-12-31" and (e["date_end"] or e["date_start"]) >= "2016-01-01"


@pytest.mark.parametrize("country", ["ARM", "arm", "Armenia"])
def test_web_filter_country_by_name_or_code(api, country):
    data = _events(api, country=country)
    assert data["events"]
    for e in data["events"]:
        assert e["country"] == "ARM" or "ARM" in e["by_side"]


def test_web_filter_type_place_min_killed(api):
    some = next(e for e in _events(api)["events"] if e["event_id"].startswith("ev-syn"))
    data = _events(api, type=some["type"], place=some["place"][:4].lower())
    assert data["events"] and all(e["type"] == some["type"] for e in data["events"])
    assert all(some["place"][:4].lower() in e["place"].lower() for e in data["events"])
    heavy = _events(api, min_killed=50)["events"]
    assert heavy and all(e["killed"]["best"] >= 50 for e in heavy)


def test_web_search_matches_report_text(api, web_synthetic_store):
    event = web_synthetic_store.events()[5]
    article = web_synthetic_store.articles([event.article_ids[0]])[0]
    word = article.title.split()[-1]  # the place name, in every report about it
    found = _events(api, q=word.lower(), per_page=200)["events"]
    assert event.event_id in {e["event_id"] for e in found}
    assert _events(api, q="zzzunheardofword")["total"] == 0


@pytest.mark.parametrize("q", ['"', "NEAR(a b)", "a* OR -b", "col:x", "'; DROP TABLE events; --",
                               "(((", "^x", "AND"])
def test_web_search_syntax_is_plain_words(api, q):
    assert api.get("/events.json", params={"q": q}).status_code == 200


def test_web_figures_each_have_a_claimant(api):
    for e in _events(api)["events"]:
        for side in e["figures"]:
            for status in ("killed", "wounded"):
                if side[status]["best"] is not None:
                    assert side[status]["claimants"]


def test_web_event_twin_has_sources_claims_related(api, web_synthetic_store):
    event = next(e for e in web_synthetic_store.events() if e.related)
    data = api.get(f"/events/{event.event_id}.json").json()
    assert data["event"]["event_id"] == event.event_id
    assert [s["id"] for s in data["sources"]] == event.article_ids
    assert data["claims"] and all(c["claimant"] and c["quote"] for c in data["claims"])
    assert data["related"][0]["url"].startswith("/events/")
    html = api.get(f"/events/{event.event_id}")
    assert html.status_code == 200 and "text/html" in html.headers["content-type"]


def test_web_article_twin(api, web_synthetic_store):
    article = web_synthetic_store.articles()[0]
    data = api.get(f"/articles/{article.id}.json").json()
    assert data["text"] == article.text and data["event_url"].startswith("/events/")


def test_web_map_and_charts_twins(api):
    geo = api.get("/map.json", params={"country": "UKR"}).json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])
    charts = api.get("/charts.json", params={"interval": "week"}).json()
    assert charts["interval"] == "week" and charts["series"]["killed"]
    for series in charts["series"]["killed"]:
        assert " · " in series["name"] or series["name"] == "other claimants"


def test_web_export_csv_keeps_filter(api):
    filtered = _events(api, country="UKR", per_page=200)["total"]
    text = api.get("/export.csv", params={"country": "UKR"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == filtered and all(r["event_id"] for r in rows)


@pytest.mark.parametrize(("columns", "must"), [
    ("acled", {"event_id_cnty", "event_date", "fatalities", "latitude", "longitude", "actor1"}),
    ("ucdp", {"id", "date_start", "date_end", "best", "low", "high", "side_a", "side_b",
              "deaths_a", "deaths_b", "date_prec"}),
])
def test_web_export_column_sets(api, columns, must):
    header = next(csv.reader(io.StringIO(api.get("/export.csv", params={"columns": columns}).text)))
    assert must <= set(header)


def test_web_export_json_and_geojson(api):
    events = json.loads(api.get("/export.json").text)
    assert len(events) == 61 and "by_side" in events[0]
    geo = json.loads(api.get("/export.geojson", params={"columns": "acled"}).text)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 61
    assert "fatalities" in geo["features"][0]["properties"]


def test_web_openapi_lists_every_json_route(api):
    doc = api.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert {"/events.json", "/events/{event_id}.json", "/map.json", "/charts.json",
            "/export.csv"} <= set(doc["paths"])
    names = {p["name"] for p in doc["paths"]["/events.json"]["get"]["parameters"]}
    assert {"from", "to", "country", "place", "type", "min_killed", "q", "page"} <= names


@pytest.mark.parametrize("path", ["/", "/events", "/map", "/charts", "/api"])
def test_web_html_pages_answer(api, path):
    response = api.get(path)
    assert response.status_code == 200 and response.text.startswith("<!doctype html>")
    assert "default-src 'none'" in response.headers["content-security-policy"]


@pytest.mark.parametrize(("page", "twin"), [
    ("/", "/events.json"), ("/events?country=UKR", "/events.json?country=UKR"),
    ("/events/{event}", "/events/{event}.json"), ("/articles/{article}", "/articles/{article}.json"),
    ("/map?type=battle", "/map.json?type=battle"), ("/charts?interval=week", "/charts.json?interval=week"),
    ("/api", "/openapi.json"),
])
def test_web_every_html_page_has_a_json_twin(api, web_synthetic_store, page, twin):
    event = web_synthetic_store.events()[0]
    names = {"event": event.event_id, "article": event.article_ids[0]}
    html = api.get(page.format(**names))
    assert html.status_code == 200 and "text/html" in html.headers["content-type"]
    data = api.get(twin.format(**names))
    assert data.status_code == 200 and "json" in data.headers["content-type"]
    assert data.json()
