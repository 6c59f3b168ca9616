"""Growth of the whole pipeline (`clashwatch build`) with corpus size: 1k, 10k and 100k
articles by default, time and peak memory per size, the per-article stage alone
(`clashwatch extract`, up to `--extract-up-to` articles) beside it, and the growth
exponent. Each command runs in a fresh process under a memory cap (MEMORY_CAP_GB): a
size that passes it is reported as failed, with the message, not run to the OOM killer.

Corpora are made from gvc-dev (1,480 real articles) by repeating it: copy k of an article
gets its own id, URL and one sentence of its own (so the store does not merge copies as
syndicated duplicates) and a publication date k x 30 days later (so copies report
different days and the grouping cannot merge them across copies). Real text, real
duplicated-event structure within each copy.

A size that is not run is extrapolated from the measured exponent between the two
largest sizes that were run, and reported as such ("extrapolated": true).

Run: python -m benchmarks.pipeline_growth [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import ROOT, data_dir, read_jsonl, write_result

SHIFT_DAYS = 30
MEMORY_CAP_GB = 12  # address space per command (the machine has ~23 GB, shared)


def make_corpus(source: list[dict], size: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(size):
            copy, record = divmod(number, len(source))
            item = dict(source[record])
            item["id"] = f"{item.get('doc_id') or item['id']}-c{copy}"
            item.pop("doc_id", None)
            if copy:
                item["text"] = f"{item['text']}\n\nThis is report number {copy} of the series."
                if item.get("url"):
                    item["url"] = f"{item['url'].split('?')[0].rstrip('/')}/copy-{copy}"
                if item.get("published"):
                    day = date.fromisoformat(item["published"][:10]) + timedelta(days=SHIFT_DAYS * copy)
                    item["published"] = day.isoformat()
            handle.write(json.dumps({k: item[k] for k in ("id", "title", "published", "url", "text")
                                     if item.get(k) is not None}) + "\n")


class RunFailed(Exception):
    """A command of the benchmark failed (e.g. past the memory cap); the message says how."""


def _cap_memory() -> None:
    # a size that needs more memory than the cap fails alone (MemoryError) instead of
    # pushing a shared machine into swap or the OOM killer
    cap = MEMORY_CAP_GB * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def timed(args: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one clashwatch command in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen([sys.executable, "-m", "clashwatch", *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=errors, preexec_fn=_cap_memory)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        returncode = os.waitstatus_to_exitcode(status)
        if returncode not in (0, 2):  # 2: some input lines were reported bad
            errors.seek(0)
            tail = errors.read().decode(errors="replace").strip().splitlines()[-1:]
            raise RunFailed(f"{args[0]} exited with {returncode} after {seconds:.0f} s: "
                            f"{tail[0] if tail else ''}")
    return seconds, usage.ru_maxrss / 1024


def measure(corpus: Path, size: int, tmp: Path, with_extract: bool) -> dict[str, object]:
    """Build (and `extract` alone when asked) on one corpus: seconds, speed, peak memory."""
    out = tmp / f"out-{size}"
    build_s, build_mb = timed(["build", str(corpus), "-o", str(out), "-q"])
    with (out / "events.jsonl").open() as handle:
        events = sum(1 for _ in handle)
    shutil.rmtree(out)
    row: dict[str, object] = {
        "build_seconds": round(build_s, 1), "build_articles_per_s": round(size / build_s, 1),
        "build_peak_rss_mb": round(build_mb), "events": events, "extrapolated": False}
    if with_extract:
        extract_s, extract_mb = timed(["extract", str(corpus), "-o", str(tmp / "x.jsonl"), "-q"])
        row.update({"extract_seconds": round(extract_s, 1),
                    "extract_articles_per_s": round(size / extract_s, 1),
                    "extract_peak_rss_mb": round(extract_mb),
                    "grouping_store_publish_seconds": round(build_s - extract_s, 1)})
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--extrapolate-to", type=int, nargs="*", default=[100_000])
    parser.add_argument("--extract-up-to", type=int, default=10_000,
                        help="time `extract` alone only up to this size (build includes it)")
    args = parser.parse_args()
    source = read_jsonl(data_dir() / "gvc-dev" / "docs.jsonl")
    figures: dict[str, object] = {"source": "gvc-dev repeated", "cores": os.cpu_count()}
    measured: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(args.sizes):
            corpus = Path(tmp) / f"corpus-{size}.jsonl"
            make_corpus(source, size, corpus)
            try:
                row = measure(corpus, size, Path(tmp), size <= args.extract_up_to)
            except RunFailed as exc:
                figures[f"n{size}"] = {"failed": str(exc), "extrapolated": False}
                print(f"{size}: {exc}", file=sys.stderr)
                continue
            finally:
                corpus.unlink()
            measured[size] = {"build_seconds": float(row["build_seconds"])}
            figures[f"n{size}"] = row
            print(f"{size}: {row}", file=sys.stderr)
    sizes = sorted(measured)
    if len(sizes) >= 2:
        small, large = sizes[-2], sizes[-1]
        exponent = math.log(measured[large]["build_seconds"] / measured[small]["build_seconds"]) \
            / math.log(large / small)
        figures["growth_exponent"] = round(exponent, 2)
        figures["growth_exponent_between"] = f"{small}-{large}"
        for target in args.extrapolate_to:
            if target not in measured and target > large:
                seconds = measured[large]["build_seconds"] * (target / large) ** exponent
                entry = figures.setdefault(f"n{target}", {})
                assert isinstance(entry, dict)  # a failed run keeps its message beside this
                entry.update({"build_seconds": round(seconds), "extrapolated": True})
    write_result("pipeline_growth", figures)


if __name__ == "__main__":
    main()
