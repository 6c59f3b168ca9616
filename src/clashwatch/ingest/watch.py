"""`clashwatch watch FEEDS...`: poll feeds on an interval and ingest what is new.

Each poll is one complete ingest run (`runner.ingest_into`): new items are added and the
events regrouped, and the feeds' validators are saved only when the poll completes, so
an interrupted poll is simply done again by the next one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from clashwatch.ingest.fetch import FetchOptions
from clashwatch.store import Store


def watch_feeds(store: Store, feeds: Sequence[str], interval: float,
                max_polls: int | None = None, options: FetchOptions | None = None,
                jobs: int = 1, on_poll: Callable[[int, object], None] | None = None,
                sleep: Callable[[float], None] = time.sleep) -> int:
    """Poll `feeds` every `interval` seconds (until `max_polls`, if given); calls
    `on_poll(number, report)` after each poll. RETURNS the number of polls done."""
    from clashwatch import runner

    polls = 0
    while True:
        started = time.monotonic()
        report = runner.ingest_into(store, feeds, jobs, None, options)
        polls += 1
        if on_poll is not None:
            on_poll(polls, report)
        if max_polls is not None and polls >= max_polls:
            return polls
        sleep(max(interval - (time.monotonic() - started), 0.0))
