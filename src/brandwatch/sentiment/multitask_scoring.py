"""Scores of the multi-task model's three heads, and how often two graphs give the same labels."""

from __future__ import annotations

from typing import Mapping, Sequence

from brandwatch.sentiment.complaint_corpus import LabelledPost
from brandwatch.sentiment.evaluation import validation_scores
from brandwatch.sentiment.training_data import RatedText


def binary_macro_f1(expected: Sequence[bool], predicted: Sequence[bool]) -> float:
    f1s = []
    for cls in (True, False):
        tp = sum(1 for e, p in zip(expected, predicted) if e == p == cls)
        claimed = sum(1 for p in predicted if p == cls)
        actual = sum(1 for e in expected if e == cls)
        precision = tp / claimed if claimed else 0.0
        recall = tp / actual if actual else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(f1s) / 2


def score_backend(backend, rated_val: Mapping[str, tuple[RatedText, ...]], posts: Sequence[LabelledPost],
                  threshold: float = 0.5) -> dict:
    """Sentiment on the rated sentences; complaint macro-F1, topic accuracy and sentiment on the posts."""
    from brandwatch.sentiment.metrics import score

    out = {"ratings": {c: s.as_dict() for c, s in validation_scores(backend, rated_val).items()}}
    if posts:
        results = backend.analyze([p.text for p in posts])
        out["complaint_macro_f1"] = round(binary_macro_f1([p.complaint for p in posts],
                                                          [r.complaint >= threshold for r in results]), 4)
        topical = [(p.topic, r.topic) for p, r in zip(posts, results) if p.complaint]
        out["topic_accuracy"] = round(sum(e == g for e, g in topical) / len(topical), 4) if topical else None
        out["posts_sentiment"] = score([p.sentiment for p in posts], [r.label for r in results]).as_dict()
    return out


def agreement(first, second, texts: Sequence[str]) -> float:
    """Share of texts on which both give the same sentiment label and the same complaint decision."""
    if not texts:
        return 1.0
    a, b = first.analyze(texts), second.analyze(texts)
    same = sum(x.label == y.label and (x.complaint >= 0.5) == (y.complaint >= 0.5) for x, y in zip(a, b))
    return round(same / len(texts), 4)
