"""gzip input read through a decompressor with a size cap, so a gzip bomb is refused.

`x.jsonl.gz`, `x.txt.gz` and `x.html.gz` read like the file inside. Two limits apply
while decompressing, never after:

1. the decompressed size may not pass the limit of the format inside (the caller's
   `max_bytes`), the same limit an uncompressed file has;
2. past the first `INGEST_GZIP_RATIO_AFTER_BYTES`, the stream may not expand more than
   `INGEST_GZIP_MAX_RATIO` times the compressed bytes read so far: a bomb (a few KB
   expanding to gigabytes) is stopped after about 1 MB of output.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import BinaryIO

from clashwatch import settings
from clashwatch.errors import InputError


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


class CappedGzipReader(io.RawIOBase):
    """A readable stream of the decompressed bytes; raises InputError at a limit."""

    def __init__(self, path: Path, source: str, max_bytes: int) -> None:
        super().__init__()
        self.source = source
        self.max_bytes = max_bytes
        self.bytes_out = 0
        self._raw = path.open("rb")
        self._gzip = gzip.GzipFile(fileobj=self._raw, mode="rb")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._gzip.read(len(buffer))
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(self.source, f"not a valid gzip file ({exc})") from None
        self.bytes_out += len(data)
        if self.bytes_out > self.max_bytes:
            raise InputError(self.source, "gzip data expands past "
                             f"{megabytes(self.max_bytes)} (the limit for this kind of "
                             "file): refused as a possible gzip bomb")
        compressed = max(self._raw.tell(), 1)
        if (self.bytes_out > settings.INGEST_GZIP_RATIO_AFTER_BYTES
                and self.bytes_out > settings.INGEST_GZIP_MAX_RATIO * compressed):
            raise InputError(self.source, "gzip data expands more than "
                             f"{settings.INGEST_GZIP_MAX_RATIO}x (a gzip bomb?): refused")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._gzip.close()
            self._raw.close()
        super().close()


def is_gzip(path: Path) -> bool:
    return path.suffix.lower() == settings.INGEST_GZIP_SUFFIX


def inner_suffix(path: Path) -> str:
    """The suffix that tells the format: `.jsonl` for both `x.jsonl` and `x.jsonl.gz`."""
    if is_gzip(path):
        return Path(path.stem).suffix.lower()
    return path.suffix.lower()


def open_input(path: Path, source: str, max_bytes: int) -> BinaryIO:
    """A binary stream of the file's content, decompressed (and capped) when gzip."""
    if is_gzip(path):
        return io.BufferedReader(CappedGzipReader(path, source, max_bytes))  # type: ignore[return-value]
    return path.open("rb")


def read_capped(path: Path, source: str, max_bytes: int) -> bytes:
    """The whole content, or InputError when it is (or decompresses to) over `max_bytes`."""
    if not is_gzip(path):
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, f"file too large ({size:,} bytes; limit "
                             f"{megabytes(max_bytes)}): a news article is well under 1 MB")
    with open_input(path, source, max_bytes) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # the file grew after stat()
        raise InputError(source, f"file too large (over {megabytes(max_bytes)})")
    return data
