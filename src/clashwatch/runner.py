"""The whole pipeline as library calls: what `clashwatch extract / cluster / ingest / build`
run. Each returns a report and prints nothing; the CLI prints.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from clashwatch.errors import ClashWatchError, InputError, one_line
from clashwatch.ingest import iter_inputs
from clashwatch.ingest.fetch import Fetcher, FetchOptions, StoreFetchState
from clashwatch.model import Article, Event
from clashwatch.publish import JsonLinesEventExporter, export_events, write_archive
from clashwatch.resolve import resolve_events
from clashwatch.resolve.grouping import event_id_for, group_articles
from clashwatch.store import Store, open_store

ProgressFn = Callable[[int], None]


@dataclass
class RunReport:
    """What a run did: counts, and one message per input that failed."""

    articles: int = 0
    added: int = 0
    duplicates: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


class Progress:
    """A progress line on stderr every few seconds, for long runs on a terminal."""

    def __init__(self, label: str, enabled: bool | None = None, every: float = 2.0) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.every = every
        self.start = self.last = time.monotonic()

    def __call__(self, done: int) -> None:
        now = time.monotonic()
        if self.enabled and now - self.last >= self.every:
            rate = done / max(now - self.start, 1e-9)
            print(f"\r{self.label}: {done} articles ({rate:.0f}/s)", end="", file=sys.stderr)
            self.last = now


def extracted(inputs: Iterable[str], report: RunReport, jobs: int = 1,
              progress: ProgressFn | None = None, fetcher: Fetcher | None = None,
              ) -> Iterator[Article]:
    """Read and extract every input article; failures go to `report.errors`. URLs and
    feeds are fetched with `fetcher` (default: from settings)."""

    def readable() -> Iterator[Article]:
        for item in iter_inputs(inputs, fetcher):
            if isinstance(item, InputError):
                report.errors.append(str(item))
            else:
                yield item

    def failed(article: Article, exc: Exception) -> None:
        # one article's failure is one line for that article; the others go on
        report.errors.append(extraction_error(article, exc))

    from clashwatch.extract.parallel import extract_all

    for count, article in enumerate(extract_all(readable(), n_process=jobs, on_error=failed),
                                    start=1):
        report.articles = count
        if progress:
            progress(count)
        yield article


def extraction_error(article: Article, exc: BaseException) -> str:
    """One line naming the article and what went wrong inside the extractor."""
    detail = " ".join(str(exc).split())[:200]
    where = article.source or article.id
    return one_line(f"{where}: extraction failed "
                    f"({type(exc).__name__}{': ' + detail if detail else ''})")


def run_extract(inputs: Iterable[str], out: Path, jobs: int = 1,
                progress: ProgressFn | None = None) -> RunReport:
    """`clashwatch extract`: one output line per readable input article, in input order."""
    report = RunReport()
    started = time.monotonic()
    with _atomic_writer(out) as handle:
        for article in extracted(inputs, report, jobs, progress):
            handle.write(json.dumps(article.as_extract_record(), ensure_ascii=False) + "\n")
    report.seconds = time.monotonic() - started
    return report


def run_cluster(inputs: Iterable[str], out: Path, jobs: int = 1,
                progress: ProgressFn | None = None) -> RunReport:
    """`clashwatch cluster`: an event id per input article."""
    report = RunReport()
    articles = list(extracted(inputs, report, jobs, progress))
    groups = group_articles(articles)
    event_of = {a.id: event_id_for([m.id for m in g]) for g in groups for a in g}
    with _atomic_writer(out) as handle:
        for article in articles:
            handle.write(json.dumps({"id": article.id, "event_id": event_of[article.id]}) + "\n")
    report.events = len(groups)
    return report


def ingest_into(store: Store, inputs: Iterable[str], jobs: int = 1,
                progress: ProgressFn | None = None,
                fetch_options: FetchOptions | None = None) -> RunReport:
    """`clashwatch ingest`: add articles (each in its own transaction), then regroup events.
    Fetched URLs' validators are kept in the store once the run has stored their articles."""
    report = RunReport()
    started = time.monotonic()
    fetcher = Fetcher(fetch_options, StoreFetchState(store))
    store_articles(store, extracted(inputs, report, jobs, progress, fetcher), report)
    # also after a run killed between adding articles and regrouping them: the articles
    # are stored (and count as duplicates now) but belong to no event yet
    if report.added or has_ungrouped_articles(store):
        report.events = len(refresh_events(store))
    fetcher.state.commit()  # only now: a run killed before this fetches again next time
    fetcher.close()
    report.seconds = time.monotonic() - started
    return report


def has_ungrouped_articles(store: Store) -> bool:
    """Whether some stored article belongs to no event."""
    return bool(store.read("SELECT 1 FROM articles WHERE event_id IS NULL LIMIT 1"))


def store_articles(store: Store, articles: Iterable[Article], report: RunReport) -> None:
    """Add extracted articles one by one, counting added and duplicate ones; an article the
    store refuses is reported on one line and the others still go in."""
    for article in articles:
        try:
            outcome = store.add_article(article)
        except (ClashWatchError, ValueError) as exc:  # ValueError: text the DB cannot encode
            report.errors.append(one_line(f"{article.source or article.id}: {exc}"))
            continue
        if outcome == "added":
            report.added += 1
        else:
            report.duplicates += 1


def refresh_events(store: Store) -> list[Event]:
    """Regroup all stored articles into events and store them, in one transaction.

    Analysts' merges and splits (`store.corrections()`) are replayed on the new grouping.
    """
    with store.regroup_lock():  # another ingester's regrouping waits: none is stale
        events = resolve_events(store.articles(), store.corrections())
        store.replace_events(events)
    return events


def run_build(inputs: Iterable[str], out_dir: Path, jobs: int = 1,
              progress: ProgressFn | None = None) -> RunReport:
    """`clashwatch build`: a store, events.jsonl and the Markdown archive under `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open_store(out_dir / "clashwatch.db") as store:
        report = ingest_into(store, inputs, jobs, progress)
        events = store.events()
        publish(store, events, out_dir)
    report.events = len(events)
    return report


def publish(store: Store, events: list[Event], out_dir: Path) -> None:
    """events.jsonl and the Markdown archive for the given events."""
    export_events(JsonLinesEventExporter(out_dir / "events.jsonl"), events)
    articles = {a.id: a for a in store.articles()}
    for article in articles.values():
        from clashwatch.extract.sentences import split_sentences

        article.sentences = split_sentences(article.text)
    members = {e.event_id: [articles[i] for i in e.article_ids if i in articles] for e in events}
    write_archive(out_dir, events, members)


class _atomic_writer:
    """Write a file through a temporary sibling, renamed into place on success only."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def __enter__(self):  # type: ignore[no-untyped-def]
        parent = self.path.parent if str(self.path.parent) else Path(".")
        if not parent.exists():
            raise InputError(str(self.path), f"output folder {parent} does not exist")
        fd, self.tmp = tempfile.mkstemp(dir=parent, prefix=f".{self.path.name}.")
        self.handle = os.fdopen(fd, "w", encoding="utf-8")
        return self.handle

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.handle.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)
