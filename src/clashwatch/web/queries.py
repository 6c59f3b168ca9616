"""Read-only queries behind the UI and the API. Parameterised SQL only.

Every value from a request reaches the database as a bound parameter; the only SQL
text built at run time is a fixed clause per filter field, chosen by the field being
set. Full-text search uses SQLite's FTS5 table (`articles_fts`, see store/schema.py) and,
on PostgreSQL, ``to_tsvector('simple', coalesce(title, '') || ' ' || text)``: an
expression index on exactly that makes it fast there.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from typing import Any

from clashwatch import settings
from clashwatch.model import Article, Event
from clashwatch.store.base import Store
from clashwatch.web.params import EventFilter

ORDER = " ORDER BY date_start DESC NULLS LAST, event_id"


def dialect(store: Store) -> str:
    return "sqlite" if store.placeholder == "?" else "postgresql"


def _like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(store: Store, f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (possibly empty) and its parameters for a filter."""
    clauses: list[str] = []
    params: list[Any] = []
    like = "LIKE" if dialect(store) == "sqlite" else "ILIKE"  # SQLite's LIKE ignores case
    if f.date_from:
        clauses.append("COALESCE(date_end, date_start) >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        clauses.append("date_start <= ?")
        params.append(f.date_to.isoformat())
    if f.country:
        clauses.append("(country = ? OR event_id IN (SELECT event_id FROM event_sides "
                       "WHERE side = ?))")
        params += [f.country, f.country]
    if f.place:
        clauses.append(f"(place {like} ? ESCAPE '\\' OR admin1 {like} ? ESCAPE '\\')")
        params += [_like(f.place), _like(f.place)]
    if f.type:
        clauses.append("type = ?")
        params.append(f.type)
    if f.min_killed is not None:
        clauses.append("killed_best >= ?")
        params.append(f.min_killed)
    if f.terms:
        if dialect(store) == "sqlite":
            # each word quoted: FTS5 reads it as a plain token, never as query syntax
            clauses.append("event_id IN (SELECT a.event_id FROM articles a WHERE a.id IN "
                           "(SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?))")
            params.append(" ".join(f'"{term}"' for term in f.terms))
        else:
            clauses.append("event_id IN (SELECT event_id FROM articles WHERE "
                           "to_tsvector('simple', coalesce(title, '') || ' ' || text) "
                           "@@ plainto_tsquery('simple', ?))")
            params.append(" ".join(f.terms))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_events(store: Store, f: EventFilter, cap: int = settings.WEB_COUNT_CAP) -> int:
    """How many events match, counted up to `cap` (cap + 1 means 'more than cap')."""
    where, params = where_clause(store, f)
    rows = store.read(f"SELECT COUNT(*) FROM (SELECT 1 FROM events{where} LIMIT ?) AS hits",
                      [*params, cap + 1])
    return int(rows[0][0])


def list_events(store: Store, f: EventFilter, limit: int, offset: int = 0) -> list[Event]:
    """One page of matching events, newest first."""
    where, params = where_clause(store, f)
    rows = store.read(f"SELECT data FROM events{where}{ORDER} LIMIT ? OFFSET ?",
                      [*params, limit, offset])
    return [Event.from_dict(json.loads(row[0])) for row in rows]


def iter_events(store: Store, f: EventFilter, limit: int = settings.WEB_EXPORT_MAX_EVENTS,
                batch: int = settings.WEB_EXPORT_BATCH) -> Iterator[Event]:
    """All matching events (up to `limit`) newest first, read a batch at a time."""
    where, params = where_clause(store, f)
    ids = [row[0] for row in store.read(f"SELECT event_id FROM events{where}{ORDER} LIMIT ?",
                                        [*params, limit])]
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        marks = ",".join("?" * len(chunk))
        rows = store.read(f"SELECT event_id, data FROM events WHERE event_id IN ({marks})", chunk)
        found = {row[0]: row[1] for row in rows}
        for event_id in chunk:
            if event_id in found:  # regrouped away since the id list was read
                yield Event.from_dict(json.loads(found[event_id]))


def get_event(store: Store, event_id: str) -> Event | None:
    return store.event(event_id)


def get_article(store: Store, article_id: str) -> tuple[Article, str | None] | None:
    """An article and the id of the event it belongs to."""
    found = store.articles([article_id])
    if not found:
        return None
    rows = store.read("SELECT event_id FROM articles WHERE id = ?", (article_id,))
    return found[0], (rows[0][0] if rows else None)


def get_articles(store: Store, ids: Sequence[str]) -> list[Article]:
    """Articles in the order of `ids` (an event's reports)."""
    by_id = {a.id: a for a in store.articles(list(ids))}
    return [by_id[i] for i in ids if i in by_id]


def report_labels(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """Article id -> publisher, else title: the name a report stands under as a claimant."""
    labels: dict[str, str] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.read(f"SELECT id, publisher, title FROM articles WHERE id IN ({marks})",
                              chunk):
            labels[row[0]] = row[1] or row[2] or row[0]
    return labels


class Facets:
    """The values offered in the filter form, refreshed at most every `ttl` seconds: a
    GROUP BY over a big store is too slow to repeat on every page view."""

    def __init__(self, store: Store, ttl: float = 30.0) -> None:
        self.store = store
        self.ttl = ttl
        self._at = -ttl
        self._value: dict[str, list[tuple[str, int]]] = {}

    def get(self) -> dict[str, list[tuple[str, int]]]:
        if time.monotonic() - self._at >= self.ttl:
            self._value = {
                "types": [(r[0], int(r[1])) for r in self.store.read(
                    "SELECT type, COUNT(*) FROM events WHERE type IS NOT NULL "
                    "GROUP BY type ORDER BY COUNT(*) DESC, type LIMIT 50")],
                "sides": [(r[0], int(r[1])) for r in self.store.read(
                    "SELECT side, COUNT(*) FROM event_sides GROUP BY side "
                    "ORDER BY COUNT(*) DESC, side LIMIT 80")],
            }
            self._at = time.monotonic()
        return self._value
