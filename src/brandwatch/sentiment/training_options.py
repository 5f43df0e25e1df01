"""What a training run is asked to do and what it reports: shared by training.py and the model card."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from brandwatch.sentiment.metrics import Scores
from brandwatch.sentiment.training_data import EVAL_NEGATIVE_BELOW, EVAL_POSITIVE_ABOVE

DEFAULT_SEED = 13


@dataclass(frozen=True, slots=True)
class TrainingOptions:
    epochs: int = 2
    # Chosen by measuring 2 shared CPU cores: 99% of the rated texts fit in 55 tokens, and batches
    # of 32 length-bucketed texts run at ~50-70 texts/s, so 2 epochs of ~20k texts take ~11 min.
    max_length: int = 64
    batch_size: int = 32
    learning_rate: float = 5e-5
    warmup_fraction: float = 0.06
    weight_decay: float = 0.01
    seed: int = DEFAULT_SEED
    limit: int | None = None  # train on this many texts only (quick runs; scores not comparable)
    threads: int | None = None
    # Cut-offs that turn a mean rating into a training label. They may differ from the fixed
    # evaluation classes when a choice on the validation split justifies it; these equal them.
    train_negative_below: float = EVAL_NEGATIVE_BELOW
    train_positive_above: float = EVAL_POSITIVE_ABOVE


@dataclass(frozen=True, slots=True)
class TrainingReport:
    out_dir: Path
    options: TrainingOptions
    base_origin: str
    train_count: int
    steps: int
    train_seconds: float
    validation: dict[str, Scores] = field(default_factory=dict)
    finished_at: str = ""

    @property
    def seconds_per_step(self) -> float:
        return self.train_seconds / self.steps if self.steps else 0.0
