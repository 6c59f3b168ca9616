"""PostgreSQL, the shared store: several ingesters and a web server on one database.

Same schema (the migrations in `store/schema.py`), same write path and same answers as
SQLite. What differs, and why:

1. Dialect: migration statements are translated on the way in (`pg_statement`): `REAL`
   becomes `DOUBLE PRECISION` and `INTEGER` becomes `BIGINT` (SQLite's are 8 bytes; PG's
   4) and `TEXT` columns use the "C" collation, so text sorts bytewise as in SQLite.
2. Placeholders: `?` becomes `%s`, and a literal `%` is doubled for psycopg.
3. Concurrency: the connection is in autocommit mode and every `write` is one explicit
   transaction. Two ingesters at once must not store an article twice nor leave events
   half-replaced, so
   - migrations run under a session advisory lock (``CREATE TABLE IF NOT EXISTS`` races),
   - each article add takes a transaction advisory lock before it looks for a stored copy
     (its id, text hash or canonical URL): adds are short, so serialising them costs
     little next to extraction, and the unique indexes stay a last line of defence,
   - regrouping (read all articles, resolve, replace events) runs under a session
     advisory lock (`regroup_lock`), so the last regrouping sees every committed article.
4. Errors: a value the server refuses (a number out of range, a NUL character) rolls
   back that write only and is reported as a one-line `StoreError`.
5. Full-text search: a GIN index over the English `tsvector` of title and text
   (`fts_statements`), queried with `websearch_to_tsquery` (`text_match_sql`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from clashwatch.errors import StoreError, one_line
from clashwatch.model import Article
from clashwatch.store.base import Store, Transaction

T = TypeVar("T")

# advisory lock keys (any 64-bit numbers unique to ClashWatch)
LOCK_MIGRATE = 0x636C_6177_0001
LOCK_ARTICLES = 0x636C_6177_0002
LOCK_REGROUP = 0x636C_6177_0003

_TYPES = [(re.compile(r"\bREAL\b"), "DOUBLE PRECISION"), (re.compile(r"\bINTEGER\b"), "BIGINT"),
          (re.compile(r"\bTEXT\b(?! COLLATE)"), 'TEXT COLLATE "C"')]
FTS_DOCUMENT = "to_tsvector('english', coalesce(title, '') || ' ' || text)"


def pg_statement(statement: str) -> str:
    """A migration statement in PostgreSQL's dialect (column types only)."""
    if not statement.lstrip().upper().startswith(("CREATE TABLE", "ALTER TABLE")):
        return statement
    for pattern, replacement in _TYPES:
        statement = pattern.sub(replacement, statement)
    return statement


def pg_sql(sql: str) -> str:
    """Our `?` placeholders as psycopg's `%s`; literal percent signs doubled."""
    return sql.replace("%", "%%").replace("?", "%s")


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    return urlunsplit(parts._replace(netloc=netloc[0].split(":")[0] + ":***@" + netloc[1]))


class PgTransaction(Transaction):
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        self.cursor.execute(pg_sql(sql), tuple(params))
        return self.cursor


class PostgresStore(Store):
    placeholder = "%s"

    def __init__(self, url: str) -> None:
        self.url = redact(url)
        self._dsn = url
        super().__init__()

    def _connect(self) -> Any:
        import psycopg

        try:
            return psycopg.connect(self._dsn, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(one_line(f"{self.url}: cannot connect to PostgreSQL "
                                      f"({' '.join(str(exc).split())})")) from None

    @contextmanager
    def _begin(self) -> Iterator[Any]:
        with self.conn.transaction(), self.conn.cursor() as cursor:
            yield cursor

    def write(self, fn: Callable[[Transaction], T]) -> T:
        import psycopg

        try:
            with self._begin() as cursor:
                return fn(PgTransaction(cursor, self.placeholder))
        except psycopg.DataError as exc:  # the transaction is rolled back
            raise StoreError(one_line(f"{self.url}: value refused by PostgreSQL "
                                      f"({' '.join(str(exc).split())[:200]})")) from None

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self.conn.cursor() as cursor:
            cursor.execute(pg_sql(sql), tuple(params))
            return list(cursor.fetchall())

    # -- schema --------------------------------------------------------------------
    def migrate(self) -> None:
        try:
            with self._session_lock(LOCK_MIGRATE):
                super().migrate()
                self.write(lambda tx: [tx.execute(s) for s in self.fts_statements()])
        except BaseException:
            self.conn.close()  # the store is never returned: do not leak its connection
            raise

    def migration_statement(self, statement: str) -> str:
        return pg_statement(statement)

    def schema_version(self) -> int:
        if self.read("SELECT to_regclass('meta')")[0][0] is None:
            return 0
        return super().schema_version()

    def fts_statements(self) -> list[str]:
        return [f"CREATE INDEX IF NOT EXISTS articles_fts ON articles USING GIN ({FTS_DOCUMENT})"]

    def text_match_sql(self) -> str:
        return f"{FTS_DOCUMENT} @@ websearch_to_tsquery('english', ?)"

    # -- concurrency ---------------------------------------------------------------
    @contextmanager
    def _session_lock(self, key: int) -> Iterator[None]:
        self.read("SELECT pg_advisory_lock(?)", (key,))
        try:
            yield
        finally:
            self.read("SELECT pg_advisory_unlock(?)", (key,))

    def regroup_lock(self) -> Any:
        return self._session_lock(LOCK_REGROUP)

    def add_article_in(self, tx: Transaction, article: Article) -> str:
        # held to the end of this transaction: a concurrent ingester adding the same story
        # waits here, then finds the committed copy and records a source instead
        tx.execute("SELECT pg_advisory_xact_lock(?)", (LOCK_ARTICLES,))
        return super().add_article_in(tx, article)
