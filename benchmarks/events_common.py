"""What the event benchmarks share: dev sets as Articles, extraction, grouping scores."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from benchmarks.common import data_dir, read_jsonl
from clashwatch.model import Article, parse_iso
from clashwatch.resolve.grouping import group_articles
from clashwatch.resolve.scoring import bcubed

GVC_SKIPPED_FLAGS = {"empty_text", "boilerplate_text"}  # not articles (see the set's README)


def ecbplus() -> tuple[list[Article], dict[str, str]]:
    """ECB+ dev: text only (no title, date or URL: the URL often names the event)."""
    docs = read_jsonl(data_dir() / "ecbplus-dev" / "docs.jsonl")
    return ([Article(id=d["doc_id"], text=d["text"]) for d in docs],
            {d["doc_id"]: d["event_id"] for d in docs})


def gvc() -> tuple[list[Article], dict[str, str], list[dict[str, Any]]]:
    """GVC dev: title, text and publication date; gold is the first listed incident."""
    root = data_dir() / "gvc-dev"
    docs = [d for d in read_jsonl(root / "docs.jsonl") if not GVC_SKIPPED_FLAGS & set(d["flags"])]
    articles = [Article(id=d["doc_id"], text=d["text"], title=d["title"],
                        published=parse_iso(d["published"]), url=None) for d in docs]
    return articles, {d["doc_id"]: d["incident_ids"][0] for d in docs}, \
        read_jsonl(root / "incidents.jsonl")


def extract(articles: Iterable[Article]) -> tuple[list[Article], float]:
    """Run the per-article pipeline; RETURNS the articles and the seconds it took."""
    from clashwatch.extract import Extractor

    started = time.monotonic()
    extractor = Extractor()
    done = list(extractor.pipe(articles, on_error=lambda a, e: None))
    return done, time.monotonic() - started


def grouping_scores(articles: list[Article], gold: dict[str, str],
                    cohesions: Iterable[float] = ()) -> dict[str, Any]:
    """B-cubed at the default threshold, and at others to show how sensitive it is."""
    started = time.monotonic()
    groups = group_articles(articles)
    seconds = time.monotonic() - started
    predicted = {a.id: n for n, g in enumerate(groups) for a in g}
    result: dict[str, Any] = {**bcubed(predicted, gold).as_dict(), "events": len(groups),
                              "gold_events": len(set(gold.values())),
                              "seconds": round(seconds, 2)}
    sweep = {}
    for cohesion in cohesions:
        groups = group_articles(articles, cohesion=cohesion)
        predicted = {a.id: n for n, g in enumerate(groups) for a in g}
        sweep[f"{cohesion:.2f}"] = round(bcubed(predicted, gold).f1, 4)
    if sweep:
        result["f1_by_cohesion"] = sweep
    return result


def here() -> Path:
    return Path(__file__).resolve().parent
