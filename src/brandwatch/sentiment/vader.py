"""The VADER lexicon: no model download, fast, tuned for social media text."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from brandwatch.model.sentiment import SentimentResult

# VADER's documented compound-score cut-offs.
POSITIVE_AT = 0.05
NEGATIVE_AT = -0.05
# VADER's cost grows with text length; sentiment of a post is carried by its beginning and a cap
# keeps a pathological 1 MB post from stalling a batch.
MAX_CHARS = 5000
# Reposts, quotes and campaign copy repeat texts word for word; a score depends on the text alone.
REMEMBERED = 8192
# Only texts up to this long are remembered: 8,192 texts of 5,000 characters (4 bytes each for emoji
# and other astral characters) could hold ~160 MB in every process; longer posts are scored each time.
REMEMBER_MAX_CHARS = 1000


class VaderBackend:
    name = "vader"
    description = "vader (vaderSentiment lexicon)"

    def __init__(self) -> None:
        from brandwatch.sentiment.vader_scoring import VaderScorer

        # vaderSentiment's own scores, without its per-word re-lowering of the whole post.
        self._scorer = VaderScorer()
        self._one = lru_cache(maxsize=REMEMBERED)(self._score)

    def analyze(self, texts: Sequence[str]) -> list[SentimentResult]:
        # Keyed by the part scored, and only short parts, so the remembered texts stay small.
        scored = (text[:MAX_CHARS] for text in texts)
        return [self._one(text) if len(text) <= REMEMBER_MAX_CHARS else self._score(text) for text in scored]

    def _score(self, text: str) -> SentimentResult:
        compound = self._scorer.compound(text) if text.strip() else 0.0
        return label_compound(compound)


def label_compound(compound: float) -> SentimentResult:
    if compound >= POSITIVE_AT:
        return SentimentResult("positive", round(compound, 4), compound)
    if compound <= NEGATIVE_AT:
        return SentimentResult("negative", round(-compound, 4), compound)
    return SentimentResult("neutral", round(1 - abs(compound), 4), compound)
