"""The interface every sentiment backend implements."""

from __future__ import annotations

from typing import Protocol, Sequence

from brandwatch.model.sentiment import SentimentResult


class SentimentBackend(Protocol):
    name: str  # "vader", "transformers"
    description: str  # one line for `status` and stderr: which model, from where

    def analyze(self, texts: Sequence[str]) -> list[SentimentResult]:
        """One result per text, in order. Never raises on odd input (empty, huge, any Unicode)."""
        ...
