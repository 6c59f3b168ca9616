"""Main text and metadata of an HTML page, with trafilatura (comments excluded).

A hostile page must not crash, hang or exhaust memory, so before parsing:

1. Size: pages over `INGEST_MAX_HTML_BYTES` characters are refused (the tree would be
   about ten times that in memory).
2. Tags: over `INGEST_MAX_HTML_TAGS` tags are refused (parse and walk time grow with them).
3. Nesting: deeper than `INGEST_MAX_HTML_DEPTH` is refused; libxml2 would silently drop
   everything below level 256 and report a misleading "no text".

Then any parser failure (lxml errors, RecursionError) becomes a one-line InputError, and
a page whose only text is a cookie or consent notice is reported as such.
"""

from __future__ import annotations

import re
from datetime import date

from clashwatch import settings
from clashwatch.errors import InputError
from clashwatch.ingest.chrome import drop_consent_notices, has_prose
from clashwatch.ingest.language import ensure_english
from clashwatch.model import Article

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
# elements that never have content, or that the parser closes by itself when a sibling
# opens: they do not make the tree deeper, so the depth estimate skips them
_NOT_NESTING = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "a",
})
_RAW_TEXT_ELEMENTS = frozenset({"script", "style", "textarea", "title"})


def nesting_depth(html: str, stop_at: int) -> int:
    """Deepest element nesting, estimated from the tags alone; stops counting at `stop_at`."""
    depth = deepest = pos = 0
    lower = html.lower()
    while (match := _TAG.search(html, pos)) is not None:
        pos = match.end()
        closing, name, self_closing = match.groups()
        name = name.lower()
        if name in _RAW_TEXT_ELEMENTS and not closing:
            # their content is text, not tags: jump to the closing tag (or the end)
            end = lower.find(f"</{name}", pos)
            pos = len(html) if end < 0 else end
            continue
        if name in _NOT_NESTING or self_closing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
        if deepest > stop_at:
            break
    return deepest


def check_html_limits(html: str, source: str) -> None:
    """Raise InputError when a page is too big, has too many tags or nests too deep."""
    if len(html) > settings.INGEST_MAX_HTML_BYTES:
        raise InputError(source, f"HTML page too large ({len(html):,} characters; limit "
                         f"{settings.INGEST_MAX_HTML_BYTES:,})")
    tags = html.count("<")
    if tags > settings.INGEST_MAX_HTML_TAGS:
        raise InputError(source, f"HTML page has too many tags ({tags:,}; limit "
                         f"{settings.INGEST_MAX_HTML_TAGS:,})")
    limit = settings.INGEST_MAX_HTML_DEPTH
    if nesting_depth(html, limit) > limit:
        raise InputError(source, f"HTML nested too deep (more than {limit} levels): "
                         "cannot be parsed reliably")


def extract_html(html: str, article_id: str, source: str, url: str | None = None) -> Article:
    """An Article from an HTML page; raises InputError when it holds no article text."""
    check_html_limits(html, source)
    import trafilatura  # imported here: slow to import, and only HTML needs it

    try:
        # include_comments defaults to True in trafilatura: reader comments are not news.
        # The date from metadata only: htmldate's extensive search reads dates in the
        # text, photo captions included ("FILE - ..., Nov. 25, 2020" became 2020-01-01);
        # the text's date lines are read by `extract.dates`, which skips captions.
        doc = trafilatura.bare_extraction(
            html, url=url, include_comments=False, include_tables=False, with_metadata=True,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 - lxml, trafilatura: RecursionError and more
        raise InputError(source, f"HTML could not be parsed ({type(exc).__name__})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(source, "no article text found in the HTML page")
    text, had_notice = drop_consent_notices(text)
    if had_notice and not has_prose(text):
        raise InputError(source, "no article text found: the page is only a cookie or "
                         "consent notice")
    ensure_english(text, source)
    published = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    return Article(
        id=article_id, text=text, title=getattr(doc, "title", None),
        published=published, url=url or getattr(doc, "url", None),
        publisher=getattr(doc, "sitename", None), source=source,
    )
