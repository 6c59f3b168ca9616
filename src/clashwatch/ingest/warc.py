"""Crawls: WARC (and ARC) files, e.g. a news crawl, streamed record by record (warcio).

Only one record is in memory at a time, and only its first `INGEST_MAX_HTML_BYTES`
(decoded: a compressed body cannot expand past that); the rest of a record is skipped
unread into memory. Which records become articles:

1. `response` records with HTTP status 200 and an HTML content type, and `resource`
   records with an HTML content type (what wget and browsers' archivers write);
2. requests, metadata, redirects, errors, images and scripts are skipped silently: a
   crawl is mostly those.

Each HTML body goes through the same extraction as an HTML file (`ingest/html.py`),
with the record's target URI as the article's URL; the article id comes from the
canonical URI, so two captures of one page are one article. A page without article
text is one `InputError` naming the file, the record number and the URI; a file that
breaks off is one error after the records read so far.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from clashwatch import settings
from clashwatch.errors import InputError
from clashwatch.model import Article

WARC_SUFFIXES = (".warc", ".arc")  # also .warc.gz and .arc.gz (per-record gzip)
_MAGIC = (b"WARC/", b"filedesc:")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _html_charset(content_type: str | None) -> tuple[bool, str | None]:
    """Whether a Content-Type is HTML, and the charset it names."""
    if not content_type:
        return False, None
    parts = [p.strip() for p in content_type.split(";")]
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in parts[1:]
                    if p.lower().startswith("charset=")), None)
    return parts[0].lower() in _HTML_TYPES, charset


def iter_warc(path: Path, source: str) -> Iterator[Article | InputError]:
    """Articles from the HTML pages archived in a WARC/ARC file (gzip or not)."""
    from warcio.archiveiterator import ArchiveIterator

    from clashwatch.ingest.feeds import article_id_for
    from clashwatch.ingest.html import extract_html
    from clashwatch.ingest.readers import decode_bytes

    number = 0
    pages = 0
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        problem = _not_warc(handle)
        if problem:
            yield InputError(source, problem)
            return
        records = ArchiveIterator(handle, arc2warc=True)
        try:
            for number, record in enumerate(records, start=1):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "response":
                    http = record.http_headers
                    if http is None or http.get_statuscode() != "200":
                        continue
                    is_html, charset = _html_charset(http.get_header("Content-Type"))
                elif record.rec_type == "resource":
                    is_html, charset = _html_charset(record.rec_headers.get_header("Content-Type"))
                else:
                    continue
                if not is_html or not uri.startswith(("http://", "https://")):
                    continue
                pages += 1
                where = f"record {number} ({uri})"
                body = record.content_stream().read(settings.INGEST_MAX_HTML_BYTES + 1)
                records.read_to_end(record)  # skips the rest, in blocks
                if getattr(record.raw_stream, "limit", 0) > 0:
                    yield InputError(source, f"{where}: the file ends inside this record "
                                     "(truncated)")
                    return
                if len(body) > settings.INGEST_MAX_HTML_BYTES:
                    yield InputError(source, f"{where}: HTML page too large (limit "
                                     f"{settings.INGEST_MAX_HTML_BYTES:,} bytes)")
                    continue
                try:
                    text = _decode(body, charset, source, decode_bytes)
                    yield extract_html(text, article_id=article_id_for(uri), source=source, url=uri)
                except InputError as exc:
                    yield InputError(source, f"{where}: {exc.problem}")
        except Exception as exc:  # noqa: BLE001 - warcio, gzip, zlib: a file broken off
            detail = " ".join(str(exc).split())[:200] or type(exc).__name__
            yield InputError(source, f"not a readable WARC file after record {number} ({detail})")
            return
    if number == 0:
        yield InputError(source, "empty WARC file: no records")
    elif pages == 0:
        yield InputError(source, f"no HTML pages among its {number} WARC records")


def _not_warc(handle: BinaryIO) -> str | None:
    """Why the file is not a WARC/ARC file, from its first bytes; None when it may be.
    Leaves the file at its start."""
    head = handle.read(512)
    handle.seek(0)
    if not head:
        return "empty WARC file: no records"
    if head.startswith(b"\x1f\x8b"):
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(head)).read(16)
        except (OSError, EOFError, zlib.error):
            pass  # a first member longer than 512 bytes: its start decompressed below
        if not head.startswith(_MAGIC):
            with gzip.GzipFile(fileobj=handle) as member:
                try:
                    head = member.read(16)
                except (OSError, EOFError, zlib.error):
                    head = b""
            handle.seek(0)
    if head.lstrip().startswith(_MAGIC):
        return None
    return "not a WARC file (it does not begin with a WARC/1.x or ARC record)"


def _decode(body: bytes, charset: str | None, source: str, decode_bytes: object) -> str:
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(body, source)  # type: ignore[operator, no-any-return]
