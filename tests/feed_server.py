"""A real HTTP server on 127.0.0.1 for the feed and fetch tests (like scrapy's mockserver).

One endpoint per behaviour: feeds with validators, article pages made from real news
texts (tests/fixtures/gvc_dev_300.jsonl), a syndicated copy, redirects, a slow feed, a
broken one, a drip-feed, an oversized body and a gzip bomb. `requests` records what
was asked and answered, so tests can check that a second poll downloaded nothing.
"""

from __future__ import annotations

import gzip
import html
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "gvc_dev_300.jsonl"
SLOW_SECONDS = 5.0
LAST_MODIFIED = formatdate(1_600_000_000, usegmt=True)


def news_texts(count: int, skip: int = 0) -> list[dict]:
    """Real news articles (title, text) from the fixture, long enough to be articles."""
    found = []
    with FIXTURE.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if len(record.get("text", "")) > 800 and record.get("title"):
                found.append(record)
    return found[skip:skip + count]


def page(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
            f"<footer>Copyright News Site</footer></body></html>")


def rss(items: list[tuple[str, str]]) -> str:
    entries = "".join(f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
                      f"<pubDate>Mon, 14 Sep 2020 10:00:00 GMT</pubDate></item>"
                      for t, link in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Test news</title><link>/</link>{entries}</channel></rss>")


def atom(items: list[tuple[str, str]]) -> str:
    entries = "".join(f'<entry><title>{html.escape(t)}</title><link rel="alternate" '
                      f'href="{html.escape(link)}"/><id>{html.escape(link)}</id>'
                      f"<updated>2020-09-14T10:00:00Z</updated></entry>" for t, link in items)
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Test news</title>{entries}</feed>")


@dataclass
class Site:
    """What the server serves; tests may change it between polls."""

    base: str = ""
    pages: dict[str, str] = field(default_factory=dict)
    feeds: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> (type, body)
    requests: list[tuple[str, int]] = field(default_factory=list)

    def served(self, prefix: str = "", status: int | None = None) -> list[str]:
        return [p for p, s in self.requests if p.startswith(prefix) and status in (None, s)]


def build_site() -> Site:
    site = Site()
    articles = news_texts(4)
    for number, record in enumerate(articles[:3], start=1):
        site.pages[f"/news/{number}.html"] = page(record["title"], record["text"])
    # the same story as /news/1.html, syndicated under another address
    site.pages["/partner/copy-of-1.html"] = page(articles[0]["title"], articles[0]["text"])
    site.pages["/news/4.html"] = page(articles[3]["title"], articles[3]["text"])
    items = [(r["title"], f"/news/{n}.html") for n, r in enumerate(articles[:3], start=1)]
    site.feeds["/feed.xml"] = ("application/rss+xml", rss(items))
    site.feeds["/atom.xml"] = ("application/atom+xml", atom(
        [(articles[3]["title"], "/news/4.html"), (articles[0]["title"], "/partner/copy-of-1.html")]))
    site.feeds["/broken.xml"] = ("application/rss+xml", "<rss><channel><item><title>cut off")
    return site


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """About 50 KB of gzip that expands to 50 MB."""
    return gzip.compress(b"<html><body>" + b" " * (50 * 1024 * 1024), compresslevel=9)


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.site.requests.append((self.path, status))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        if path == "/slow.xml":
            time.sleep(SLOW_SECONDS)
            return self._send(200, rss([]).encode(), "application/rss+xml")
        if path == "/redirect":
            self.site.requests.append((self.path, 302))
            self.send_response(302)
            self.send_header("Location", query.get("to", ["/redirect"])[0])  # no target: a loop
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if path == "/drip":
            self.site.requests.append((self.path, 200))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"<p>drip</p>" * 10)
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            return None
        if path == "/big":
            return self._send(200, b"<html><body>" + b"x" * (3 * 1024 * 1024) + b"</body></html>")
        if path == "/bomb":
            return self._send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})
        if path == "/image.png":
            return self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        if path in self.site.feeds:
            ctype, body = self.site.feeds[path]
            etag = f'"{abs(hash(body))}"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304)
            return self._send(200, body.encode(), ctype,
                              {"ETag": etag, "Last-Modified": LAST_MODIFIED})
        if path in self.site.pages:
            # pages send Last-Modified only: the If-Modified-Since path
            if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                return self._send(304)
            return self._send(200, self.site.pages[path].encode(),
                              headers={"Last-Modified": LAST_MODIFIED})
        return self._send(404, b"not found")


@contextmanager
def serve(site: Site | None = None) -> Iterator[Site]:
    """Serve `site` (default: `build_site()`) on a free loopback port until the block ends."""
    site = site or build_site()
    gzip_bomb()  # made before serving, so its time does not count against a request
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.handle_error = lambda *args: None  # type: ignore[method-assign]  # a client hung up
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
