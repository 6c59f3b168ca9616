"""Route handlers. Each builds one data dict; `render` sends it as JSON for the .json
twin or through the page's template (datasette's renderer idea: one dict, two faces)."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from markupsafe import Markup
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse

from clashwatch import settings
from clashwatch.publish.exporters import EXPORTERS, feature, plain_row
from clashwatch.resolve.reconcile import report_names
from clashwatch.web import charts, mapsvg, present, queries
from clashwatch.web.openapi import openapi_document
from clashwatch.web.params import (
    CHART_PARAMS,
    EXPORT_PARAMS,
    FILTER_PARAMS,
    PAGE_PARAMS,
    BadRequest,
    EventFilter,
    event_filter,
    parse_params,
)

if TYPE_CHECKING:
    from clashwatch.web.app import WebContext


def _ctx(request: Request) -> WebContext:
    return request.app.state.ctx  # type: ignore[no-any-return]


def _split_json(ident: str) -> tuple[str, bool]:
    return (ident[:-5], True) if ident.endswith(".json") else (ident, False)


def event_url(event_id: str) -> str:
    return "/events/" + quote(event_id, safe="")


def article_url(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def render(request: Request, as_json: bool, template: str, data: dict[str, Any],
           html_extra: Callable[[], dict[str, Any]] | None = None) -> Response:
    if as_json:
        return JSONResponse(data)
    ctx = _ctx(request)
    extra = html_extra() if html_extra else {}
    html = ctx.env.get_template(template).render(
        data=data, facets=ctx.facets.get(), path=request.url.path, **extra)
    return HTMLResponse(html)


def _filter(request: Request, more: tuple[Any, ...] = ()) -> tuple[EventFilter, dict[str, Any]]:
    values = parse_params(request.query_params.multi_items(), (*FILTER_PARAMS, *more))
    return event_filter(values), values


def _event_row(event: Any, labels: dict[str, str]) -> dict[str, Any]:
    return {**event.as_dict(), "url": event_url(event.event_id),
            "figures": present.side_figures(event, labels)}


async def timeline(request: Request) -> Response:
    as_json = request.url.path.endswith(".json")
    f, values = _filter(request, PAGE_PARAMS)
    store = _ctx(request).store
    per_page = values.get("per_page") or settings.WEB_PAGE_SIZE
    page = values.get("page") or 1
    offset = (page - 1) * per_page
    if offset > settings.WEB_MAX_OFFSET:
        raise BadRequest(f"parameter 'page': {page} reaches past the first {settings.WEB_MAX_OFFSET} "
                  "events; narrow the filter instead")
    events = queries.list_events(store, f, per_page, offset)
    total = queries.count_events(store, f)
    labels = queries.report_labels(store, [a for e in events for a in e.article_ids])
    capped = total > settings.WEB_COUNT_CAP
    data = {
        "filters": f.as_params(), "page": page, "per_page": per_page,
        "total": min(total, settings.WEB_COUNT_CAP), "total_capped": capped,
        "events": [_event_row(e, labels) for e in events],
        "links": {
            "html": "/events?" + f.query(page=page if page > 1 else None),
            "json": "/events.json?" + f.query(page=page if page > 1 else None),
            "next": "/events?" + f.query(page=page + 1) if offset + per_page < total else None,
            "prev": "/events?" + f.query(page=page - 1) if page > 1 else None,
            "csv": "/export.csv?" + f.query(), "geojson": "/export.geojson?" + f.query(),
            "export_json": "/export.json?" + f.query(),
            "map": "/map?" + f.query(), "charts": "/charts?" + f.query(),
        },
    }
    return render(request, as_json, "timeline.html", data)


def _no_params(request: Request) -> None:
    parse_params(request.query_params.multi_items(), ())


async def event_page(request: Request) -> Response:
    ident, as_json = _split_json(request.path_params["ident"])
    _no_params(request)
    store = _ctx(request).store
    event = queries.get_event(store, ident)
    if event is None:
        raise HTTPException(404, f"event {ident[:80]!r}: no such event")
    articles = queries.get_articles(store, event.article_ids)
    claims = present.claim_rows(event, articles)
    sources = [{**present.article_summary(a, store.article_sources(a.id)),
                "url_local": article_url(a.id), "anchor": f"a{i}"} for i, a in enumerate(articles)]
    history = charts.claimant_history(event)
    data = {
        "event": event.as_dict(), "sources": sources, "claims": claims,
        "figures": present.side_figures(event, report_names(articles)),
        "related": [{**r, "url": event_url(str(r.get("event_id")))} for r in event.related],
        "history": [s.as_dict() for s in history],
        "articles": [{"id": a.id, "anchor": f"a{i}", "text": a.text} for i, a in enumerate(articles)],
    }

    def html_extra() -> dict[str, Any]:
        return {
            "chart": charts.line_chart(history, "Each claimant's figures over time (by report date)",
                                       "people"),
            "legend": charts.legend(history),
            "texts": [{"article": a, "anchor": f"a{i}",
                       "paragraphs": present.article_segments(a, i, claims)}
                      for i, a in enumerate(articles)],
        }
    return render(request, as_json, "event.html", data, html_extra)


async def article_page(request: Request) -> Response:
    ident, as_json = _split_json(request.path_params["ident"])
    _no_params(request)
    store = _ctx(request).store
    found = queries.get_article(store, ident)
    if found is None and as_json:  # an id that itself ends in .json, asked for as a page
        found = queries.get_article(store, ident + ".json")
        as_json = found is None
    if found is None:
        raise HTTPException(404, f"article {ident[:80]!r}: no such article")
    article, event_id = found
    claims = [c.as_dict() for c in article.claims]
    data = {**present.article_summary(article, store.article_sources(article.id)),
            "event_id": event_id, "event_url": event_url(event_id) if event_id else None,
            "text": article.text, "claims": claims}

    def html_extra() -> dict[str, Any]:
        return {"paragraphs": present.article_segments(article, 0, claims)}
    return render(request, as_json, "article.html", data, html_extra)


async def map_page(request: Request) -> Response:
    as_json = request.url.path.endswith(".json")
    f, _ = _filter(request)
    events = queries.list_events(_ctx(request).store, f, settings.WEB_MAP_MAX_POINTS)
    if as_json:
        return JSONResponse({"type": "FeatureCollection", "features": [
            feature(e, {**plain_row("clashwatch", e), "url": event_url(e.event_id)})
            for e in events if e.lat is not None and e.lon is not None]},
            media_type="application/geo+json")
    svg, legend = mapsvg.render_map(events)
    data = {"filters": f.as_params(), "legend": legend, "shown": len(events),
            "limit": settings.WEB_MAP_MAX_POINTS, "links": {"json": "/map.json?" + f.query()}}
    return render(request, False, "map.html", data, lambda: {"svg": Markup(svg)})


async def charts_page(request: Request) -> Response:
    as_json = request.url.path.endswith(".json")
    f, values = _filter(request, CHART_PARAMS)
    interval = values.get("interval") or "month"
    events = queries.list_events(_ctx(request).store, f, settings.WEB_CHART_MAX_EVENTS)
    by_status = {s: charts.casualty_series(events, s, interval) for s in ("killed", "wounded")}
    data = {"filters": f.as_params(), "interval": interval, "events": len(events),
            "limit": settings.WEB_CHART_MAX_EVENTS,
            "series": {s: [x.as_dict() for x in v] for s, v in by_status.items()},
            "links": {"json": "/charts.json?" + f.query(interval=interval),
                      "week": "/charts?" + f.query(interval="week"),
                      "month": "/charts?" + f.query(interval="month")}}

    def html_extra() -> dict[str, Any]:
        return {"charts": [{"status": s, "legend": charts.legend(v), "svg": charts.line_chart(
            v, f"{s.capitalize()} per {interval}, by side and claimant", s)}
            for s, v in by_status.items()]}
    return render(request, as_json, "charts.html", data, html_extra)


async def export(request: Request) -> Response:
    fmt = request.path_params["fmt"]
    if fmt not in EXPORTERS:
        raise HTTPException(404, f"export format {fmt[:20]!r}: use csv, json or geojson")
    f, values = _filter(request, EXPORT_PARAMS)
    column_set = values.get("columns") or "clashwatch"
    exporter = EXPORTERS[fmt](None, column_set)
    store = _ctx(request).store

    async def body() -> AsyncIterator[str]:
        # the exporter writes into a buffer that is emptied after each batch of events,
        # so an export of the whole store never sits in memory at once
        buffer = io.StringIO()
        events = queries.iter_events(store, f)
        exporter.start_stream(buffer)
        for count, event in enumerate(events, 1):
            exporter.export(event)
            if count % settings.WEB_EXPORT_BATCH == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        exporter.end()
        yield buffer.getvalue()

    name = f"clashwatch-events-{column_set}{exporter.suffix}"
    return StreamingResponse(body(), media_type=exporter.media_type, headers={
        "content-disposition": f'attachment; filename="{name}"'})


async def api_page(request: Request) -> Response:
    _no_params(request)
    return render(request, False, "api.html", openapi_document())


async def openapi(request: Request) -> Response:
    _no_params(request)
    return JSONResponse(openapi_document())
