"""`clashwatch batch --engine spark`: the per-article work as a PySpark job.

The job, step by step:

1. Plan (driver): each input becomes units with an order key. A JSONL file is read by
   Spark itself (`textFile`, split across the cluster; `zipWithIndex` numbers its
   lines); other files (text, HTML, WARC, feeds) are listed on the driver and handed
   out whole, one unit per file, so a WARC file is streamed by one worker.
2. Extract (workers): `mapPartitions` builds one `Extractor` per partition and runs
   each unit through the same readers and extractor as `build`; a bad line or article
   becomes an error record naming it. The result is persisted, so extraction runs once.
3. Write (workers): articles.parquet and claims.parquet (columns in `records.py`).
4. Group (driver): the extracted records are collected, put back in input order and
   grouped by the library's own path (`records.finish_batch`), so events.jsonl is the
   same as `build`'s on the same input.

Runs in local mode (`local[2]`) on one machine; under `spark-submit` the master and
resources come from spark-submit (see docs/scale.md and `batch/submit.py`).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clashwatch import settings
from clashwatch.batch.records import ARTICLE_COLUMNS, CLAIM_COLUMNS, article_row, claim_rows
from clashwatch.errors import InputError

if TYPE_CHECKING:
    from clashwatch.runner import RunReport

# Workers import this module: heavy imports (the runner pulls in scikit-learn) stay
# inside the driver's functions.

# (input number, file number, partition of that file, line in the partition or record)
Key = tuple[int, int, int, int]
# key, kind ("line", "count", "file" or "error"), source, line (or count, or message)
Unit = tuple[Key, str, str, str | None]


def plan_files(inputs: Sequence[str]) -> list[tuple[int, str, str]]:
    """(input number, kind, path) per file, folders walked as `build` walks them;
    unreadable inputs are kept as kind "error" with their message."""
    from clashwatch.ingest.compressed import inner_suffix
    from clashwatch.ingest.readers import _READABLE, display_name

    planned: list[tuple[int, str, str]] = []
    for number, item in enumerate(inputs):
        path = Path(os.path.expanduser(item))
        if item.startswith(("http://", "https://")):
            planned.append((number, "file", item))  # fetched by the worker that gets it
        elif _STORAGE_URI.match(item):  # hdfs://, s3a://, file://: Spark reads it
            if item.endswith(tuple(settings.INGEST_JSONL_SUFFIXES) + tuple(
                    f"{s}.gz" for s in settings.INGEST_JSONL_SUFFIXES)):
                planned.append((number, "jsonl", item))
            else:
                planned.append((number, "error", str(InputError(
                    item, "only JSONL files (.jsonl, .jsonl.gz) can be read from cluster storage"))))
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            readable = [p for p in files if inner_suffix(p) in _READABLE]
            if not readable:
                planned.append((number, "error", str(InputError(display_name(path),
                                "folder holds no readable files"))))
            planned += [(number, _kind(p), str(p)) for p in readable]
        else:
            planned.append((number, _kind(path), str(path)))
    return planned


_STORAGE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _kind(path: Path) -> str:
    from clashwatch.ingest.compressed import inner_suffix

    if path.is_file() and inner_suffix(path) in settings.INGEST_JSONL_SUFFIXES \
            and path.stat().st_size <= settings.INGEST_MAX_JSONL_BYTES:
        return "jsonl"
    return "file"


def read_unit(unit: Unit) -> Iterator[tuple[Key, Any]]:
    """The Articles (or InputErrors) of one unit, with their order keys."""
    from clashwatch.ingest.readers import iter_inputs, read_jsonl_line

    key, kind, source, line = unit
    if kind == "line":
        assert line is not None
        if not line.strip():
            return
        # the line number is only known within the partition here: the driver adds the
        # partition's offset (see `_line_error`)
        if len(line.encode("utf-8")) > settings.INGEST_MAX_LINE_BYTES:
            yield key, InputError(source, f"line too long (limit {settings.INGEST_MAX_LINE_BYTES:,} "
                                  "bytes)", key[3])
            return
        yield key, read_jsonl_line(line.encode("utf-8"), source, key[3])
        return
    for number, item in enumerate(iter_inputs([source])):
        yield (key[0], key[1], 0, number), item


def extract_partition(units: Iterator[Unit]) -> Iterator[tuple[Key, str, str]]:
    """Worker side: (key, "article", Article JSON) or (key, "error", message) per item.
    One Extractor per partition, made when its first readable article arrives."""
    from clashwatch.extract import Extractor
    from clashwatch.timeouts import time_limit

    extractor = None
    for unit in units:
        if unit[1] in ("count", "error"):  # passed through to the driver
            yield unit[0], unit[1], str(unit[3])
            continue
        for key, item in read_unit(unit):
            if isinstance(item, InputError):
                if unit[1] == "line":
                    yield key, "line_error", json.dumps([item.source, item.problem])
                else:
                    yield key, "error", str(item)
                continue
            extractor = extractor or Extractor()
            try:
                with time_limit(settings.EXTRACT_MAX_SECONDS_PER_ARTICLE):
                    done = extractor(item)
            except Exception as exc:  # noqa: BLE001 - one article's failure is one line
                from clashwatch.runner import extraction_error

                yield key, "error", extraction_error(item, exc)
                continue
            yield key, "article", json.dumps(done.as_dict(), ensure_ascii=False)


def _article_rows(rows: Iterator[tuple[Key, str, str]]) -> Iterator[tuple[Any, ...]]:
    for _, status, payload in rows:
        if status == "article":
            yield article_row(json.loads(payload))


def _claim_rows(rows: Iterator[tuple[Key, str, str]]) -> Iterator[tuple[Any, ...]]:
    for _, status, payload in rows:
        if status == "article":
            yield from claim_rows(json.loads(payload))


def spark_schema(columns: list[tuple[str, str]]) -> Any:
    from pyspark.sql import types as T

    kinds = {"string": T.StringType(), "int64": T.LongType(), "double": T.DoubleType(),
             "bool": T.BooleanType()}
    return T.StructType([T.StructField(name, kinds[kind], True) for name, kind in columns])


def spark_session(master: str | None, partitions: int | None) -> Any:
    """A SparkSession: spark-submit's when there is one, else local with no UI and no
    network beyond loopback."""
    from pyspark.sql import SparkSession

    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started the JVM
    builder = SparkSession.builder.appName("clashwatch-batch")
    if not submitted:
        # workers must run this Python (the venv with ClashWatch and its models)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        builder = builder.master(master or settings.BATCH_SPARK_MASTER)
        if (master or settings.BATCH_SPARK_MASTER).startswith("local"):
            # one machine: loopback only (no lookup of the host name, no open port)
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            builder = builder.config("spark.driver.host", "127.0.0.1") \
                .config("spark.driver.bindAddress", "127.0.0.1")
            # one short-lived JVM that only moves rows (Python does the work): the C1
            # compiler alone and the serial collector start it faster on a small machine
            builder = builder.config("spark.driver.extraJavaOptions",
                                     "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    elif master:
        builder = builder.master(master)
    builder = (builder.config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", str(partitions or 2))
               .config("spark.python.worker.reuse", "true"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def build_units(sc: Any, inputs: Sequence[str], partitions: int) -> Any:
    """The RDD of units, in input order."""
    planned = plan_files(inputs)
    rdds = []
    files: list[Unit] = []

    def flush_files() -> None:
        if files:
            rdds.append(sc.parallelize(list(files), min(partitions, len(files))))
            files.clear()

    for file_number, (input_number, kind, path) in enumerate(planned):
        if kind == "jsonl":
            flush_files()
            from clashwatch.ingest.readers import display_name

            uri = path if _STORAGE_URI.match(path) else str(Path(path).resolve())
            lines = sc.textFile(uri, minPartitions=partitions)
            source = path if _STORAGE_URI.match(path) else display_name(Path(path))
            rdds.append(lines.mapPartitionsWithIndex(
                lambda part, rows, i=input_number, f=file_number, s=source:
                number_lines(i, f, part, s, rows)))
        else:  # "file" or "error"
            files.append(((input_number, file_number, 0, 0), kind, path,
                          path if kind == "error" else None))
    flush_files()
    return sc.union(rdds) if rdds else sc.parallelize([], 1)


def number_lines(input_number: int, file_number: int, part: int, source: str,
                 rows: Iterator[str]) -> Iterator[Unit]:
    """A partition of a JSONL file as units, numbered from 1 within the partition and
    closed by a "count" unit (no extra Spark job to number lines across partitions)."""
    count = 0
    for count, line in enumerate(rows, start=1):
        yield (input_number, file_number, part, count), "line", source, line
    yield (input_number, file_number, part, count + 1), "count", source, str(count)


def line_offsets(collected: list[tuple[Key, str, str]]) -> dict[tuple[int, int, int], int]:
    """Lines before each partition of each JSONL file, from the partitions' counts."""
    counts = sorted((key[:3], int(payload)) for key, status, payload in collected
                    if status == "count")
    offsets: dict[tuple[int, int, int], int] = {}
    running: dict[tuple[int, int], int] = {}
    for (i, f, part), count in counts:
        offsets[(i, f, part)] = running.get((i, f), 0)
        running[(i, f)] = running.get((i, f), 0) + count
    return offsets


def run_spark(inputs: Sequence[str], out_dir: Path, master: str | None = None,
              partitions: int | None = None) -> RunReport:
    from pyspark import StorageLevel

    from clashwatch.batch.driver import finish_batch
    from clashwatch.runner import RunReport

    report = RunReport()
    started = time.monotonic()
    out_dir.mkdir(parents=True, exist_ok=True)
    spark = spark_session(master, partitions)
    try:
        sc = spark.sparkContext
        parts = partitions or max(1, sc.defaultParallelism * settings.BATCH_PARTITIONS_PER_CORE)
        results = build_units(sc, inputs, parts).mapPartitions(extract_partition) \
            .persist(StorageLevel.MEMORY_AND_DISK)
        # the collect extracts (once: persisted); the two writes then read the cache, at
        # the same time from two threads, as their fixed costs are mostly waiting
        collected = sorted(results.collect(), key=lambda r: r[0])

        def write(rows: Any, columns: list[tuple[str, str]], name: str) -> None:
            spark.createDataFrame(results.mapPartitions(rows), spark_schema(columns)) \
                .write.mode("overwrite").parquet(str((out_dir / name).resolve()))

        with ThreadPoolExecutor(2) as pool:
            for done in [pool.submit(write, _article_rows, ARTICLE_COLUMNS, "articles.parquet"),
                         pool.submit(write, _claim_rows, CLAIM_COLUMNS, "claims.parquet")]:
                done.result()
        results.unpersist()
    finally:
        spark.stop()
    offsets = line_offsets(collected)
    records = []
    for key, status, payload in collected:
        if status == "error":
            report.errors.append(payload)
        elif status == "line_error":
            source, problem = json.loads(payload)
            report.errors.append(str(InputError(source, problem, offsets[key[:3]] + key[3])))
        elif status == "article":
            records.append(json.loads(payload))
    report.articles = len(records)
    finish_batch(out_dir, records, report)
    report.seconds = time.monotonic() - started
    return report
