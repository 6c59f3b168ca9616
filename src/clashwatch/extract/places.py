"""Toponyms found in the text, geocoded against the offline gazetteer.

First version: no places yet.
"""

from __future__ import annotations

from clashwatch.model import Article


class PlaceFinder:
    """Pipeline component: sets `places`."""

    name = "places"
    requires: tuple[str, ...] = ("text", "sentences")
    assigns: tuple[str, ...] = ("places",)

    def __call__(self, article: Article) -> Article:
        return article
