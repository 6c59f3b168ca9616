"""Exporters: one base class with start, export and finish steps, one subclass per format.

Shaped like scrapy's item exporters: `start()` opens the output, `export(event)` writes
one event, `finish()` closes it. `export_events` drives any of them into a file
(atomically: temp file, then rename); `stream_events` drives one into an open text
handle (the web UI's downloads). Subclasses write their header in `begin()` and their
footer in `end()`.

Formats: events.jsonl (`JsonLinesEventExporter`), CSV (`CsvEventExporter`), a JSON array
(`JsonEventExporter`) and GeoJSON (`GeoJsonEventExporter`); the flat ones take a column
set from `publish/columns.py`: "clashwatch", "acled" or "ucdp".
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import IO, Any

from clashwatch.model import Event
from clashwatch.publish.columns import COLUMN_SETS, columns

# a cell starting with one of these is read as a formula by spreadsheet programs: an
# article title such as "=HYPERLINK(...)" must stay text (CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class EventExporter:
    """Base class: write events to one file, atomically (temp file, then rename)."""

    suffix = ""
    media_type = "application/octet-stream"

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._handle: IO[str] | None = None
        self._tmp: str | None = None

    def start(self) -> None:
        assert self.path is not None, "a file exporter needs a path"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.begin()

    def start_stream(self, handle: IO[str]) -> None:
        """Write to an open handle instead of a file (nothing renamed at the end)."""
        self._handle = handle
        self.begin()

    @property
    def handle(self) -> IO[str]:
        assert self._handle is not None, "start() first"
        return self._handle

    def begin(self) -> None:
        """The format's header, if any."""

    def export(self, event: Event) -> None:
        raise NotImplementedError

    def end(self) -> None:
        """The format's footer, if any."""

    def finish(self) -> None:
        assert self._handle is not None and self._tmp is not None and self.path is not None
        self.end()
        self._handle.close()
        os.replace(self._tmp, self.path)


class JsonLinesEventExporter(EventExporter):
    """``events.jsonl``: one `Event.as_dict()` per line (format clashwatch.event.v1)."""

    suffix = ".jsonl"
    media_type = "application/x-ndjson"

    def export(self, event: Event) -> None:
        self.handle.write(json.dumps(event.as_dict(), ensure_ascii=False) + "\n")


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def plain_row(column_set: str, event: Event) -> dict[str, Any]:
    """One event as a flat row of a column set, dates as YYYY-MM-DD (JSON-ready)."""
    return {k: _plain(v) for k, v in COLUMN_SETS[column_set](event).items()}


class FlatEventExporter(EventExporter):
    """Base of the exporters that write one flat row per event in a column set."""

    def __init__(self, path: Path | None = None, column_set: str = "clashwatch") -> None:
        super().__init__(path)
        if column_set not in COLUMN_SETS:
            raise ValueError(f"column set {column_set!r}: use one of {', '.join(COLUMN_SETS)}")
        self.column_set = column_set
        self.columns = columns(column_set)

    def row(self, event: Event) -> dict[str, Any]:
        return plain_row(self.column_set, event)


class CsvEventExporter(FlatEventExporter):
    """CSV with a header row; text cells that a spreadsheet would run are quoted as text."""

    suffix = ".csv"
    media_type = "text/csv; charset=utf-8"

    def begin(self) -> None:
        self._writer = csv.writer(self.handle, lineterminator="\r\n")
        self._writer.writerow(self.columns)

    def export(self, event: Event) -> None:
        row = self.row(event)
        self._writer.writerow([_cell(row[c]) for c in self.columns])


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class JsonEventExporter(FlatEventExporter):
    """A JSON array of rows in the column set ("clashwatch": the full event objects)."""

    suffix = ".json"
    media_type = "application/json"

    def begin(self) -> None:
        self.handle.write("[")
        self._first = True

    def export(self, event: Event) -> None:
        record = event.as_dict() if self.column_set == "clashwatch" else self.row(event)
        self.handle.write(("\n" if self._first else ",\n") + json.dumps(record, ensure_ascii=False))
        self._first = False

    def end(self) -> None:
        self.handle.write("\n]\n")


class GeoJsonEventExporter(FlatEventExporter):
    """A GeoJSON FeatureCollection: a Point per event (null geometry where unlocated)."""

    suffix = ".geojson"
    media_type = "application/geo+json"

    def begin(self) -> None:
        self.handle.write('{"type": "FeatureCollection", "features": [')
        self._first = True

    def export(self, event: Event) -> None:
        self.handle.write(("\n" if self._first else ",\n")
                          + json.dumps(feature(event, self.row(event)), ensure_ascii=False))
        self._first = False

    def end(self) -> None:
        self.handle.write("\n]}\n")


def feature(event: Event, properties: dict[str, Any]) -> dict[str, Any]:
    geometry = ({"type": "Point", "coordinates": [event.lon, event.lat]}
                if event.lat is not None and event.lon is not None else None)
    return {"type": "Feature", "id": event.event_id, "geometry": geometry,
            "properties": properties}


EXPORTERS: dict[str, type[FlatEventExporter]] = {
    "csv": CsvEventExporter, "json": JsonEventExporter, "geojson": GeoJsonEventExporter,
}


def export_events(exporter: EventExporter, events: Iterable[Event]) -> int:
    """Write all events with one exporter; returns how many."""
    exporter.start()
    count = 0
    try:
        for event in events:
            exporter.export(event)
            count += 1
    except BaseException:
        if exporter._handle:
            exporter._handle.close()
        if exporter._tmp and os.path.exists(exporter._tmp):
            os.unlink(exporter._tmp)
        raise
    exporter.finish()
    return count


def stream_events(exporter: EventExporter, handle: IO[str], events: Iterable[Event]) -> int:
    """Write all events into an open handle; returns how many."""
    exporter.start_stream(handle)
    count = 0
    for event in events:
        exporter.export(event)
        count += 1
    exporter.end()
    return count
