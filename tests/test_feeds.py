"""Live feeds on a loopback HTTP server (issue 7): new items ingest once, a second poll
ingests nothing and downloads nothing, a syndicated copy is one article with two
sources, and a slow or broken feed is one line while the other feeds still ingest.
Never the internet: tests/feed_server.py serves everything on 127.0.0.1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from clashwatch.cli import main
from clashwatch.ingest.fetch import FetchOptions
from clashwatch.runner import ingest_into
from clashwatch.store import open_store
from feed_server import rss, serve

LOOPBACK = FetchOptions(allow_private=True, per_host_delay=0.0, timeout=1.0)


@pytest.fixture()
def site():
    with serve() as served:
        yield served


def test_feeds_new_items_ingest_exactly_once(site, tmp_path: Path) -> None:
    with open_store(tmp_path / "cw.db") as store:
        first = ingest_into(store, [f"{site.base}/feed.xml"], fetch_options=LOOPBACK)
        assert first.errors == []
        assert (first.added, first.duplicates) == (3, 0)
        stored = store.articles()
        assert sorted(a.url for a in stored) == [f"{site.base}/news/{n}.html" for n in (1, 2, 3)]
        assert all(a.title and a.text for a in stored)

        site.requests.clear()
        again = ingest_into(store, [f"{site.base}/feed.xml"], fetch_options=LOOPBACK)
        assert (again.added, again.duplicates, again.errors) == (0, 0, [])
        assert site.requests == [("/feed.xml", 304)]  # nothing downloaded again
        assert store.article_count() == 3


def test_feeds_changed_feed_fetches_only_new_pages(site, tmp_path: Path) -> None:
    with open_store(tmp_path / "cw.db") as store:
        ingest_into(store, [f"{site.base}/feed.xml"], fetch_options=LOOPBACK)
        _, body = site.feeds["/feed.xml"]
        site.feeds["/feed.xml"] = ("application/rss+xml", body.replace(
            "</channel>", "<item><title>Four</title><link>/news/4.html</link></item></channel>"))
        site.requests.clear()
        report = ingest_into(store, [f"{site.base}/feed.xml"], fetch_options=LOOPBACK)
        assert (report.added, report.errors) == (1, [])
        assert site.served("/news/", 200) == ["/news/4.html"]
        assert len(site.served("/news/", 304)) == 3  # old pages: If-Modified-Since


def test_feeds_syndicated_copy_is_one_article_with_two_sources(site, tmp_path: Path) -> None:
    with open_store(tmp_path / "cw.db") as store:
        ingest_into(store, [f"{site.base}/feed.xml"], fetch_options=LOOPBACK)
        report = ingest_into(store, [f"{site.base}/atom.xml"], fetch_options=LOOPBACK)
        assert (report.added, report.duplicates) == (1, 1)
        original = next(a for a in store.articles() if a.url.endswith("/news/1.html"))
        urls = sorted(s["url"] for s in store.article_sources(original.id))
    assert urls == [f"{site.base}/news/1.html", f"{site.base}/partner/copy-of-1.html"]


def test_feeds_slow_and_broken_feeds_fail_alone(site, tmp_path: Path) -> None:
    feeds = [f"{site.base}/slow.xml", f"{site.base}/broken.xml", f"{site.base}/missing.xml",
             f"{site.base}/feed.xml"]
    with open_store(tmp_path / "cw.db") as store:
        report = ingest_into(store, feeds, fetch_options=LOOPBACK)
    assert report.added == 3
    slow, broken, missing = report.errors
    assert slow == f"{site.base}/slow.xml: timed out after 1 s"
    assert broken.startswith(f"{site.base}/broken.xml: not a readable RSS or Atom feed (")
    assert missing == f"{site.base}/missing.xml: HTTP 404 Not Found"
    assert all("\n" not in e for e in report.errors)


def test_feeds_page_that_failed_to_arrive_is_fetched_next_poll(site, tmp_path: Path) -> None:
    held_back = site.pages.pop("/news/3.html")
    with open_store(tmp_path / "cw.db") as store:
        first = ingest_into(store, [f"{site.base}/feed.xml"], fetch_options=LOOPBACK)
        assert first.added == 2
        assert first.errors == [f"{site.base}/news/3.html: HTTP 404 Not Found"]
        site.pages["/news/3.html"] = held_back
        second = ingest_into(store, [f"{site.base}/feed.xml"], fetch_options=LOOPBACK)
        assert (second.added, second.errors) == (1, [])


def test_feeds_url_list_and_saved_feed_file(site, tmp_path: Path) -> None:
    urls = tmp_path / "reading.urls"
    urls.write_text(f"# pages to read\n{site.base}/news/1.html\n\n{site.base}/news/2.html\n")
    saved = tmp_path / "saved.rss"
    saved.write_text(rss([("Three", f"{site.base}/news/3.html")]), encoding="utf-8")
    with open_store(tmp_path / "cw.db") as store:
        report = ingest_into(store, [str(urls), str(saved)], fetch_options=LOOPBACK)
    assert (report.added, report.errors) == (3, [])


def test_feeds_watch_polls_until_max_polls(site, tmp_path: Path) -> None:
    db = str(tmp_path / "cw.db")
    result = CliRunner().invoke(main, ["watch", f"{site.base}/feed.xml", "--db", db,
                                       "--interval", "0", "--max-polls", "2",
                                       "--allow-private", "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert "poll 1: added 3, already stored 0" in result.stderr
    assert "poll 2: added 0, already stored 0" in result.stderr
    assert site.served("/feed.xml") == ["/feed.xml", "/feed.xml"]


def test_feeds_watch_reports_broken_feed_and_exits_2(site, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["watch", f"{site.base}/broken.xml", f"{site.base}/feed.xml",
                                       "--db", str(tmp_path / "cw.db"), "--once",
                                       "--allow-private", "--delay", "0", "-q"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {site.base}/broken.xml: not a readable")
