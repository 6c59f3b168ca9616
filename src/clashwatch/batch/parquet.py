"""Rows to Parquet with pyarrow, for both engines: `--engine local` writes one file per
table; each Spark task writes the part files of its own partition (`PartFiles`).

A file is written under a hidden temporary name and renamed into place when complete, so
a reader (or a retried Spark task, which writes the same name again) never sees half a
file. Readers skip names starting with "." or "_" (pyarrow, Spark, DuckDB), so a left-over
temporary file of a killed task is not read. Workers import this: pyarrow only, lazily.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from clashwatch import settings
from clashwatch.batch.records import arrow_schema

_ROW_GROUP = 1000  # rows buffered before a Parquet row group is written


def clear_table(path: Path) -> None:
    """Remove a table of an earlier run at `path`: one file (local) or a folder of parts."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


class ParquetRowWriter:
    """Rows (tuples in column order) to one Parquet file, a row group at a time."""

    def __init__(self, path: Path, columns: list[tuple[str, str]]) -> None:
        import pyarrow.parquet as pq

        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.columns = columns
        self.schema = arrow_schema(columns)
        self.writer = pq.ParquetWriter(str(self.tmp), self.schema)
        self.rows: list[tuple[Any, ...]] = []
        self.written = 0

    def add(self, row: tuple[Any, ...]) -> None:
        self.rows.append(row)
        if len(self.rows) >= min(_ROW_GROUP, settings.BATCH_PARQUET_ROWS_PER_FILE):
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            arrays = {name: [r[i] for r in self.rows] for i, (name, _) in enumerate(self.columns)}
            self.writer.write_table(pa.Table.from_pydict(arrays, schema=self.schema))
            self.written += len(self.rows)
            self.rows = []

    def close(self) -> None:
        """Finish the file and put it in place."""
        self.flush()
        self.writer.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        """Drop the unfinished file."""
        try:
            self.writer.close()
        finally:
            self.tmp.unlink(missing_ok=True)


class PartFiles:
    """The part files of one Spark partition in a table's folder: `part-PPPPP-NNN.parquet`,
    a new file every BATCH_PARQUET_ROWS_PER_FILE rows. The names depend on the partition
    only, so a retried task replaces its own files and no other task's. The first file is
    written even when the partition has no rows: every folder then reads, with its schema."""

    def __init__(self, folder: Path, partition: int, columns: list[tuple[str, str]]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.partition, self.columns = folder, partition, columns
        self.number = 0
        self.current = self._open()

    def _open(self) -> ParquetRowWriter:
        name = f"part-{self.partition:05d}-{self.number:03d}.parquet"
        return ParquetRowWriter(self.folder / name, self.columns)

    def add(self, row: tuple[Any, ...]) -> None:
        if self.current.written + len(self.current.rows) >= settings.BATCH_PARQUET_ROWS_PER_FILE:
            self.current.close()
            self.number += 1
            self.current = self._open()
        self.current.add(row)

    def close(self) -> None:
        self.current.close()

    def abort(self) -> None:
        self.current.abort()
