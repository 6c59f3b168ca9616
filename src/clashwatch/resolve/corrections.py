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

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from clashwatch.errors import InputError
from clashwatch.model import Article, Event

if TYPE_CHECKING:
    from clashwatch.store import Store

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


def _event_or_fail(store: Store, event_id: str) -> Event:
    event = store.event(event_id)
    if event is None:
        raise InputError(event_id, f"no such event in {store.url or 'the store'} "
                         "(see `clashwatch events --json` for event ids)")
    return event


def _regroup(store: Store) -> Callable[[list[dict[str, Any]]], list[Event]]:
    from clashwatch.resolve.events import resolve_events

    articles = store.articles()
    return lambda corrections: resolve_events(articles, corrections)


def _event_holding(events: Sequence[Event], article_id: str) -> Event:
    return next(e for e in events if article_id in e.article_ids)


def merge_events(store: Store, event_ids: Sequence[str]) -> tuple[str, Event]:
    """Make the given events one; RETURNS the correction id and the merged event."""
    if len(set(event_ids)) < 2:
        raise InputError("merge", "give at least two different event ids")
    events = [_event_or_fail(store, e) for e in dict.fromkeys(event_ids)]
    article_ids = [a for e in events for a in e.article_ids]
    correction_id, regrouped = store.add_correction_and_regroup(
        MERGE, {"article_ids": article_ids, "event_ids": [e.event_id for e in events]},
        _regroup(store))
    return correction_id, _event_holding(regrouped, article_ids[0])


def split_event(store: Store, event_id: str, article_ids: Sequence[str]) -> tuple[str, Event]:
    """Move the given reports out of an event into one of their own.

    RETURNS the correction id and the new event.
    """
    event = _event_or_fail(store, event_id)
    wanted = list(dict.fromkeys(article_ids))
    strangers = [a for a in wanted if a not in event.article_ids]
    if strangers:
        raise InputError(strangers[0], f"is not a report of event {event_id} "
                         f"(its reports: {', '.join(event.article_ids)})")
    if not wanted or len(wanted) == len(event.article_ids):
        raise InputError(event_id, "give some but not all of the event's reports to split off")
    correction_id, regrouped = store.add_correction_and_regroup(
        SPLIT, {"article_ids": wanted, "event_id": event_id}, _regroup(store))
    return correction_id, _event_holding(regrouped, wanted[0])
