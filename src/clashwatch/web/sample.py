"""Synthetic stores for the web tests, demos and benchmarks, written through the Store API.

Events are made up (places, parties, claimants, figures drawn from small fixed lists
with a seeded random generator) but shaped like real ones: several reports each, claims
per side by named claimants, coordinates, types and related events. Nothing here is
used by the pipeline.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from clashwatch.model import Article, Claim, Estimate, Event, Span
from clashwatch.resolve.reconcile import reconcile
from clashwatch.store.base import Store, Transaction

PLACES = (  # name, admin1, country, lat, lon
    ("Stepanakert", "Nagorno-Karabakh", "AZE", 39.82, 46.75),
    ("Jermuk", "Vayots Dzor", "ARM", 39.84, 45.67), ("Goris", "Syunik", "ARM", 39.51, 46.34),
    ("Tovuz", "Tovuz", "AZE", 40.99, 45.63), ("Kharkiv", "Kharkiv Oblast", "UKR", 49.99, 36.23),
    ("Bakhmut", "Donetsk Oblast", "UKR", 48.59, 38.0), ("Kherson", "Kherson Oblast", "UKR", 46.64, 32.62),
    ("Belgorod", "Belgorod Oblast", "RUS", 50.6, 36.59), ("Idlib", "Idlib", "SYR", 35.93, 36.63),
    ("Aleppo", "Aleppo", "SYR", 36.2, 37.16), ("El Fasher", "North Darfur", "SDN", 13.63, 25.35),
    ("Khartoum", "Khartoum", "SDN", 15.5, 32.56), ("Mekelle", "Tigray", "ETH", 13.5, 39.47),
    ("Goma", "North Kivu", "COD", -1.68, 29.22), ("Marib", "Marib", "YEM", 15.46, 45.32),
    ("Myawaddy", "Kayin", "MMR", 16.69, 98.51), ("Gao", "Gao", "MLI", 16.27, -0.04),
)
ENEMY = {"AZE": "ARM", "ARM": "AZE", "UKR": "RUS", "RUS": "UKR", "SYR": "TUR", "SDN": "RSF",
         "ETH": "TPLF", "COD": "M23", "YEM": "SAU", "MMR": "KNU", "MLI": "JNIM"}
TYPES = ("battle", "shelling", "airstrike", "drone strike", "ambush", "explosion")
CLAIMANTS = ("{side} defence ministry", "{side} officials", "a {side} military spokesman",
             "local hospital staff", "UN monitors")
WORDS = ("border", "village", "artillery", "ceasefire", "troops", "civilians", "positions",
         "overnight", "mortar", "convoy", "checkpoint", "ridge", "offensive", "retreat",
         "drones", "rockets", "clinic", "bridge", "market", "talks", "envoy", "statement",
         "evacuation", "refugees", "supply", "frontline", "trenches", "barracks", "airport")


def _claims(rng: random.Random, article_id: str, published: date, sides: tuple[str, str],
            text_parts: list[str]) -> list[Claim]:
    claims = []
    for side in sides:
        for status in ("killed", "wounded"):
            if rng.random() < 0.35:
                continue
            claimant = rng.choice(CLAIMANTS).format(side=side)
            count = rng.choice((1, 2, 3, 4, 5, 7, 9, 12, 15, 20, 35, 50, 71, 105))
            sentence = f"{count} {side} soldiers were {status}, {claimant} said."
            start = sum(len(p) + 1 for p in text_parts)
            text_parts.append(sentence)
            claims.append(Claim(
                status=status, count=count, qualifier=rng.choice(("exact", "at_least", "about")),
                victim="military", side=side, claimant=claimant, claimant_side=side[:3],
                quote=sentence, article_id=article_id, published=published,
                span=Span(start, start + len(str(count))), date_start=published - timedelta(1),
                date_end=published))
    return claims


def synthetic_event(rng: random.Random, number: int, first: date = date(2014, 1, 1),
                    days: int = 3650, max_reports: int = 3) -> tuple[list[Article], Event]:
    """One event and its 1 to `max_reports` reports."""
    place, admin1, country, lat, lon = rng.choice(PLACES)
    sides = (country, ENEMY[country])
    kind = rng.choice(TYPES)
    start = first + timedelta(days=rng.randrange(days))
    articles = []
    for k in range(rng.randint(1, max_reports)):
        article_id = f"syn-{number}-{k}"
        published = start + timedelta(days=k)
        parts = [f"{kind.capitalize()} near {place} in {admin1}.",
                 " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))) + "."]
        claims = _claims(rng, article_id, published, sides, parts)
        articles.append(Article(
            id=article_id, text="\n".join(parts), title=f"{kind.capitalize()} near {place}",
            published=published, url=f"https://news.example.org/{number}/{k}",
            publisher=rng.choice(("Example Wire", "Daily Example", "Example Radio")),
            claims=claims))
    all_claims = [c for a in articles for c in a.claims]
    by_side, killed, wounded = reconcile(all_claims)
    event = Event(
        event_id=f"ev-syn-{number:06d}", article_ids=[a.id for a in articles],
        date_start=start, date_end=start + timedelta(days=len(articles) - 1), place=place,
        admin1=admin1, country=country, lat=lat + rng.uniform(-0.2, 0.2),
        lon=lon + rng.uniform(-0.2, 0.2), type=kind,
        summary=f"{kind.capitalize()} near {place}, {admin1}: {sides[0]} and {sides[1]} "
                "forces report casualties.",
        killed=killed if killed.best is not None else Estimate(),
        wounded=wounded if wounded.best is not None else Estimate(), by_side=by_side,
        membership={a.id: "synthetic" for a in articles})
    return articles, event


def event_from_articles(articles: list[Article], **fields: object) -> Event:
    """An event over `articles` with their claims reconciled; `fields` set the rest."""
    by_side, killed, wounded = reconcile([c for a in articles for c in a.claims])
    data = {"article_ids": [a.id for a in articles], "by_side": by_side,
            "killed": killed.as_dict(), "wounded": wounded.as_dict(), **fields}
    return Event.from_dict(data)


def synthetic_events(count: int, seed: int = 7,
                     max_reports: int = 3) -> Iterator[tuple[list[Article], Event]]:
    rng = random.Random(seed)
    for number in range(count):
        yield synthetic_event(rng, number, max_reports=max_reports)


def fill_store(store: Store, count: int, seed: int = 7, batch: int = 2000,
               extra: list[tuple[list[Article], Event]] | None = None,
               max_reports: int = 3) -> list[Event]:
    """Write `count` synthetic events (plus `extra`) through the Store write path."""
    events: list[Event] = []
    pending: list[Article] = []

    def flush() -> None:
        def add(tx: Transaction) -> None:
            for article in pending:
                store.add_article_in(tx, article)
        store.write(add)
        pending.clear()

    made = list(synthetic_events(count, seed, max_reports)) + list(extra or [])
    for articles, event in made:
        pending.extend(articles)
        events.append(event)
        if len(pending) >= batch:
            flush()
    flush()
    # related: the previous event at the same place, with the place as context
    last_at: dict[str, Event] = {}
    for event in sorted(events, key=lambda e: (e.date_start or date.min, e.event_id)):
        previous = last_at.get(event.place or "")
        if previous is not None:
            event.related = [{"event_id": previous.event_id, "summary": previous.summary,
                              "date": previous.date_start.isoformat() if previous.date_start
                              else None, "context": [event.place, event.country]}]
        last_at[event.place or ""] = event
    store.replace_events(events)
    return events


def synthetic_store_at(path: Path, count: int, seed: int = 7, max_reports: int = 2) -> Path:
    """A synthetic store of `count` events at `path`, made once and reused while its
    marker file says it holds the same count, seed and schema version."""
    from clashwatch.store import open_store
    from clashwatch.store.schema import SCHEMA_VERSION

    marker = path.with_suffix(".made")
    wanted = f"{count} {seed} {max_reports} {SCHEMA_VERSION}"
    if path.exists() and marker.exists() and marker.read_text() == wanted:
        return path
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_store(path) as store:
        fill_store(store, count, seed, max_reports=max_reports)
    marker.write_text(wanted)
    return path
