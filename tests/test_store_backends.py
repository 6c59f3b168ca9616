"""The store behaves the same on SQLite and on a real PostgreSQL server (issue 7).

Every test here runs once per backend through the `store_db` fixture (tests/conftest.py):
a SQLite file, and a fresh database on the session's PostgreSQL server.
"""

from __future__ import annotations

from datetime import date

import pytest

from clashwatch.errors import StoreError
from clashwatch.model import Article, Claim, Estimate, Event
from clashwatch.store import open_store
from clashwatch.store.schema import SCHEMA_NAME, SCHEMA_VERSION


def article(article_id: str, text: str, url: str | None = None,
            published: date | None = None, count: int | None = 3) -> Article:
    claims = [Claim(status="killed", count=count, claimant="the ministry", side="ARM",
                    quote=text[:40], lat=40.123456789, lon=46.987654321)]
    return Article(id=article_id, text=text, title=f"Title {article_id}", url=url,
                   published=published, source=f"test:{article_id}", claims=claims)


def event(event_id: str, ids: list[str], start: date | None) -> Event:
    return Event(event_id=event_id, article_ids=ids, date_start=start, date_end=start,
                 place="Tavush", summary=f"Event {event_id}.", killed=Estimate(1, 2, 3, "r"),
                 membership={i: "test" for i in ids})


def test_store_migrations_record_schema_version(store_db: str) -> None:
    with open_store(store_db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        name = store.read("SELECT value FROM meta WHERE key = 'schema_name'")
    assert name == [(SCHEMA_NAME,)]
    with open_store(store_db) as again:  # re-opening runs nothing twice
        assert again.schema_version() == SCHEMA_VERSION
        assert len(again.read("SELECT key FROM meta")) == 2


def test_store_newer_schema_is_refused(store_db: str) -> None:
    with open_store(store_db) as store:
        store.write(lambda tx: tx.execute("UPDATE meta SET value = ? WHERE key = ?",
                                          (str(SCHEMA_VERSION + 1), "schema_version")))
    with pytest.raises(StoreError, match="newer than this ClashWatch"):
        open_store(store_db)


@pytest.mark.parametrize("second", [
    pytest.param(dict(article_id="a1", text="Another text entirely."), id="same-id"),
    pytest.param(dict(article_id="copy", text="Shelling  hit the VILLAGE on Monday."), id="same-text"),
    pytest.param(dict(article_id="other", text="A different story.",
                      url="https://example.org/story?utm_source=feed#top"), id="same-url"),
])
def test_store_duplicate_is_one_article_with_sources(store_db: str, second: dict) -> None:
    with open_store(store_db) as store:
        first = article("a1", "Shelling hit the village on Monday.", url="https://example.org/story")
        assert store.add_article(first) == "added"
        assert store.add_article(article(**second)) == "duplicate"
        assert store.article_count() == 1
        assert len(store.article_sources("a1")) == 2
        assert store.add_article(article(**second)) == "duplicate"  # the same source once
        assert len(store.article_sources("a1")) == 2
        assert len(store.read("SELECT id FROM claims")) == 1


def test_store_article_round_trip_keeps_values(store_db: str) -> None:
    original = article("r1", "Text with ümlauts, «quotes» and 100% figures.",
                       published=date(2020, 9, 27))
    with open_store(store_db) as store:
        store.add_article(original)
        back = store.articles(["r1"])[0]
        row = store.read("SELECT lat, lon, count FROM claims WHERE article_id = ?", ("r1",))
    assert back.as_dict() == original.as_dict()
    assert row == [(40.123456789, 46.987654321, 3)]  # 8-byte floats on both backends


def test_store_orders_alike(store_db: str) -> None:
    with open_store(store_db) as store:
        for article_id, day in [("b", date(2020, 9, 28)), ("a", None), ("C", date(2020, 9, 28)),
                                ("d", date(2020, 9, 27))]:
            store.add_article(article(article_id, f"Text of {article_id}.", published=day))
        assert [a.id for a in store.articles()] == ["a", "d", "C", "b"]  # NULL first, bytewise
        store.replace_events([event("ev-2", ["a"], None), event("ev-1", ["b", "C"], date(2020, 9, 28)),
                              event("ev-3", ["d"], date(2020, 9, 27))])
        assert [e.event_id for e in store.events()] == ["ev-1", "ev-3", "ev-2"]  # NULL last
        assert store.event("ev-1").article_ids == ["b", "C"]  # type: ignore[union-attr]
        held = store.read("SELECT id, event_id FROM articles ORDER BY id")
    assert dict(held) == {"C": "ev-1", "a": "ev-2", "b": "ev-1", "d": "ev-3"}


def test_store_failed_write_changes_nothing(store_db: str) -> None:
    with open_store(store_db) as store:
        store.add_article(article("k1", "Kept text."))

        def half_then_fail(tx) -> None:  # type: ignore[no-untyped-def]
            store.add_article_in(tx, article("k2", "Half-written text."))
            raise RuntimeError("boom")

        with pytest.raises(RuntimeError):
            store.write(half_then_fail)
        assert [a.id for a in store.articles()] == ["k1"]
        assert len(store.read("SELECT id FROM claims")) == 1


def test_store_text_match_finds_article(store_db: str) -> None:
    with open_store(store_db) as store:
        for statement in store.fts_statements():  # idempotent
            store.write(lambda tx, s=statement: tx.execute(s))
        store.add_article(article("f1", "Artillery shelling struck Tavush overnight."))
        store.add_article(article("f2", "Talks resumed in Moscow."))
        found = store.read(f"SELECT id FROM articles WHERE {store.text_match_sql()}", ("Tavush",))
    assert found == [("f1",)]


@pytest.mark.postgres
def test_store_postgres_refused_value_is_one_line_error(pg_url: str) -> None:
    with open_store(pg_url) as store:
        with pytest.raises(StoreError) as caught:
            store.add_article(article("big", "A figure no column holds.", count=10**20))
        assert "\n" not in str(caught.value)
        assert store.article_count() == 0


@pytest.mark.postgres
def test_store_postgres_bad_url_is_one_line_error(pg_server_url: str) -> None:
    bad = pg_server_url.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as caught:
        open_store(bad)
    assert "\n" not in str(caught.value)


def test_store_password_is_not_shown() -> None:
    from clashwatch.store.postgres import redact

    assert redact("postgresql://me:secret@db.example:5432/cw") == "postgresql://me:***@db.example:5432/cw"
    assert redact("postgresql://me@db/cw") == "postgresql://me@db/cw"


def test_store_fetch_state_saved_on_commit_only(store_db: str) -> None:
    from clashwatch.ingest.fetch import StoreFetchState

    with open_store(store_db) as store:
        state = StoreFetchState(store)
        state.put("https://news.example/rss", {"etag": '"v1"', "last_modified": None,
                                               "content_hash": "abc"})
        assert StoreFetchState(store).get("https://news.example/rss") is None
        state.commit()
        state.put("https://news.example/rss", {"etag": '"v2"', "last_modified": "Mon",
                                               "content_hash": "def"})
        state.commit()  # saved again: replaced, not duplicated
        assert StoreFetchState(store).get("https://news.example/rss") == {
            "etag": '"v2"', "last_modified": "Mon", "content_hash": "def"}
