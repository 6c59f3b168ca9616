"""Casualty claims on the five seeds against their hand-made gold.

Run: ``python -m benchmarks.claims_seeds`` (from the repository root). It runs the same
code as ``clashwatch extract samples/seeds.jsonl -o OUT`` (the seeds, ids = file names,
with the gold's publication dates) and scores the claims with
`clashwatch.extract.claim_scorer`:

- a predicted claim matches a gold claim when status, count and side agree (a gold side
  given as a list accepts any entry; a gold ``also_stated_as`` figure is the same claim
  restated, e.g. "More than 100" for 105), one to one;
- unmatched predictions with the same status, count and side as a matched gold claim
  are restatements (headline, lede and body saying the same): neither right nor wrong;
  gold ``optional`` claims are not missed when absent; gold ``ignore`` items (in-page
  links, video titles) are not counted when found;
- precision = matched / (matched + other predictions), recall = matched / required gold;
  claimant side accuracy over the matched pairs (null = null is right).
Also reported: claims with a figure the gold forbids (deployments, areas, attackers,
ages, times, reader comments), and agreement on qualifier, aggregate and victim.
Targets (issue 3): precision and recall >= 0.95, claimant side >= 0.9, no forbidden claim.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, read_jsonl, write_result
from clashwatch.extract.claim_scorer import ClaimScore, score_document
from clashwatch.runner import run_extract

SEEDS = ROOT / "samples" / "seeds.jsonl"


def gold_path() -> Path:
    """The shared gold when present, else the copy kept with the tests."""
    shared = Path(os.environ.get("CLASHWATCH_DATA") or ROOT.parent / "shared" / "data")
    found = shared / "seeds" / "gold.json"
    return found if found.is_file() else ROOT / "tests" / "fixtures" / "seeds_gold.json"


def extract_seeds(seeds: Path = SEEDS) -> dict[str, dict[str, Any]]:
    """`clashwatch extract` over the seeds: article id -> its extracted record."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "claims.jsonl"
        report = run_extract([str(seeds)], out)
        if report.errors:
            raise SystemExit("; ".join(report.errors))
        return {r["id"]: r for r in read_jsonl(out)}


def evaluate(seeds: Path = SEEDS, gold_file: Path | None = None) -> tuple[ClaimScore, dict[str, int]]:
    """Extract the seeds and score them; RETURNS the score and claims per document."""
    gold = json.loads((gold_file or gold_path()).read_text(encoding="utf-8"))
    records = extract_seeds(seeds)
    score = ClaimScore()
    per_doc = {}
    for doc in gold["documents"]:
        predicted = records.get(doc["file"], {}).get("claims", [])
        per_doc[doc["file"]] = len(predicted)
        score_document(predicted, doc, score)
    return score, per_doc


def main() -> None:
    score, per_doc = evaluate()
    figures = {**score.as_dict(), "claims_per_document": per_doc,
               "targets": {"precision": 0.95, "recall": 0.95, "claimant_side_accuracy": 0.9,
                           "forbidden_claims": 0}}
    for line in score.errors:
        print("  ", line)
    write_result("claims_seeds", figures)


if __name__ == "__main__":
    main()
