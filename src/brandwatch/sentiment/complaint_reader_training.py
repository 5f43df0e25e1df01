"""Fitting the complaint reader (`complaint_reader.py`): L2-regularised logistic regression on
hashed features (counted, as `hashed` lists them), full-batch Adam from zero weights, so the same data
give the same weights.

numpy is needed here only (it comes with matplotlib); reading posts needs none.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from brandwatch.sentiment.complaint_reader import BYTE_GRAMS, FEATURES, ComplaintReader, hashed


def fit(texts: Sequence[str], labels: Sequence[bool], buckets: int = 1 << 18, l2: float = 1e-4,
        steps: int = 300, learning_rate: float = 0.05, description: str = "",
        emphasis: Sequence[float] | None = None, grams: tuple[int, ...] = BYTE_GRAMS,
        features: str = FEATURES) -> ComplaintReader:
    """`texts` lower-cased with the brand masked, as the reader will see them; `emphasis` weighs each
    post (hand-written posts may count for more than generated ones)."""
    import numpy as np

    memo: dict = {}
    rows = [hashed(t, buckets, grams, features, memo) for t in texts]
    lengths = np.array([max(1, len(r)) for r in rows])
    columns = np.array([i for r in rows for i in r], dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    values = (1 / np.sqrt(lengths))[row_of]
    y = np.array(labels, dtype=np.float64)
    # Each class weighs half, whatever the balance of the corpus.
    counted = np.ones(len(rows)) if emphasis is None else np.asarray(emphasis, dtype=np.float64)
    sample = counted * np.where(y == 1, 0.5 / max(1, (counted * y).sum()), 0.5 / max(1, (counted * (1 - y)).sum()))
    w = np.zeros(buckets)
    b = 0.0
    m, v = np.zeros(buckets + 1), np.zeros(buckets + 1)
    for step in range(1, steps + 1):
        z = np.bincount(row_of, weights=w[columns] * values, minlength=len(rows)) + b
        p = 1 / (1 + np.exp(-z))
        residual = (p - y) * sample
        grad = np.append(np.bincount(columns, weights=residual[row_of] * values, minlength=buckets) + l2 * w,
                         residual.sum())
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        update = learning_rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        w -= update[:-1]
        b -= update[-1]
    return ComplaintReader(array("f", w.astype(np.float32).tobytes()), float(b), description, grams=grams,
                           features=features)
