"""`clashwatch batch --engine local`: the batch outputs from this process alone.

Articles are read and extracted as `clashwatch build` does (`runner.extracted`, with
`jobs` workers), streamed into the Parquet files in row groups, and kept as records
for the driver step (`records.finish_batch`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from clashwatch import settings
from clashwatch.batch.driver import finish_batch
from clashwatch.batch.records import (
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    arrow_schema,
    article_row,
    claim_rows,
)
from clashwatch.runner import ProgressFn, RunReport, extracted

_ROW_GROUP = 1000  # rows buffered before a Parquet row group is written


class ParquetRowWriter:
    """Rows (tuples in column order) to one Parquet file, a row group at a time."""

    def __init__(self, path: Path, columns: list[tuple[str, str]]) -> None:
        import pyarrow.parquet as pq

        self.columns = columns
        self.schema = arrow_schema(columns)
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.rows: list[tuple[Any, ...]] = []

    def add(self, row: tuple[Any, ...]) -> None:
        self.rows.append(row)
        if len(self.rows) >= min(_ROW_GROUP, settings.BATCH_PARQUET_ROWS_PER_FILE):
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            arrays = {name: [r[i] for r in self.rows] for i, (name, _) in enumerate(self.columns)}
            self.writer.write_table(pa.Table.from_pydict(arrays, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def run_local(inputs: Sequence[str], out_dir: Path, jobs: int = 1,
              progress: ProgressFn | None = None) -> RunReport:
    report = RunReport()
    started = time.monotonic()
    out_dir.mkdir(parents=True, exist_ok=True)
    articles_out = ParquetRowWriter(out_dir / "articles.parquet", ARTICLE_COLUMNS)
    claims_out = ParquetRowWriter(out_dir / "claims.parquet", CLAIM_COLUMNS)
    records = []
    try:
        for article in extracted(inputs, report, jobs, progress):
            record = article.as_dict()
            articles_out.add(article_row(record))
            for row in claim_rows(record):
                claims_out.add(row)
            records.append(record)
    finally:
        articles_out.close()
        claims_out.close()
    finish_batch(out_dir, records, report)
    report.seconds = time.monotonic() - started
    return report
