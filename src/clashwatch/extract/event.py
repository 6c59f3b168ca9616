"""The principal event an article reports, as the article alone tells it."""

from __future__ import annotations

from clashwatch.model import Article, Claim


def _largest(claims: list[Claim], status: str) -> int | None:
    counts = [c.count for c in claims if c.status == status and c.count is not None
              and not c.aggregate]
    return max(counts) if counts else None


class PrincipalEvent:
    """Pipeline component: sets `event` from the article's claims, places and periods."""

    name = "event"
    requires: tuple[str, ...] = ("claims", "places", "periods")
    assigns: tuple[str, ...] = ("event",)

    def __call__(self, article: Article) -> Article:
        event = article.event
        event.killed = _largest(article.claims, "killed")
        event.wounded = _largest(article.claims, "wounded")
        if article.periods:
            first = article.periods[0]
            event.date_start, event.date_end = first.start, first.end
            event.date_precision = first.precision
        elif article.published:
            event.date_start = event.date_end = article.published
            event.date_precision = "day"
        if article.places:
            place = article.places[0]
            event.place, event.admin1, event.country = place.name, place.admin1, place.country
            event.lat, event.lon, event.geo_precision = place.lat, place.lon, place.geo_precision
        return article
