"""The command-line contract in DESIGN.md, run as a user runs it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from clashwatch.cli import main


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clashwatch", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory: pytest.TempPathFactory, seeds_jsonl: Path) -> Path:
    out = tmp_path_factory.mktemp("build") / "out"
    result = CliRunner().invoke(main, ["build", str(seeds_jsonl), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_cli_build_writes_store_events_and_archive(seeds_build: Path) -> None:
    events = [json.loads(line) for line in (seeds_build / "events.jsonl").read_text().splitlines()]
    groups = sorted(sorted(e["article_ids"]) for e in events)
    assert groups == [
        ["000_c6ceedd83f648687.txt", "001_5b74975050a802c6.txt"],
        ["002_ce92efb74d46fa13.txt"],
        ["003_f22562ccc7f035a5.txt", "004_598197c3953f761d.txt"],
    ]
    for event in events:
        assert {"event_id", "date_start", "date_end", "place", "lat", "lon", "type", "summary",
                "killed", "wounded", "by_side", "related"} <= set(event)
        assert set(event["killed"]) >= {"low", "best", "high"}
    pages = list((seeds_build / "news").rglob("*.md"))
    assert len(pages) == 3
    page = next(p for p in pages if "/2022/9/" in str(p)).read_text()
    assert page.startswith("### [2022-09-")
    assert "### Source:" in page
    assert (seeds_build / "clashwatch.db").exists()


def test_cli_extract_one_line_per_article_in_order(tmp_path: Path, seeds_jsonl: Path) -> None:
    out = tmp_path / "x.jsonl"
    result = CliRunner().invoke(main, ["extract", str(seeds_jsonl), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    ids = [json.loads(line)["id"] for line in seeds_jsonl.read_text().splitlines()]
    assert [line["id"] for line in lines] == ids
    for line in lines:
        assert {"id", "published", "claims", "event", "places", "actors"} <= set(line)
        for claim in line["claims"]:
            assert claim["quote"]


def test_cli_events_json_matches_events_jsonl(seeds_build: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(seeds_build / "clashwatch.db"),
                                       "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert len(listed) == 3


def _snapshot(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, data FROM articles ORDER BY id").fetchall()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty input"),
        ("blank.jsonl", b"\n\n", "empty input"),
        ("binary.txt", b"\x00\x01\x02\xff" * 100, "binary data"),
        ("broken.jsonl", b'{"id": "a", "text": "Two soldiers were killed."}\n{"id": "b", "te\n',
         "broken.jsonl:2: invalid JSON"),
        ("noid.jsonl", b'{"text": "Two soldiers were killed on Monday."}\n', "noid.jsonl:1: missing 'id'"),
        ("baddate.jsonl", b'{"id": "x", "text": "Two died.", "published": "yesterday"}\n',
         "baddate.jsonl:1: 'published' is not a YYYY-MM-DD date"),
    ],
)
def test_cli_ingest_bad_input_one_line_exit_2_store_intact(
    tmp_path: Path, seeds_build: Path, name: str, content: bytes, expected: str
) -> None:
    db = tmp_path / "store.db"
    db.write_bytes((seeds_build / "clashwatch.db").read_bytes())
    before = _snapshot(db)
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run_cli("ingest", str(bad), "--db", str(db), "-q")
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, result.stderr
    assert expected in errors[0] and name in errors[0]
    assert "Traceback" not in result.stderr
    after = _snapshot(db)
    assert after[: len(before)] == before  # nothing stored was lost or changed


def test_cli_missing_path_is_bad_input(tmp_path: Path) -> None:
    result = run_cli("extract", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl"))
    assert result.returncode == 2
    assert "nope.jsonl: no such file or directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_ingest_twice_changes_nothing(tmp_path: Path, seeds_jsonl: Path) -> None:
    db = tmp_path / "store.db"
    assert run_cli("ingest", str(seeds_jsonl), "--db", str(db), "-q").returncode == 0
    first = _snapshot(db)
    assert run_cli("ingest", str(seeds_jsonl), "--db", str(db), "-q").returncode == 0
    assert _snapshot(db) == first
