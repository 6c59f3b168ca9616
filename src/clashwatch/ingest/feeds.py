"""Live sources: RSS/Atom feeds, single URLs and URL lists, read through `Fetcher`.

A feed is read in three steps:

1. Fetch it (conditional GET). Unchanged since the last completed run (304, or the same
   bytes): nothing new, so nothing is yielded.
2. Parse it (RSS 2.0, RSS 1.0/RDF and Atom; lxml without entity expansion, DTDs or
   network access) into items: link, title, date, and any full text the item carries.
3. Fetch each item's page (conditional GET as well) and extract its main text with the
   same HTML extraction as files (`ingest/html.py`). An item whose link cannot be read
   but whose feed entry carries a text long enough to be an article falls back to it.

Article ids come from the canonical URL (`store.base.canonical_url`, courlan), so a story
polled twice keeps its id, and the store's content hash makes a syndicated copy one
article with several sources. Every failure is one `InputError` naming the URL; the
other items and feeds go on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin

from clashwatch import settings
from clashwatch.errors import InputError
from clashwatch.ingest.fetch import Fetcher, FetchResult
from clashwatch.ingest.html import extract_html
from clashwatch.model import Article

ReadResult = Article | InputError

FEED_CONTENT_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                      "application/xml", "text/xml", "application/feed+xml"}
HTML_CONTENT_TYPES = {"text/html", "application/xhtml+xml"}
FEED_SUFFIXES = (".rss", ".atom", ".xml")
URL_LIST_SUFFIXES = (".urls",)
_FEED_ROOTS = {"rss", "feed", "RDF"}
# an item's own text replaces its page only when it is article-sized
_MIN_ITEM_TEXT_CHARS = 500
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass
class FeedItem:
    link: str | None
    title: str | None = None
    published: date | None = None
    content_html: str | None = None


class LazyFetcher:
    """The run's Fetcher, made on first use: most runs read no URL and need no httpx."""

    def __init__(self, fetcher: Fetcher | None = None) -> None:
        self.fetcher = fetcher
        self.owned = False

    def get(self) -> Fetcher:
        if self.fetcher is None:
            self.fetcher, self.owned = Fetcher(), True
        return self.fetcher

    def close(self) -> None:
        if self.owned and self.fetcher is not None:
            self.fetcher.close()


def iter_feed_file(path: Path, source: str, fetchers: LazyFetcher) -> Iterator[ReadResult]:
    """A feed saved as a file: its items' pages are fetched."""
    from clashwatch.ingest.readers import decode_bytes

    try:
        with path.open("rb") as handle:
            data = handle.read(settings.FETCH_MAX_BYTES + 1)
        if len(data) > settings.FETCH_MAX_BYTES:
            raise InputError(source, f"feed too large (limit {settings.FETCH_MAX_BYTES:,} bytes)")
        text = decode_bytes(data, source)
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    except InputError as exc:
        yield exc
        return
    yield from iter_feed(text, source, fetchers.get())


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def article_id_for(url: str) -> str:
    """A stable article id from the canonical URL: the same story polled twice."""
    from clashwatch.store.base import canonical_url

    return "url-" + hashlib.sha1((canonical_url(url) or url).encode("utf-8")).hexdigest()[:16]


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(node: object, *names: str) -> str | None:
    for child in node:  # type: ignore[attr-defined]
        if _local(child.tag) in names and (child.text or "").strip():
            return str(child.text).strip()
    return None


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])  # Atom, dc:date: ISO 8601
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value.strip()).date()  # RSS 2.0: RFC 822
    except (TypeError, ValueError, IndexError):
        return None


def _atom_link(entry: object) -> str | None:
    fallback = None
    for child in entry:  # type: ignore[attr-defined]
        if _local(child.tag) == "link" and child.get("href"):
            if child.get("rel") in (None, "alternate"):
                return str(child.get("href")).strip()
            fallback = fallback or str(child.get("href")).strip()
    return fallback


def looks_like_feed(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<?xml") and any(f"<{r.lower()}" in head for r in ("rss", "feed", "rdf:rdf")) \
        or head.startswith(("<rss", "<feed", "<rdf:rdf"))


def parse_feed(text: str, source: str, base_url: str | None = None) -> list[FeedItem]:
    """The items of an RSS or Atom feed, links made absolute; raises InputError."""
    from lxml import etree

    # lxml refuses a str with an encoding declaration; the text is decoded already
    text = _XML_DECLARATION.sub("", text, count=1)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, recover=False)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(source, f"not a readable RSS or Atom feed ({' '.join(str(exc).split())})") from None
    if _local(root.tag) not in _FEED_ROOTS:
        raise InputError(source, f"not an RSS or Atom feed (root element <{_local(root.tag)}>)")
    items = []
    for node in root.iter():
        name = _local(node.tag)
        if name == "item":  # RSS 2.0 (inside channel) and RSS 1.0 (beside it)
            link = _child_text(node, "link")
            guid = next((c for c in node if _local(c.tag) == "guid"), None)
            if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
                link = (guid.text or "").strip() or None
            published = _parse_date(_child_text(node, "pubDate", "date", "published"))
            content = _child_text(node, "encoded") or _child_text(node, "description")
        elif name == "entry":  # Atom
            link = _atom_link(node)
            published = _parse_date(_child_text(node, "published", "updated"))
            content = _child_text(node, "content") or _child_text(node, "summary")
        else:
            continue
        if link:
            link = urljoin(base_url or "", link)
        items.append(FeedItem(link, _child_text(node, "title"), published, content))
        if len(items) >= settings.FETCH_MAX_FEED_ITEMS:
            break
    return items


def decode_body(result: FetchResult, source: str) -> str:
    from clashwatch.ingest.readers import decode_bytes

    assert result.content is not None
    if result.charset:
        try:
            return result.content.decode(result.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(result.content, source)


def iter_url(url: str, fetcher: Fetcher) -> Iterator[ReadResult]:
    """A URL given by the user: a feed (its items' pages), an HTML page or a text."""
    try:
        result = fetcher.fetch(url)
        if result.unchanged:
            return  # handled by an earlier completed run
        text = decode_body(result, url)
    except InputError as exc:
        yield exc
        return
    if result.content_type in FEED_CONTENT_TYPES or looks_like_feed(text):
        yield from iter_feed(text, url, fetcher, base_url=result.url)
        return
    try:
        yield page_article(result, text, url)
    except InputError as exc:
        yield exc


def page_article(result: FetchResult, text: str, source: str) -> Article:
    """The article on a fetched page (HTML, or plain text)."""
    article_id = article_id_for(result.url)
    if result.content_type in HTML_CONTENT_TYPES or "<html" in text[:1000].lower():
        return extract_html(text, article_id=article_id, source=source, url=result.url)
    if result.content_type not in ("text/plain", "text/markdown", ""):
        raise InputError(source, f"not a news page or feed (content type {result.content_type})")
    from clashwatch.ingest.readers import article_from_text

    return article_from_text(text, article_id, source, url=result.url)


def iter_feed(text: str, source: str, fetcher: Fetcher | None,
              base_url: str | None = None) -> Iterator[ReadResult]:
    """The articles an RSS/Atom feed lists, each read from its page."""
    try:
        items = parse_feed(text, source, base_url)
    except InputError as exc:
        yield exc
        return
    arrived = True
    for item in items:
        for result in iter_item(item, source, fetcher):
            arrived = arrived and not getattr(result, "transient", False)
            yield result
    if not arrived and fetcher is not None:
        fetcher.state.forget(source)  # a page did not arrive: read the feed again next time


def iter_item(item: FeedItem, feed: str, fetcher: Fetcher | None) -> Iterator[ReadResult]:
    """The article of one feed item; an InputError whose `transient` is set when its
    page did not arrive (time-out, server error), as opposed to a page without news."""
    if not item.link:
        yield InputError(feed, f"feed item {item.title or '(untitled)'!r} has no link")
        return
    try:
        result = fetcher.fetch(item.link) if fetcher is not None else None
    except InputError as exc:
        fallback = _item_article(item)
        exc.transient = True  # type: ignore[attr-defined]
        yield fallback if fallback is not None else exc
        return
    if result is None or result.unchanged:
        return
    try:
        article = page_article(result, decode_body(result, item.link), item.link)
    except InputError as exc:
        fallback = _item_article(item)
        yield fallback if fallback is not None else exc
        return
    article.title = article.title or item.title
    article.published = article.published or item.published
    yield article


def _item_article(item: FeedItem) -> Article | None:
    """The item's own text as the article, when it carries one of article length."""
    if not item.link or not item.content_html or len(item.content_html) < _MIN_ITEM_TEXT_CHARS:
        return None
    html = f"<html><body><article><h1>{item.title or ''}</h1>{item.content_html}</article></body></html>"
    try:
        article = extract_html(html, article_id=article_id_for(item.link), source=item.link,
                               url=item.link)
    except InputError:
        return None
    article.title, article.published = item.title or article.title, item.published
    return article


def read_url_list(path: Path, source: str) -> list[str] | None:
    """The URLs of a URL list (one per line, # comments), or None if it is not one."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
            # an article's first line is not a URL: only a likely list is read whole
            first = next((ln.strip() for ln in head.splitlines()
                          if ln.strip() and not ln.startswith(b"#")), b"")
            if not is_url(first.decode("utf-8", errors="replace")):
                return None
            data = head + handle.read(settings.INGEST_MAX_FILE_BYTES)
    except OSError:
        return None
    try:
        lines = [line.strip() for line in data.decode("utf-8").splitlines()]
    except UnicodeDecodeError:
        return None
    urls = [line for line in lines if line and not line.startswith("#")]
    if urls and all(is_url(u) and " " not in u for u in urls):
        return urls
    return None
