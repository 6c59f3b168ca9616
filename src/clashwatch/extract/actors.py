"""Parties named in the text and the side each belongs to.

First version: no actors yet.
"""

from __future__ import annotations

from clashwatch.model import Article


class ActorFinder:
    """Pipeline component: sets `actors`."""

    name = "actors"
    requires: tuple[str, ...] = ("text", "sentences")
    assigns: tuple[str, ...] = ("actors",)

    def __call__(self, article: Article) -> Article:
        return article
