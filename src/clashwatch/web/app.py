"""The Starlette application: routes, the one error shape, limits and security headers.

Every 4xx and 5xx answer of a JSON route is ``{"error": {"status": N, "message": "..."}}``
(pinned by tests/test_web_errors.py); HTML routes show the same status and message as a
page. Handlers are `async` and read the store on the event loop thread: one SQLite
connection serves all requests without being shared between threads, and each read is
short (the timeline's p95 is measured by benchmarks/api_p95.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clashwatch import settings
from clashwatch.errors import one_line
from clashwatch.store.base import Store
from clashwatch.web import present, views
from clashwatch.web.params import BadRequest
from clashwatch.web.queries import Facets

# Pages run no inline script or style, so the policy can forbid both: text that slipped
# past escaping still could not run.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
JSON_SUFFIXES = (".json", ".geojson", ".csv")
STATUS_TEXT = {400: "bad request", 404: "not found", 405: "method not allowed",
               413: "request too large", 414: "URL too long", 500: "internal error"}


@dataclass
class WebContext:
    store: Store
    env: Environment
    facets: Facets


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "message": one_line(message)}}


def wants_json(path: str, accept: str = "") -> bool:
    if path.endswith(JSON_SUFFIXES) or path.startswith(("/api/", "/export", "/openapi")):
        return True
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, status: int, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    if wants_json(request.url.path, request.headers.get("accept", "")):
        return JSONResponse(error_body(status, message), status_code=status, headers=headers)
    ctx: WebContext = request.app.state.ctx
    html = ctx.env.get_template("error.html").render(
        status=status, title=STATUS_TEXT.get(status, "error"), message=one_line(message),
        path=request.url.path)
    return HTMLResponse(html, status_code=status, headers=headers)


async def on_bad_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, BadRequest)
    return error_response(request, exc.status, exc.message)


async def on_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else (
        f"{request.url.path[:200]}: no such page")
    return error_response(request, exc.status_code, str(message),
                          dict(exc.headers) if exc.headers else None)


async def on_error(request: Request, exc: Exception) -> Response:
    # the traceback goes to the server log (uvicorn prints it); the client gets one line
    return error_response(request, 500, "internal error while answering this request")


class LimitsMiddleware:
    """Refuse oversized requests before routing, and add security headers to every answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self._problem(scope)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        if problem:
            status, text = problem
            body = json.dumps(error_body(status, text)).encode()
            await send_with_headers({"type": "http.response.start", "status": status, "headers": [
                (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                (b"connection", b"close")]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send_with_headers)

    @staticmethod
    def _problem(scope: Scope) -> tuple[int, str] | None:
        query = scope.get("query_string", b"")
        if len(query) > settings.WEB_MAX_QUERY_CHARS:
            return 414, (f"query string of {len(query)} bytes; at most "
                         f"{settings.WEB_MAX_QUERY_CHARS} are accepted")
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    size = int(value)
                except ValueError:
                    return 400, "Content-Length is not a number"
                if size > settings.WEB_MAX_BODY_BYTES:
                    return 413, (f"request body of {size} bytes; at most "
                                 f"{settings.WEB_MAX_BODY_BYTES} are accepted")
        return None


def make_env() -> Environment:
    env = Environment(loader=PackageLoader("clashwatch.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals["app_name"] = "ClashWatch"
    env.filters["web_url"] = web_url
    env.globals.update(range_text=present.range_text, event_url=views.event_url,
                       article_url=views.article_url)
    return env


def web_url(url: object) -> str | None:
    """An article's address if it is http(s): a `javascript:` URL must never become a link."""
    text = str(url or "").strip()
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:  # e.g. an unbalanced [ in the host
        return None
    return text if scheme in ("http", "https") else None


def create_app(store: Store) -> Starlette:
    """The web UI and JSON API over `store` (any backend)."""
    static = str(files("clashwatch.web").joinpath("static"))
    routes = [
        Route("/", views.timeline, name="home"),
        Route("/events", views.timeline, name="timeline"),
        Route("/events.json", views.timeline, name="timeline_json"),
        Route("/events/{ident}", views.event_page, name="event"),
        Route("/articles/{ident:path}", views.article_page, name="article"),
        Route("/map", views.map_page, name="map"),
        Route("/map.json", views.map_page, name="map_json"),
        Route("/charts", views.charts_page, name="charts"),
        Route("/charts.json", views.charts_page, name="charts_json"),
        Route("/export.{fmt}", views.export, name="export"),
        Route("/api", views.api_page, name="api"),
        Route("/openapi.json", views.openapi, name="openapi"),
        Mount("/static", app=StaticFiles(directory=static), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={
        BadRequest: on_bad_request, HTTPException: on_http_exception, Exception: on_error})
    app.state.ctx = WebContext(store=store, env=make_env(), facets=Facets(store))
    app.add_middleware(LimitsMiddleware)
    return app
