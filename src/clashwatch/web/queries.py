"""Read-only queries behind the UI and the API. Parameterised SQL only.

Every value from a request reaches the database as a bound parameter; the only SQL
text built at run time is a fixed clause per filter field, chosen by the field being
set. Full-text search uses SQLite's FTS5 table (`events_fts`, see store/schema.py) and,
on PostgreSQL, ``to_tsvector('simple', coalesce(title, '') || ' ' || text)``: an
expression index on exactly that makes it fast there.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from clashwatch import settings
from clashwatch.model import Article, Event
from clashwatch.store.base import Store
from clashwatch.web.params import EventFilter

ORDER = " ORDER BY events.date_start DESC NULLS LAST, events.event_id"


def dialect(store: Store) -> str:
    return "sqlite" if store.placeholder == "?" else "postgresql"


def _like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class Query:
    """The FROM, WHERE and ORDER BY of a filter, and the WHERE's parameters."""

    source: str
    where: str
    params: list[Any]
    order: str

    def select(self, columns: str) -> str:
        return f"SELECT {columns} FROM {self.source}{self.where}{self.order}"


def build_query(store: Store, f: EventFilter) -> Query:
    """The SQL for a filter. A search on SQLite reads `events_fts` in its rowid order (the
    event's date key, see store/schema.py), so matches come newest first without a sort."""
    clauses: list[str] = []
    params: list[Any] = []
    sqlite = dialect(store) == "sqlite"
    source, order = "events", ORDER
    if f.terms and sqlite:
        # each word quoted: FTS5 reads it as a plain token, never as query syntax
        source = "events_fts JOIN events ON events.event_id = events_fts.event_id"
        order = " ORDER BY events_fts.rowid DESC"
        clauses.append("events_fts MATCH ?")
        params.append(" ".join(f'"{term}"' for term in f.terms))
    elif f.terms:
        clauses.append("events.event_id IN (SELECT event_id FROM articles WHERE "
                       "to_tsvector('simple', coalesce(title, '') || ' ' || text) "
                       "@@ plainto_tsquery('simple', ?))")
        params.append(" ".join(f.terms))
    if f.date_from:
        clauses.append("COALESCE(events.date_end, events.date_start) >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        clauses.append("events.date_start <= ?")
        params.append(f.date_to.isoformat())
    if f.country:
        # a correlated lookup on event_sides' (event_id, side) index: no list of every
        # event of a big party is built before the first page is found
        sides = ("EXISTS (SELECT 1 FROM event_sides s WHERE s.event_id = events.event_id "
                 "AND s.side = ?)")
        if sqlite:  # the SQLite triggers file the event's country among its sides too
            clauses.append(sides)
            params.append(f.country)
        else:
            clauses.append(f"(events.country = ? OR {sides})")
            params += [f.country, f.country]
    if f.place:
        like = "LIKE" if sqlite else "ILIKE"  # SQLite's LIKE already ignores ASCII case
        clauses.append(f"(events.place {like} ? ESCAPE '\\' OR events.admin1 {like} ? ESCAPE '\\')")
        params += [_like(f.place), _like(f.place)]
    if f.type:
        clauses.append("events.type = ?")
        params.append(f.type)
    if f.min_killed is not None:
        clauses.append("events.killed_best >= ?")
        params.append(f.min_killed)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return Query(source, where, params, order)


def count_events(store: Store, f: EventFilter, cap: int = settings.WEB_COUNT_CAP) -> int:
    """How many events match, counted up to `cap` (cap + 1 means 'more than cap')."""
    query = build_query(store, f)
    order = query.order if _count_in_page_order(store, f) else ""
    rows = store.read(f"SELECT COUNT(*) FROM (SELECT 1 FROM {query.source}{query.where}{order} "
                      "LIMIT ?) AS hits", [*query.params, cap + 1])
    return int(rows[0][0])


def _count_in_page_order(store: Store, f: EventFilter) -> bool:
    """Whether a capped count should read in the page's order (newest first).

    Left to itself, SQLite walks the date index up from the oldest event when `to` is
    set, and reads every match of a search before checking the other filters: both read
    far past the cap on a big store (~150 and ~400 ms at 100,000 events). In the page's
    order the scan stops after cap + 1 matches (~2 and ~40 ms). Other filters count
    faster in the planner's own order (an index on the filtered column)."""
    if dialect(store) != "sqlite":
        return False
    others = (f.date_from, f.date_to, f.country, f.place, f.type, f.min_killed)
    return f.date_to is not None or (bool(f.terms) and any(v is not None for v in others))


def list_events(store: Store, f: EventFilter, limit: int, offset: int = 0) -> list[Event]:
    """One page of matching events, newest first."""
    query = build_query(store, f)
    rows = store.read(query.select("events.data") + " LIMIT ? OFFSET ?",
                      [*query.params, limit, offset])
    return [Event.from_dict(json.loads(row[0])) for row in rows]


def iter_events(store: Store, f: EventFilter, limit: int = settings.WEB_EXPORT_MAX_EVENTS,
                batch: int = settings.WEB_EXPORT_BATCH) -> Iterator[Event]:
    """All matching events (up to `limit`) newest first, read a batch at a time."""
    query = build_query(store, f)
    ids = [row[0] for row in store.read(query.select("events.event_id") + " LIMIT ?",
                                        [*query.params, limit])]
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
