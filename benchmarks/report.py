"""Write the latest benchmark figures (benchmarks/results/*.json) into README.md.

Run after the benchmarks: `.venv/bin/python -m benchmarks.report`. The table goes
between the BENCHMARKS markers in the README, so it is regenerated, never hand-edited.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
BEGIN, END = "<!-- BENCHMARKS:BEGIN -->", "<!-- BENCHMARKS:END -->"


def _flatten(prefix: str, value: object, out: dict[str, object]) -> None:
    if isinstance(value, dict):
        for key, sub in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), sub, out)
    elif not isinstance(value, list):
        out[prefix] = value


def render_table() -> str:
    rows = ["| benchmark | figure | value |", "| --- | --- | --- |"]
    for path in sorted(RESULTS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        command = data.pop("command", f"python -m benchmarks.{path.stem}") if isinstance(data, dict) else ""
        flat: dict[str, object] = {}
        _flatten("", data, flat)
        first = True
        for key, value in flat.items():
            shown = f"{value:.3f}" if isinstance(value, float) else str(value)
            name = f"`{command}`" if first else ""
            rows.append(f"| {name} | {key} | {shown} |")
            first = False
    return "\n".join(rows)


def update_readme() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = f"{BEGIN}\n{render_table()}\n{END}"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    update_readme()
    print(render_table())
