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
