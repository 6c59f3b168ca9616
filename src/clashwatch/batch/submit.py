"""The script to give spark-submit: `spark-submit [spark options] .../clashwatch/batch/submit.py
IN... -o OUT`. It runs `clashwatch batch --engine spark` inside the submitted application,
so the master, executors and memory are spark-submit's (docs/scale.md)."""

from __future__ import annotations

import sys

from clashwatch.cli import main

if __name__ == "__main__":
    main(["batch", *sys.argv[1:], "--engine", "spark"], prog_name="clashwatch-submit")
