"""Main text and metadata of an HTML page, with trafilatura (comments excluded)."""

from __future__ import annotations

from datetime import date

import trafilatura

from clashwatch.errors import InputError
from clashwatch.model import Article


def extract_html(html: str, article_id: str, source: str, url: str | None = None) -> Article:
    """An Article from an HTML page; raises InputError when it holds no article text."""
    # include_comments defaults to True in trafilatura: reader comments are not news
    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True,
        favor_precision=True,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(source, "no article text found in the HTML page")
    published = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    return Article(
        id=article_id, text=text.strip(), title=getattr(doc, "title", None),
        published=published, url=url or getattr(doc, "url", None),
        publisher=getattr(doc, "sitename", None), source=source,
    )
