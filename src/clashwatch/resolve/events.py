"""From articles to events: group, reconcile, summarise, link."""

from __future__ import annotations

from collections.abc import Sequence

from clashwatch.model import Article, Event
from clashwatch.resolve.grouping import event_id_for, group_articles
from clashwatch.resolve.reconcile import reconcile
from clashwatch.resolve.related import link_related
from clashwatch.resolve.summary import summarize


def build_event(articles: Sequence[Article]) -> Event:
    """One event from the articles that report it."""
    ordered = sorted(articles, key=lambda a: (a.published is None, a.published, a.id))
    event = Event(event_id=event_id_for([a.id for a in ordered]),
                  article_ids=[a.id for a in ordered])
    starts = [a.event.date_start for a in ordered if a.event.date_start]
    ends = [a.event.date_end for a in ordered if a.event.date_end]
    event.date_start = min(starts) if starts else None
    event.date_end = max(ends) if ends else None
    located = next((a.event for a in ordered if a.event.place), None)
    if located:
        event.place, event.admin1, event.country = located.place, located.admin1, located.country
        event.lat, event.lon = located.lat, located.lon
    event.type = next((a.event.type for a in ordered if a.event.type), None)
    claims = [c for a in ordered for c in a.claims]
    event.by_side, event.killed, event.wounded = reconcile(claims)
    event.summary = summarize(event, ordered)
    event.membership = {a.id: "grouped by text similarity and date" for a in ordered}
    return event


def resolve_events(articles: Sequence[Article]) -> list[Event]:
    """Every event the articles report, newest first, with related events linked."""
    groups = group_articles(articles)
    events = [build_event(g) for g in groups]
    members = {e.event_id: [a for a in articles if a.id in set(e.article_ids)] for e in events}
    link_related(events, members)
    events.sort(key=lambda e: (e.date_start is not None, e.date_start, e.event_id), reverse=True)
    return events
