"""Run the extractor over many articles, optionally in several processes, in input order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain

from clashwatch import settings
from clashwatch.extract.pipeline import Extractor
from clashwatch.model import Article
from clashwatch.timeouts import time_limit


def extract_all(articles: Iterable[Article], n_process: int = 1,
                on_error: Callable[[Article, Exception], None] | None = None,
                ) -> Iterator[Article]:
    """Extracted articles in input order (first version: one process). With `on_error`,
    an article whose extraction raises, or takes over EXTRACT_MAX_SECONDS_PER_ARTICLE, is
    handed to it and left out; the rest go on."""
    remaining = iter(articles)
    first = next(remaining, None)
    if first is None:  # nothing readable: do not load the models at all
        return
    extractor = Extractor()
    for article in chain([first], remaining):
        try:
            with time_limit(settings.EXTRACT_MAX_SECONDS_PER_ARTICLE):
                done = extractor(article)
        except Exception as exc:  # noqa: BLE001 - handed to the caller's handler
            if on_error is None:
                raise
            on_error(article, exc)
            continue
        yield done
