"""Link related events by shared context (parties, places) and time."""

from __future__ import annotations

from collections.abc import Sequence

from clashwatch.model import Article, Event

MAX_RELATED = 5


def _context(articles: Sequence[Article]) -> set[str]:
    names = {a.name for art in articles for a in art.actors}
    names |= {p.name for art in articles for p in art.places}
    return names


def link_related(events: Sequence[Event], members: dict[str, list[Article]]) -> None:
    """Fill each event's `related` with the events sharing most context."""
    contexts = {e.event_id: _context(members[e.event_id]) for e in events}
    for event in events:
        scored = []
        for other in events:
            if other.event_id == event.event_id:
                continue
            shared = contexts[event.event_id] & contexts[other.event_id]
            if shared:
                scored.append((len(shared), other, sorted(shared)))
        scored.sort(key=lambda s: (-s[0], s[1].event_id))
        event.related = [{"event_id": o.event_id, "summary": o.summary,
                          "date": o.date_start.isoformat() if o.date_start else None,
                          "context": ctx[:5]} for _, o, ctx in scored[:MAX_RELATED]]
