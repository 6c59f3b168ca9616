"""The command line: parse arguments, call the library, print the result. Nothing else.

Exit status: 0 success, 2 bad input (each problem on one line: where, and what), 1 any
other failure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from clashwatch import __version__, runner
from clashwatch.errors import ClashWatchError
from clashwatch.store import default_db, open_store

BAD_INPUT = 2

db_option = click.option(
    "--db", default=None, metavar="DB",
    help="SQLite file or postgresql:// URL (default: $CLASHWATCH_DB or ./clashwatch.db).")
jobs_option = click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
                           help="Worker processes for extraction.")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="No progress output.")


def _finish(report: runner.RunReport) -> None:
    """Print each input error on one line; exit 2 when there was any."""
    if sys.stderr.isatty():
        click.echo("", err=True)
    for message in report.errors:
        click.echo(f"error: {message}", err=True)
    if report.errors:
        sys.exit(BAD_INPUT)


def _fail(exc: ClashWatchError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(BAD_INPUT)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clashwatch")
def main() -> None:
    """ClashWatch: news reports about armed conflict in, a sourced event timeline out."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="IN...")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output JSONL: one line per input article, in input order.")
@jobs_option
@quiet_option
def extract(inputs: tuple[str, ...], output: Path, jobs: int, quiet: bool) -> None:
    """Extract claims, event, places and actors from each article (JSONL or files)."""
    try:
        report = runner.run_extract(inputs, output, jobs,
                                    None if quiet else runner.Progress("extract"))
    except ClashWatchError as exc:
        _fail(exc)
    if not quiet:
        click.echo(f"extracted {report.articles} articles to {output}", err=True)
    _finish(report)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="IN...")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output JSONL: {id, event_id} per input article.")
@jobs_option
@quiet_option
def cluster(inputs: tuple[str, ...], output: Path, jobs: int, quiet: bool) -> None:
    """Group articles that report the same real-world event."""
    try:
        report = runner.run_cluster(inputs, output, jobs,
                                    None if quiet else runner.Progress("cluster"))
    except ClashWatchError as exc:
        _fail(exc)
    if not quiet:
        click.echo(f"{report.articles} articles in {report.events} events: {output}", err=True)
    _finish(report)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="IN...")
@click.option("-o", "--output", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for clashwatch.db, events.jsonl and the news/ archive.")
@jobs_option
@quiet_option
def build(inputs: tuple[str, ...], output: Path, jobs: int, quiet: bool) -> None:
    """The whole pipeline: store, events.jsonl and the Markdown archive."""
    try:
        report = runner.run_build(inputs, output, jobs,
                                  None if quiet else runner.Progress("build"))
    except ClashWatchError as exc:
        _fail(exc)
    if not quiet:
        click.echo(f"{report.added} articles, {report.events} events -> {output}", err=True)
    _finish(report)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL...")
@db_option
@jobs_option
@quiet_option
def ingest(inputs: tuple[str, ...], db: str | None, jobs: int, quiet: bool) -> None:
    """Add articles to a store and update its events."""
    try:
        with open_store(db) as store:
            report = runner.ingest_into(store, inputs, jobs,
                                        None if quiet else runner.Progress("ingest"))
    except ClashWatchError as exc:
        _fail(exc)
    if not quiet:
        click.echo(f"added {report.added}, already stored {report.duplicates}, "
                   f"{report.events} events in {db or default_db()}", err=True)
    _finish(report)


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="A JSON array in the events.jsonl shape.")
def events(db: str | None, as_json: bool) -> None:
    """List the events in a store, newest first, with their claims by side."""
    try:
        with open_store(db) as store:
            found = store.events()
    except ClashWatchError as exc:
        _fail(exc)
    if as_json:
        click.echo(json.dumps([e.as_dict() for e in found], ensure_ascii=False, indent=1))
        return
    from clashwatch.publish.table import render_events_table

    click.echo(render_events_table(found))


# --- serve (web UI and JSON API) -------------------------------------------------------


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback unless you mean to share it).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535),
              help="TCP port.")
def serve(db: str | None, host: str, port: int) -> None:
    """The web UI and JSON API over a store (timeline, event pages, map, charts)."""
    from clashwatch.web import serve as serve_web

    target = db or default_db()
    if not target.startswith(("postgresql://", "postgres://")) and not Path(target).is_file():
        _fail(ClashWatchError(f"{target}: no such store; build one with `clashwatch build` "
                              "or `clashwatch ingest`"))
    try:
        store = open_store(target)
    except ClashWatchError as exc:
        _fail(exc)
    click.echo(f"serving {target} on http://{host}:{port}/", err=True)
    with store:
        serve_web(store, host=host, port=port)


# --- merge / split (analysts' corrections to the grouping) ------------------------------


@main.command()
@click.argument("event_ids", nargs=-1, required=True, metavar="EVENT_ID...")
@db_option
def merge(event_ids: tuple[str, ...], db: str | None) -> None:
    """Make two or more events one (kept through later ingests)."""
    from clashwatch.resolve.corrections import merge_events

    try:
        with open_store(db) as store:
            correction, event = merge_events(store, event_ids)
    except ClashWatchError as exc:
        _fail(exc)
    click.echo(f"merged into {event.event_id} ({len(event.article_ids)} reports; "
               f"correction {correction})")


@main.command()
@click.argument("event_id", metavar="EVENT_ID")
@click.argument("article_ids", nargs=-1, required=True, metavar="ARTICLE_ID...")
@db_option
def split(event_id: str, article_ids: tuple[str, ...], db: str | None) -> None:
    """Move reports out of an event into an event of their own (kept through later ingests)."""
    from clashwatch.resolve.corrections import split_event

    try:
        with open_store(db) as store:
            correction, event = split_event(store, event_id, article_ids)
    except ClashWatchError as exc:
        _fail(exc)
    click.echo(f"split off as {event.event_id} ({len(event.article_ids)} reports; "
               f"correction {correction})")


# --- watch / batch (feeds, crawls, Spark) ----------------------------------------------


@main.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED|URL...")
@db_option
@click.option("--interval", default=None, type=click.FloatRange(min=0), metavar="SECONDS",
              help="Seconds between polls (default: 900).")
@click.option("--max-polls", default=None, type=click.IntRange(min=1),
              help="Stop after this many polls (default: poll until interrupted).")
@click.option("--once", is_flag=True, help="Poll once and stop (same as --max-polls 1).")
@click.option("--allow-private", is_flag=True,
              help="Allow private, loopback and link-local addresses (e.g. a local server).")
@click.option("--timeout", default=None, type=click.FloatRange(min=0.1), metavar="SECONDS",
              help="Time limit for each feed or page (default: 15).")
@click.option("--delay", default=None, type=click.FloatRange(min=0), metavar="SECONDS",
              help="Seconds between two requests to one host (default: 1).")
@jobs_option
@quiet_option
def watch(feeds: tuple[str, ...], db: str | None, interval: float | None,
          max_polls: int | None, once: bool, allow_private: bool, timeout: float | None,
          delay: float | None, jobs: int, quiet: bool) -> None:
    """Poll RSS/Atom feeds (or URLs) on an interval; ingest new items into a store."""
    from clashwatch import settings
    from clashwatch.ingest.fetch import FetchOptions
    from clashwatch.ingest.watch import watch_feeds

    options = FetchOptions.from_env(timeout=timeout, per_host_delay=delay,
                                    allow_private=allow_private or None)
    failed = False

    def show(number: int, report: object) -> None:
        nonlocal failed
        assert isinstance(report, runner.RunReport)
        for message in report.errors:
            click.echo(f"error: {message}", err=True)
        failed = failed or bool(report.errors)
        if not quiet:
            click.echo(f"poll {number}: added {report.added}, already stored "
                       f"{report.duplicates}, {report.events} events", err=True)

    try:
        with open_store(db) as store:
            watch_feeds(store, feeds, settings.WATCH_INTERVAL_SECONDS if interval is None
                        else interval, 1 if once else max_polls, options, jobs, show)
    except ClashWatchError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    if failed:
        sys.exit(BAD_INPUT)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="IN...")
@click.option("-o", "--output", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for articles.parquet, claims.parquet, events.jsonl and clashwatch.db.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: this machine's processes; spark: a PySpark job.")
@click.option("--master", default=None, metavar="URL",
              help="Spark master (default: local[2], or spark-submit's).")
@click.option("--partitions", default=None, type=click.IntRange(1), metavar="N",
              help="Spark partitions (default: one per core).")
@jobs_option
@quiet_option
def batch(inputs: tuple[str, ...], output: Path, engine: str, master: str | None,
          partitions: int | None, jobs: int, quiet: bool) -> None:
    """The per-article work over a large corpus; the same events as `build`."""
    from clashwatch.batch import run_batch

    try:
        report = run_batch(inputs, output, engine, jobs, master, partitions,
                           None if quiet else runner.Progress("batch"))
    except ClashWatchError as exc:
        _fail(exc)
    if not quiet:
        click.echo(f"{report.added} articles, {report.events} events -> {output} "
                   f"({engine}, {report.seconds:.1f} s)", err=True)
    _finish(report)


if __name__ == "__main__":
    main()
