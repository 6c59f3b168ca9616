"""The store's schema, version ``clashwatch.store.v1``, written for SQLite and PostgreSQL.

Tables::

    meta(key PK, value)                      -- schema_version and store settings
    articles(id PK, canonical_url, content_hash, published, title, publisher, url,
             source, text, data JSON, event_id, ingested_at)
    article_sources(article_id, url, source) -- the same story seen at several addresses
    claims(id PK, article_id, status, count, count_min, count_max, qualifier, victim,
           side, claimant, claimant_side, date_start, date_end, place, lat, lon,
           aggregate, quote)
    events(event_id PK, date_start, date_end, place, admin1, country, lat, lon, type,
           summary, killed_best, wounded_best, data JSON, updated_at)
    event_articles(event_id, article_id PK, why)
    corrections(id PK, kind, data JSON, created_at)  -- analysts' merges and splits

`data` columns hold the full `Article.as_dict()` / `Event.as_dict()` (JSON text); the
other columns are copies kept for filtering and indexes. Migrations are numbered
statements in `MIGRATIONS`; `meta.schema_version` records how many have run.
"""

from __future__ import annotations

SCHEMA_NAME = "clashwatch.store.v1"

# Each entry is one migration: a list of statements valid on both SQLite and PostgreSQL.
MIGRATIONS: list[list[str]] = [
    [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
        """CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY, canonical_url TEXT, content_hash TEXT NOT NULL,
            published TEXT, title TEXT, publisher TEXT, url TEXT, source TEXT,
            text TEXT NOT NULL, data TEXT NOT NULL, event_id TEXT, ingested_at TEXT)""",
        "CREATE UNIQUE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)",
        "CREATE INDEX IF NOT EXISTS articles_url ON articles(canonical_url)",
        "CREATE INDEX IF NOT EXISTS articles_event ON articles(event_id)",
        """CREATE TABLE IF NOT EXISTS article_sources (
            article_id TEXT NOT NULL, url TEXT, source TEXT,
            UNIQUE (article_id, url, source))""",
        """CREATE TABLE IF NOT EXISTS claims (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL, status TEXT NOT NULL,
            count INTEGER, count_min INTEGER, count_max INTEGER, qualifier TEXT,
            victim TEXT, side TEXT, claimant TEXT, claimant_side TEXT, date_start TEXT,
            date_end TEXT, place TEXT, lat REAL, lon REAL, aggregate INTEGER, quote TEXT)""",
        "CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id)",
        """CREATE TABLE IF NOT EXISTS events (
            event_id TEXT PRIMARY KEY, date_start TEXT, date_end TEXT, place TEXT,
            admin1 TEXT, country TEXT, lat REAL, lon REAL, type TEXT, summary TEXT,
            killed_best INTEGER, wounded_best INTEGER, data TEXT NOT NULL, updated_at TEXT)""",
        "CREATE INDEX IF NOT EXISTS events_date ON events(date_start)",
        """CREATE TABLE IF NOT EXISTS event_articles (
            event_id TEXT NOT NULL, article_id TEXT PRIMARY KEY, why TEXT)""",
        "CREATE INDEX IF NOT EXISTS event_articles_event ON event_articles(event_id)",
        """CREATE TABLE IF NOT EXISTS corrections (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT)""",
    ],
    [
        # corrections made within one second must replay in the order they were made
        "ALTER TABLE corrections ADD COLUMN seq INTEGER",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)
