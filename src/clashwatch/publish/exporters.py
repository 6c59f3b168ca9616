"""Exporters: one base class with start, export and finish steps, one subclass per format.

Shaped like scrapy's item exporters: `start()` opens the output, `export(event)` writes
one event, `finish()` closes it. `export_events` drives any of them.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from clashwatch.model import Event


class EventExporter:
    """Base class: write events to one file, atomically (temp file, then rename)."""

    suffix = ""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._handle: IO[str] | None = None
        self._tmp: str | None = None

    def start(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")

    @property
    def handle(self) -> IO[str]:
        assert self._handle is not None, "start() first"
        return self._handle

    def export(self, event: Event) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        assert self._handle is not None and self._tmp is not None
        self._handle.close()
        os.replace(self._tmp, self.path)


class JsonLinesEventExporter(EventExporter):
    """``events.jsonl``: one `Event.as_dict()` per line (format clashwatch.event.v1)."""

    suffix = ".jsonl"

    def export(self, event: Event) -> None:
        self.handle.write(json.dumps(event.as_dict(), ensure_ascii=False) + "\n")


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
