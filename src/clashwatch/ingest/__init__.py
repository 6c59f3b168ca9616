"""Ingest: read articles from files, folders, JSONL and HTML; drop page chrome and comments."""

from clashwatch.ingest.readers import ReadResult, iter_inputs, iter_path

__all__ = ["ReadResult", "iter_inputs", "iter_path"]
