"""Read articles from files, folders and JSONL into `Article` objects.

Every reader yields `Article` or `InputError` items, so one bad line or file is
reported (with its name and line) while the good ones go on through the pipeline.

JSONL input (``clashwatch.article.v1`` subset, one article per line)::

    {"id", "text", "title"?, "published"? (YYYY-MM-DD), "url"?, "html"?}

``html`` instead of ``text`` means: extract the main text first. Any of these files may
be gzip-compressed (``x.jsonl.gz``, ``x.txt.gz``, ``x.html.gz``).

Limits (``INGEST_*`` in settings) are checked before the work they protect: file size
before reading, line length while reading, decompressed size while decompressing, and
HTML size, tags and nesting before parsing. Text that is not English is skipped.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from clashwatch import settings
from clashwatch.errors import InputError
from clashwatch.ingest.chrome import clean_text, drop_consent_notices, has_prose
from clashwatch.ingest.compressed import inner_suffix, megabytes, open_input, read_capped
from clashwatch.ingest.feeds import (
    FEED_SUFFIXES,
    URL_LIST_SUFFIXES,
    LazyFetcher,
    is_url,
    iter_feed_file,
    iter_url,
    read_url_list,
)
from clashwatch.ingest.fetch import Fetcher
from clashwatch.ingest.html import extract_html
from clashwatch.ingest.language import ensure_english
from clashwatch.ingest.portal import article_from_portal, parse_portal_page
from clashwatch.ingest.warc import WARC_SUFFIXES, iter_warc
from clashwatch.model import Article

ReadResult = Article | InputError


def _cp1252_for_bad_bytes(err: UnicodeError) -> tuple[str, int]:
    """Decode error handler: bytes that are not UTF-8 are read as cp1252 (mixed pages)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start:err.end]
    return bytes(bad).decode("cp1252", errors="replace"), err.end


codecs.register_error("clashwatch.cp1252", _cp1252_for_bad_bytes)

# control characters other than tab, newlines and form feed: rare in any real text
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c")
_BINARY_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.1


def decode_bytes(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (UTF-16 with a BOM), with stray non-UTF-8 bytes read as cp1252;
    empty and binary data are refused."""
    if not data.strip():
        raise InputError(source, "empty input: no text to read")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    head = data[:_BINARY_SNIFF_BYTES]
    if b"\x00" in head:
        raise InputError(source, "binary data, not text (contains NUL bytes)")
    if sum(head.count(b) for b in _CONTROL_BYTES) > _MAX_CONTROL_SHARE * len(head):
        raise InputError(source, "binary data, not text (too many control characters)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # not UTF-8: a legacy page says its encoding in a <meta> tag (windows-1251, ...)
    charset = declared_charset(head)
    if charset:
        return data.decode(charset, errors="replace")
    # mixed encodings (a UTF-8 page with a pasted cp1252 quote) keep their UTF-8 parts
    return data.decode("utf-8-sig", errors="clashwatch.cp1252")


_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})",
                           re.I)


def declared_charset(head: bytes) -> str | None:
    """The encoding an HTML page declares in its first bytes, if Python knows it."""
    match = _META_CHARSET.search(head)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def article_from_text(raw: str, article_id: str, source: str, **meta: object) -> Article:
    """An Article from plain text or Markdown copied from a page (chrome removed)."""
    if len(raw) > settings.INGEST_MAX_TEXT_CHARS:
        raw = raw[: settings.INGEST_MAX_TEXT_CHARS]
    page = parse_portal_page(raw)
    if page:  # a current-events page: its own parts, not chrome to strip
        return article_from_portal(page, article_id, source, **meta)
    cleaned = clean_text(raw)
    if not cleaned.text.strip():
        raise InputError(source, "no article text found (only page chrome or comments)")
    text, had_notice = drop_consent_notices(cleaned.text)
    if had_notice and not has_prose(text):
        raise InputError(source, "no article text found: only a cookie or consent notice")
    ensure_english(text, source)
    title = meta.pop("title", None) or cleaned.title
    return Article(id=article_id, text=text, title=title,  # type: ignore[arg-type]
                   source=source, **meta)  # type: ignore[arg-type]


def read_file(path: Path) -> Article:
    """One text, Markdown or HTML file (gzip or not) as an Article; raises InputError."""
    source = display_name(path)
    is_html = inner_suffix(path) in settings.INGEST_HTML_SUFFIXES
    limit = settings.INGEST_MAX_HTML_BYTES if is_html else settings.INGEST_MAX_FILE_BYTES
    try:
        data = read_capped(path, source, limit)
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    text = decode_bytes(data, source)
    if is_html or _looks_like_html(text):
        return extract_html(text, article_id=display_name(Path(path.name)), source=source)
    return article_from_text(text, display_name(Path(path.name)), source)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def parse_published(value: object, source: str, line: int | None) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(source, f"'published' is not a YYYY-MM-DD date: {value!r}", line) from None


def clean_field(value: object) -> str | None:
    """A JSONL string field made safe to store: None unless a string; no NUL characters
    (PostgreSQL refuses them) and no lone surrogates (they cannot be encoded as UTF-8)."""
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", "")
    return value.encode("utf-8", errors="replace").decode("utf-8") if value else value


def article_from_record(record: object, source: str, line: int | None = None) -> Article:
    """An Article from one JSONL record; raises InputError naming the line."""
    if not isinstance(record, dict):
        raise InputError(source, "expected a JSON object per line", line)
    article_id = record.get("id", record.get("doc_id"))
    if article_id in (None, "") or isinstance(article_id, dict | list | bool):
        raise InputError(source, "missing 'id' (or not a string or number)", line)
    article_id = clean_field(str(article_id)) or ""
    published = parse_published(record.get("published"), source, line)
    url = clean_field(record.get("url"))
    meta = {"published": published, "url": url, "title": clean_field(record.get("title")),
            "publisher": clean_field(record.get("publisher"))}
    where = f"{source}:{line}" if line is not None else source
    text, html = clean_field(record.get("text")), clean_field(record.get("html"))
    if text and text.strip():
        try:
            return article_from_text(text, article_id, where, **meta)
        except InputError as exc:
            raise InputError(source, exc.problem, line) from None
    if html and html.strip():
        try:
            article = extract_html(html, article_id=article_id, source=where, url=url)
        except InputError as exc:
            raise InputError(source, exc.problem, line) from None
        article.published = published or article.published
        article.title = meta["title"] or article.title  # type: ignore[assignment]
        return article
    raise InputError(source, "no 'text' or 'html' to read", line)


def iter_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line or None when longer than `max_bytes`, length); memory stays
    within `max_bytes` however long a line is."""
    number = 0
    while raw := handle.readline(max_bytes + 1):
        number += 1
        if len(raw) <= max_bytes:
            yield number, raw, len(raw)
            continue
        length = len(raw)
        while not raw.endswith(b"\n") and (raw := handle.readline(1024 * 1024)):
            length += len(raw)  # skip the rest of the long line without keeping it
        yield number, None, length


def iter_jsonl(path: Path) -> Iterator[ReadResult]:
    """Stream a JSONL file (gzip or not): one Article or InputError per non-blank line."""
    source = display_name(path)
    limit = settings.INGEST_MAX_JSONL_BYTES
    try:
        if path.stat().st_size > limit:
            yield InputError(source, f"file too large (limit {megabytes(limit)}): split it")
            return
        handle = open_input(path, source, limit)
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    seen_any = False
    number = bad_in_a_row = 0
    try:
        with handle:
            if b"\x00" in handle.peek(_BINARY_SNIFF_BYTES)[:_BINARY_SNIFF_BYTES]:  # type: ignore[attr-defined]
                yield InputError(source, "binary data, not JSON lines (contains NUL bytes)")
                return
            for number, raw, length in iter_lines(handle, settings.INGEST_MAX_LINE_BYTES):
                if raw is not None and not raw.strip():
                    continue
                seen_any = True
                if raw is None:
                    result: ReadResult = InputError(
                        source, f"line too long ({length:,} bytes; limit "
                        f"{megabytes(settings.INGEST_MAX_LINE_BYTES)})", number)
                else:
                    result = read_jsonl_line(raw, source, number)
                bad_in_a_row = bad_in_a_row + 1 if isinstance(result, InputError) else 0
                yield result
                if bad_in_a_row >= settings.INGEST_MAX_BAD_LINES_IN_A_ROW:
                    yield InputError(source, f"stopped after {bad_in_a_row} bad lines in a "
                                     "row: is this a JSONL file?", number)
                    return
    except InputError as exc:  # the stream itself failed (a gzip bomb, a corrupt file)
        yield InputError(source, exc.problem, number + 1 if seen_any else None)
        return
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}", number + 1)
        return
    if not seen_any:
        yield InputError(source, "empty input: no JSON lines")


def read_jsonl_line(raw: bytes, source: str, number: int) -> ReadResult:
    """One JSONL line as an Article, or the InputError naming its line."""
    try:
        record = json.loads(raw.rstrip(b"\r\n").decode("utf-8-sig", errors="clashwatch.cp1252"))
    except json.JSONDecodeError as exc:
        return InputError(source, f"invalid JSON ({exc.msg} column {exc.colno})", number)
    except RecursionError:
        return InputError(source, "invalid JSON (nested too deep)", number)
    try:
        return article_from_record(record, source, number)
    except InputError as exc:
        return exc


def display_name(path: Path) -> str:
    """The path as printable, storable text (undecodable bytes in a file name replaced)."""
    return str(path).encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")


def iter_path(path: Path, fetchers: LazyFetcher | None = None) -> Iterator[ReadResult]:
    """Articles from a file or a folder (walked in sorted order); feeds and URL lists
    fetch their pages with `fetchers`."""
    fetchers = fetchers or LazyFetcher()
    if not path.exists():
        yield InputError(display_name(path), "no such file or directory")
        return
    if path.is_dir():
        try:
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and not p.name.startswith("."))
        except OSError as exc:
            yield InputError(display_name(path), f"cannot read folder: {exc.strerror or exc}")
            return
        readable = [p for p in files if inner_suffix(p) in _READABLE]
        if not readable:
            yield InputError(display_name(path), "folder holds no readable files "
                             f"(expected {', '.join(sorted(_READABLE))})")
        for file in readable:
            yield from iter_path(file, fetchers)
        return
    if not path.is_file():  # a FIFO or device would block or never end
        yield InputError(display_name(path), "not a regular file (a pipe, socket or device)")
        return
    if inner_suffix(path) in settings.INGEST_JSONL_SUFFIXES:
        yield from iter_jsonl(path)
        return
    special = iter_live_or_crawl(path, fetchers)
    if special is not None:
        yield from special
        return
    try:
        yield read_file(path)
    except InputError as exc:
        yield exc


def iter_live_or_crawl(path: Path, fetchers: LazyFetcher) -> Iterator[ReadResult] | None:
    """A WARC file, a saved feed or a URL list (by suffix or content), else None."""
    suffix = inner_suffix(path)
    source = display_name(path)
    if suffix in WARC_SUFFIXES:
        return iter_warc(path, source)
    if suffix in FEED_SUFFIXES:
        return iter_feed_file(path, source, fetchers)
    if suffix in URL_LIST_SUFFIXES or suffix in settings.INGEST_TEXT_SUFFIXES:
        urls = read_url_list(path, source) if path.stat().st_size <= settings.INGEST_MAX_FILE_BYTES else None
        if urls is not None:
            return (result for url in urls for result in iter_url(url, fetchers.get()))
        if suffix in URL_LIST_SUFFIXES:
            return iter([InputError(source, "not a URL list (one http:// or https:// URL a line)")])
    return None


# what a folder walk reads; a .xml file is read as a feed only when named on its own
# (a folder of pages may hold other XML)
_READABLE = set(settings.INGEST_TEXT_SUFFIXES + settings.INGEST_HTML_SUFFIXES
                + settings.INGEST_JSONL_SUFFIXES + WARC_SUFFIXES + URL_LIST_SUFFIXES
                + tuple(s for s in FEED_SUFFIXES if s != ".xml"))


def iter_inputs(inputs: Iterable[str], fetcher: Fetcher | None = None) -> Iterator[ReadResult]:
    """Articles from every input the user named, in order; URLs and feeds are fetched
    with `fetcher` (default: one made from settings when first needed)."""
    fetchers = LazyFetcher(fetcher)
    try:
        for item in inputs:
            if item == "-":
                yield InputError("-", "reading standard input is not supported; give a file")
                continue
            if is_url(item):
                yield from iter_url(item, fetchers.get())
                continue
            yield from iter_path(Path(os.path.expanduser(item)), fetchers)
    finally:
        fetchers.close()
