"""The article's own killed and wounded totals on real news: gvc-dev (US gun violence).

Run: ``python -m benchmarks.gvc_totals`` (from the repository root; data from
``$CLASHWATCH_DATA`` or ``../shared/data``). Each unflagged article of
``gvc-dev/docs.jsonl`` (the README suggests leaving out ``empty_text`` and
``boilerplate_text``; ``short_text`` and the other flags are left out too, so only
articles with no flag are scored) goes through ``clashwatch extract``'s code with its
title and publication date; its ``event.killed`` and ``event.wounded`` are compared
with the Gun Violence Archive record of the incident it was listed for (every
unflagged article has exactly one).

Figures: the share of articles with both equal (target >= 0.70, issue 3), killed and
wounded accuracy separately, their mean absolute error (a null total counts as 0 for
the error and as wrong for accuracy unless the record is 0... no: null is never equal
to a number), and how often each total is null.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import Any

from benchmarks.common import data_dir, read_jsonl, write_result
from clashwatch.extract import Extractor
from clashwatch.model import Article, parse_iso


def load(limit: int | None = None) -> list[tuple[Article, dict[str, Any]]]:
    folder = data_dir() / "gvc-dev"
    incidents = {r["incident_id"]: r for r in read_jsonl(folder / "incidents.jsonl")}
    pairs = []
    for doc in read_jsonl(folder / "docs.jsonl"):
        if doc["flags"] or len(doc["incident_ids"]) != 1:
            continue
        article = Article(id=doc["doc_id"], text=doc["text"], title=doc.get("title"),
                          published=parse_iso(doc.get("published")), url=doc.get("url"))
        pairs.append((article, incidents[doc["incident_ids"][0]]))
    return pairs[:limit] if limit else pairs


def evaluate(pairs: list[tuple[Article, dict[str, Any]]], show: int = 0) -> dict[str, Any]:
    extractor = Extractor()
    both = killed_ok = wounded_ok = 0
    killed_err = wounded_err = 0
    nulls: Counter[str] = Counter()
    shown = 0
    started = time.perf_counter()
    for article, incident in pairs:
        event = extractor(article).event
        k_ok = event.killed == incident["killed"]
        w_ok = event.wounded == incident["injured"]
        killed_ok += k_ok
        wounded_ok += w_ok
        both += k_ok and w_ok
        killed_err += abs((event.killed or 0) - incident["killed"])
        wounded_err += abs((event.wounded or 0) - incident["injured"])
        nulls["killed"] += event.killed is None
        nulls["wounded"] += event.wounded is None
        if not (k_ok and w_ok) and shown < show:
            shown += 1
            print(f"--- {article.id} gold {incident['killed']}/{incident['injured']} "
                  f"got {event.killed}/{event.wounded} | {article.title}")
            for claim in article.claims:
                print(f"     {claim.status} {claim.count} agg={claim.aggregate} "
                      f"sub={claim.subset} | {claim.quote[:110]}")
    n = len(pairs)
    return {
        "articles": n,
        "both_right": round(both / n, 3),
        "killed_accuracy": round(killed_ok / n, 3),
        "wounded_accuracy": round(wounded_ok / n, 3),
        "killed_mae": round(killed_err / n, 3),
        "wounded_mae": round(wounded_err / n, 3),
        "killed_null_share": round(nulls["killed"] / n, 3),
        "wounded_null_share": round(nulls["wounded"] / n, 3),
        "seconds": round(time.perf_counter() - started, 1),
        "target_both_right": 0.70,
    }


def main() -> None:
    show = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    write_result("gvc_totals", evaluate(load(), show=show))


if __name__ == "__main__":
    main()
