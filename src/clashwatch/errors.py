"""Errors that reach the user as one line: what went wrong, and where."""

from __future__ import annotations


def one_line(text: str) -> str:
    """Text safe to print as one line: line breaks and other control characters escaped."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class ClashWatchError(Exception):
    """Base class for every error ClashWatch reports to a user."""


class InputError(ClashWatchError):
    """Bad input: names the source (and line) and what is wrong with it."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        # a file name or a library's message may hold a line break: the message may not
        super().__init__(one_line(f"{where}: {problem}"))


class StoreError(ClashWatchError):
    """The store cannot be opened or written (bad URL, wrong schema version, ...)."""
