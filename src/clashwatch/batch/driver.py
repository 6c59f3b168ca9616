"""The driver's last step of a batch, for both engines: group and publish the events.

Events are grouped by the library's own path: the extracted articles go into a store
in input order (so the same copy wins a duplicate as in `build`), `runner.refresh_events`
regroups them, and `events.jsonl` is exported from the store. That is why the events
are the same as `clashwatch build`'s on the same input.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from clashwatch.model import Article
from clashwatch.publish import JsonLinesEventExporter, export_events
from clashwatch.runner import RunReport, has_ungrouped_articles, refresh_events, store_articles
from clashwatch.store import open_store


def finish_batch(out_dir: Path, articles: Iterable[dict[str, Any]], report: RunReport) -> None:
    """The driver's step: store the articles in input order, group them, write events.jsonl."""
    with open_store(out_dir / "clashwatch.db") as store:
        store_articles(store, (Article.from_dict(record) for record in articles), report)
        if report.added or has_ungrouped_articles(store):
            refresh_events(store)
        events = store.events()
    export_events(JsonLinesEventExporter(out_dir / "events.jsonl"), events)
    report.events = len(events)
