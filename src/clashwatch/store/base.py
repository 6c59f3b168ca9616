"""The store: articles, claims and events, behind one write path.

Every write goes through `Store.write`, which runs a function inside one
transaction (like datasette's `execute_write_fn`): a failure rolls back that
article or that regrouping and leaves everything already stored intact.
Backends differ only in how they connect and spell a placeholder.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from typing import Any, TypeVar

from clashwatch.errors import StoreError
from clashwatch.model import Article, Event, iso
from clashwatch.store.schema import FTS_HOOK, META_TABLE, MIGRATIONS, SCHEMA_NAME, SCHEMA_VERSION

T = TypeVar("T")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def canonical_url(url: str | None) -> str | None:
    """The URL without tracking parameters and fragments, for de-duplication."""
    if not url:
        return None
    try:
        from courlan import normalize_url

        return str(normalize_url(url, strict=True))
    except Exception:  # noqa: BLE001 - courlan raises several types on odd URLs
        return url.strip()


class Transaction:
    """A cursor inside `Store.write`, with the backend's placeholder style."""

    def __init__(self, cursor: Any, placeholder: str) -> None:
        self.cursor = cursor
        self.placeholder = placeholder

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        self.cursor.execute(sql.replace("?", self.placeholder), tuple(params))
        return self.cursor

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(self.execute(sql, params).fetchall())


class Store:
    """Base class: subclasses set `placeholder` and implement `_connect`."""

    placeholder = "?"
    url = ""

    def __init__(self) -> None:
        self.conn = self._connect()
        self.migrate()

    # -- backend hooks -------------------------------------------------------------
    def _connect(self) -> Any:
        raise NotImplementedError

    @contextmanager
    def _begin(self) -> Iterator[Any]:
        """A cursor inside a transaction; commit on success, roll back on error."""
        cursor = self.conn.cursor()
        try:
            yield cursor
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        finally:
            cursor.close()

    # -- the one write path --------------------------------------------------------
    def write(self, fn: Callable[[Transaction], T]) -> T:
        """Run `fn` in one transaction: all of it lands, or none of it."""
        with self._begin() as cursor:
            return fn(Transaction(cursor, self.placeholder))

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        cursor = self.conn.cursor()
        try:
            cursor.execute(sql.replace("?", self.placeholder), tuple(params))
            return list(cursor.fetchall())
        finally:
            cursor.close()
            self._end_read()

    def _end_read(self) -> None:
        """Backends whose reads open a transaction close it here."""

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema --------------------------------------------------------------------
    def migrate(self) -> None:
        """Run the migrations this store has not seen yet."""
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.url}: store schema version {version} is newer than this "
                             f"ClashWatch understands ({SCHEMA_VERSION}); upgrade ClashWatch")
        if version < SCHEMA_VERSION:
            self.write(self._run_migrations)

    def _run_migrations(self, tx: Transaction) -> None:
        """All pending migrations in one transaction. The version is read again under the
        write lock: another process opening the same new store may have run them already."""
        tx.execute(META_TABLE)  # idempotent; the version lives there
        for number in range(self._version_in(tx), SCHEMA_VERSION):
            for statement in MIGRATIONS[number]:
                # the web migration's full-text search is the backend's own SQL
                for sql in (self.fts_statements() if statement == FTS_HOOK
                            else [self.migration_statement(statement)]):
                    tx.execute(sql)
        tx.execute("DELETE FROM meta WHERE key IN ('schema_version', 'schema_name')")
        tx.execute("INSERT INTO meta(key, value) VALUES (?, ?)",
                   ("schema_version", str(SCHEMA_VERSION)))
        tx.execute("INSERT INTO meta(key, value) VALUES (?, ?)", ("schema_name", SCHEMA_NAME))

    def migration_statement(self, statement: str) -> str:
        """A migration statement in this backend's dialect (as written: SQLite's)."""
        return statement

    def fts_statements(self) -> list[str]:
        """Statements (idempotent) that create this backend's full-text index, if any."""
        return []

    def text_match_sql(self) -> str:
        """A WHERE fragment with one `?` (the user's query) matching articles by text;
        PostgreSQL uses its full-text index, others a plain substring test."""
        return "(coalesce(title, '') || ' ' || text) LIKE '%' || ? || '%'"

    def regroup_lock(self) -> AbstractContextManager[object]:
        """Held while all articles are read, regrouped and the events replaced, so two
        ingesters at once cannot write a grouping that misses the other's articles."""
        return nullcontext()

    @staticmethod
    def _version_in(tx: Transaction) -> int:
        rows = tx.fetchall("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(rows[0][0]) if rows else 0

    def schema_version(self) -> int:
        try:
            rows = self.read("SELECT value FROM meta WHERE key = 'schema_version'")
        except Exception:  # noqa: BLE001 - no meta table yet: a new store
            self.conn.rollback()
            return 0
        return int(rows[0][0]) if rows else 0

    # -- articles ------------------------------------------------------------------
    def add_article(self, article: Article) -> str:
        """Store an extracted article; returns 'added', or 'duplicate' when already held.

        The same id, or the same text (a syndicated copy), is one article: the new
        address is recorded as another source of the stored one.
        """
        return self.write(lambda tx: self.add_article_in(tx, article))

    def add_article_in(self, tx: Transaction, article: Article) -> str:
        canon = canonical_url(article.url)
        existing = tx.fetchall(
            "SELECT id FROM articles WHERE id = ? OR content_hash = ?"
            + (" OR canonical_url = ?" if canon else ""),
            (article.id, article.content_hash, *([canon] if canon else [])),
        )
        if existing:
            self._add_source_in(tx, existing[0][0], article.url, article.source)
            return "duplicate"
        tx.execute(
            "INSERT INTO articles(id, canonical_url, content_hash, published, title, publisher,"
            " url, source, text, data, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (article.id, canon, article.content_hash, iso(article.published), article.title,
             article.publisher, article.url, article.source, article.text,
             json.dumps(article.as_dict(), ensure_ascii=False), _now()),
        )
        self._add_source_in(tx, article.id, article.url, article.source)
        for number, claim in enumerate(article.claims):
            tx.execute(
                "INSERT INTO claims(id, article_id, status, count, count_min, count_max,"
                " qualifier, victim, side, claimant, claimant_side, date_start, date_end,"
                " place, lat, lon, aggregate, quote) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (f"{article.id}#{number}", article.id, claim.status, claim.count,
                 claim.count_min, claim.count_max, claim.qualifier, claim.victim, claim.side,
                 claim.claimant, claim.claimant_side, iso(claim.date_start),
                 iso(claim.date_end), claim.place, claim.lat, claim.lon,
                 int(claim.aggregate), claim.quote),
            )
        return "added"

    def _add_source_in(self, tx: Transaction, article_id: str, url: str | None,
                       source: str | None) -> None:
        """Record where an article was read, once: the UNIQUE constraint treats NULL urls
        as all different, so a file without a URL would gain a row at every ingest."""
        held = tx.fetchall("SELECT url, source FROM article_sources WHERE article_id = ?",
                           (article_id,))
        if (url, source) not in {(row[0], row[1]) for row in held}:
            tx.execute("INSERT INTO article_sources(article_id, url, source) VALUES (?, ?, ?) "
                       "ON CONFLICT DO NOTHING", (article_id, url, source))

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        if ids is None:
            rows = self.read("SELECT data FROM articles ORDER BY published NULLS FIRST, id")
        else:
            rows = []
            for start in range(0, len(ids), 500):
                chunk = list(ids[start:start + 500])
                marks = ",".join("?" * len(chunk))
                rows += self.read(f"SELECT data FROM articles WHERE id IN ({marks})", chunk)
        return [Article.from_dict(json.loads(r[0])) for r in rows]

    def article_count(self) -> int:
        return int(self.read("SELECT COUNT(*) FROM articles")[0][0])

    def article_sources(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.read("SELECT url, source FROM article_sources WHERE article_id = ?",
                         (article_id,))
        return [{"url": r[0], "source": r[1]} for r in rows]

    # -- events --------------------------------------------------------------------
    def replace_events(self, events: Sequence[Event]) -> None:
        """Write the current grouping: events, memberships and each article's event."""
        self.write(lambda tx: self.replace_events_in(tx, events))

    def replace_events_in(self, tx: Transaction, events: Sequence[Event]) -> None:
        tx.execute("DELETE FROM event_articles")
        tx.execute("DELETE FROM events")
        tx.execute("UPDATE articles SET event_id = NULL")
        for event in events:
            tx.execute(
                "INSERT INTO events(event_id, date_start, date_end, place, admin1, country, lat,"
                " lon, type, summary, killed_best, wounded_best, data, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (event.event_id, iso(event.date_start), iso(event.date_end), event.place,
                 event.admin1, event.country, event.lat, event.lon, event.type, event.summary,
                 event.killed.best, event.wounded.best,
                 json.dumps(event.as_dict(), ensure_ascii=False), _now()),
            )
            for article_id in event.article_ids:
                tx.execute("INSERT INTO event_articles(event_id, article_id, why) VALUES (?,?,?)",
                           (event.event_id, article_id, event.membership.get(article_id)))
                tx.execute("UPDATE articles SET event_id = ? WHERE id = ?",
                           (event.event_id, article_id))

    def events(self) -> list[Event]:
        rows = self.read("SELECT data FROM events ORDER BY date_start DESC NULLS LAST, event_id")
        return [Event.from_dict(json.loads(r[0])) for r in rows]

    def event(self, event_id: str) -> Event | None:
        rows = self.read("SELECT data FROM events WHERE event_id = ?", (event_id,))
        return Event.from_dict(json.loads(rows[0][0])) if rows else None

    # -- analysts' corrections -----------------------------------------------------
    def add_correction(self, kind: str, data: dict[str, Any]) -> str:
        correction_id = uuid.uuid4().hex

        def run(tx: Transaction) -> None:
            seq = tx.fetchall("SELECT COALESCE(MAX(seq), 0) + 1 FROM corrections")[0][0]
            tx.execute("INSERT INTO corrections(id, kind, data, created_at, seq) "
                       "VALUES (?,?,?,?,?)", (correction_id, kind, json.dumps(data), _now(), seq))

        self.write(run)
        return correction_id

    def corrections(self) -> list[dict[str, Any]]:
        """Corrections in the order they were made: {"kind", "id", **data}."""
        return [{k: v for k, v in c.items() if k != "created_at"} for c in self.correction_log()]

    def correction_log(self) -> list[dict[str, Any]]:
        """Every correction with its id and time, oldest first (same second: by `seq`)."""
        rows = self.read("SELECT id, kind, data, created_at FROM corrections "
                         "ORDER BY created_at, COALESCE(seq, 0), id")
        return [{"id": r[0], "kind": r[1], "created_at": r[3], **json.loads(r[2])} for r in rows]

    def add_correction_and_regroup(self, kind: str, data: dict[str, Any],
                                   regroup: Callable[[list[dict[str, Any]]], Sequence[Event]]
                                   ) -> tuple[str, list[Event]]:
        """Record a correction and store the regrouping it gives, in one transaction.

        `regroup` gets all corrections (the new one last) and returns the new events;
        when it raises, nothing is stored.
        """
        correction_id = uuid.uuid4().hex
        events = list(regroup(self.corrections() + [{"kind": kind, "id": correction_id, **data}]))

        def run(tx: Transaction) -> None:
            seq = tx.fetchall("SELECT COALESCE(MAX(seq), 0) + 1 FROM corrections")[0][0]
            tx.execute("INSERT INTO corrections(id, kind, data, created_at, seq) "
                       "VALUES (?,?,?,?,?)", (correction_id, kind, json.dumps(data), _now(), seq))
            self.replace_events_in(tx, events)

        self.write(run)
        return correction_id, events
