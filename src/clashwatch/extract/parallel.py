"""Run the extractor over many articles, optionally in several processes, in input order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain

from clashwatch.extract.pipeline import Extractor
from clashwatch.model import Article


def extract_all(articles: Iterable[Article], n_process: int = 1,
                on_error: Callable[[Article, Exception], None] | None = None,
                ) -> Iterator[Article]:
    """Extracted articles in input order (first version: one process). With `on_error`,
    an article whose extraction raises is handed to it and left out; the rest go on."""
    remaining = iter(articles)
    first = next(remaining, None)
    if first is None:  # nothing readable: do not load the models at all
        return
    extractor = Extractor()
    yield from extractor.pipe(chain([first], remaining), on_error=on_error)
