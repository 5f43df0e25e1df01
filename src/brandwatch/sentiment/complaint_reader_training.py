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


def fit_topics(texts: Sequence[str], topics: Sequence[str], buckets: int = 1 << 15, l2: float = 1e-4,
               steps: int = 300, learning_rate: float = 0.05, description: str = "",
               emphasis: Sequence[float] | None = None, grams: tuple[int, ...] = BYTE_GRAMS):
    """The topic reader (`complaint_topic_reader.py`): a softmax regression over the same counted
    word-piece features, each topic weighing alike whatever its share of the complaints."""
    import numpy as np

    from brandwatch.sentiment.complaint_topic_reader import TOPICS, TopicReader

    memo: dict = {}
    rows = [hashed(t, buckets, grams, "pieces", memo) for t in texts]
    lengths = np.array([max(1, len(r)) for r in rows])
    columns = np.array([i for r in rows for i in r], dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    values = (1 / np.sqrt(lengths))[row_of]
    y = np.zeros((len(rows), len(TOPICS)))
    y[np.arange(len(rows)), [TOPICS.index(t) for t in topics]] = 1.0
    counted = np.ones(len(rows)) if emphasis is None else np.asarray(emphasis, dtype=np.float64)
    per_topic = (counted[:, None] * y).sum(axis=0)
    sample = counted * (y / np.maximum(per_topic, 1e-9)).sum(axis=1) / len(TOPICS)
    w = np.zeros((buckets, len(TOPICS)))
    b = np.zeros(len(TOPICS))
    m, v = np.zeros((buckets + 1, len(TOPICS))), np.zeros((buckets + 1, len(TOPICS)))
    for step in range(1, steps + 1):
        z = np.stack([np.bincount(row_of, weights=w[columns, k] * values, minlength=len(rows))
                      for k in range(len(TOPICS))], axis=1) + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        residual = (p - y) * sample[:, None]
        grad_w = np.stack([np.bincount(columns, weights=residual[row_of, k] * values, minlength=buckets)
                           for k in range(len(TOPICS))], axis=1) + l2 * w
        grad = np.vstack([grad_w, residual.sum(axis=0)])
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        update = learning_rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        w -= update[:-1]
        b -= update[-1]
    return TopicReader([array("f", w[:, k].astype(np.float32).tobytes()) for k in range(len(TOPICS))],
                       [float(x) for x in b], grams=grams, description=description)
