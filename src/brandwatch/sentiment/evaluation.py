"""Score any sentiment backend on the held-out validation rows, per corpus and all together."""

from __future__ import annotations

from typing import Mapping

from brandwatch.sentiment.base import SentimentBackend
from brandwatch.sentiment.metrics import Scores, score
from brandwatch.sentiment.training_data import RatedText, evaluation_class

ALL = "all"


def validation_scores(backend: SentimentBackend,
                      validation: Mapping[str, tuple[RatedText, ...]]) -> dict[str, Scores]:
    """{corpus: scores, ..., "all": scores over every corpus's rows together}."""
    expected_all: list[str] = []
    predicted_all: list[str] = []
    scores: dict[str, Scores] = {}
    for corpus, rows in validation.items():
        expected = [evaluation_class(row.rating) for row in rows]
        predicted = [result.label for result in backend.analyze([row.text for row in rows])]
        scores[corpus] = score(expected, predicted)
        expected_all += expected
        predicted_all += predicted
    scores[ALL] = score(expected_all, predicted_all)
    return scores


def scores_table(columns: Mapping[str, Mapping[str, Scores]]) -> str:
    """A Markdown table: one row per (backend, corpus) with macro-recall, macro-F1 and accuracy."""
    lines = ["| backend | corpus | texts | macro-recall | macro-F1 | accuracy |",
             "|---|---|---|---|---|---|"]
    for backend, by_corpus in columns.items():
        lines += [f"| {backend} | {corpus} | {s.count} | {s.macro_recall:.3f} | {s.macro_f1:.3f} | "
                  f"{s.accuracy:.3f} |" for corpus, s in by_corpus.items()]
    return "\n".join(lines)
