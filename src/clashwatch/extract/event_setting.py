"""The principal event's type, period and place."""

from __future__ import annotations

from clashwatch.extract.dates import principal_period
from clashwatch.extract.event_place import principal_place
from clashwatch.extract.event_type import classify_event
from clashwatch.model import Article


def fill_event_setting(article: Article) -> None:
    """Set `article.event` type, dates and place from periods and places."""
    event = article.event
    event.type, event.sub_type = classify_event(article)
    first = principal_period(article, article.periods)
    if first is not None:
        event.date_start, event.date_end = first.start, first.end
        event.date_precision = first.precision
    elif article.published:
        event.date_start = event.date_end = article.published
        event.date_precision = "day"
    place = principal_place(article)
    if place is not None:
        event.place, event.admin1, event.country = place.name, place.admin1, place.country
        event.lat, event.lon, event.geo_precision = place.lat, place.lon, place.geo_precision
