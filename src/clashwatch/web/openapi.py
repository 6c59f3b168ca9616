"""The OpenAPI 3.1 document at /openapi.json, built from the same parameter specs the
routes validate with, so the two cannot drift apart."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from clashwatch import __version__
from clashwatch.web.params import (
    CHART_PARAMS,
    EXPORT_PARAMS,
    FILTER_PARAMS,
    PAGE_PARAMS,
    ParamSpec,
)

ERROR_SCHEMA = {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["status", "message"], "properties": {
        "status": {"type": "integer", "description": "The HTTP status, repeated."},
        "message": {"type": "string", "description": "One line: what is wrong, and with what."},
    }}},
}


def _schema(spec: ParamSpec) -> dict[str, Any]:
    if spec.kind == "date":
        return {"type": "string", "format": "date"}
    if spec.kind == "int":
        return {"type": "integer", "minimum": spec.minimum, "maximum": spec.maximum}
    if spec.kind == "choice":
        return {"type": "string", "enum": list(spec.choices)}
    schema: dict[str, Any] = {"type": "string", "maxLength": 200}
    if spec.pattern:
        schema["pattern"] = spec.pattern
    return schema


def _parameters(specs: Sequence[ParamSpec]) -> list[dict[str, Any]]:
    return [{"name": s.name, "in": "query", "required": False, "description": s.description,
             "schema": _schema(s)} for s in specs]


def _path(ident: str) -> dict[str, Any]:
    return {"name": ident, "in": "path", "required": True, "schema": {"type": "string"}}


def _get(summary: str, params: list[dict[str, Any]], media: str = "application/json",
         not_found: bool = False) -> dict[str, Any]:
    responses: dict[str, Any] = {
        "200": {"description": "OK", "content": {media: {}}},
        "400": {"description": "A bad parameter",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
    }
    if not_found:
        responses["404"] = {"description": "No such item", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Error"}}}}
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


def openapi_document() -> dict[str, Any]:
    filters = _parameters(FILTER_PARAMS)
    return {
        "openapi": "3.1.0",
        "info": {"title": "ClashWatch API", "version": __version__,
                 "description": "Events reported in the news, each figure with its claimant "
                                "and quote. Every HTML page has a JSON twin: the same path "
                                "with .json. Every 4xx answer has the Error shape."},
        "paths": {
            "/events.json": _get("Timeline: matching events, newest first",
                                 filters + _parameters(PAGE_PARAMS)),
            "/events/{event_id}.json": _get("One event: sources, claims, related events, texts",
                                            [_path("event_id")], not_found=True),
            "/articles/{article_id}.json": _get("One report: metadata, cleaned text and claims",
                                                [_path("article_id")], not_found=True),
            "/map.json": _get("Map: matching events as GeoJSON points", filters,
                              "application/geo+json"),
            "/charts.json": _get("Killed and wounded per side and claimant per week or month",
                                 filters + _parameters(CHART_PARAMS)),
            "/export.csv": _get("Matching events as CSV", filters + _parameters(EXPORT_PARAMS),
                                "text/csv"),
            "/export.json": _get("Matching events as a JSON array",
                                 filters + _parameters(EXPORT_PARAMS)),
            "/export.geojson": _get("Matching events as GeoJSON",
                                    filters + _parameters(EXPORT_PARAMS), "application/geo+json"),
        },
        "components": {"schemas": {"Error": ERROR_SCHEMA}},
    }
