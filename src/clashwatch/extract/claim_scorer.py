"""Score extracted claims against hand-made gold (format of `data/seeds/gold.json`).

Shared by `benchmarks/claims_seeds.py` and the tests, like spaCy's `PRFScore`.

Matching (per document):
- a predicted claim matches a gold claim when status, count and side agree: counts are
  equal (both null for "a number of"), or the predicted count is the gold's
  ``also_stated_as`` figure ("More than 100" restating 105); a gold side given as a list
  accepts any of its entries;
- pairs are made one to one, gold in order, each taking the free prediction that also
  agrees best on qualifier, aggregate, claimant side, place and period;
- an unmatched prediction with the same status, count and side as a matched gold claim
  is a restatement (the headline, the lede and the body saying the same thing): neither
  right nor wrong;
- gold claims marked ``optional`` count when found and are not missed when not;
- precision = matched / (matched + other predictions); recall = matched / required gold.
Claimant side is scored on matched pairs: equal, null included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from clashwatch.extract.numbers import parse_figure

_NUMBER = re.compile(r"\d[\d,]*")


@dataclass
class ClaimScore:
    """tp / fp / fn and the matched pairs' agreement counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    restatements: int = 0
    ignored: int = 0
    forbidden: int = 0
    claimant_side_right: int = 0
    agree: dict[str, int] = field(default_factory=lambda: {"qualifier": 0, "aggregate": 0,
                                                            "victim": 0})
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def claimant_side_accuracy(self) -> float:
        return self.claimant_side_right / self.tp if self.tp else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 3), "recall": round(self.recall, 3),
            "claimant_side_accuracy": round(self.claimant_side_accuracy, 3),
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "restatements": self.restatements,
            "ignored": self.ignored, "forbidden_claims": self.forbidden,
            **{f"{k}_agreement": round(v / self.tp, 3) if self.tp else 0.0
               for k, v in self.agree.items()},
        }


def _options(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _counts_of(gold: dict[str, Any]) -> list[int | None]:
    counts = [gold.get("count")]
    also = gold.get("also_stated_as")
    if also:
        figure = parse_figure(str(also))
        if figure is not None:
            counts.append(figure.count)
    return counts


def _key_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return (pred.get("status") == gold.get("status") and pred.get("count") in _counts_of(gold)
            and pred.get("side") in _options(gold.get("side")))


def _affinity(pred: dict[str, Any], gold: dict[str, Any]) -> int:
    score = sum(pred.get(k) in _options(gold.get(k)) for k in ("qualifier", "claimant_side"))
    score += pred.get("aggregate", False) == bool(gold.get("aggregate", False))
    score += bool(gold.get("place")) and pred.get("place") == gold.get("place")
    score += bool(gold.get("date_start")) and pred.get("date_start") == gold.get("date_start")
    return int(score)


def _forbidden_counts(entries: Iterable[str]) -> set[int]:
    found: set[int] = set()
    for entry in entries:
        head = entry.split("(")[0]
        found.update(int(n.replace(",", "")) for n in _NUMBER.findall(head))
    return found


def quote_digits(pred: dict[str, Any]) -> str:
    return str(pred.get("quote", "")).replace(",", "")


def match_claims(predicted: list[dict[str, Any]],
                 gold_claims: list[dict[str, Any]]) -> list[int | None]:
    """Pair gold and predicted claims one to one (see the module docstring). RETURNS, per
    gold claim in order, the index of its prediction, or None when it was missed."""
    free = list(range(len(predicted)))
    pairs: list[int | None] = []
    for gold in gold_claims:
        candidates = [i for i in free if _key_match(predicted[i], gold)]
        if not candidates:
            pairs.append(None)
            continue
        best = max(candidates, key=lambda i: _affinity(predicted[i], gold))
        free.remove(best)
        pairs.append(best)
    return pairs


def score_document(predicted: list[dict[str, Any]], gold_doc: dict[str, Any],
                   score: ClaimScore | None = None) -> ClaimScore:
    """Add one document's comparison to `score` (a new one by default) and return it."""
    score = score or ClaimScore()
    name = gold_doc.get("file", "?")
    gold_claims = gold_doc.get("claims", [])
    pairs = match_claims(predicted, gold_claims)
    free = [i for i in range(len(predicted)) if i not in pairs]
    matched_gold = []
    for gold, best in zip(gold_claims, pairs, strict=True):
        if best is None:
            if not gold.get("optional"):
                score.fn += 1
                score.errors.append(f"{name}: missed {gold['status']} {gold.get('count')} "
                                    f"{gold.get('side')}")
            continue
        matched_gold.append(gold)
        pred = predicted[best]
        score.tp += 1
        score.claimant_side_right += pred.get("claimant_side") in _options(gold.get("claimant_side"))
        score.agree["qualifier"] += pred.get("qualifier") in _options(gold.get("qualifier", "exact"))
        score.agree["aggregate"] += bool(pred.get("aggregate")) == bool(gold.get("aggregate", False))
        score.agree["victim"] += pred.get("victim") in _options(gold.get("victim", "unknown"))
        if pred.get("claimant_side") not in _options(gold.get("claimant_side")):
            score.errors.append(f"{name}: claimant side {pred.get('claimant_side')} for "
                                f"{gold['status']} {gold.get('count')} (gold "
                                f"{gold.get('claimant_side')})")
    forbidden = _forbidden_counts(gold_doc.get("must_not_extract", []))
    ignored = _forbidden_counts(gold_doc.get("ignore", []))
    for i in free:
        pred = predicted[i]
        if any(_key_match(pred, g) for g in matched_gold):
            score.restatements += 1
        elif pred.get("count") in ignored and str(pred.get("count")) in quote_digits(pred):
            score.ignored += 1
        else:
            score.fp += 1
            score.errors.append(f"{name}: extra {pred.get('status')} {pred.get('count')} "
                                f"{pred.get('side')}: {pred.get('quote', '')[:80]}")
            if pred.get("count") in forbidden:
                score.forbidden += 1
    return score
