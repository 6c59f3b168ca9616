"""Write the latest benchmark figures (benchmarks/results/*.json) into README.md.

Run after the benchmarks: `.venv/bin/python -m benchmarks.report`. The table goes
between the BENCHMARKS markers in the README, so it is regenerated, never hand-edited.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
BEGIN, END = "<!-- BENCHMARKS:BEGIN -->", "<!-- BENCHMARKS:END -->"


# The figures each issue's acceptance names: (result file, dotted key, what it is, target).
HEADLINES: list[tuple[str, str, str, str]] = [
    ("claims_seeds", "precision", "seed claims: precision", ">= 0.95"),
    ("claims_seeds", "recall", "seed claims: recall", ">= 0.95"),
    ("claims_seeds", "claimant_side_accuracy", "seed claims: claimant side right", ">= 0.9"),
    ("gvc_totals", "both_right", "gvc-dev: event killed and wounded both right", ">= 0.70"),
    ("gvc_totals", "killed_accuracy", "gvc-dev: killed right", ""),
    ("gvc_totals", "wounded_accuracy", "gvc-dev: wounded right", ""),
    ("extract_speed", "articles_per_s", "`clashwatch extract` articles/s (gvc-dev)", ">= 50"),
    ("extract_speed", "peak_rss_mb", "`clashwatch extract` peak MB", "< 1536"),
    ("where_dates", "seed_date_ranges_right", "seed claim date ranges right", "1.0"),
    ("where_dates", "gvc_event_date_covers_incident", "gvc-dev: event dates cover incident", ">= 0.9"),
    ("where_dates", "dates_added_share", "cost added to extract by dates", "<= 0.1"),
    ("where_places", "seed_places_within_10km", "seed claim places within 10 km", "1.0"),
    ("where_places", "gvc_city_and_state", "gvc-dev: event city and state right", ">= 0.85"),
    ("where_places", "places_added_cost", "cost added to extract by places", "<= 0.2"),
    ("cluster_ecbplus", "extracted.f1", "ECB+ grouping B-cubed F1", ">= 0.90"),
    ("cluster_gvc", "extracted.f1", "gvc-dev grouping B-cubed F1", ">= 0.90"),
    ("cluster_gvc", "end_to_end.killed_and_wounded_right", "gvc-dev: incident's event has its figures",
     ">= 0.65"),
    ("grouping_scale", "runs.2.seconds", "grouping 100,000 articles, seconds", "< 600"),
    ("pipeline_growth", "n100000.build_seconds", "`clashwatch build` 100,000 articles, seconds", ""),
    ("api_p95", "overall.p95_ms", "timeline API p95 ms at 100,000 events", "< 100"),
    ("web_load", "overall.p99_ms", "50 clients x 30 s: p99 ms", ""),
    ("web_load", "errors", "50 clients x 30 s: errors", "0"),
    ("batch_speed", "spark_cost_vs_build", "Spark local[2] cost vs build", "<= 1.5"),
]


def _lookup(data: object, dotted: str) -> object:
    for part in dotted.split("."):
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return None
    return data


def render_headlines() -> str:
    rows = ["| figure | value | target | command |", "| --- | --- | --- | --- |"]
    for name, key, label, target in HEADLINES:
        path = RESULTS / f"{name}.json"
        if not path.exists():
            continue
        value = _lookup(json.loads(path.read_text(encoding="utf-8")), key)
        if value is None:
            continue
        shown = (f"{value:.1f}" if isinstance(value, float) and value >= 10
                 else f"{value:.3f}" if isinstance(value, float) else str(value))
        rows.append(f"| {label} | {shown} | {target} | `python -m benchmarks.{name}` |")
    return "\n".join(rows)


def update_readme() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = (f"{BEGIN}\n{render_headlines()}\n\nEvery figure of every benchmark is in "
             f"`benchmarks/results/<name>.json`.\n{END}")
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    update_readme()
    print(render_headlines())
