"""Flat column sets for exports: ClashWatch's own, ACLED-compatible and UCDP GED-compatible.

Each set is an ordered list of column names and a function from an `Event` to one row.
Column names follow the published codebooks (ACLED 2023 codebook; UCDP GED 23.1) so
the files load into tools built for those datasets; values ClashWatch cannot know
(ACLED's inter codes, UCDP's conflict ids) are left empty rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pycountry

from clashwatch.model import Event

UNKNOWN_SIDE = "unknown"


def _sides(event: Event) -> list[str]:
    """Named sides, the most-claimed first."""
    named = [s for s in event.by_side if s != UNKNOWN_SIDE]
    return sorted(named, key=lambda s: (-len(event.by_side[s].get("claims") or []), s))


def _best(event: Event, side: str, status: str) -> int | None:
    value = (event.by_side.get(side, {}).get(status) or {}).get("best")
    return int(value) if value is not None else None


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    found = pycountry.countries.get(alpha_3=code)
    return str(found.name) if found else code


def _days(event: Event) -> int | None:
    if event.date_start and event.date_end:
        return (event.date_end - event.date_start).days
    return None


def clashwatch_row(event: Event) -> dict[str, Any]:
    sides = _sides(event)
    return {
        "event_id": event.event_id, "date_start": event.date_start, "date_end": event.date_end,
        "type": event.type, "place": event.place, "admin1": event.admin1,
        "country": event.country, "lat": event.lat, "lon": event.lon,
        "summary": event.summary,
        "killed_low": event.killed.low, "killed_best": event.killed.best,
        "killed_high": event.killed.high, "wounded_low": event.wounded.low,
        "wounded_best": event.wounded.best, "wounded_high": event.wounded.high,
        "sides": ";".join(sides),
        "claimants": ";".join(sorted({str(c.get("claimant")) for v in event.by_side.values()
                                      for c in v.get("claims") or [] if c.get("claimant")})),
        "article_ids": ";".join(event.article_ids), "reports": len(event.article_ids),
    }


def _acled_time_precision(event: Event) -> int | None:
    days = _days(event)
    if days is None:
        return None
    return 1 if days == 0 else 2 if days <= 7 else 3  # ACLED: day, week, month


def acled_row(event: Event) -> dict[str, Any]:
    sides = _sides(event)
    return {
        "event_id_cnty": event.event_id, "event_date": event.date_start,
        "year": event.date_start.year if event.date_start else None,
        "time_precision": _acled_time_precision(event), "event_type": event.type,
        "sub_event_type": None, "actor1": _country_name(sides[0]) if sides else None,
        "actor2": _country_name(sides[1]) if len(sides) > 1 else None,
        "iso": _iso_numeric(event.country),
        "country": _country_name(event.country) or None, "admin1": event.admin1,
        "location": event.place, "latitude": event.lat, "longitude": event.lon,
        "geo_precision": None if event.lat is None else 1 if event.place else 3,
        "source": ";".join(event.article_ids), "source_scale": None,
        "notes": event.summary, "fatalities": event.killed.best or 0,
        "tags": None, "timestamp": None,
    }


def _ucdp_date_prec(event: Event) -> int | None:
    days = _days(event)
    if days is None:
        return None
    # UCDP: 1 exact day, 2 within 2-6 days, 3 a week, 4 a month, 5 longer
    return 1 if days == 0 else 2 if days <= 6 else 3 if days <= 7 else 4 if days <= 31 else 5


def ucdp_row(event: Event) -> dict[str, Any]:
    sides = _sides(event)
    side_a, side_b = (sides + [None, None])[:2]
    deaths_a = _best(event, side_a, "killed") if side_a else None
    deaths_b = _best(event, side_b, "killed") if side_b else None
    unknown = _best(event, UNKNOWN_SIDE, "killed")
    return {
        "id": event.event_id, "year": event.date_start.year if event.date_start else None,
        "type_of_violence": None, "conflict_name": None,
        "dyad_name": " - ".join(_country_name(s) for s in sides[:2]) or None,
        "side_a": _country_name(side_a) or None, "side_b": _country_name(side_b) or None,
        "source_article": ";".join(event.article_ids), "source_headline": event.summary,
        "where_coordinates": event.place, "where_description": event.place,
        "adm_1": event.admin1, "latitude": event.lat, "longitude": event.lon,
        "geom_wkt": f"POINT ({event.lon} {event.lat})" if event.lat is not None
        and event.lon is not None else None,
        "country": _country_name(event.country) or None, "date_prec": _ucdp_date_prec(event),
        "date_start": event.date_start, "date_end": event.date_end,
        "deaths_a": deaths_a or 0, "deaths_b": deaths_b or 0, "deaths_civilians": None,
        "deaths_unknown": unknown or 0, "best": event.killed.best or 0,
        "high": event.killed.high or 0, "low": event.killed.low or 0,
    }


COLUMN_SETS: dict[str, Callable[[Event], dict[str, Any]]] = {
    "clashwatch": clashwatch_row, "acled": acled_row, "ucdp": ucdp_row,
}


def columns(name: str) -> list[str]:
    """The column names of a set, in order (from an empty event)."""
    return list(COLUMN_SETS[name](Event(event_id="")).keys())


def _iso_numeric(alpha_3: str | None) -> int | None:
    """ACLED's `iso` column: the ISO 3166 numeric code of the country."""
    country = pycountry.countries.get(alpha_3=alpha_3) if alpha_3 else None
    return int(country.numeric) if country is not None else None
