"""Store: SQLite by default, PostgreSQL for a shared server; one write path for both."""

from __future__ import annotations

import os
from pathlib import Path

from clashwatch import settings
from clashwatch.errors import StoreError
from clashwatch.store.base import Store


def default_db() -> str:
    return os.environ.get(settings.STORE_DB_ENV) or settings.STORE_DEFAULT_DB


def open_store(db: str | Path | None = None) -> Store:
    """A store from a SQLite path or a postgresql:// URL (default: $CLASHWATCH_DB or
    clashwatch.db in the working directory)."""
    target = str(db) if db else default_db()
    if target.startswith(("postgresql://", "postgres://")):
        try:
            from clashwatch.store.postgres import PostgresStore
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise StoreError(f"{target}: PostgreSQL support is not available ({exc})") from None
        return PostgresStore(target)
    from clashwatch.store.sqlite import SQLiteStore

    return SQLiteStore(target)


__all__ = ["Store", "open_store", "default_db"]
