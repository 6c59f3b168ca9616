"""WARC crawls (issue 7): HTML responses become articles through the HTML extraction;
other records are skipped; broken files and pages without text are one line each.
The WARC files are written here with warcio from real news texts.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clashwatch import settings
from clashwatch.errors import InputError
from clashwatch.ingest import iter_inputs
from clashwatch.runner import ingest_into
from clashwatch.store import open_store
from feed_server import news_texts, page


def response(writer: WARCWriter, uri: str, body: bytes, status: str = "200 OK",
             ctype: str = "text/html; charset=utf-8") -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    # with its length given, warcio writes without a temporary file
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                  length=len(body), http_headers=http))


def write_crawl(path: Path, gzipped: bool = True) -> list[dict]:
    texts = news_texts(2)
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        req = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://news.example/a", "request",
                                                      payload=io.BytesIO(b""), length=0,
                                                      http_headers=req))
        response(writer, "https://news.example/a", page(texts[0]["title"], texts[0]["text"]).encode())
        response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
                 ctype="image/png")
        response(writer, "https://news.example/gone", b"<html>gone</html>", status="404 Not Found")
        response(writer, "https://news.example/menu", b"<html><head><title>Menu</title></head>"
                 b"<body><script>var page = 1;</script></body></html>")
        # a second capture of the first page, with tracking parameters: the same article
        response(writer, "https://news.example/a?utm_source=x",
                 page(texts[0]["title"], texts[0]["text"]).encode())
        response(writer, "https://news.example/b", page(texts[1]["title"], texts[1]["text"]).encode())
    return texts


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_responses_become_articles(tmp_path: Path, gzipped: bool) -> None:
    crawl = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_crawl(crawl, gzipped)
    results = list(iter_inputs([str(crawl)]))
    articles = [r for r in results if not isinstance(r, InputError)]
    errors = [str(r) for r in results if isinstance(r, InputError)]
    assert [a.url for a in articles] == ["https://news.example/a", "https://news.example/a?utm_source=x",
                                         "https://news.example/b"]
    assert articles[0].id == articles[1].id  # the canonical URL: one article
    assert all(a.source == str(crawl) for a in articles)
    assert errors == [f"{crawl}: record 6 (https://news.example/menu): no article text found in "
                      "the HTML page"]


def test_warc_ingest_stores_each_page_once(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    write_crawl(crawl)
    with open_store(tmp_path / "cw.db") as store:
        report = ingest_into(store, [str(crawl)])
        assert (report.added, report.duplicates, len(report.errors)) == (2, 1, 1)
        assert store.article_count() == 2
        again = ingest_into(store, [str(crawl)])
        assert (again.added, again.duplicates) == (0, 3)


def test_warc_truncated_file_is_one_line_after_good_records(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc"
    write_crawl(crawl, gzipped=False)
    data = crawl.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) - 700])  # inside the last page
    results = list(iter_inputs([str(cut)]))
    assert [r.url for r in results if not isinstance(r, InputError)] == [
        "https://news.example/a", "https://news.example/a?utm_source=x"]
    assert str(results[-1]) == (f"{cut}: record 8 (https://news.example/b): the file ends inside "
                                "this record (truncated)")


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty WARC file: no records"),
    (b"this is not a warc file at all\n" * 10, "not a WARC file (it does not begin with"),
    (gzip.compress(b"\x00" * 1000), "not a WARC file (it does not begin with"),
    (b"WARC/1.1\r\nWARC-Type: response\r\n", "not a readable WARC file after record 0 ("),
])
def test_warc_bad_files(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(content)
    results = list(iter_inputs([str(bad)]))
    assert len(results) == 1 and isinstance(results[0], InputError)
    assert str(results[0]).startswith(f"{bad}: {message}")


def test_warc_oversized_page_is_refused_unread(tmp_path: Path) -> None:
    crawl = tmp_path / "big.warc.gz"
    with crawl.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        words = b"<p>word</p>" * (settings.INGEST_MAX_HTML_BYTES // 10)
        response(writer, "https://news.example/huge", b"<html><body>" + words + b"</body></html>")
    results = list(iter_inputs([str(crawl)]))
    assert [str(r) for r in results] == [
        f"{crawl}: record 1 (https://news.example/huge): HTML page too large (limit "
        f"{settings.INGEST_MAX_HTML_BYTES:,} bytes)"]


def test_warc_without_html_pages(tmp_path: Path) -> None:
    crawl = tmp_path / "images.warc"
    with crawl.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        response(writer, "https://news.example/a.png", b"\x89PNG", ctype="image/png")
    assert [str(r) for r in iter_inputs([str(crawl)])] == [
        f"{crawl}: no HTML pages among its 1 WARC records"]
