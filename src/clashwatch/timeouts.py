"""A time limit around one article's work, so a pathological text cannot hang a run.

SIGALRM interrupts pure-Python code and regular-expression matching (the likely culprits:
a pattern backtracking on a hostile string); the interrupted article is reported and the
run goes on. Only in the main thread of a process with SIGALRM (not on Windows): elsewhere
the limit is not enforced.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class ArticleTimeout(Exception):
    """One article took longer than the limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ArticleTimeout inside the block once `seconds` have passed (0: no limit)."""
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise ArticleTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
