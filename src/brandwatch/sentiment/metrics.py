"""Classification scores for the three sentiment classes (no scikit-learn needed for three numbers)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from brandwatch.model.sentiment import LABELS


@dataclass(frozen=True, slots=True)
class Scores:
    count: int
    accuracy: float
    macro_recall: float
    macro_f1: float

    def as_dict(self) -> dict[str, float | int]:
        return {"count": self.count, "accuracy": round(self.accuracy, 4),
                "macro_recall": round(self.macro_recall, 4), "macro_f1": round(self.macro_f1, 4)}


def score(expected: Sequence[str], predicted: Sequence[str]) -> Scores:
    """Accuracy, and recall and F1 averaged over the three classes with equal weight.

    A class absent from `expected` still counts (recall 0 would be unfair, so it is skipped in the
    recall average but its false positives still lower F1 through precision).
    """
    if len(expected) != len(predicted):
        raise ValueError(f"{len(expected)} expected labels but {len(predicted)} predictions")
    if not expected:
        return Scores(0, 0.0, 0.0, 0.0)
    recalls, f1s = [], []
    for label in LABELS:
        true_positive = sum(1 for e, p in zip(expected, predicted) if e == p == label)
        actual = sum(1 for e in expected if e == label)
        claimed = sum(1 for p in predicted if p == label)
        recall = true_positive / actual if actual else None
        precision = true_positive / claimed if claimed else 0.0
        if recall is not None:
            recalls.append(recall)
        r = recall or 0.0
        f1s.append(2 * precision * r / (precision + r) if precision + r else 0.0)
    accuracy = sum(1 for e, p in zip(expected, predicted) if e == p) / len(expected)
    return Scores(len(expected), accuracy, sum(recalls) / len(recalls), sum(f1s) / len(f1s))
