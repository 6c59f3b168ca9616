"""Run the extractor over many articles, optionally in several processes, in input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from clashwatch.extract.pipeline import Extractor
from clashwatch.model import Article


def extract_all(articles: Iterable[Article], n_process: int = 1) -> Iterator[Article]:
    """Extracted articles in input order (first version: one process)."""
    extractor = Extractor()
    for article in articles:
        yield extractor(article)
