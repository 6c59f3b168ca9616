"""From articles to events: group, apply corrections, reconcile, summarise, link."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from clashwatch.ingest.portal import PortalPage, page_of
from clashwatch.model import Article, Event
from clashwatch.resolve.corrections import apply_corrections
from clashwatch.resolve.grouping import event_id_for, grouper_for
from clashwatch.resolve.reconcile import reconcile
from clashwatch.resolve.related import link_related
from clashwatch.resolve.summary import summarize


def _portal_related(page: PortalPage) -> list[dict[str, Any]]:
    """A current-events page's own Related list, kept as imported links."""
    return [{"event_id": None, "summary": link.label,
             "date": link.date.isoformat() if link.date else None, "context": link.context,
             "path": link.url.lstrip("/"), "imported": True} for link in page.related]


def build_event(articles: Sequence[Article], membership: dict[str, str] | None = None) -> Event:
    """One event from the articles that report it."""
    ordered = sorted(articles, key=lambda a: (a.published is None, a.published, a.id))
    event = Event(event_id=event_id_for([a.id for a in ordered]),
                  article_ids=[a.id for a in ordered])
    pages = [p for p in (page_of(a) for a in ordered) if p]
    starts = [a.event.date_start for a in ordered if a.event.date_start]
    starts += [p.date for p in pages]
    ends = [a.event.date_end or a.event.date_start for a in ordered if a.event.date_start]
    event.date_start = min(starts) if starts else None
    event.date_end = max(ends + [p.date for p in pages]) if starts else None
    located = next((a.event for a in ordered if a.event.place), None)
    if located:
        event.place, event.admin1, event.country = located.place, located.admin1, located.country
        event.lat, event.lon = located.lat, located.lon
    event.type = next((a.event.type for a in ordered if a.event.type), None)
    claims = [c for a in ordered for c in a.claims]
    event.by_side, event.killed, event.wounded = reconcile(claims, ordered)
    event.summary = summarize(event, ordered)
    membership = membership or {}
    event.membership = {a.id: membership.get(a.id, "the only report of the event")
                        for a in ordered}
    return event


def resolve_events(articles: Sequence[Article],
                   corrections: Sequence[dict[str, Any]] = ()) -> list[Event]:
    """Every event the articles report, newest first, with related events linked.

    `corrections` (`Store.corrections()`, oldest first) are replayed on the grouping.
    """
    grouper = grouper_for(articles)
    reasons = grouper.membership()
    groups = apply_corrections(grouper.groups(), reasons, corrections)
    events = [build_event(g, reasons) for g in groups]
    members = {e.event_id: list(g) for e, g in zip(events, groups, strict=True)}
    imported = {}
    for event, group in zip(events, groups, strict=True):
        links = [link for a in group if (page := page_of(a))
                 for link in _portal_related(page)]
        if links:
            imported[event.event_id] = links
    link_related(events, members, imported)
    events.sort(key=lambda e: (e.date_start is not None, e.date_start, e.event_id), reverse=True)
    return events
