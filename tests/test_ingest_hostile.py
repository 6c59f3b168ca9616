"""Hostile inputs through `clashwatch ingest`, run as a user runs it (issue 8).

Each hostile file gives exactly one error line naming the file and the problem (exit 2),
or a clean result; never a traceback or a hang, the store stays as it was, and the
process stays within a memory bound. Small fixtures are committed in
tests/fixtures/hostile/; big ones (50 MB text, 200,000-deep HTML, a gzip bomb of 1 GB)
are made here in tmp_path.
"""

from __future__ import annotations

import gzip
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from clashwatch import settings
from clashwatch.errors import InputError
from clashwatch.ingest.readers import iter_inputs

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
SRC = Path(__file__).resolve().parent.parent / "src"
# Peak RSS allowed for one ingest of a hostile input, above that of an ingest of an empty
# file (the interpreter and imports, ~50 MB): importing trafilatura and parsing a 5 MB page
# take ~50 MB; a 50 MB text read whole or a 1 GB gzip bomb decompressed would pass it.
MAX_EXTRA_RSS_MB = 100


@dataclass
class CliRun:
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mb: float

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def run_ingest(tmp_path: Path, *inputs: Path | str, db: Path) -> CliRun:
    """`python -m clashwatch ingest INPUTS --db DB -q` with its own peak RSS (os.wait4)."""
    out, err = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    with out.open("wb") as stdout, err.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "clashwatch", "ingest", *map(str, inputs), "--db", str(db),
             "-q"], stdout=stdout, stderr=stderr, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return CliRun(proc.returncode, out.read_text(), err.read_text(errors="replace"),
                  usage.ru_maxrss / 1024)


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Everything the store holds, table by table."""
    with sqlite3.connect(db) as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("articles", "article_sources", "claims", "events",
                              "event_articles")}


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory, seeds_jsonl: Path) -> Path:
    """A store holding the five seeds and their events."""
    folder = tmp_path_factory.mktemp("seeded")
    db = folder / "store.db"
    result = run_ingest(folder, seeds_jsonl, db=db)
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture()
def store_copy(tmp_path: Path, seeded_db: Path) -> Path:
    db = tmp_path / "store.db"
    shutil.copy(seeded_db, db)
    return db


# --- inputs made at test time: too big to commit ----------------------------------------


def make_50mb_text(folder: Path) -> Path:
    path = folder / "huge.txt"
    line = b"Two soldiers were killed and five were wounded in shelling on Monday.\n"
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    return path


def make_deep_html(folder: Path, depth: int = 200_000, tag: str = "div") -> Path:
    path = folder / f"deep_{tag}_{depth}.html"
    path.write_text(f"<html><body>{f'<{tag}>' * depth}<p>Two soldiers were killed on Monday, "
                    f"the ministry said.</p>{f'</{tag}>' * depth}</body></html>")
    return path


def make_gzip_bomb(folder: Path, name: str, gigabytes: int = 1) -> Path:
    """1 GB of zeros in about 1 MB: one small gzip member repeated (gzip allows several)."""
    zero = b"\0" if name.endswith(".txt.gz") else b"0"
    member = gzip.compress(zero * (1 << 20), compresslevel=9)
    path = folder / name
    with path.open("wb") as handle:
        for _ in range(gigabytes * 1024):
            handle.write(member)
    return path


def make_long_jsonl_line(folder: Path) -> Path:
    path = folder / "long_line.jsonl"
    filler = "x" * (settings.INGEST_MAX_LINE_BYTES + 10)
    path.write_text('{"id": "long", "text": "' + filler + '"}\n')
    return path


def make_many_tags_html(folder: Path) -> Path:
    path = folder / "many_tags.html"
    cells = "<span>a</span>" * (settings.INGEST_MAX_HTML_TAGS // 2 + 1)
    path.write_text(f"<html><body><p>Two soldiers were killed.</p>{cells}</body></html>")
    return path


def make_broken_gzip(folder: Path) -> Path:
    path = folder / "not_really.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate data at all")
    return path


def make_cp1251_page(folder: Path) -> Path:
    """A Russian page in windows-1251, as its <meta> declares: read in that encoding."""
    path = folder / "article_ru_cp1251.html"
    paragraphs = (HOSTILE / "non_english_ru.txt").read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; "
            f"charset=windows-1251'><title>{paragraphs[0]}</title></head><body><article>"
            f"<h1>{paragraphs[0]}</h1>{body}</article></body></html>")
    path.write_bytes(page.encode("cp1251"))
    return path


def make_deep_json(folder: Path) -> Path:
    path = folder / "deep.jsonl"
    path.write_text('{"id": "deep", "text": ' + "[" * 200_000 + "]" * 200_000 + "}\n")
    return path


def make_fifo(folder: Path) -> Path:
    """A named pipe nobody writes to: reading it would block forever."""
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def make_french_page(folder: Path) -> Path:
    path = folder / "article_fr.html"
    paragraphs = (HOSTILE / "non_english_fr.txt").read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    path.write_text(f"<html lang='fr'><head><title>{paragraphs[0]}</title></head><body>"
                    f"<article><h1>{paragraphs[0]}</h1>{body}</article></body></html>",
                    encoding="utf-8")
    return path


GENERATED = {
    "huge.txt": (make_50mb_text, "file too large (52,428,810 bytes; limit 20 MB)"),
    "deep_div_200000.html": (make_deep_html, "HTML page has too many tags"),
    "deep_div_40000.html": (lambda f: make_deep_html(f, 40_000), "HTML nested too deep"),
    "deep_blockquote_40000.html": (lambda f: make_deep_html(f, 40_000, "blockquote"),
                                   "HTML nested too deep"),
    "bomb1g.jsonl.gz": (lambda f: make_gzip_bomb(f, "bomb1g.jsonl.gz"),
                        "gzip data expands more than 100x"),
    "bomb1g.txt.gz": (lambda f: make_gzip_bomb(f, "bomb1g.txt.gz"),
                      "gzip data expands more than 100x"),
    "long_line.jsonl": (make_long_jsonl_line, "long_line.jsonl:1: line too long"),
    "many_tags.html": (make_many_tags_html, "HTML page has too many tags"),
    "not_really.txt.gz": (make_broken_gzip, "not a valid gzip file"),
    "article_fr.html": (make_french_page, "not English (looks like French)"),
    "pipe.txt": (make_fifo, "not a regular file"),
    "deep.jsonl": (make_deep_json, "deep.jsonl:1: invalid JSON (nested too deep)"),
    "article_ru_cp1251.html": (make_cp1251_page, "not English (looks like Russian)"),
}

COMMITTED = {
    "empty.txt": "empty input",
    "binary.txt": "binary data, not text",
    "bomb.jsonl.gz": "gzip data expands more than 100x",
    "truncated.jsonl.gz": "not a valid gzip file",
    "cookie_wall.html": "only a cookie or consent notice",
    "cookie_wall.txt": "only a cookie or consent notice",
    "comments_only.html": "no article text found",
    "comments_only.txt": "no article text found (only page chrome or comments)",
    "non_english_ru.txt": "not English (looks like Russian)",
    "non_english_fr.txt": "not English (looks like French)",
    # Swahili: no word list for it, but almost none of the common English words
    "non_english_sw.txt": "not English (no common English words)",
}


@pytest.fixture(scope="module")
def baseline_rss_mb(tmp_path_factory: pytest.TempPathFactory) -> float:
    """Peak RSS of an ingest that reads nothing: the floor for the memory bound."""
    folder = tmp_path_factory.mktemp("baseline")
    result = run_ingest(folder, HOSTILE / "empty.txt", db=folder / "store.db")
    assert result.returncode == 2
    return result.peak_rss_mb


def assert_within_memory(result: CliRun, baseline_rss_mb: float) -> None:
    extra = result.peak_rss_mb - baseline_rss_mb
    assert extra < MAX_EXTRA_RSS_MB, f"peak RSS {result.peak_rss_mb:.0f} MB (+{extra:.0f} MB)"


def assert_one_line_error(result: CliRun, name: str, expected: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.error_lines) == 1, result.stderr
    line = result.error_lines[0]
    assert line.startswith("error: ") and name in line and expected in line, line


@pytest.mark.parametrize(("name", "expected"), sorted(COMMITTED.items()))
def test_ingest_hostile_fixture_one_line_store_unchanged(
    tmp_path: Path, store_copy: Path, baseline_rss_mb: float, name: str, expected: str
) -> None:
    before = snapshot(store_copy)
    result = run_ingest(tmp_path, HOSTILE / name, db=store_copy)
    assert_one_line_error(result, name, expected)
    assert_within_memory(result, baseline_rss_mb)
    assert snapshot(store_copy) == before


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_ingest_hostile_generated_one_line_store_unchanged(
    tmp_path: Path, store_copy: Path, baseline_rss_mb: float, name: str
) -> None:
    make, expected = GENERATED[name]
    folder = tmp_path / "in"
    folder.mkdir()
    path = make(folder)
    assert path.name == name
    before = snapshot(store_copy)
    result = run_ingest(tmp_path, path, db=store_copy)
    assert_one_line_error(result, name, expected)
    assert_within_memory(result, baseline_rss_mb)
    assert snapshot(store_copy) == before


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        # a whole file in cp1252: curly quotes and accents come out right
        ("cp1252_article.txt", ["Aram Tóth", "“two soldiers died”"]),
        # UTF-8 with one pasted cp1252 sentence: both parts come out right
        ("mixed_encoding.txt", ["(12–13 September)", "Café owners", "“it was the worst night”"]),
    ],
)
def test_ingest_hostile_encodings_read_cleanly(
    tmp_path: Path, store_copy: Path, name: str, kept: list[str]
) -> None:
    result = run_ingest(tmp_path, HOSTILE / name, db=store_copy)
    assert result.returncode == 0 and not result.error_lines, result.stderr
    with sqlite3.connect(store_copy) as conn:
        (text,) = conn.execute("SELECT text FROM articles WHERE id = ?", (name,)).fetchone()
    for piece in kept:
        assert piece in text
    assert "\ufffd" not in text


def test_ingest_hostile_jsonl_good_lines_stored_bad_lines_reported(
    tmp_path: Path, store_copy: Path
) -> None:
    before = snapshot(store_copy)
    result = run_ingest(tmp_path, HOSTILE / "mixed_lines.jsonl", db=store_copy)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    source = HOSTILE / "mixed_lines.jsonl"
    assert result.error_lines == [
        f"error: {source}:2: invalid JSON (Unterminated string starting at column 26)",
        f"error: {source}:4: expected a JSON object per line",
        f"error: {source}:5: missing 'id' (or not a string or number)",
    ]
    after = snapshot(store_copy)
    ids = {row[0] for row in after["articles"]}
    assert {"good-1", "good-2", "good-3"} <= ids and "broken" not in ids
    assert set(before["articles"]) <= set(after["articles"])  # nothing stored was changed


def test_ingest_hostile_gzip_jsonl_reads_like_plain(tmp_path: Path) -> None:
    plain = HOSTILE / "mixed_lines.jsonl"
    packed = tmp_path / "mixed_lines.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    read = [str(item) if isinstance(item, InputError) else item.id
            for item in iter_inputs([str(packed)])]
    expected = [str(item).replace(str(plain), str(packed)) if isinstance(item, InputError)
                else item.id for item in iter_inputs([str(plain)])]
    assert read == expected


def test_ingest_hostile_extraction_failure_is_one_line_per_article(
    tmp_path: Path, store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception inside one article's extraction skips that article only."""
    from clashwatch import runner
    from clashwatch.extract.pipeline import Extractor
    from clashwatch.store import open_store

    real_call = Extractor.__call__

    def failing_on_jermuk(self: Extractor, article):  # type: ignore[no-untyped-def]
        if "Jermuk" in article.text:
            raise RecursionError("maximum recursion depth exceeded\nin a component")
        return real_call(self, article)

    monkeypatch.setattr(Extractor, "__call__", failing_on_jermuk)
    with open_store(str(store_copy)) as store:
        report = runner.ingest_into(store, [str(HOSTILE / "mixed_lines.jsonl")])
    failed = [e for e in report.errors if "extraction failed" in e]
    assert failed == [f"{HOSTILE / 'mixed_lines.jsonl'}:3: extraction failed "
                      "(RecursionError: maximum recursion depth exceeded in a component)"]
    assert report.added == 2


def test_ingest_hostile_article_that_hangs_is_stopped_and_reported(
    tmp_path: Path, store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern backtracking without end on one article: that article is cut off at the
    time limit and reported on one line; the others are stored."""
    import re

    from clashwatch import runner
    from clashwatch.extract.pipeline import Extractor
    from clashwatch.store import open_store

    real_call = Extractor.__call__
    backtracking = re.compile(r"(a+)+$")

    def hanging_on_jermuk(self: Extractor, article):  # type: ignore[no-untyped-def]
        if "Jermuk" in article.text:
            backtracking.match("a" * 64 + "!")  # 2**64 steps: never ends by itself
        return real_call(self, article)

    monkeypatch.setattr(Extractor, "__call__", hanging_on_jermuk)
    monkeypatch.setattr(settings, "EXTRACT_MAX_SECONDS_PER_ARTICLE", 0.5)
    with open_store(str(store_copy)) as store:
        report = runner.ingest_into(store, [str(HOSTILE / "mixed_lines.jsonl")])
    failed = [e for e in report.errors if "extraction failed" in e]
    assert failed == [f"{HOSTILE / 'mixed_lines.jsonl'}:3: extraction failed "
                      "(ArticleTimeout: took longer than 0.5 s)"]
    assert report.added == 2


def test_ingest_hostile_line_break_in_file_name_stays_one_line(
    tmp_path: Path, store_copy: Path
) -> None:
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"")
    result = run_ingest(tmp_path, path, db=store_copy)
    assert result.returncode == 2
    assert result.error_lines == [f"error: {tmp_path}/two\\nlines.txt: empty input: no text to read"]
