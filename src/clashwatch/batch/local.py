"""`clashwatch batch --engine local`: the batch outputs from this process alone.

Articles are read and extracted as `clashwatch build` does (`runner.extracted`, with
`jobs` workers), streamed into the Parquet files in row groups, and kept as records
for the driver step (`records.finish_batch`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from clashwatch.batch.driver import finish_batch
from clashwatch.batch.parquet import ParquetRowWriter, clear_table
from clashwatch.batch.records import ARTICLE_COLUMNS, CLAIM_COLUMNS, article_row, claim_rows
from clashwatch.runner import ProgressFn, RunReport, extracted


def run_local(inputs: Sequence[str], out_dir: Path, jobs: int = 1,
              progress: ProgressFn | None = None) -> RunReport:
    report = RunReport()
    started = time.monotonic()
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("articles.parquet", "claims.parquet"):
        clear_table(out_dir / name)  # a Spark run's folder of parts, in the same -o
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
    except BaseException:
        articles_out.abort()
        claims_out.abort()
        raise
    articles_out.close()
    claims_out.close()
    finish_batch(out_dir, records, report)
    report.seconds = time.monotonic() - started
    return report
