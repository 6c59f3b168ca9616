"""Part files of a batch table (batch/parquet.py): a new file every
BATCH_PARQUET_ROWS_PER_FILE rows, nothing half-written left behind by a failed task, and
a retried task replacing its own files only. pyarrow only: no Spark needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from clashwatch import settings
from clashwatch.batch.parquet import PartFiles

COLUMNS = [("id", "string"), ("n", "int64")]


def read_folder(folder: Path) -> list[tuple[str, int]]:
    import pyarrow.parquet as pq

    rows = []
    for path in sorted(folder.glob("part-*.parquet")):
        table = pq.read_table(path)
        rows.extend(zip(table.column("id").to_pylist(), table.column("n").to_pylist(),
                        strict=True))
    return rows


def write_rows(folder: Path, partition: int, count: int) -> None:
    parts = PartFiles(folder, partition, COLUMNS)
    for i in range(count):
        parts.add((f"p{partition}-{i}", i))
    parts.close()


def test_part_files_roll_over_every_n_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "BATCH_PARQUET_ROWS_PER_FILE", 3)
    write_rows(tmp_path, 7, 7)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["part-00007-000.parquet", "part-00007-001.parquet", "part-00007-002.parquet"]
    assert read_folder(tmp_path) == [(f"p7-{i}", i) for i in range(7)]


def test_empty_partition_still_writes_a_readable_file(tmp_path: Path) -> None:
    write_rows(tmp_path, 0, 0)
    assert [p.name for p in tmp_path.iterdir()] == ["part-00000-000.parquet"]
    assert read_folder(tmp_path) == []


def test_failed_task_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "BATCH_PARQUET_ROWS_PER_FILE", 3)
    write_rows(tmp_path, 1, 2)  # another task's finished partition
    parts = PartFiles(tmp_path, 2, COLUMNS)
    for i in range(4):  # one full file closed, the second one open
        parts.add((f"p2-{i}", i))
    parts.abort()  # the task fails here
    names = sorted(p.name for p in tmp_path.iterdir())
    assert not [n for n in names if n.startswith(".")]  # no temporary file left
    assert "part-00002-001.parquet" not in names  # the open file never appears
    # the retry writes the same names again and replaces the closed one
    write_rows(tmp_path, 2, 4)
    assert read_folder(tmp_path) == [("p1-0", 0), ("p1-1", 1)] + [(f"p2-{i}", i) for i in range(4)]
