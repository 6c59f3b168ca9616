"""Publish: events.jsonl, the Markdown archive and other exports."""

from clashwatch.publish.exporters import EventExporter, JsonLinesEventExporter, export_events
from clashwatch.publish.markdown import write_archive

__all__ = ["EventExporter", "JsonLinesEventExporter", "export_events", "write_archive"]
