"""Document -> event grouping on ECB+ dev (two look-alike events per topic, no dates).

Target: B-cubed F1 >= 0.90 without the number of events (K-means told it: ~0.97; one
cluster per topic: ~0.69). Scored on the text alone and after the per-article pipeline
(which may find dates, places and actors in the text).
"""

from __future__ import annotations

from benchmarks.common import write_result
from benchmarks.events_common import ecbplus, extract, grouping_scores

SWEEP = (0.15, 0.18, 0.2, 0.22, 0.25)


def main() -> None:
    articles, gold = ecbplus()
    text_only = grouping_scores(articles, gold, SWEEP)
    extracted, seconds = extract(articles)
    scores = grouping_scores(extracted, gold, SWEEP)
    write_result("cluster_ecbplus", {
        "documents": len(articles), "target_f1": 0.90,
        "text_only": text_only,
        "extracted": {**scores, "extraction_seconds": round(seconds, 1)},
    })
    print(f"B-cubed F1: text {text_only['f1']:.4f}, extracted {scores['f1']:.4f} "
          f"({scores['events']} events found, {scores['gold_events']} in the gold; "
          f"target >= 0.90)")


if __name__ == "__main__":
    main()
