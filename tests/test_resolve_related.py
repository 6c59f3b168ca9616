"""Related events: context tags chosen the same way in every run; place features."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from clashwatch.model import Article, Place
from clashwatch.resolve.related import strongest
from clashwatch.resolve.similarity import article_features

SRC = Path(__file__).resolve().parent.parent / "src"
# the seeds as read (no extraction): resolve_events, related links as JSON
RELATED_OF_SEEDS = """
import json, sys
from clashwatch.model import Article, parse_iso
from clashwatch.resolve import resolve_events
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
articles = [Article(id=r["id"], text=r["text"], published=parse_iso(r.get("published")))
            for r in rows]
print(json.dumps([[e.event_id, e.related] for e in resolve_events(articles)]))
"""


def test_resolve_related_ties_broken_by_name() -> None:
    assert strongest(Counter({"b": 1, "a": 1, "c": 2, "d": 1}), 3) == {"c": 2, "a": 1, "b": 1}


def test_resolve_related_same_in_every_process(seeds_jsonl: Path) -> None:
    # sets of strings iterate in a per-process order (hash seed): tags must not depend on it
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", RELATED_OF_SEEDS, str(seeds_jsonl)],
                              capture_output=True, env=env, timeout=120, check=True)
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]
    assert any(related for _, related in outputs[0])


def test_resolve_related_place_feature_only_where_words_lack_it() -> None:
    article = Article("a", "Gunmen opened fire in a market of Springfield. Police in "
                      "Los Angeles said Springfield was calm.",
                      places=[Place("Springfield"), Place("Los Angeles")])
    names = article_features(article).names
    assert "place:springfield" not in names and names["springfield"] == 2
    assert names["place:los angeles"] == 1
