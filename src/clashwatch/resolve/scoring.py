"""B-cubed precision, recall and F1 of a grouping against gold, shared by tests and benchmarks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass
class BCubed:
    precision: float
    recall: float
    f1: float
    items: int

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "items": self.items}


def bcubed(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> BCubed:
    """B-cubed over the items in `gold` (Bagga & Baldwin 1998): per item, the share of its
    predicted cluster that is in its gold cluster, and the reverse; averaged."""
    items = [i for i in gold if i in predicted]
    if not items:
        return BCubed(0.0, 0.0, 0.0, 0)
    by_pred: dict[Hashable, set[str]] = defaultdict(set)
    by_gold: dict[Hashable, set[str]] = defaultdict(set)
    for item in items:
        by_pred[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in items:
        pred, true = by_pred[predicted[item]], by_gold[gold[item]]
        both = len(pred & true)
        precision += both / len(pred)
        recall += both / len(true)
    precision, recall = precision / len(items), recall / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BCubed(precision, recall, f1, len(items))
