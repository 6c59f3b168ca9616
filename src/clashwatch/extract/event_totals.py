"""The article's own killed and wounded totals for its principal event."""

from __future__ import annotations

from clashwatch.model import Article, Claim


def _largest(claims: list[Claim], status: str) -> int | None:
    counts = [c.count for c in claims if c.status == status and c.count is not None
              and not c.aggregate]
    return max(counts) if counts else None


def fill_event_totals(article: Article) -> None:
    """Set `article.event.killed` / `.wounded` from the claims."""
    article.event.killed = _largest(article.claims, "killed")
    article.event.wounded = _largest(article.claims, "wounded")
