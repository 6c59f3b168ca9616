"""Articles/s and peak memory of `clashwatch extract` over gvc-dev (issue 3).

Each run is the real CLI path a user runs, `python -m clashwatch extract docs.jsonl -o
OUT`, in a fresh process (imports, profiles and the gazetteer load inside the timing),
`--repeats` times; the figure is the median with the min and max, and the CPU time per
run (user + system of the child: less sensitive to other jobs). Peak memory is the
child's maximum resident set size (`resource.getrusage(RUSAGE_CHILDREN)` after each run,
which on Linux reports the largest child so far, in KiB).

All gvc-dev documents are read, flagged ones included (an ingester sees those too).
The machine is shared (2 cores, other jobs running): the figure is a lower bound of
what the code does alone; `load_average` is recorded next to it.

Run: python -m benchmarks.extract_speed [--repeats 3] [--limit N] [--jobs 1]
Targets: >= 50 articles/s, peak RSS < 1.5 GB.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, gvc_input, write_result


def run(input_path: Path, out: Path, jobs: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "clashwatch", "extract", str(input_path), "-o", str(out),
               "-j", str(jobs)]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 2):  # 2: some input articles were reported bad
        sys.exit(f"extract failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--jobs", type=int, default=1, help="clashwatch extract -j")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        input_path, n = gvc_input(Path(tmp), args.limit)
        times = []
        for repeat in range(args.repeats):
            out = Path(tmp) / f"claims-{repeat}.jsonl"
            times.append(run(input_path, out, args.jobs))
            print(f"run {repeat + 1}: {times[-1]:.1f} s", file=sys.stderr)
        records = out.read_text(encoding="utf-8").count("\n")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kib = usage.ru_maxrss
    cpu = (usage.ru_utime + usage.ru_stime) / args.repeats  # CPU time, less sensitive to load
    median = statistics.median(times)
    write_result("extract_speed", {
        "articles": n, "records_written": records, "jobs": args.jobs, "repeats": args.repeats,
        "cores": os.cpu_count(), "load_average_1min": round(os.getloadavg()[0], 2),
        "seconds_median": round(median, 2), "seconds_min": round(min(times), 2),
        "seconds_max": round(max(times), 2), "articles_per_s": round(n / median, 1),
        "cpu_seconds_per_run": round(cpu, 2), "articles_per_cpu_s": round(n / cpu, 1),
        "peak_rss_mb": round(peak_kib / 1024, 1),
        "targets": {"articles_per_s": 50, "peak_rss_mb_max": 1536},
        "note": "shared 2-core machine: other jobs ran at the same time (see load average)",
    })


if __name__ == "__main__":
    main()
