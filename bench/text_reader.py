"""A small learned text reader: hashed word and character n-grams into logistic regression (numpy only).

Used by the endorsement experiment (bench/endorsement_learn.py); tried, not shipped (docs/detectors.md).

It answers one yes/no question about a post's wording ("does this solicit reviews", "does this
threaten a reviewer"), as evidence beside the cue rules, never instead of the rules that must stay
rules (roster, dates, disclosure position, negation). Features are hashed with CRC32, which unlike
`hash()` is the same in every process, so a saved model reads the same posts the same way.

The brand's own names are replaced by one token before reading, so a model trained on one brand's
posts reads another brand's the same way.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

DIMENSION = 1 << 18
BRAND_TOKEN = "xbrandx"
_URL = re.compile(r"https?://\S+|\b[\w-]+\.(?:example|com|co|io|net|org|shop)(?:/\S*)?")
_HANDLE = re.compile(r"@\w+")
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[a-z0-9_#']+|[^\w\s]")


def normalise(text: str, names: Sequence[str] = ()) -> str:
    """Lower case with names, links, handles and digits replaced by placeholders.

    Names are the given ones (a brand's) and any capitalised word inside a sentence ("the Ember
    Stove", "at Marisol Suites"): a name says which brand, place or person, never whether the post
    praises, asks or threatens, and a reader trained on one brand's names would not carry to
    another's. A sentence's first word and all-capital words ("PTO", "HR", "LOVE") are kept."""
    for name in sorted(names, key=len, reverse=True):
        if name:
            text = re.sub(rf"(?i)\b{re.escape(name)}\b", BRAND_TOKEN, text)
    text = _URL.sub(" xurlx ", text)
    text = _HANDLE.sub(" xhandlex ", text)
    text = _NAME.sub(_name_unless_first, text)
    return _NUMBER.sub("0", text.casefold())


_NAME = re.compile(r"\b[A-Z][a-z][\w'’]*")
_SENTENCE_END = ".!?:;\"“(\n-–—"


def _name_unless_first(match: re.Match) -> str:
    before = match.string[:match.start()].rstrip(" \t")
    if not before or before[-1] in _SENTENCE_END or not before[-1].isascii():
        return match.group()
    return BRAND_TOKEN


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % DIMENSION


def features(text: str, names: Sequence[str] = ()) -> tuple[np.ndarray, np.ndarray]:
    """Hashed word unigrams and bigrams and character 3-5 grams, as (indices, L2-normalised weights)."""
    plain = normalise(text, names)
    words = _WORD.findall(plain)
    grams = [f"w:{w}" for w in words]
    grams += [f"b:{a} {b}" for a, b in zip(words, words[1:])]
    padded = f" {' '.join(words)} "
    grams += [f"c:{padded[i:i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
    if not grams:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    indices, counts = np.unique(np.fromiter((_bucket(g) for g in grams), dtype=np.int64, count=len(grams)),
                                return_counts=True)
    weights = np.log1p(counts.astype(float))
    return indices, weights / np.linalg.norm(weights)


@dataclass
class Rows:
    """Sparse rows (CSR-like): what training and scoring read."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray

    @classmethod
    def of(cls, texts: Iterable[str], names_per_text: Iterable[Sequence[str]] | None = None) -> "Rows":
        texts = list(texts)
        names = list(names_per_text) if names_per_text is not None else [()] * len(texts)
        return cls.stack([features(t, n) for t, n in zip(texts, names)])

    @classmethod
    def stack(cls, parts: Sequence[tuple[np.ndarray, np.ndarray]]) -> "Rows":
        lengths = np.array([len(p[0]) for p in parts], dtype=np.int64)
        indptr = np.concatenate([[0], np.cumsum(lengths)])
        indices = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
        data = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0)
        return cls(indptr, indices, data)

    @property
    def count(self) -> int:
        return len(self.indptr) - 1

    def dot(self, weights: np.ndarray) -> np.ndarray:
        products = self.data * weights[self.indices]
        sums = np.add.reduceat(products, self.indptr[:-1]) if len(products) else np.zeros(self.count)
        return np.where(np.diff(self.indptr) > 0, sums, 0.0)

    def transpose_dot(self, values: np.ndarray) -> np.ndarray:
        repeated = np.repeat(values, np.diff(self.indptr))
        return np.bincount(self.indices, weights=self.data * repeated, minlength=DIMENSION)


@dataclass
class LinearReader:
    """Logistic regression over the hashed features: P(yes | text)."""

    weights: np.ndarray
    bias: float

    def probabilities(self, rows: Rows) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(rows.dot(self.weights) + self.bias)))

    def probability(self, text: str, names: Sequence[str] = ()) -> float:
        indices, data = features(text, names)
        return float(1.0 / (1.0 + np.exp(-(float(data @ self.weights[indices]) + self.bias))))

    @classmethod
    def train(cls, rows: Rows, labels: Sequence[bool], l2: float = 1e-4, steps: int = 300,
              rate: float = 0.5) -> "LinearReader":
        """Full-batch Adam on the class-balanced logistic loss. Deterministic: no sampling, zero start."""
        y = np.asarray(labels, dtype=float)
        positives = max(y.sum(), 1.0)
        negatives = max(len(y) - y.sum(), 1.0)
        sample_weight = np.where(y > 0, len(y) / (2 * positives), len(y) / (2 * negatives)) / len(y)
        weights, bias = np.zeros(DIMENSION), 0.0
        m_w, v_w, m_b, v_b = np.zeros(DIMENSION), np.zeros(DIMENSION), 0.0, 0.0
        beta1, beta2, eps = 0.9, 0.999, 1e-8
        for step in range(1, steps + 1):
            p = 1.0 / (1.0 + np.exp(-(rows.dot(weights) + bias)))
            residual = (p - y) * sample_weight
            grad_w = rows.transpose_dot(residual) + l2 * weights
            grad_b = residual.sum()
            m_w = beta1 * m_w + (1 - beta1) * grad_w
            v_w = beta2 * v_w + (1 - beta2) * grad_w ** 2
            m_b = beta1 * m_b + (1 - beta1) * grad_b
            v_b = beta2 * v_b + (1 - beta2) * grad_b ** 2
            correction = np.sqrt(1 - beta2 ** step) / (1 - beta1 ** step)
            weights -= rate * correction * m_w / (np.sqrt(v_w) + eps)
            bias -= rate * correction * m_b / (np.sqrt(v_b) + eps)
        return cls(weights, float(bias))
