"""`clashwatch batch` gives the same events as `clashwatch build` on the same input
(issue 7 acceptance), with the Spark engine (local[2]) and the local one, and writes
Parquet of articles and claims. Input: 300 real articles (tests/fixtures/gvc_dev_300.jsonl)
plus a file with bad lines and a folder, so errors are compared too.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from clashwatch.batch import run_batch
from clashwatch.runner import run_build

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GVC = FIXTURES / "gvc_dev_300.jsonl"


def needs_spark() -> None:
    if shutil.which("java") is None:
        pytest.skip("no Java runtime (install default-jre-headless) for Spark")
    pytest.importorskip("pyspark", reason="pyspark not installed (dev requirements)")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("corpus")
    lines = GVC.read_text(encoding="utf-8").splitlines()
    mixed = root / "mixed.jsonl"
    # bad lines among good ones, at known places: their line numbers must survive Spark
    mixed.write_text("\n".join([lines[0], "{not json", "", json.dumps({"text": "no id"}), lines[1],
                                json.dumps({"id": "x", "text": ""})]) + "\n", encoding="utf-8")
    folder = root / "folder"
    folder.mkdir()
    record = json.loads(lines[2])
    (folder / "story.txt").write_text(f"{record['title']}\n\n{record['text']}", encoding="utf-8")
    (folder / "empty.html").write_text("", encoding="utf-8")
    return [str(GVC), str(mixed), str(folder)]


@pytest.fixture(scope="module")
def built(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    out = tmp_path_factory.mktemp("build")
    report = run_build(corpus, out)
    return out, report.errors


def events(out: Path) -> list[dict]:
    with (out / "events.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def groupings(out: Path) -> set[frozenset[str]]:
    return {frozenset(e["article_ids"]) for e in events(out)}


def check_same_as_build(out: Path, errors: list[str], built: tuple[Path, list[str]]) -> None:
    build_out, build_errors = built
    assert groupings(out) == groupings(build_out)
    assert events(out) == events(build_out)  # the whole records, in the same order
    assert errors == build_errors
    import pyarrow.parquet as pq

    articles = pq.read_table(out / "articles.parquet")
    claims = pq.read_table(out / "claims.parquet")
    stored = sum(len(e["article_ids"]) for e in events(build_out))
    assert articles.num_rows >= stored  # syndicated copies are rows too, events hold one
    assert set(articles.column("id").to_pylist()) >= {a for e in events(build_out) for a in e["article_ids"]}
    assert claims.num_rows == sum(len(json.loads(d)["claims"]) for d in articles.column("data").to_pylist())


@pytest.mark.spark
def test_batch_spark_same_events_as_build(corpus, built, tmp_path: Path) -> None:
    needs_spark()
    report = run_batch(corpus, tmp_path / "out", engine="spark", master="local[2]", partitions=2)
    assert report.events == len(events(built[0]))
    assert any(":2: invalid JSON" in e for e in report.errors)  # line numbers across partitions
    check_same_as_build(tmp_path / "out", report.errors, built)


def test_batch_local_same_events_as_build(corpus, built, tmp_path: Path) -> None:
    report = run_batch(corpus, tmp_path / "out", engine="local")
    check_same_as_build(tmp_path / "out", report.errors, built)


def test_batch_unknown_engine() -> None:
    with pytest.raises(ValueError, match="unknown engine 'dask'"):
        run_batch(["x"], Path("out"), engine="dask")


def test_batch_spark_line_numbers_across_partitions() -> None:
    """Partition-relative line numbers plus each partition's count give file line numbers."""
    from clashwatch.batch.spark import line_offsets, number_lines

    first = list(number_lines(0, 0, 0, "f.jsonl", iter(["a", "b", "c"])))
    second = list(number_lines(0, 0, 1, "f.jsonl", iter(["d", "e"])))
    collected = [(u[0], u[1], str(u[3])) for u in first + second if u[1] == "count"]
    offsets = line_offsets(collected)
    numbered = [offsets[u[0][:3]] + u[0][3] for u in first + second if u[1] == "line"]
    assert numbered == [1, 2, 3, 4, 5]


def test_batch_spark_plans_cluster_storage_inputs() -> None:
    from clashwatch.batch.spark import plan_files

    planned = plan_files(["hdfs://nn/crawl/a.jsonl", "s3a://bucket/b.jsonl.gz", "s3a://bucket/c.warc.gz"])
    assert [kind for _, kind, _ in planned] == ["jsonl", "jsonl", "error"]
    assert "only JSONL files" in planned[2][2]
