"""The web migration: FTS5 over reports and the event_sides table stay current through
the Store write path (add_article, replace_events) and are built for an older store."""

from __future__ import annotations

import json
import sqlite3

from clashwatch.model import Article, Claim, Event
from clashwatch.store import open_store
from clashwatch.store.schema import MIGRATIONS, SCHEMA_VERSION
from clashwatch.web import queries
from clashwatch.web.params import FILTER_PARAMS, event_filter, parse_params
from clashwatch.web.sample import event_from_articles


def _filter(**params):
    return event_filter(parse_params(list(params.items()), FILTER_PARAMS))


def _article(article_id: str, text: str, side: str = "ARM") -> Article:
    return Article(id=article_id, text=text, title=f"Report {article_id}",
                   claims=[Claim(status="killed", count=3, side=side, claimant="officials",
                                 article_id=article_id, quote=text)])


def test_web_store_search_follows_writes(tmp_path):
    store = open_store(tmp_path / "s.db")
    a, b = _article("a", "Shelling near Goris overnight."), _article("b", "Drone strike at Tovuz.", "AZE")
    store.add_article(a)
    store.add_article(b)
    store.replace_events([event_from_articles([a], event_id="e1"),
                          event_from_articles([b], event_id="e2", country="AZE")])
    assert [e.event_id for e in queries.list_events(store, _filter(q="goris"), 10)] == ["e1"]
    assert [e.event_id for e in queries.list_events(store, _filter(q="Tovuz drone"), 10)] == ["e2"]
    assert [e.event_id for e in queries.list_events(store, _filter(country="Armenia"), 10)] == ["e1"]
    assert [e.event_id for e in queries.list_events(store, _filter(country="AZE"), 10)] == ["e2"]
    # regrouping rewrites events: the side index follows, with no stale rows
    store.replace_events([event_from_articles([a, b], event_id="e3")])
    assert sorted(r[0] for r in store.read("SELECT side FROM event_sides")) == ["ARM", "AZE"]
    assert [e.event_id for e in queries.list_events(store, _filter(q="goris"), 10)] == ["e3"]
    store.close()


def test_web_store_search_index_built_for_an_older_store(tmp_path):
    """A store made before the web migration gets its index filled when opened."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', '1')")
    conn.execute("INSERT INTO articles(id, content_hash, text, data, event_id) VALUES "
                 "('x', 'h', 'Clashes in Jermuk', '{}', 'ev')")
    conn.execute("INSERT INTO events(event_id, data) VALUES ('ev', ?)",
                 (json.dumps(Event(event_id="ev", by_side={"ARM": {"claims": []}}).as_dict()),))
    conn.commit()
    conn.close()
    store = open_store(path)
    assert store.schema_version() == SCHEMA_VERSION
    assert [e.event_id for e in queries.list_events(store, _filter(q="jermuk"), 10)] == ["ev"]
    assert [e.event_id for e in queries.list_events(store, _filter(country="ARM"), 10)] == ["ev"]
    store.close()


def test_web_store_count_is_capped(tmp_path):
    store = open_store(tmp_path / "c.db")
    articles = [_article(f"a{i}", f"text number {i}") for i in range(5)]
    for article in articles:
        store.add_article(article)
    store.replace_events([event_from_articles([a], event_id=f"e{i}") for i, a in enumerate(articles)])
    assert queries.count_events(store, _filter()) == 5
    assert queries.count_events(store, _filter(), cap=3) == 4  # cap + 1: "more than 3"
    store.close()
