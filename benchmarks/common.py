"""What every benchmark shares: where the data is, and how results are written."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clashwatch.extract import Extractor
    from clashwatch.model import Article

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"


def data_dir() -> Path:
    """The development sets: $CLASHWATCH_DATA, else ../shared/data beside the checkout."""
    found = Path(os.environ.get("CLASHWATCH_DATA") or ROOT.parent / "shared" / "data")
    if not found.is_dir():
        sys.exit(f"benchmark data not found at {found}: set CLASHWATCH_DATA")
    return found


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_result(name: str, figures: dict[str, Any]) -> Path:
    """Print the figures and write them to benchmarks/results/<name>.json."""
    figures = {"command": f"python -m benchmarks.{name}", **figures}
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    return path


def gvc_input(folder: Path, limit: int | None = None) -> tuple[Path, int]:
    """The first `limit` gvc-dev articles (all by default) as a JSONL file in `folder`,
    for benchmarks that time a CLI command on them; returns the file and its line count."""
    lines = (data_dir() / "gvc-dev" / "docs.jsonl").read_text(encoding="utf-8").splitlines()[:limit]
    path = folder / "gvc-dev.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(lines)


def extract_timed(extractor: Extractor, article: Article, seconds: dict[str, float]) -> Article:
    """`extractor(article)`, adding each component's processor time to `seconds` by its
    name: shares of one pass, which the load of a shared machine does not skew."""
    for component in extractor.components:
        started = time.process_time()
        article = component(article)
        seconds[component.name] = seconds.get(component.name, 0.0) + time.process_time() - started
    return article
