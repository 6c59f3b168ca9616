"""SQLite, the default store: embedded, zero set-up."""

from __future__ import annotations

import fcntl
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from clashwatch.errors import StoreError
from clashwatch.store.base import Store
from clashwatch.store.schema import SQLITE_FTS_STATEMENTS


class SQLiteStore(Store):
    placeholder = "?"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.url = str(self.path)
        super().__init__()

    def _connect(self) -> Any:
        if self.path.exists() and self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file")
        if not self.path.parent.exists():
            raise StoreError(f"{self.path}: folder {self.path.parent} does not exist")
        try:
            # isolation_level=None: we issue BEGIN ourselves so a write is one transaction
            conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None,
                                   check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a ClashWatch SQLite store ({exc})") from None
        return conn

    def fts_statements(self) -> list[str]:
        return list(SQLITE_FTS_STATEMENTS)

    def _begin(self):  # type: ignore[no-untyped-def]
        return _SQLiteTransaction(self.conn)

    @contextmanager
    def regroup_lock(self) -> Iterator[None]:
        """An exclusive lock on a sibling file: SQLite has no lock that outlives a
        transaction, and regrouping reads before it writes."""
        with open(self.path.parent / f".{self.path.name}.lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


class _SQLiteTransaction:
    """BEGIN IMMEDIATE takes the write lock up front: one writer at a time, no deadlock."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Cursor:
        self.conn.execute("BEGIN IMMEDIATE")
        self.cursor = self.conn.cursor()
        return self.cursor

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.cursor.close()
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
