"""Link related events by shared context (parties, places, conflict, names) and time.

1. Context tags of an event: its actors and their sides, its places (and their
   region and country), and the names its reports use (capitalised runs as written:
   "Nagorno-Karabakh", "Nikol Pashinyan"), each counted once per report.
2. Weight of a tag: its inverse event frequency, so "Azerbaijan" in a corpus about
   Azerbaijan counts less than "Martakert".
3. Score of a pair: the summed weights of the tags they share, times a time factor that
   halves every `HALF_LIFE_DAYS` between the events (undated events: no factor).
4. Each event keeps its best `MAX_RELATED`, each with its shared tags as context.
Candidates come from an index of events by tag, in time order: per shared tag only the
events nearest in time are looked at, so linking stays linear in the number of events.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from clashwatch.model import Article, Event
from clashwatch.resolve.lexicon import NAME_RUN, NOT_NAMES, STOP_WORDS

MAX_RELATED = 5
MAX_TAGS = 12  # per event: its strongest context
SHOWN_TAGS = 3  # context tags shown per related event, as on the portal
HALF_LIFE_DAYS = 365  # a conflict's context lasts months; last year's events still relate
NEIGHBOURS_PER_TAG = 40  # events looked at on each side in time, per shared tag
MIN_SHARED = 1  # tags two events must share to be related


def _names(text: str) -> set[str]:
    found = set()
    for match in NAME_RUN.finditer(text):
        words = match.group().split()
        while words and (words[0].lower() in STOP_WORDS or words[0].lower() in NOT_NAMES):
            words = words[1:]  # "The", "In", "Police" start a sentence, not a name
        if words and len(" ".join(words)) > 2:
            found.add(" ".join(words))
    return found


def event_tags(articles: Sequence[Article]) -> Counter[str]:
    """Context tags of an event and in how many of its reports each occurs."""
    tags: Counter[str] = Counter()
    for article in articles:
        own: set[str] = set()
        for actor in article.actors:
            own.add(actor.name)
            if actor.side:
                own.add(actor.side)
        for place in article.places:
            own.update(x for x in (place.name, place.admin1, place.country) if x)
        text = (article.title or "") + "\n" + article.text[:3000]  # the story, not the page
        own |= _names(text)
        tags.update(own)
    return tags


def strongest(tags: Counter[str], n: int = MAX_TAGS) -> dict[str, int]:
    """The `n` tags most reports use; ties in name order, so that every run (whatever
    the order sets of tags were filled in) picks the same ones."""
    return dict(sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def _when(event: Event) -> date | None:
    return event.date_start or event.date_end


def link_related(events: Sequence[Event], members: dict[str, list[Article]],
                 imported: dict[str, list[dict[str, Any]]] | None = None) -> None:
    """Fill each event's `related` with the events sharing most context, nearest in time."""
    tags = {e.event_id: strongest(event_tags(members.get(e.event_id, []))) for e in events}
    frequency: Counter[str] = Counter(t for own in tags.values() for t in own)
    total = max(len(events), 1)
    weight = {t: math.log((1 + total) / (1 + n)) + 1e-3 for t, n in frequency.items()}
    index = _tag_index(events, tags)
    position = {e.event_id: i for i, e in enumerate(_by_time(events))}
    by_id = {e.event_id: e for e in events}
    for event in events:
        own = tags[event.event_id]
        shared: dict[str, list[str]] = {}
        for tag in own:
            for other_id in _time_neighbours(index[tag], position, event.event_id):
                shared.setdefault(other_id, []).append(tag)
        scored: list[tuple[float, Event, list[str]]] = []
        for other_id, common in shared.items():
            if len(common) < MIN_SHARED:
                continue
            other = by_id[other_id]
            score = sum(weight[t] for t in common) * _time_factor(event, other)
            common.sort(key=lambda t: (-weight[t], t))
            scored.append((score, other, common))
        scored.sort(key=lambda s: (-s[0], s[1].event_id))
        event.related = list((imported or {}).get(event.event_id, []))
        for score, other, common in scored[:MAX_RELATED]:
            event.related.append({
                "event_id": other.event_id, "summary": other.summary,
                "date": other.date_start.isoformat() if other.date_start else None,
                "context": common[:SHOWN_TAGS], "score": round(score, 3),
            })


def _by_time(events: Sequence[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (_when(e) or date.min, e.event_id))


def _tag_index(events: Sequence[Event], tags: dict[str, dict[str, int]]) -> dict[str, list[str]]:
    """Events by tag, each posting in time order (undated first)."""
    index: dict[str, list[str]] = {}
    for event in _by_time(events):
        for tag in tags[event.event_id]:
            index.setdefault(tag, []).append(event.event_id)
    return index


def _time_neighbours(posting: list[str], position: dict[str, int], event_id: str) -> list[str]:
    """The events of one tag nearest in time to `event_id`: a common tag such as a
    country is shared by thousands of events, and only the closest can score high."""
    here = bisect.bisect_left(posting, position[event_id], key=position.__getitem__)
    low, high = max(0, here - NEIGHBOURS_PER_TAG), here + NEIGHBOURS_PER_TAG + 1
    return [other for other in posting[low:high] if other != event_id]


def _time_factor(a: Event, b: Event) -> float:
    when_a, when_b = _when(a), _when(b)
    if when_a is None or when_b is None:
        return 1.0
    return float(0.5 ** (abs((when_a - when_b).days) / HALF_LIFE_DAYS))
