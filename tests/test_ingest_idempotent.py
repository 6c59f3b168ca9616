"""Ingesting the same inputs twice changes nothing (issue 8).

"Nothing" is every table of the store, timestamps included, and the messages: the second
run reports the same bad inputs and adds no article, source, claim or event.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HOSTILE = FIXTURES / "hostile"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TABLES = ("meta", "articles", "article_sources", "claims", "events", "event_articles",
          "corrections")


def ingest(db: Path, *inputs: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clashwatch", "ingest", *map(str, inputs), "--db", str(db), "-q"],
        capture_output=True, text=True, timeout=600)


def snapshot(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in TABLES}


@pytest.fixture()
def mixed_inputs(tmp_path: Path) -> list[Path]:
    """A folder of seed pages and encodings, a gzip JSONL with bad lines, loose bad files."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("000_c6ceedd83f648687.txt", "002_ce92efb74d46fa13.txt"):
        shutil.copy(SAMPLES / name, folder / name)
    for name in ("cp1252_article.txt", "mixed_encoding.txt", "cookie_wall.html"):
        shutil.copy(HOSTILE / name, folder / name)
    packed = tmp_path / "mixed_lines.jsonl.gz"
    packed.write_bytes(gzip.compress((HOSTILE / "mixed_lines.jsonl").read_bytes()))
    return [folder, packed, HOSTILE / "non_english_fr.txt", SAMPLES / "seeds.jsonl"]


def test_ingest_idempotent_second_run_changes_nothing(
    tmp_path: Path, mixed_inputs: list[Path]
) -> None:
    db = tmp_path / "store.db"
    first = ingest(db, *mixed_inputs)
    assert first.returncode == 2, first.stderr  # the bad lines and files are reported
    assert "Traceback" not in first.stderr
    stored = snapshot(db)
    # 4 pages + 3 good lines + 5 seeds, of which 2 are the pages 000 and 002 again
    assert len(stored["articles"]) == 10
    assert stored["events"]

    second = ingest(db, *mixed_inputs)
    assert second.returncode == first.returncode
    assert second.stderr == first.stderr
    assert snapshot(db) == stored


def test_ingest_idempotent_same_story_twice_in_one_run_stored_once(tmp_path: Path) -> None:
    """The same text under two names (a syndicated copy) is one article with two sources."""
    copy = tmp_path / "copy_of_seed.txt"
    shutil.copy(SAMPLES / "003_f22562ccc7f035a5.txt", copy)
    db = tmp_path / "store.db"
    run = ingest(db, SAMPLES / "003_f22562ccc7f035a5.txt", copy)
    assert run.returncode == 0, run.stderr
    stored = snapshot(db)
    assert len(stored["articles"]) == 1
    assert len(stored["article_sources"]) == 2

    again = ingest(db, copy, SAMPLES / "003_f22562ccc7f035a5.txt")
    assert again.returncode == 0, again.stderr
    assert snapshot(db) == stored
