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
    fetch_state(url PK, etag, last_modified, content_hash, fetched_at)  -- polite polling
    event_sides(event_id, side)              -- each event's sides and country (web filter)
    events_fts                               -- SQLite FTS5: each event's summary and reports

`data` columns hold the full `Article.as_dict()` / `Event.as_dict()` (JSON text); the
other columns are copies kept for filtering and indexes. Migrations are numbered
statements in `MIGRATIONS`; `meta.schema_version` records how many have run.
"""

from __future__ import annotations

SCHEMA_NAME = "clashwatch.store.v1"

# A migration statement replaced by the backend's own statements (`Store.fts_statements`):
# full-text search is FTS5 on SQLite and tsvector on PostgreSQL, and the triggers that keep
# `event_sides` current are dialect-specific too. On its own it is an SQL comment.
FTS_HOOK = "-- backend: full-text search and derived tables"

# SQLite's part of the web migration.
# `events_fts`: one row per event holding its summary, place and its reports' titles,
# publishers and texts. Its rowid is the event's order key, day * 2^24 + events.rowid
# (undated events: day 0), so a search reads matches newest first straight from the
# index and stops at a page (ORDER BY rowid DESC) instead of sorting every match.
# Triggers keep it current: `replace_events` deletes every event and inserts the new
# grouping, and the reports are already stored when their event is written.
# `event_sides`: each event's sides and country, for the country/party filter.
def _words(*columns: str) -> str:
    """Columns joined by spaces, NULLs as empty (SQLite 3.40 has no concat_ws)."""
    return " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)


SQLITE_EVENT_KEY = ("(CAST(COALESCE(julianday({row}.date_start), 0) AS INTEGER) * 16777216"
                    " + ({row}.rowid % 16777216))")
SQLITE_FTS_STATEMENTS: list[str] = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(
        event_id UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER IF NOT EXISTS events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts(rowid, event_id, body) SELECT {SQLITE_EVENT_KEY.format(row="new")},
            new.event_id, {_words("new.summary", "new.place", "new.admin1")} || ' ' || coalesce(
            (SELECT group_concat({_words("a.title", "a.publisher", "a.text")}, ' ')
             FROM articles a WHERE a.id IN (SELECT value FROM json_each(new.data, '$.article_ids'))), '');
        INSERT OR IGNORE INTO event_sides(event_id, side)
        SELECT new.event_id, key FROM json_each(new.data, '$.by_side') WHERE key <> 'unknown';
        INSERT OR IGNORE INTO event_sides(event_id, side)
        SELECT new.event_id, new.country WHERE new.country IS NOT NULL; END""",
    f"""CREATE TRIGGER IF NOT EXISTS events_fts_delete AFTER DELETE ON events BEGIN
        DELETE FROM events_fts WHERE rowid = {SQLITE_EVENT_KEY.format(row="old")};
        DELETE FROM event_sides WHERE event_id = old.event_id; END""",
    # when the last event goes (every regrouping starts so), nothing stale may stay even
    # if a VACUUM renumbered rowids since the keys were made
    """CREATE TRIGGER IF NOT EXISTS events_fts_emptied AFTER DELETE ON events
        WHEN NOT EXISTS (SELECT 1 FROM events) BEGIN
        DELETE FROM events_fts; DELETE FROM event_sides; END""",
    f"""INSERT INTO events_fts(rowid, event_id, body) SELECT {SQLITE_EVENT_KEY.format(row="e")},
        e.event_id, {_words("e.summary", "e.place", "e.admin1")} || ' ' || coalesce(
        (SELECT group_concat({_words("a.title", "a.publisher", "a.text")}, ' ')
         FROM articles a WHERE a.event_id = e.event_id), '') FROM events e""",
    """INSERT OR IGNORE INTO event_sides(event_id, side)
        SELECT events.event_id, j.key FROM events, json_each(events.data, '$.by_side') AS j
        WHERE j.key <> 'unknown'""",
    """INSERT OR IGNORE INTO event_sides(event_id, side)
        SELECT event_id, country FROM events WHERE country IS NOT NULL""",
]

META_TABLE = "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"
# Each entry is one migration: a list of statements valid on both SQLite and PostgreSQL.
MIGRATIONS: list[list[str]] = [
    [
        META_TABLE,
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
    # 2: conditional-GET validators of fetched URLs and feeds (ingest/fetch.py)
    [
        """CREATE TABLE IF NOT EXISTS fetch_state (
            url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, content_hash TEXT,
            fetched_at TEXT)""",
    ],
    # 3: web: indexes behind the timeline filters, a table of each event's sides (for the
    # country/party filter) and the backend's full-text search (FTS_HOOK, see below)
    [
        """CREATE TABLE IF NOT EXISTS event_sides (
            event_id TEXT NOT NULL, side TEXT NOT NULL, UNIQUE (event_id, side))""",
        "CREATE INDEX IF NOT EXISTS event_sides_side ON event_sides(side, event_id)",
        "CREATE INDEX IF NOT EXISTS events_country_date ON events(country, date_start)",
        "CREATE INDEX IF NOT EXISTS events_type_date ON events(type, date_start)",
        "CREATE INDEX IF NOT EXISTS events_killed ON events(killed_best)",
        "CREATE INDEX IF NOT EXISTS events_order ON events(date_start DESC, event_id)",
        FTS_HOOK,
    ],
    # 4: corrections made within one second must replay in the order they were made
    [
        "ALTER TABLE corrections ADD COLUMN seq INTEGER",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)
