"""Run the benchmarks one after another, then write their figures into the README.

`.venv/bin/python -m benchmarks.run_all` runs the accuracy benchmarks and the quick speed
ones (minutes); `--slow` adds those that take tens of minutes (100k-article growth curves,
the 100k-event API store, Spark). One at a time, since each wants the machine's cores.
"""

from __future__ import annotations

import subprocess
import sys

from benchmarks.report import update_readme

QUICK = ["claims_seeds", "gvc_totals", "where_dates", "where_places", "extract_speed",
         "cluster_ecbplus", "cluster_gvc", "web_load"]
SLOW = ["grouping_scale", "api_p95", "batch_speed", "pipeline_growth"]


def main(argv: list[str]) -> int:
    names = QUICK + (SLOW if "--slow" in argv else [])
    failed = []
    for name in names:
        print(f"== benchmarks.{name}", flush=True)
        if subprocess.run([sys.executable, "-m", f"benchmarks.{name}"], check=False).returncode:
            failed.append(name)
    update_readme()
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
