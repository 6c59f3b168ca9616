"""One error shape for every 4xx: {"error": {"status": N, "message": "..."}} (pinned here)."""

from __future__ import annotations

import httpx
import pytest


@pytest.fixture(scope="module")
def api(web_synthetic_url):
    with httpx.Client(base_url=web_synthetic_url, timeout=30) as client:
        yield client


def _assert_shape(response: httpx.Response, status: int) -> str:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status
    message = body["error"]["message"]
    assert isinstance(message, str) and message and "\n" not in message
    return message


@pytest.mark.parametrize(("params", "names"), [
    ({"min_killed": "ten"}, "min_killed"),
    ({"min_killed": "-1"}, "min_killed"),
    ({"min_killed": "99999999999"}, "min_killed"),
    ({"from": "2022-13-01"}, "from"),
    ({"from": "yesterday"}, "from"),
    ({"from": "2022-09-15", "to": "2022-09-01"}, "from"),
    ({"page": "0"}, "page"),
    ({"per_page": "100000"}, "per_page"),
    ({"type": "<script>"}, "type"),
    ({"country": "x" * 300}, "country"),
    ({"q": "a\x00b"}, "q"),
    ({"q": " ".join(f"w{i}" for i in range(40))}, "q"),
    ({"bogus": "1"}, "bogus"),
])
def test_web_error_bad_parameter(api, params, names):
    message = _assert_shape(api.get("/events.json", params=params), 400)
    assert names in message


def test_web_error_repeated_parameter(api):
    assert "more than once" in _assert_shape(api.get("/events.json?q=a&q=b"), 400)


@pytest.mark.parametrize("path", ["/events/no-such-event.json", "/articles/nothing.json",
                                  "/export.xlsx", "/nothing.json"])
def test_web_error_not_found(api, path):
    _assert_shape(api.get(path), 404)


def test_web_error_method_not_allowed(api):
    _assert_shape(api.post("/events.json"), 405)


def test_web_error_body_too_large(api):
    _assert_shape(api.post("/events.json", content=b"x" * 100_000), 413)


def test_web_error_query_too_long(api):
    _assert_shape(api.get("/events.json?q=" + "a" * 5000), 414)


@pytest.mark.parametrize("path", ["/events.json?interval=week", "/charts.json?interval=year",
                                  "/export.csv?columns=gdelt", "/openapi.json?x=1"])
def test_web_error_parameter_not_of_this_route(api, path):
    _assert_shape(api.get(path), 400)


def test_web_error_html_pages_show_the_message(api):
    response = api.get("/events?min_killed=ten", headers={"accept": "text/html"})
    assert response.status_code == 400 and "text/html" in response.headers["content-type"]
    assert "min_killed" in response.text
    missing = api.get("/events/no-such-event")
    assert missing.status_code == 404 and "no such event" in missing.text
