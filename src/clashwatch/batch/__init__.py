"""Batch at scale: the per-article work over a large corpus, on one machine or on Spark.

`run_batch` is what `clashwatch batch IN -o OUT --engine spark|local` runs. Both engines
write the same outputs (see `batch/records.py` for the Parquet columns) and the same
`events.jsonl` as `clashwatch build` on the same input; docs/scale.md tells how to run
the Spark engine on a cluster.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Spark workers import this package: keep it light (no sklearn)
    from clashwatch.runner import ProgressFn, RunReport

ENGINES = ("local", "spark")


def run_batch(inputs: Sequence[str], out_dir: Path, engine: str = "local", jobs: int = 1,
              master: str | None = None, partitions: int | None = None,
              progress: ProgressFn | None = None) -> RunReport:
    """Extract every input article, write Parquet, group on the driver, write events.

    ARGUMENTS: `engine` "local" (this process, `jobs` workers) or "spark" (`master`, by
    default settings.BATCH_SPARK_MASTER unless spark-submit gave one; `partitions`, by
    default cores x settings.BATCH_PARTITIONS_PER_CORE).
    RETURNS the run's report (articles read, added, duplicates, events, errors).
    """
    if engine == "spark":
        from clashwatch.batch.spark import run_spark

        return run_spark(inputs, out_dir, master, partitions)
    if engine == "local":
        from clashwatch.batch.local import run_local

        return run_local(inputs, out_dir, jobs, progress)
    raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")


__all__ = ["ENGINES", "run_batch"]
