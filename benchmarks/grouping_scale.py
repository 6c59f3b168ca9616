"""Grouping speed at 1k, 10k and 100k articles (target: 100,000 in under 10 minutes).

GVC dev articles are repeated with new ids, each copy moved 1,500 days later so that a
copy forms its own events rather than piling onto the original's (the load is then
like a longer stream of news, not one huge event). Articles are built as extracted
(dates set), so only grouping is timed: features, document frequencies, adding each
article, consolidation. The grouping of every copy is checked against the original's.
"""

from __future__ import annotations

import math
import resource
import sys
import time
from dataclasses import replace
from datetime import timedelta

from benchmarks.common import write_result
from benchmarks.events_common import gvc
from clashwatch.model import Article, ArticleEvent
from clashwatch.resolve.grouping import group_articles
from clashwatch.resolve.scoring import bcubed

SIZES = (1_000, 10_000, 100_000)
SHIFT_DAYS = 1_500


def corpus(base: list[Article], size: int) -> tuple[list[Article], dict[str, str]]:
    """`size` articles: copies of `base` with new ids and shifted dates; gold per copy."""
    out: list[Article] = []
    origin: dict[str, str] = {}
    copy = 0
    while len(out) < size:
        shift = timedelta(days=SHIFT_DAYS * copy)
        for article in base:
            if len(out) == size:
                break
            day = article.published + shift if article.published else None
            new = replace(article, id=f"{article.id}~{copy}", published=day,
                          event=ArticleEvent(date_start=day, date_end=day))
            out.append(new)
            origin[new.id] = article.id
        copy += 1
    return out, origin


def main() -> None:
    base, gold, _ = gvc()
    sizes = [int(a) for a in sys.argv[1:]] or list(SIZES)
    rows = []
    for size in sizes:
        articles, origin = corpus(base, size)
        started = time.monotonic()
        groups = group_articles(articles)
        seconds = time.monotonic() - started
        predicted = {a.id: n for n, g in enumerate(groups) for a in g}
        copy_gold = {a.id: f"{gold[origin[a.id]]}~{a.id.rsplit('~', 1)[1]}" for a in articles}
        rows.append({"articles": size, "seconds": round(seconds, 2),
                     "articles_per_second": round(size / seconds, 1), "events": len(groups),
                     "bcubed_f1": round(bcubed(predicted, copy_gold).f1, 4)})
        print(rows[-1], flush=True)
    growth = None
    if len(rows) >= 2 and rows[-2]["seconds"] > 0:
        growth = round(math.log(rows[-1]["seconds"] / rows[-2]["seconds"])
                       / math.log(rows[-1]["articles"] / rows[-2]["articles"]), 3)
    write_result("grouping_scale", {
        "runs": rows, "growth_exponent_last_step": growth,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "target": "100,000 articles in under 600 s",
    })


if __name__ == "__main__":
    main()
