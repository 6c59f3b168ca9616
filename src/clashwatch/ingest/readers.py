"""Read articles from files, folders and JSONL into `Article` objects.

Every reader yields `Article` or `InputError` items, so one bad line or file is
reported (with its name and line) while the good ones go on through the pipeline.

JSONL input (``clashwatch.article.v1`` subset, one article per line)::

    {"id", "text", "title"?, "published"? (YYYY-MM-DD), "url"?, "html"?}

``html`` instead of ``text`` means: extract the main text first.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from clashwatch import settings
from clashwatch.errors import InputError
from clashwatch.ingest.chrome import clean_text
from clashwatch.ingest.html import extract_html
from clashwatch.model import Article

ReadResult = Article | InputError


def decode_bytes(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8, else a single-byte fallback; binary data is refused."""
    if not data.strip():
        raise InputError(source, "empty input: no text to read")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary data, not text (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # mixed or legacy encodings: cp1252 covers most Western pages and never fails
        return data.decode("cp1252", errors="replace")


def article_from_text(raw: str, article_id: str, source: str, **meta: object) -> Article:
    """An Article from plain text or Markdown copied from a page (chrome removed)."""
    if len(raw) > settings.INGEST_MAX_TEXT_CHARS:
        raw = raw[: settings.INGEST_MAX_TEXT_CHARS]
    cleaned = clean_text(raw)
    if not cleaned.text.strip():
        raise InputError(source, "no article text found (only page chrome or comments)")
    title = meta.pop("title", None) or cleaned.title
    return Article(id=article_id, text=cleaned.text, title=title,  # type: ignore[arg-type]
                   source=source, **meta)  # type: ignore[arg-type]


def read_file(path: Path) -> Article:
    """One text, Markdown or HTML file as an Article; raises InputError."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    if size > settings.INGEST_MAX_FILE_BYTES:
        raise InputError(source, f"file too large ({size} bytes; limit "
                         f"{settings.INGEST_MAX_FILE_BYTES}): split it or use JSONL")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    text = decode_bytes(data, source)
    if path.suffix.lower() in settings.INGEST_HTML_SUFFIXES or _looks_like_html(text):
        return extract_html(text, article_id=path.name, source=source)
    return article_from_text(text, path.name, source)


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


def article_from_record(record: object, source: str, line: int | None = None) -> Article:
    """An Article from one JSONL record; raises InputError naming the line."""
    if not isinstance(record, dict):
        raise InputError(source, "expected a JSON object per line", line)
    article_id = record.get("id", record.get("doc_id"))
    if article_id in (None, ""):
        raise InputError(source, "missing 'id'", line)
    published = parse_published(record.get("published"), source, line)
    meta = {"published": published, "url": record.get("url"), "title": record.get("title"),
            "publisher": record.get("publisher")}
    where = f"{source}:{line}" if line is not None else source
    if isinstance(record.get("text"), str) and record["text"].strip():
        try:
            return article_from_text(record["text"], str(article_id), where, **meta)
        except InputError as exc:
            raise InputError(source, exc.problem, line) from None
    if isinstance(record.get("html"), str) and record["html"].strip():
        try:
            article = extract_html(record["html"], article_id=str(article_id), source=where,
                                   url=record.get("url"))
        except InputError as exc:
            raise InputError(source, exc.problem, line) from None
        article.published = published or article.published
        article.title = record.get("title") or article.title
        return article
    raise InputError(source, "no 'text' or 'html' to read", line)


def iter_jsonl(path: Path) -> Iterator[ReadResult]:
    """Stream a JSONL file: one Article or InputError per non-blank line."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        seen_any = False
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            seen_any = True
            if len(raw) > settings.INGEST_MAX_LINE_BYTES:
                yield InputError(source, f"line too long ({len(raw)} bytes)", number)
                continue
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                msg = getattr(exc, "msg", None) or "not valid UTF-8"
                yield InputError(source, f"invalid JSON ({msg})", number)
                continue
            try:
                yield article_from_record(record, source, number)
            except InputError as exc:
                yield exc
        if not seen_any:
            yield InputError(source, "empty input: no JSON lines")


def iter_path(path: Path) -> Iterator[ReadResult]:
    """Articles from a file or a folder (walked in sorted order)."""
    if not path.exists():
        yield InputError(str(path), "no such file or directory")
        return
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        readable = [p for p in files if p.suffix.lower() in _READABLE]
        if not readable:
            yield InputError(str(path), "folder holds no readable files "
                             f"(expected {', '.join(sorted(_READABLE))})")
        for file in readable:
            yield from iter_path(file)
        return
    if path.suffix.lower() in settings.INGEST_JSONL_SUFFIXES:
        yield from iter_jsonl(path)
        return
    try:
        yield read_file(path)
    except InputError as exc:
        yield exc


_READABLE = set(settings.INGEST_TEXT_SUFFIXES + settings.INGEST_HTML_SUFFIXES
                + settings.INGEST_JSONL_SUFFIXES)


def iter_inputs(inputs: Iterable[str]) -> Iterator[ReadResult]:
    """Articles from every input the user named, in order."""
    for item in inputs:
        if item == "-":
            yield InputError("-", "reading standard input is not supported; give a file")
            continue
        yield from iter_path(Path(os.path.expanduser(item)))
