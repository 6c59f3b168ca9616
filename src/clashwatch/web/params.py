"""Query parameters: one table of specs drives validation, the filter form and OpenAPI.

Every parameter a route accepts is declared here with its type and bounds; anything
else in a query string is refused with 400, as is a repeated parameter, so a typo
never silently widens a filter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any
from urllib.parse import urlencode

import pycountry

from clashwatch import settings


class BadRequest(Exception):
    """A 400 with a one-line message naming the parameter and what is valid."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class ParamSpec:
    name: str
    kind: str  # date, int, text, choice
    description: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    pattern: str | None = None


TYPE_PATTERN = r"^[A-Za-z][A-Za-z0-9_ /-]{0,59}$"
SIDE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_ .'()-]{0,79}$"

FILTER_PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec("from", "date", "Events ending on or after this day (YYYY-MM-DD)."),
    ParamSpec("to", "date", "Events starting on or before this day (YYYY-MM-DD)."),
    ParamSpec("country", "text", "A country (name or ISO 3166 alpha-3) or party id: the "
              "event's country or one of its sides.", pattern=SIDE_PATTERN),
    ParamSpec("place", "text", "Part of the place or region name (case-insensitive)."),
    ParamSpec("type", "text", "Event type, exactly (e.g. battle, shelling).",
              pattern=TYPE_PATTERN),
    ParamSpec("min_killed", "int", "Only events whose best killed figure is at least this.",
              minimum=0, maximum=10_000_000),
    ParamSpec("q", "text", "Full-text search over the reports (all words must appear)."),
)
PAGE_PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec("page", "int", "Page number, from 1.", minimum=1,
              maximum=settings.WEB_MAX_OFFSET // 10),
    ParamSpec("per_page", "int", "Events per page.", minimum=1,
              maximum=settings.WEB_MAX_PAGE_SIZE),
)
CHART_PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec("interval", "choice", "Bucket size of the charts.", choices=("week", "month")),
)
EXPORT_PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec("columns", "choice", "Column set: ClashWatch's own, ACLED's or UCDP GED's.",
              choices=("clashwatch", "acled", "ucdp")),
)


@dataclass(frozen=True)
class EventFilter:
    """The timeline filter, validated; every field None means no restriction."""

    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    place: str | None = None
    type: str | None = None
    min_killed: int | None = None
    q: str | None = None
    terms: tuple[str, ...] = field(default=())  # q split into search words

    def is_empty(self) -> bool:
        return self == EventFilter()

    def as_params(self) -> dict[str, str]:
        """The filter as query parameters, to build links that keep it."""
        raw = {"from": self.date_from.isoformat() if self.date_from else None,
               "to": self.date_to.isoformat() if self.date_to else None,
               "country": self.country, "place": self.place, "type": self.type,
               "min_killed": str(self.min_killed) if self.min_killed is not None else None,
               "q": self.q}
        return {k: v for k, v in raw.items() if v is not None}

    def query(self, **extra: Any) -> str:
        params = {**self.as_params(), **{k: str(v) for k, v in extra.items() if v is not None}}
        return urlencode(params)


def _clean_text(name: str, value: str) -> str:
    value = unicodedata.normalize("NFC", value).strip()
    if len(value) > settings.WEB_MAX_PARAM_CHARS:
        raise BadRequest(f"parameter {name!r}: longer than {settings.WEB_MAX_PARAM_CHARS} "
                         "characters")
    if any(unicodedata.category(c)[0] == "C" for c in value):
        raise BadRequest(f"parameter {name!r}: control characters are not allowed")
    return value


def parse_value(spec: ParamSpec, raw: str) -> Any:
    """One parameter value, checked against its spec; '' means not given."""
    value = _clean_text(spec.name, raw)
    if value == "":
        return None
    if spec.kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise BadRequest(f"parameter {spec.name!r}: {value!r} is not a date; use YYYY-MM-DD")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise BadRequest(f"parameter {spec.name!r}: {value!r} is not a real day") from None
    if spec.kind == "int":
        if not re.fullmatch(r"\d{1,9}", value):
            raise BadRequest(f"parameter {spec.name!r}: {value!r} is not a whole number "
                             f"from {spec.minimum} to {spec.maximum}")
        number = int(value)
        if (spec.minimum is not None and number < spec.minimum) or (
                spec.maximum is not None and number > spec.maximum):
            raise BadRequest(f"parameter {spec.name!r}: {number} is outside "
                             f"{spec.minimum}..{spec.maximum}")
        return number
    if spec.kind == "choice":
        if value not in spec.choices:
            raise BadRequest(f"parameter {spec.name!r}: {value!r} is not one of "
                             + ", ".join(spec.choices))
        return value
    if spec.pattern and not re.fullmatch(spec.pattern, value):
        raise BadRequest(f"parameter {spec.name!r}: {value!r} has characters that are not "
                         "allowed (letters, digits, spaces and _ . ' ( ) - /)")
    return value


def parse_params(items: Sequence[tuple[str, str]], specs: Sequence[ParamSpec]) -> dict[str, Any]:
    """All parameters of a request: unknown and repeated names are refused."""
    known = {spec.name: spec for spec in specs}
    values: dict[str, Any] = {}
    seen: set[str] = set()
    for name, raw in items:
        if name not in known:
            valid = ", ".join(sorted(known)) or "none"
            raise BadRequest(f"unknown parameter {name[:40]!r}; valid parameters: {valid}")
        if name in seen:
            raise BadRequest(f"parameter {name!r} is given more than once")
        seen.add(name)
        values[name] = parse_value(known[name], raw)
    return values


def search_terms(q: str) -> tuple[str, ...]:
    """The words of a search: letters and digits only, so no FTS syntax reaches the engine."""
    words = tuple(dict.fromkeys(w.lower() for w in re.findall(r"\w+", q)))
    if len(words) > settings.WEB_MAX_SEARCH_TERMS:
        raise BadRequest(f"parameter 'q': more than {settings.WEB_MAX_SEARCH_TERMS} words")
    return words


def normalise_side(value: str) -> str:
    """A country name or code to its ISO alpha-3 code; a party id stays as given."""
    if re.fullmatch(r"[A-Za-z]{3}", value):
        return value.upper()
    try:
        return str(pycountry.countries.lookup(value).alpha_3)
    except LookupError:
        return value


def event_filter(values: Mapping[str, Any]) -> EventFilter:
    """Parsed parameter values to a filter, with cross-field checks."""
    found = EventFilter(
        date_from=values.get("from"), date_to=values.get("to"),
        country=normalise_side(values["country"]) if values.get("country") else None,
        place=values.get("place"), type=values.get("type"),
        min_killed=values.get("min_killed"), q=values.get("q"),
    )
    if found.date_from and found.date_to and found.date_from > found.date_to:
        raise BadRequest(f"parameters 'from' and 'to': {found.date_from} is after {found.date_to}")
    if found.q:
        terms = search_terms(found.q)
        found = replace(found, terms=terms, q=found.q if terms else None)
    return found
