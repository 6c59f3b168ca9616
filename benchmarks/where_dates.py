"""Event and claim dates (issue 4): seeds gold, gvc-dev incident dates, and their cost.

Run: ``python -m benchmarks.where_dates [LIMIT] [--misses]`` (from the repository root; data
from ``$CLASHWATCH_DATA`` or ``../shared/data``; LIMIT takes the first gvc articles only;
``--misses`` prints every gvc miss, not just the first ones).

- seeds: every gold claim of ``seeds/gold.json`` with a date range is paired with an
  extracted claim by `claim_scorer.match_claims` (the pairing of ``claims_seeds``); it is
  right when the extracted range covers the gold one and is at most 3 days wider
  (target: all of them). A gold claim with no pair is wrong.
- gvc: each unflagged gvc-dev article (``gvc_totals.load``) is extracted once; right
  when ``event.date_start..date_end`` covers the incident's date (target >= 0.9).
- cost: during that run each component is timed (CPU time of this process, so that
  other jobs on the machine count less); seconds per article for the whole
  pipeline and for it without the date components (`DateResolver`, `ClaimPeriods`),
  and the share the date components add (target <= 0.10).
The seeds' misses are kept in the result; the first gvc misses (id, publication and
incident dates, the period found, the title) are printed, their number kept.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from typing import Any

from benchmarks.claims_seeds import extract_seeds, gold_path
from benchmarks.common import extract_timed, write_result
from benchmarks.gvc_totals import load
from clashwatch.extract import Extractor
from clashwatch.extract.claim_scorer import match_claims
from clashwatch.model import Article, parse_iso

DATE_COMPONENTS = ("dates", "claim_periods")
MAX_EXTRA_DAYS = 3
WARM_UP = 5
SHOWN_MISSES = 40


def _covers(start: date | None, end: date | None, gold_start: date, gold_end: date) -> bool:
    if start is None or end is None or start > gold_start or end < gold_end:
        return False
    return (gold_start - start).days + (end - gold_end).days <= MAX_EXTRA_DAYS


def evaluate_seeds() -> dict[str, Any]:
    """Rate of dated gold claims whose paired extracted claim has a fitting range."""
    gold = json.loads(gold_path().read_text(encoding="utf-8"))
    records = extract_seeds()
    right = total = 0
    misses = []
    for doc in gold["documents"]:
        predicted = records.get(doc["file"], {}).get("claims", [])
        for claim, index in match_claims(predicted, doc["claims"]):
            gold_start, gold_end = parse_iso(claim.get("date_start")), parse_iso(claim.get("date_end"))
            if gold_start is None or gold_end is None:
                continue
            total += 1
            pred = predicted[index] if index is not None else {}
            start, end = parse_iso(pred.get("date_start")), parse_iso(pred.get("date_end"))
            if _covers(start, end, gold_start, gold_end):
                right += 1
            else:
                misses.append(f"{doc['file'][:3]} {claim['status']} {claim.get('count')}: gold "
                              f"{gold_start}..{gold_end}, got {start}..{end}"
                              + ("" if index is not None else " (claim not found)"))
    return {"seed_claims_with_dates": total, "seed_date_ranges_right": round(right / total, 3),
            "seed_date_misses": misses}


def evaluate_gvc(pairs: list[tuple[Article, dict[str, Any]]]) -> dict[str, Any]:
    """Incident-date coverage of the event period, and the cost of each component."""
    extractor = Extractor()
    for article, _ in pairs[:WARM_UP]:  # loads spaCy and dateparser's data: not timed
        extractor(Article(id="warm", text=article.text, published=article.published))
    seconds: dict[str, float] = {}
    right = 0
    precisions: Counter[str] = Counter()
    widths = []
    misses: list[str] = []
    for article, incident in pairs:
        article = extract_timed(extractor, article, seconds)
        event = article.event
        hit = bool(event.date_start and event.date_end
                   and event.date_start <= date.fromisoformat(incident["date"]) <= event.date_end)
        right += hit
        if not hit:
            misses.append(f"{article.id[:8]} published {article.published} incident "
                          f"{incident['date']}: got {event.date_start}..{event.date_end}"
                          f" | {(article.title or '')[:60]}")
        precisions[event.date_precision or "none"] += 1
        if event.date_start and event.date_end:
            widths.append((event.date_end - event.date_start).days + 1)
    n = len(pairs)
    total = sum(seconds.values())
    dates = sum(seconds.get(name, 0.0) for name in DATE_COMPONENTS)
    return {
        "gvc_articles": n,
        "gvc_event_date_covers_incident": round(right / n, 3),
        "gvc_event_precisions": dict(precisions.most_common()),
        "gvc_event_mean_days": round(sum(widths) / len(widths), 2) if widths else None,
        "seconds_per_article": round(total / n, 5),
        "seconds_per_article_without_dates": round((total - dates) / n, 5),
        "dates_added_share": round(dates / (total - dates), 3) if total > dates else None,
        "seconds_by_component": {k: round(v / n, 5) for k, v in seconds.items()},
        "gvc_misses": misses,
    }


def main() -> None:
    args = [arg for arg in sys.argv[1:] if arg != "--misses"]
    limit = int(args[0]) if args else None
    figures = {**evaluate_seeds(), **evaluate_gvc(load(limit))}
    misses = figures.pop("gvc_misses")
    shown = len(misses) if "--misses" in sys.argv[1:] else SHOWN_MISSES
    for line in misses[:shown]:  # printed, not kept: the figures stay short
        print("  ", line)
    figures["gvc_misses"] = len(misses)
    figures["targets"] = {"seed_date_ranges_right": 1.0, "gvc_event_date_covers_incident": 0.9,
                          "dates_added_share": 0.10}
    write_result("where_dates", figures)


if __name__ == "__main__":
    main()
