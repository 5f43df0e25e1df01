"""Macro-recall, macro-F1 and accuracy, checked against hand-worked examples."""

from __future__ import annotations

import pytest

from brandwatch.sentiment.metrics import score


def test_when_every_prediction_is_right_then_all_scores_are_one():
    labels = ["negative", "neutral", "positive", "positive"]
    s = score(labels, labels)
    assert (s.accuracy, s.macro_recall, s.macro_f1) == (1.0, 1.0, 1.0)


def test_when_a_model_always_says_the_majority_class_then_macro_recall_is_one_third():
    expected = ["positive"] * 8 + ["negative", "neutral"]
    s = score(expected, ["positive"] * 10)
    assert s.accuracy == pytest.approx(0.8)
    assert s.macro_recall == pytest.approx(1 / 3)
    # positive: precision 0.8, recall 1 -> F1 8/9; the other two classes score 0.
    assert s.macro_f1 == pytest.approx((8 / 9) / 3)


def test_when_the_lengths_differ_then_scoring_refuses():
    with pytest.raises(ValueError, match="2 expected labels but 1 predictions"):
        score(["positive", "negative"], ["positive"])
