"""The interface every sentiment backend implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True, slots=True)
class SentimentResult:
    label: str  # one of LABELS
    score: float  # the backend's confidence in `label`, 0..1
    polarity: float  # -1 (negative) .. +1 (positive); what downstream detectors combine
    # Set only by the multi-task model: its calibrated complaint probability and likeliest topic.
    complaint: float | None = None
    topic: str | None = None


class SentimentBackend(Protocol):
    name: str  # "vader", "transformers"
    description: str  # one line for `status` and stderr: which model, from where

    def analyze(self, texts: Sequence[str]) -> list[SentimentResult]:
        """One result per text, in order. Never raises on odd input (empty, huge, any Unicode)."""
        ...
