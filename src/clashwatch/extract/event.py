"""The principal event an article reports, as the article alone tells it.

Two parts: its setting (type, when, where: `event_setting`) and its totals
(killed and wounded, all sides together: `event_totals`).
"""

from __future__ import annotations

from clashwatch.extract.event_setting import fill_event_setting
from clashwatch.extract.event_totals import fill_event_totals
from clashwatch.model import Article


class PrincipalEvent:
    """Pipeline component: sets `event` from the article's claims, places and periods."""

    name = "event"
    requires: tuple[str, ...] = ("claims", "places", "periods")
    assigns: tuple[str, ...] = ("event",)

    def __call__(self, article: Article) -> Article:
        fill_event_setting(article)
        fill_event_totals(article)
        return article
