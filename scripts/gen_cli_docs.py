"""Regenerate docs/cli.md from the real `--help` of every command.

`tests/test_docs_cli.py` fails when the file is stale: run
`.venv/bin/python scripts/gen_cli_docs.py` after changing a command.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from clashwatch.cli import main  # noqa: E402

DOC = ROOT / "docs" / "cli.md"


def render() -> str:
    runner = CliRunner()
    parts = ["# Command-line reference", "",
             "Generated from `--help` by `scripts/gen_cli_docs.py`; do not edit by hand.", ""]
    group = main
    assert isinstance(group, click.Group)
    for args in [[], *[[name] for name in sorted(group.commands)]]:
        result = runner.invoke(main, [*args, "--help"], prog_name="clashwatch", terminal_width=100)
        title = " ".join(["clashwatch", *args])
        parts += [f"## {title}", "", "```text", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")
