"""Article text, titles and every stored string render as text: a report holding
<script> or an onerror= attribute never becomes markup (fixture: hostile_article.json)."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import quote

import httpx
import pytest

HOSTILE_EVENT = "ev-hostile-1"
HOSTILE_ARTICLE = "hostile-<script>alert('id')</script>"
# markup the fixture holds; none may appear unescaped in any page
RAW = ["<script>alert", "<img src=x onerror", "<svg onload", "<iframe", "<b>village</b>",
       "<i>side</i>", "<b>region</b>", "<script>type"]


@pytest.fixture(scope="module")
def api(web_synthetic_url):
    with httpx.Client(base_url=web_synthetic_url, timeout=30) as client:
        yield client


PAGES = [
    "/", "/events?country=ARM", "/events?q=shelling", f"/events/{HOSTILE_EVENT}",
    f"/articles/{quote(HOSTILE_ARTICLE, safe='')}", "/map", "/charts?country=ARM",
    "/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/events?place=%3Cscript%3E",
]


@pytest.mark.parametrize("path", PAGES)
def test_web_escaping_no_raw_markup(api, path):
    html = api.get(path).text
    for raw in RAW:
        assert raw not in html, f"{raw!r} unescaped in {path}"
    # the only scripts on any page are our own file
    assert re.findall(r"<script[^>]*>", html) in ([], ['<script src="/static/clashwatch.js" defer>'])
    assert not re.search(r"\son(error|load)\s*=", html.replace("onerror=alert", "")
                         .replace("onload=alert", ""))


def test_web_escaping_text_is_shown_as_text(api):
    html = api.get(f"/events/{HOSTILE_EVENT}").text
    assert "&lt;script&gt;alert(&#39;summary&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(&#39;claimant&#39;)&gt; officials" in html
    assert "&lt;b&gt;village&lt;/b&gt;" in html


def test_web_escaping_javascript_url_is_not_a_link(api):
    for path in (f"/events/{HOSTILE_EVENT}", f"/articles/{quote(HOSTILE_ARTICLE, safe='')}"):
        assert 'href="javascript:' not in api.get(path).text


def test_web_escaping_json_is_data(api):
    data = api.get(f"/events/{HOSTILE_EVENT}.json").json()
    assert data["event"]["summary"].startswith("<script>")  # stored as given, JSON-encoded
    assert api.get(f"/events/{HOSTILE_EVENT}.json").headers["content-type"] == "application/json"


def test_web_escaping_csv_cells_are_not_formulas(web_synthetic_store, tmp_path):
    from clashwatch.model import Event
    from clashwatch.publish.exporters import CsvEventExporter, export_events

    event = Event(event_id="e1", summary="=HYPERLINK(\"http://x\",\"y\")", place="+1", type="@x")
    path = tmp_path / "out.csv"
    export_events(CsvEventExporter(path), [event])
    row = next(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert row["summary"].startswith("'=") and row["place"] == "'+1" and row["type"] == "'@x"
