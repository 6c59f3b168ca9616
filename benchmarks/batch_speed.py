"""Articles/s of `clashwatch build` and of `clashwatch batch --engine spark` (local[2]) and
`--engine local` on gvc-dev, and the cost of Spark on one machine against the local path.

Each command runs as a user would run it (a fresh process: models and the JVM load
inside the timing), `--repeats` times; the figure is the median with the min and max.
The benchmark checks its output while it times: Spark's and the local batch's
events.jsonl must equal build's.

Run: python -m benchmarks.batch_speed [--repeats 3] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, gvc_input, write_result

COMMANDS = {
    "build": ["build", "{input}", "-o", "{out}", "-q"],
    "batch_local": ["batch", "{input}", "-o", "{out}", "--engine", "local", "-q"],
    "batch_spark_local2": ["batch", "{input}", "-o", "{out}", "--engine", "spark",
                           "--master", "local[2]", "-q"],
}


def run(name: str, input_path: Path, out: Path) -> float:
    args = [a.format(input=input_path, out=out) for a in COMMANDS[name]]
    # one str hash seed for every run: related events' context tags are chosen among ties
    # in set order (resolve/related.py), so two processes may differ there otherwise;
    # the check below compares the engines, not the hash seeds
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": "0"}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "clashwatch", *args], env=env,
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 2):  # 2: some input articles were reported bad
        sys.exit(f"{name} failed: {done.stderr[-2000:]}")
    return seconds


def differing_fields(reference: bytes, other: bytes) -> list[str]:
    """The event fields (by name) in which two events.jsonl differ, or ["event count"]."""
    ours, theirs = reference.splitlines(), other.splitlines()
    if len(ours) != len(theirs):
        return ["event count"]
    fields: set[str] = set()
    for a, b in zip(ours, theirs, strict=True):
        if a != b:
            left, right = json.loads(a), json.loads(b)
            fields |= {k for k in left.keys() | right.keys() if left.get(k) != right.get(k)}
    return sorted(fields)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        input_path, n = gvc_input(Path(tmp), args.limit)
        times: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for repeat in range(args.repeats):
            for name in COMMANDS:
                out = Path(tmp) / f"{name}-{repeat}"
                times[name].append(run(name, input_path, out))
                print(f"{name} run {repeat + 1}: {times[name][-1]:.1f} s", file=sys.stderr)
        reference = (Path(tmp) / "build-0" / "events.jsonl").read_bytes()
        differences = {name: differing_fields(reference, (Path(tmp) / f"{name}-0" / "events.jsonl")
                                              .read_bytes()) for name in COMMANDS}
        events = reference.count(b"\n")
    figures: dict[str, object] = {"articles": n, "events": events, "repeats": args.repeats,
                                  "cores": os.cpu_count(),
                                  "same_events_as_build": not any(differences.values())}
    if any(differences.values()):
        figures["differing_fields"] = {k: v for k, v in differences.items() if v}
    for name, values in times.items():
        median = statistics.median(values)
        figures[name] = {"seconds_median": round(median, 2), "seconds_min": round(min(values), 2),
                         "seconds_max": round(max(values), 2),
                         "articles_per_s": round(n / median, 1)}
    build = statistics.median(times["build"])
    figures["spark_cost_vs_build"] = round(statistics.median(times["batch_spark_local2"]) / build, 2)
    figures["local_batch_cost_vs_build"] = round(statistics.median(times["batch_local"]) / build, 2)
    figures["spark_target_max_cost"] = 1.5
    write_result("batch_speed", figures)


if __name__ == "__main__":
    main()
