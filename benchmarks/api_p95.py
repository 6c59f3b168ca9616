"""The timeline API at 100,000 events: latency of filtered queries from loopback.

A synthetic store of 100,000 events (`clashwatch.web.sample`, written through the Store
API; made once and kept in .cache/) is served by `clashwatch serve` in a child
process; one client sends a fixed mix of filtered timeline queries and event lookups,
bounded in count (REQUESTS) and time (MAX_SECONDS), checks every answer against its
filter, and reports p50 / p95 / p99 per query and overall. Target: p95 < 100 ms.

    python -m benchmarks.api_p95 [--events N] [--requests N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import ROOT, write_result
from clashwatch.web.sample import synthetic_store_at
from clashwatch.web.server import ServerProcess

MAX_SECONDS = 300.0
WARMUP = 30
QUERIES: list[tuple[str, dict[str, str]]] = [
    ("newest", {}),
    ("date-range", {"from": "2018-01-01", "to": "2018-12-31"}),
    ("country", {"country": "UKR"}),
    ("country-name+min-killed", {"country": "Armenia", "min_killed": "20"}),
    ("type", {"type": "airstrike"}),
    ("place", {"place": "kharkiv"}),
    ("search-one-word", {"q": "artillery"}),
    ("search-two-words", {"q": "shelling goris"}),
    ("search+country+date", {"q": "ceasefire", "country": "AZE", "from": "2020-01-01"}),
    ("min-killed", {"min_killed": "100"}),
    ("page-20", {"country": "SYR", "page": "20"}),
    ("small-page", {"type": "ambush", "per_page": "10"}),
]


def check(name: str, params: dict[str, str], data: dict[str, Any]) -> None:
    """Each answer must satisfy its own filter: a fast wrong answer is no answer."""
    assert data["events"] or name in ("page-20",), f"{name}: no events"
    for event in data["events"]:
        if "country" in params:
            code = "ARM" if params["country"] == "Armenia" else params["country"]
            assert event["country"] == code or code in event["by_side"], name
        if "type" in params:
            assert event["type"] == params["type"], name
        if "min_killed" in params:
            assert (event["killed"]["best"] or 0) >= int(params["min_killed"]), name
        if "from" in params:
            assert (event["date_end"] or event["date_start"]) >= params["from"], name
        if "to" in params:
            assert event["date_start"] <= params["to"], name
        if "place" in params:
            assert params["place"] in (event["place"] or "").lower(), name


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def figures(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50_ms": round(percentile(values, 50), 2),
            "p95_ms": round(percentile(values, 95), 2), "p99_ms": round(percentile(values, 99), 2),
            "mean_ms": round(statistics.fmean(values), 2), "max_ms": round(max(values), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=1200)
    args = parser.parse_args()
    made = time.perf_counter()
    db = synthetic_store_at(ROOT / ".cache" / f"web-synthetic-{args.events}.db", args.events)
    store_seconds = time.perf_counter() - made
    rng = random.Random(1)
    timings: dict[str, list[float]] = {name: [] for name, _ in QUERIES}
    timings["event-page-json"] = []
    errors = 0
    started = time.perf_counter()
    with ServerProcess(str(db)) as url, httpx.Client(base_url=url, timeout=30) as client:
        for i in range(WARMUP):
            client.get("/events.json", params=QUERIES[i % len(QUERIES)][1])
        for i in range(args.requests):
            if time.perf_counter() - started > MAX_SECONDS:
                break
            if i % (len(QUERIES) + 1) == len(QUERIES):
                name, path = "event-page-json", f"/events/ev-syn-{rng.randrange(args.events):06d}.json"
                params: dict[str, str] = {}
            else:
                name, params = QUERIES[i % (len(QUERIES) + 1)]
                path = "/events.json"
            t0 = time.perf_counter()
            response = client.get(path, params=params)
            elapsed = (time.perf_counter() - t0) * 1000
            if response.status_code != 200:
                errors += 1
                continue
            if path == "/events.json":
                check(name, params, response.json())
            timings[name].append(elapsed)
    everything = [t for values in timings.values() for t in values]
    result = {
        "events": args.events, "store_bytes": Path(db).stat().st_size,
        "store_ready_s": round(store_seconds, 1), "requests": len(everything),
        "errors": errors, "clients": 1, "wall_s": round(time.perf_counter() - started, 1),
        "overall": figures(everything),
        "by_query": {name: figures(values) for name, values in timings.items() if values},
        "target_p95_ms": 100, "passed": figures(everything)["p95_ms"] < 100 and errors == 0,
    }
    write_result("api_p95", result)


if __name__ == "__main__":
    main()
