"""What a batch writes, and the driver's last step, shared by both engines.

Output folder (format ``clashwatch.batch.v1``)::

    articles.parquet   one row per extracted input article (syndicated copies included)
    claims.parquet     one row per casualty claim, with its article_id and quote
    events.jsonl       the events, exactly as `clashwatch build` writes them
    clashwatch.db      the store those events were grouped in (serve it, ingest more)

With `--engine local` each .parquet is one file; with `--engine spark` it is a folder of
part files. Both read with `pyarrow.parquet.read_table(path)` (or pandas, DuckDB, Spark).

articles.parquet columns: id, published (YYYY-MM-DD), title, url, canonical_url,
content_hash, publisher, source, text, event_type, event_date_start, event_date_end,
event_place, event_admin1, event_country, event_lat, event_lon, killed, wounded,
places (JSON list), actors (JSON list), data (the full `Article.as_dict()` as JSON).
claims.parquet columns: see `CLAIM_COLUMNS`.

Events are grouped on the driver after extraction (`batch/driver.py`).
This module is imported by Spark workers, so it imports nothing heavy.
"""

from __future__ import annotations

import json
from typing import Any

from clashwatch.model import Article
from clashwatch.store.base import canonical_url

# (name, type) with type one of: string, int64, double, bool
ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("id", "string"), ("published", "string"), ("title", "string"), ("url", "string"),
    ("canonical_url", "string"), ("content_hash", "string"), ("publisher", "string"),
    ("source", "string"), ("text", "string"), ("event_type", "string"),
    ("event_date_start", "string"), ("event_date_end", "string"), ("event_place", "string"),
    ("event_admin1", "string"), ("event_country", "string"), ("event_lat", "double"),
    ("event_lon", "double"), ("killed", "int64"), ("wounded", "int64"), ("places", "string"),
    ("actors", "string"), ("data", "string"),
]
CLAIM_COLUMNS: list[tuple[str, str]] = [
    ("article_id", "string"), ("number", "int64"), ("status", "string"), ("count", "int64"),
    ("count_min", "int64"), ("count_max", "int64"), ("qualifier", "string"),
    ("victim", "string"), ("side", "string"), ("claimant", "string"),
    ("claimant_side", "string"), ("date_start", "string"), ("date_end", "string"),
    ("place", "string"), ("lat", "double"), ("lon", "double"), ("precision", "string"),
    ("aggregate", "bool"), ("quote", "string"),
]
# int64 holds any count a text can state; larger ones are kept in `data` only
_INT64 = 2**63 - 1


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= _INT64 \
        else None


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def article_row(record: dict[str, Any]) -> tuple[Any, ...]:
    """One articles.parquet row from an `Article.as_dict()`."""
    event = record.get("event") or {}
    article = Article.from_dict(record)
    row = {
        "id": record["id"], "published": record.get("published"), "title": record.get("title"),
        "url": record.get("url"), "canonical_url": canonical_url(record.get("url")),
        "content_hash": article.content_hash, "publisher": record.get("publisher"),
        "source": record.get("source"), "text": record.get("text"),
        "event_type": event.get("type"), "event_date_start": event.get("date_start"),
        "event_date_end": event.get("date_end"), "event_place": event.get("place"),
        "event_admin1": event.get("admin1"), "event_country": event.get("country"),
        "event_lat": _float(event.get("lat")), "event_lon": _float(event.get("lon")),
        "killed": _int(event.get("killed")), "wounded": _int(event.get("wounded")),
        "places": json.dumps(record.get("places", []), ensure_ascii=False),
        "actors": json.dumps(record.get("actors", []), ensure_ascii=False),
        "data": json.dumps(record, ensure_ascii=False),
    }
    return tuple(row[name] for name, _ in ARTICLE_COLUMNS)


def claim_rows(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The claims.parquet rows of one `Article.as_dict()`."""
    rows = []
    for number, claim in enumerate(record.get("claims", [])):
        row = {**claim, "article_id": record["id"], "number": number,
               "aggregate": bool(claim.get("aggregate"))}
        for name, kind in CLAIM_COLUMNS:
            if kind == "int64":
                row[name] = _int(row.get(name))
            elif kind == "double":
                row[name] = _float(row.get(name))
        rows.append(tuple(row.get(name) for name, _ in CLAIM_COLUMNS))
    return rows


def arrow_schema(columns: list[tuple[str, str]]) -> Any:
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in columns])
