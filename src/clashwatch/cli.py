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


# --- watch / batch (feeds, crawls, Spark) ----------------------------------------------


if __name__ == "__main__":
    main()
