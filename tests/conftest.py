"""Shared fixtures. Each helper area adds its fixtures here, named after what they hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def seeds_jsonl() -> Path:
    """The five seed documents with the publication dates a user would supply."""
    return SAMPLES / "seeds.jsonl"


@pytest.fixture(scope="session")
def seeds_gold() -> dict:
    return json.loads((FIXTURES / "seeds_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def extractor():
    """One Extractor for the whole session: loading spaCy is the slow part."""
    from clashwatch.extract import Extractor

    return Extractor()


# --- PostgreSQL (store backends) ---------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server_url():
    """A PostgreSQL server for the session: $CLASHWATCH_TEST_PG, or a throwaway local one.

    Skipped only when no server binaries are installed; a server that is installed but
    fails to start is an error, so CI (which installs it) cannot skip these tests quietly.
    """
    from contextlib import ExitStack

    from pg_server import NoBinaries, server_url

    stack = ExitStack()
    try:
        url = stack.enter_context(server_url())
    except NoBinaries as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")
    with stack:
        yield url


@pytest.fixture()
def pg_url(pg_server_url):
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    from pg_server import fresh_database

    with fresh_database(pg_server_url) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_db(request, tmp_path):
    """A `--db` value for an empty store, once per backend (SQLite file, PostgreSQL URL)."""
    if request.param == "sqlite":
        return str(tmp_path / "clashwatch.db")
    return request.getfixturevalue("pg_url")


# --- web: stores and live servers (tests/test_web*.py, tests/test_browser*.py) ---------


@pytest.fixture(scope="session")
def seeds_build_dir(tmp_path_factory, seeds_jsonl):
    """`clashwatch build samples/seeds.jsonl -o DIR`, once per session."""
    from clashwatch import runner

    out = tmp_path_factory.mktemp("seeds-build")
    runner.run_build([str(seeds_jsonl)], out, 1, None)
    return out


@pytest.fixture(scope="session")
def web_seeds_url(seeds_build_dir):
    """A real HTTP server (uvicorn, loopback, free port) over the seeds' store."""
    from clashwatch.store import open_store
    from clashwatch.web import create_app
    from clashwatch.web.server import BackgroundServer

    store = open_store(seeds_build_dir / "clashwatch.db")
    with BackgroundServer(create_app(store)) as url:
        yield url
    store.close()


@pytest.fixture(scope="session")
def web_synthetic_store(tmp_path_factory):
    """A store of 60 synthetic events plus one whose report is hostile HTML."""
    from clashwatch.model import Article
    from clashwatch.store import open_store
    from clashwatch.web.sample import event_from_articles, fill_store

    hostile = json.loads((FIXTURES / "web" / "hostile_article.json").read_text(encoding="utf-8"))
    article = Article.from_dict(hostile["article"])
    event = event_from_articles([article], **hostile["event"])
    path = tmp_path_factory.mktemp("web-synthetic") / "clashwatch.db"
    store = open_store(path)
    fill_store(store, 60, extra=[([article], event)])
    yield store
    store.close()


@pytest.fixture(scope="session")
def web_synthetic_url(web_synthetic_store):
    from clashwatch.web import create_app
    from clashwatch.web.server import BackgroundServer

    with BackgroundServer(create_app(web_synthetic_store)) as url:
        yield url
