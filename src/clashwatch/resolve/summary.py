"""A one-sentence summary in the style of the Current Events Portal, from facts only."""

from __future__ import annotations

from collections.abc import Sequence

from clashwatch.model import Article, Event


def summarize(event: Event, articles: Sequence[Article]) -> str:
    """First version: the lead article's title, as a sentence."""
    lead = articles[0]
    text = (lead.title or lead.text.split("\n", 1)[0]).strip().lstrip("#").strip()
    if len(text) > 300:
        text = text[:297].rsplit(" ", 1)[0] + "…"
    return text if text.endswith((".", "!", "?", "…")) else text + "."
