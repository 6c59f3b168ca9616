"""Two `clashwatch ingest` processes writing one store at once (issue 7): no article is
stored twice, no event is duplicated, every article is in exactly one event, and the
events are those a single ingest of the same articles gives.

Both processes read the same real articles in the same order (plus a few of their own),
so they race to add every one of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from clashwatch.store import open_store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "gvc_dev_300.jsonl"
SRC = Path(__file__).resolve().parent.parent / "src"
SHARED, OWN_A, OWN_B = 40, 6, 6


def ingest(db: str, path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen([sys.executable, "-m", "clashwatch", "ingest", str(path), "--db", db, "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def groups(db: str) -> set[frozenset[str]]:
    with open_store(db) as store:
        return {frozenset(e.article_ids) for e in store.events()}


def test_store_two_ingesters_at_once(store_db: str, tmp_path: Path) -> None:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    shared = lines[:SHARED]
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(shared + lines[SHARED:SHARED + OWN_A]) + "\n", encoding="utf-8")
    second.write_text("\n".join(shared + lines[SHARED + OWN_A:SHARED + OWN_A + OWN_B]) + "\n",
                      encoding="utf-8")
    everything = tmp_path / "all.jsonl"
    everything.write_text("\n".join(lines[:SHARED + OWN_A + OWN_B]) + "\n", encoding="utf-8")

    procs = [ingest(store_db, first), ingest(store_db, second)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()

    with open_store(store_db) as store:
        rows = store.read("SELECT id, content_hash, event_id FROM articles")
        memberships = store.read("SELECT article_id, event_id FROM event_articles")
        events = store.events()
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)) and len({r[1] for r in rows}) == len(rows)
    assert all(r[2] for r in rows), "an article belongs to no event"
    assert Counter(m[0] for m in memberships) == Counter(ids)  # each in exactly one event
    assert len({e.event_id for e in events}) == len(events)
    assert sorted(a for e in events for a in e.article_ids) == sorted(ids)

    alone = str(tmp_path / "alone.db")
    proc = ingest(alone, everything)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    with open_store(alone) as store:
        assert sorted(r[0] for r in store.read("SELECT id FROM articles")) == sorted(ids)
    assert groups(store_db) == groups(alone)


@pytest.mark.postgres
def test_store_cli_on_postgres_matches_sqlite(pg_url: str, tmp_path: Path, seeds_jsonl: Path) -> None:
    outputs = []
    for db in (pg_url, str(tmp_path / "s.db")):
        # one hash seed for both runs: the related events' context tags (resolve/related.py)
        # break ties in set order, which follows str hashing, so two processes with random
        # seeds may differ in `related[].context` / `score` whatever the backend; this test
        # compares the backends, not the processes
        env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONHASHSEED": "0"}
        for _ in range(2):  # the second ingest adds nothing
            done = subprocess.run([sys.executable, "-m", "clashwatch", "ingest", str(seeds_jsonl),
                                   "--db", db, "-q"], capture_output=True, env=env, timeout=300)
            assert done.returncode == 0, done.stderr.decode()
        shown = subprocess.run([sys.executable, "-m", "clashwatch", "events", "--db", db, "--json"],
                               capture_output=True, env=env, timeout=120, check=True)
        outputs.append(json.loads(shown.stdout))
    assert outputs[0] == outputs[1]
