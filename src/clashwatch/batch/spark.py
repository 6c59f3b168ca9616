"""`clashwatch batch --engine spark`: the per-article work as one PySpark job.

The job, step by step:

1. Plan (driver): each input becomes units with an order key. A JSONL file is read by
   Spark itself (`textFile`, split across the cluster; each partition numbers its own
   lines and ends with a "count" unit, so no extra job numbers lines across the file);
   other files (text, HTML, WARC, feeds) are listed on the driver and handed out whole,
   one unit per file, so a WARC file is streamed by one worker.
2. One task per partition (workers, `run_partition`): each unit goes through the same
   readers and extractor as `build` (one `Extractor` per Python worker, kept across
   its tasks), the task writes its partition's part files of articles.parquet and
   claims.parquet with pyarrow, and returns compact records to the driver: the article
   JSON, or an error message naming the file and line. Extraction runs once; no
   second job reads the results again, and no DataFrame or Arrow conversion is made.
3. Group (driver): the returned records are put back in input order, the partitions'
   line counts turn partition-relative line numbers into file line numbers, and the
   articles are grouped by the library's own path (`driver.finish_batch`), so
   events.jsonl is the same as `build`'s on the same input.

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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clashwatch import settings
from clashwatch.batch.parquet import PartFiles, clear_table
from clashwatch.batch.records import ARTICLE_COLUMNS, CLAIM_COLUMNS, article_row, claim_rows
from clashwatch.errors import InputError

if TYPE_CHECKING:
    from clashwatch.extract import Extractor
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


_EXTRACTOR: Extractor | None = None  # this worker process's, kept across its tasks


def worker_extractor() -> Extractor:
    """The Extractor of this Python worker: Spark reuses a worker for many tasks
    (spark.python.worker.reuse), so the models load once per worker, not per task."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from clashwatch.extract import Extractor

        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def extract_partition(units: Iterator[Unit]) -> Iterator[tuple[Key, str, str]]:
    """Worker side: (key, "article", Article JSON) or (key, "error", message) per item;
    the models load when the first readable article arrives."""
    from clashwatch.timeouts import time_limit

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
            try:
                with time_limit(settings.EXTRACT_MAX_SECONDS_PER_ARTICLE):
                    done = worker_extractor()(item)
            except Exception as exc:  # noqa: BLE001 - one article's failure is one line
                from clashwatch.runner import extraction_error

                yield key, "error", extraction_error(item, exc)
                continue
            yield key, "article", json.dumps(done.as_dict(), ensure_ascii=False)


def run_partition(index: int, units: Iterator[Unit], out: str,
                  ) -> Iterator[tuple[Key, str, str]]:
    """One task: extract the partition, write its part files of both tables, and return
    its records (what `extract_partition` yields) to the driver. The part files are put
    in place only when the whole partition is done, so a failed task leaves none."""
    articles = PartFiles(Path(out) / "articles.parquet", index, ARTICLE_COLUMNS)
    claims = PartFiles(Path(out) / "claims.parquet", index, CLAIM_COLUMNS)
    try:
        for result in extract_partition(units):
            if result[1] == "article":
                record = json.loads(result[2])
                articles.add(article_row(record))
                for row in claim_rows(record):
                    claims.add(row)
            yield result
    except BaseException:
        articles.abort()
        claims.abort()
        raise
    articles.close()
    claims.close()


def spark_context(master: str | None) -> Any:
    """A SparkContext: spark-submit's when there is one (its master wins), else a local
    one with no UI and no network beyond loopback. No SparkSession: the job uses no SQL,
    and the SQL classes would only lengthen the JVM's start."""
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("clashwatch-batch")
    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # not started by spark-submit
        # workers must run this Python (the venv with ClashWatch and its models)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        conf.setMaster(master or settings.BATCH_SPARK_MASTER)
        if (master or settings.BATCH_SPARK_MASTER).startswith("local"):
            # one machine: loopback only (no lookup of the host name, no open port)
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress",
                                                            "127.0.0.1")
            # one short-lived JVM that only moves lines and records (Python does the
            # work): the C1 compiler alone and the serial collector start it faster
            conf.set("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    conf.set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    # the default, stated: a worker keeps its loaded models from task to task
    conf.set("spark.python.worker.reuse", "true")
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("ERROR")
    return sc


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
    from clashwatch.batch.driver import finish_batch
    from clashwatch.runner import RunReport

    report = RunReport()
    started = time.monotonic()
    out_dir.mkdir(parents=True, exist_ok=True)
    out = str(out_dir.resolve())  # the executors' path too: a folder every node mounts
    for name in ("articles.parquet", "claims.parquet"):
        clear_table(out_dir / name)
    sc = spark_context(master)
    try:
        parts = partitions or max(1, sc.defaultParallelism * settings.BATCH_PARTITIONS_PER_CORE)
        # the one job: extract, write the part files, return the records
        collected = build_units(sc, inputs, parts).mapPartitionsWithIndex(
            lambda index, units: run_partition(index, units, out)).collect()
    finally:
        sc.stop()
    for name in ("articles.parquet", "claims.parquet"):
        (out_dir / name).mkdir(exist_ok=True)  # no partition at all: still a folder
        (out_dir / name / "_SUCCESS").touch()  # as Spark's writers mark a complete table
    # partitions come back in order and each in its order; the sort is the order's
    # definition, not a repair
    collected.sort(key=lambda r: r[0])
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
