"""What a sentiment backend says about one text; rules and detectors read it, backends produce it."""

from __future__ import annotations

from dataclasses import dataclass

LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True, slots=True)
class SentimentResult:
    label: str  # one of LABELS
    score: float  # the backend's confidence in `label`, 0..1
    polarity: float  # -1 (negative) .. +1 (positive); what downstream detectors combine
    # Set only by the multi-task model: its calibrated complaint probability and likeliest topic.
    complaint: float | None = None
    topic: str | None = None
