"""The shared data model: one `Article` travels the pipeline and each stage adds to it.

Annotations (claims, places, actors, periods) keep character offsets into
`Article.text`, the way spaCy spans point into a `Doc`, so every figure can be
traced back to the sentence it came from.

Wire format ``clashwatch.article.v1`` (one JSON object per line, see
`Article.as_dict`)::

    {"id", "published", "title", "url", "publisher", "text",
     "claims": [Claim.as_dict()], "event": ArticleEvent.as_dict(),
     "places": [Place.as_dict()], "actors": [Actor.as_dict()]}

Wire format ``clashwatch.event.v1`` (``events.jsonl``, see `Event.as_dict`).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

ARTICLE_FORMAT = "clashwatch.article.v1"
EVENT_FORMAT = "clashwatch.event.v1"

Status = Literal["killed", "wounded", "missing", "captured"]
Qualifier = Literal[
    "exact", "at_least", "more_than", "about", "at_most", "fewer_than", "unspecified"
]
Victim = Literal["military", "civilian", "mixed", "unknown"]

STATUSES: tuple[str, ...] = ("killed", "wounded", "missing", "captured")
QUALIFIERS: tuple[str, ...] = (
    "exact", "at_least", "more_than", "about", "at_most", "fewer_than", "unspecified",
)
VICTIMS: tuple[str, ...] = ("military", "civilian", "mixed", "unknown")
# UCDP-style precision codes, finest first.
DATE_PRECISIONS: tuple[str, ...] = ("day", "days", "week", "month", "year")
GEO_PRECISIONS: tuple[str, ...] = ("exact", "near", "district", "region", "country")


def iso(d: date | None) -> str | None:
    """A date as YYYY-MM-DD, or None."""
    return d.isoformat() if d else None


def parse_iso(s: str | None) -> date | None:
    """YYYY-MM-DD (or a longer ISO timestamp) to a date; None stays None."""
    if not s:
        return None
    return date.fromisoformat(str(s)[:10])


@dataclass
class Span:
    """A stretch of the article text: [start, end) character offsets."""

    start: int
    end: int


@dataclass
class Period:
    """A resolved time span with a UCDP-like precision code."""

    start: date
    end: date
    precision: str = "day"
    text: str = ""
    span: Span | None = None
    # "report" when the expression dates a statement ("said on Tuesday"), not an incident
    role: str | None = None

    def covers(self, d: date) -> bool:
        return self.start <= d <= self.end


@dataclass
class Place:
    """A toponym found in the text and geocoded against the offline gazetteer."""

    name: str
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    geo_precision: str | None = None
    geonameid: int | None = None
    span: Span | None = None
    # "dateline" for the place a report was filed from ("STEPANAKERT (Arminfo) -")
    role: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "lat": self.lat, "lon": self.lon, "admin1": self.admin1,
            "country": self.country, "geo_precision": self.geo_precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(
            name=d["name"], lat=d.get("lat"), lon=d.get("lon"), admin1=d.get("admin1"),
            country=d.get("country"), geo_precision=d.get("geo_precision"),
        )


@dataclass
class Actor:
    """A party mentioned in the text and the side it belongs to."""

    name: str
    side: str | None = None
    kind: str | None = None  # state, armed_group, institution, organisation, person, media
    span: Span | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "side": self.side}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(name=d["name"], side=d.get("side"))


@dataclass
class Claim:
    """A casualty figure as somebody states it: never a bare number."""

    status: str
    count: int | None
    qualifier: str = "exact"
    count_min: int | None = None
    count_max: int | None = None
    victim: str = "unknown"
    side: str | None = None
    claimant: str | None = None
    claimant_side: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    aggregate: bool = False
    quote: str = ""
    article_id: str = ""
    span: Span | None = None
    published: date | None = None  # of the article, to order a claim history
    # part of a figure given before it ("five killed, including two children", "one of
    # them died"): kept as a claim, never added to a total
    subset: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status, "count": self.count, "count_min": self.count_min,
            "count_max": self.count_max, "qualifier": self.qualifier,
            "victim": self.victim, "side": self.side, "claimant": self.claimant,
            "claimant_side": self.claimant_side, "date_start": iso(self.date_start),
            "date_end": iso(self.date_end), "place": self.place, "lat": self.lat,
            "lon": self.lon, "precision": self.precision, "aggregate": self.aggregate,
            "quote": self.quote, "article_id": self.article_id,
            "start": self.span.start if self.span else None,
            "end": self.span.end if self.span else None,
            "published": iso(self.published), "subset": self.subset,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        span = Span(d["start"], d["end"]) if d.get("start") is not None else None
        return cls(
            status=d["status"], count=d.get("count"), qualifier=d.get("qualifier", "exact"),
            count_min=d.get("count_min"), count_max=d.get("count_max"),
            victim=d.get("victim", "unknown"), side=d.get("side"),
            claimant=d.get("claimant"), claimant_side=d.get("claimant_side"),
            date_start=parse_iso(d.get("date_start")), date_end=parse_iso(d.get("date_end")),
            place=d.get("place"), lat=d.get("lat"), lon=d.get("lon"),
            precision=d.get("precision"), aggregate=bool(d.get("aggregate", False)),
            quote=d.get("quote", ""), article_id=d.get("article_id", ""), span=span,
            published=parse_iso(d.get("published")), subset=bool(d.get("subset", False)),
        )


@dataclass
class ArticleEvent:
    """The principal event an article reports, as that article alone tells it."""

    type: str | None = None
    sub_type: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str | None = None
    place: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    killed: int | None = None
    wounded: int | None = None

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date_start"], d["date_end"] = iso(self.date_start), iso(self.date_end)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleEvent:
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        known["date_start"] = parse_iso(known.get("date_start"))
        known["date_end"] = parse_iso(known.get("date_end"))
        return cls(**known)


@dataclass
class Article:
    """One news report, and everything the pipeline learns about it."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    publisher: str | None = None
    source: str | None = None  # the file, feed or URL it was read from
    claims: list[Claim] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    event: ArticleEvent = field(default_factory=ArticleEvent)
    # sentence boundaries, set by the `sentences` component; not serialised
    sentences: list[Span] = field(default_factory=list, repr=False)
    # a current-events page read as an article (ingest/portal.py): its date, summary,
    # sources and related events; serialised only when set
    page: dict[str, Any] | None = None

    def sentence_of(self, offset: int) -> Span | None:
        """The sentence holding a character offset."""
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None

    @property
    def content_hash(self) -> str:
        """sha1 of the whitespace-normalised text: the same story syndicated twice."""
        norm = " ".join(self.text.split()).lower()
        return hashlib.sha1(norm.encode("utf-8")).hexdigest()

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "published": iso(self.published), "title": self.title,
            "url": self.url, "publisher": self.publisher, "source": self.source,
            "text": self.text,
            "claims": [c.as_dict() for c in self.claims],
            "event": self.event.as_dict(),
            "places": [p.as_dict() for p in self.places],
            "actors": [a.as_dict() for a in self.actors],
            **({"page": self.page} if self.page else {}),
        }

    def as_extract_record(self) -> dict[str, Any]:
        """The `clashwatch extract` output line (benchmark contract in DESIGN.md)."""
        d = self.as_dict()
        for key in ("text", "title", "url", "publisher", "source"):
            d.pop(key)
        d.pop("page", None)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            id=str(d["id"]), text=d.get("text") or "", title=d.get("title"),
            published=parse_iso(d.get("published")), url=d.get("url"),
            publisher=d.get("publisher"), source=d.get("source"),
            claims=[Claim.from_dict(c) for c in d.get("claims", [])],
            places=[Place.from_dict(p) for p in d.get("places", [])],
            actors=[Actor.from_dict(a) for a in d.get("actors", [])],
            event=ArticleEvent.from_dict(d.get("event") or {}),
            page=d.get("page"),
        )


@dataclass
class Estimate:
    """A reconciled low / best / high figure and the rule that produced it."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    rule: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high, "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Estimate:
        d = d or {}
        return cls(low=d.get("low"), best=d.get("best"), high=d.get("high"), rule=d.get("rule"))


@dataclass
class Event:
    """A real-world incident: the articles that report it and what they claim."""

    event_id: str
    article_ids: list[str] = field(default_factory=list)
    date_start: date | None = None
    date_end: date | None = None
    place: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    type: str | None = None
    summary: str = ""
    killed: Estimate = field(default_factory=Estimate)
    wounded: Estimate = field(default_factory=Estimate)
    by_side: dict[str, dict[str, Any]] = field(default_factory=dict)
    related: list[dict[str, Any]] = field(default_factory=list)
    membership: dict[str, str] = field(default_factory=dict)  # article id -> why it joined

    def as_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "article_ids": list(self.article_ids),
            "date_start": iso(self.date_start), "date_end": iso(self.date_end),
            "place": self.place, "admin1": self.admin1, "country": self.country,
            "lat": self.lat, "lon": self.lon, "type": self.type, "summary": self.summary,
            "killed": self.killed.as_dict(), "wounded": self.wounded.as_dict(),
            "by_side": self.by_side, "related": self.related,
            "membership": self.membership,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            event_id=d["event_id"], article_ids=list(d.get("article_ids", [])),
            date_start=parse_iso(d.get("date_start")), date_end=parse_iso(d.get("date_end")),
            place=d.get("place"), admin1=d.get("admin1"), country=d.get("country"),
            lat=d.get("lat"), lon=d.get("lon"), type=d.get("type"),
            summary=d.get("summary", ""), killed=Estimate.from_dict(d.get("killed")),
            wounded=Estimate.from_dict(d.get("wounded")), by_side=d.get("by_side", {}),
            related=d.get("related", []), membership=d.get("membership", {}),
        )
