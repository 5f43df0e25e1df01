"""The model card (`README.md`) written next to a trained sentiment model."""

from __future__ import annotations

from brandwatch.sentiment.training_data import (
    CORPORA, EVAL_NEGATIVE_BELOW, EVAL_POSITIVE_ABOVE, SPLIT_SEED, VALIDATION_FRACTION)
from brandwatch.sentiment.training_options import TrainingReport

DATA_CREDIT = (
    "Human-rated sentences from the ground-truth data released with C.J. Hutto and E.E. Gilbert, "
    "\"VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text\", "
    "ICWSM 2014 (vaderSentiment project), MIT licence, Copyright (c) 2016 C.J. Hutto.")


def render_card(report: TrainingReport, validation_counts: dict[str, int]) -> str:
    o = report.options
    rows = "\n".join(
        f"| {corpus} | {validation_counts.get(corpus, scores.count)} | {scores.macro_recall:.3f} | "
        f"{scores.macro_f1:.3f} | {scores.accuracy:.3f} |"
        for corpus, scores in report.validation.items())
    quick = ("\n**Quick run** (`--limit {}`): trained on a subset and scored on a few validation rows "
             "per corpus; these figures are not comparable with a full run.\n".format(o.limit)
             if o.limit is not None else "")
    return f"""# brandwatch offline sentiment model

A 3-class sentiment classifier (negative / neutral / positive) made by `brandwatch models
train-sentiment`: the base model fine-tuned end to end with a classification head, on CPU, with no
model hub. Load it with brandwatch's `transformers` or `auto` sentiment backend.

- Trained: {report.finished_at}
- Base model: {report.base_origin} (all-MiniLM-L6-v2, Apache-2.0; weights SHA-256 verified before training)
- Labels (`config.json` id2label): 0 negative, 1 neutral, 2 positive
{quick}
## Data

{DATA_CREDIT}
Corpora: {", ".join(CORPORA)}. {VALIDATION_FRACTION:.0%} of each corpus is held out for validation
(hash split keyed by seed {SPLIT_SEED} and each text's id); the model trained on {report.train_count}
texts.

## Classes and thresholds

- Evaluation classes (fixed, never tuned): mean rating < {EVAL_NEGATIVE_BELOW} negative,
  mean rating > {EVAL_POSITIVE_ABOVE} positive, otherwise neutral.
- Training labels: mean rating < {o.train_negative_below} negative,
  mean rating > {o.train_positive_above} positive, otherwise neutral.

## Training

Seed {o.seed}; {o.epochs} epochs; batch size {o.batch_size} (length-bucketed); learning rate
{o.learning_rate} with linear warm-up ({o.warmup_fraction:.0%}) and decay; weight decay {o.weight_decay};
max length {o.max_length} tokens; class-balanced cross-entropy (inverse class frequency).
{report.steps} steps in {report.train_seconds:.0f} s ({report.seconds_per_step:.2f} s/step).

## Validation scores

| corpus | texts | macro-recall | macro-F1 | accuracy |
|---|---|---|---|---|
{rows}
"""
