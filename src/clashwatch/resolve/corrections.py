"""Analysts' corrections to the grouping, replayed after every regrouping.

Stored as rows of the `corrections` table (`Store.add_correction`), oldest first:

* ``merge``: ``{"article_ids": [...], "event_ids": [...]}`` - the events holding any of
  these reports become one.
* ``split``: ``{"article_ids": [...], "event_id": ...}`` - these reports leave their
  event and form one of their own.

Corrections name reports, not event ids: event ids follow their members, and a
regrouping after a later ingest may rebuild every event; replaying the corrections in
order on the fresh grouping keeps every decision an analyst made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from clashwatch.model import Article

MERGE = "merge"
SPLIT = "split"
KINDS = (MERGE, SPLIT)


def apply_corrections(groups: list[list[Article]], reasons: dict[str, str],
                      corrections: Sequence[dict[str, Any]]) -> list[list[Article]]:
    """The groups after every correction, in order; `reasons` is updated in place."""
    groups = [list(g) for g in groups if g]
    for number, correction in enumerate(corrections, start=1):
        ids = set(correction.get("article_ids") or [])
        if not ids:
            continue
        tag = correction.get("id") or f"#{number}"
        if correction.get("kind") == MERGE:
            hit = [g for g in groups if any(a.id in ids for a in g)]
            if len(hit) < 2:
                continue
            merged = [a for g in hit for a in g]
            groups = [g for g in groups if not any(a.id in ids for a in g)] + [merged]
            for article in merged:
                reasons[article.id] = f"merged by an analyst (correction {tag}); " + \
                    reasons.get(article.id, "")
        elif correction.get("kind") == SPLIT:
            moved = [a for g in groups for a in g if a.id in ids]
            if not moved:
                continue
            groups = [[a for a in g if a.id not in ids] for g in groups]
            groups = [g for g in groups if g] + [moved]
            for article in moved:
                reasons[article.id] = f"split off by an analyst (correction {tag})"
    return groups
