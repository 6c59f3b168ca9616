"""A bounded load test of `clashwatch serve` from loopback: throughput, p50/p99, errors.

`clashwatch serve` runs in a child process over a synthetic store (`clashwatch.web.sample`,
written through the Store API; made once and kept in .cache/). CLIENTS concurrent
clients (httpx, async, one connection each) send a fixed mix of requests for DURATION
seconds: timeline pages (HTML and JSON) with and without filters, event pages and their
JSON twins, chart and map twins, and bad requests that must be refused with 4xx in the
one error shape. Every answer is checked: an unexpected status, a wrong error shape, a
JSON answer that does not parse, a timeout or a refused connection is an error. Target:
zero errors; p99 is reported, not gated.

    python -m benchmarks.web_load [--events N] [--clients N] [--seconds S]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

import httpx

from benchmarks.api_p95 import figures
from benchmarks.common import ROOT, write_result
from clashwatch.web.sample import synthetic_store_at
from clashwatch.web.server import ServerProcess

CLIENTS = 50
DURATION_S = 30.0
REQUEST_TIMEOUT_S = 30.0
FILTERS: tuple[dict[str, str], ...] = (
    {},
    {"from": "2018-01-01", "to": "2018-12-31"},
    {"country": "UKR"},
    {"country": "Armenia", "min_killed": "20"},
    {"type": "airstrike"},
    {"place": "kharkiv"},
    {"q": "artillery"},
    {"q": "shelling goris"},
    {"q": "ceasefire", "country": "AZE", "from": "2020-01-01"},
    {"min_killed": "100"},
    {"country": "SYR", "page": "3"},
    {"type": "ambush", "per_page": "10"},
)
# bad requests: each must be refused with this status in the one error shape
BAD: tuple[tuple[str, dict[str, str], int], ...] = (
    ("/events.json", {"frm": "2020-01-01"}, 400),
    ("/events.json", {"from": "2020-13-45"}, 400),
    ("/events.json", {"min_killed": "-1"}, 400),
    ("/events.json", {"from": "2021-01-01", "to": "2020-01-01"}, 400),
    ("/events.json", {"per_page": "100000"}, 400),
    ("/events.json", {"q": "x" * 300}, 400),
    ("/events.json", {"country": "<script>"}, 400),
    ("/events.json", {"place": "a" * 2100}, 414),
    ("/events/no-such-event.json", {}, 404),
    ("/export.xml", {}, 404),
)
# (kind, weight): the share of each kind of request in the mix
MIX: tuple[tuple[str, int], ...] = (
    ("timeline-html", 25), ("timeline-json", 30), ("event-html", 15), ("event-json", 10),
    ("charts-json", 5), ("map-json", 5), ("bad-request", 10),
)


@dataclass(frozen=True)
class Request:
    kind: str
    path: str
    params: dict[str, str]
    status: int = 200


def pick(rng: random.Random, events: int) -> Request:
    kind = rng.choices([k for k, _ in MIX], [w for _, w in MIX])[0]
    event_id = f"ev-syn-{rng.randrange(events):06d}"
    if kind == "timeline-html":
        return Request(kind, "/events", rng.choice(FILTERS))
    if kind == "timeline-json":
        return Request(kind, "/events.json", rng.choice(FILTERS))
    if kind == "event-html":
        return Request(kind, f"/events/{event_id}", {})
    if kind == "event-json":
        return Request(kind, f"/events/{event_id}.json", {})
    if kind == "charts-json":  # a narrow filter: charts add up at most 5,000 events
        return Request(kind, "/charts.json", {"country": rng.choice(("ARM", "UKR", "SDN")),
                                              "from": "2022-01-01", "interval": "week"})
    if kind == "map-json":
        return Request(kind, "/map.json", {"type": rng.choice(("battle", "ambush")),
                                           "from": "2023-01-01"})
    path, params, status = rng.choice(BAD)
    return Request(kind, path, params, status)


def problem(request: Request, response: httpx.Response) -> str | None:
    """Why an answer is wrong, or None when it is what the request should get."""
    if response.status_code != request.status:
        return f"{request.kind}: status {response.status_code}, expected {request.status}"
    if request.status >= 400:
        body = response.json()
        error = body.get("error") if isinstance(body, dict) else None
        if not (isinstance(error, dict) and error.get("status") == request.status
                and isinstance(error.get("message"), str) and "\n" not in error["message"]):
            return f"{request.kind}: not the one error shape: {response.text[:120]}"
        return None
    if request.path.endswith(".json"):
        response.json()  # must parse
    elif not response.text.startswith("<!doctype html>"):
        return f"{request.kind}: not an HTML page"
    return None


async def client_loop(client: httpx.AsyncClient, rng: random.Random, events: int,
                      deadline: float, timings: dict[str, list[float]],
                      errors: Counter[str]) -> None:
    while time.perf_counter() < deadline:
        request = pick(rng, events)
        started = time.perf_counter()
        try:
            response = await client.get(request.path, params=request.params)
            wrong = problem(request, response)
        except (httpx.HTTPError, ValueError) as exc:  # ValueError: a JSON body that does not parse
            wrong = f"{request.kind}: {type(exc).__name__}: {str(exc)[:80]}"
        elapsed_ms = (time.perf_counter() - started) * 1000
        if wrong:
            errors[wrong] += 1
        else:
            timings.setdefault(request.kind, []).append(elapsed_ms)


async def load(url: str, events: int, clients: int, seconds: float) -> dict[str, Any]:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    timings: dict[str, list[float]] = {}
    errors: Counter[str] = Counter()
    async with httpx.AsyncClient(base_url=url, timeout=REQUEST_TIMEOUT_S, limits=limits) as client:
        for params in FILTERS:  # warm-up: facets and the page cache, not timed
            await client.get("/events.json", params=params)
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(*(client_loop(client, random.Random(i), events, deadline,
                                           timings, errors) for i in range(clients)))
        wall = time.perf_counter() - started
    everything = [t for values in timings.values() for t in values]
    answered = len(everything) + sum(errors.values())
    return {
        "clients": clients, "seconds": seconds, "wall_s": round(wall, 1),
        "requests": answered, "throughput_rps": round(answered / wall, 1),
        "errors": sum(errors.values()), "error_kinds": dict(errors.most_common(10)),
        "overall": figures(everything) if everything else {},
        "by_kind": {kind: figures(values) for kind, values in sorted(timings.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--seconds", type=float, default=DURATION_S)
    args = parser.parse_args()
    made = time.perf_counter()
    db = synthetic_store_at(ROOT / ".cache" / f"web-synthetic-{args.events}.db", args.events)
    store_seconds = time.perf_counter() - made
    with ServerProcess(str(db)) as url:
        figures_ = asyncio.run(load(url, args.events, args.clients, args.seconds))
    result = {"events": args.events, "store_ready_s": round(store_seconds, 1),
              "mix": dict(MIX), **figures_, "passed": figures_["errors"] == 0}
    write_result("web_load", result)
    print(f"{result['requests']} requests in {result['wall_s']} s from {args.clients} clients: "
          f"{result['throughput_rps']} req/s, p50 {result['overall'].get('p50_ms')} ms, "
          f"p99 {result['overall'].get('p99_ms')} ms, errors {result['errors']}")


if __name__ == "__main__":
    main()
