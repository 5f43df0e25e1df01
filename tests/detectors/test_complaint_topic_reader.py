"""The topic reader of the default install: what a complaint is about when no cue rule says."""

from __future__ import annotations

import json
from array import array

import pytest

from brandwatch.detectors.brand import BrandTerms
from brandwatch.detectors.complaints import TOPIC_SURE, ComplaintDetector
from brandwatch.model.sentiment import SentimentResult
from brandwatch.sentiment.complaint_reader import ComplaintReader
from brandwatch.sentiment.complaint_reader_training import fit_topics
from brandwatch.sentiment.complaint_topic_reader import SHIPPED, TOPICS, TopicReader, shipped_topic_reader

ACME = BrandTerms(("acme",), frozenset({"acmehelp"}))
NEGATIVE = SentimentResult("negative", 1.0, -0.6)


class SureTopic(TopicReader):
    """Names one topic with a fixed probability and remembers what it was shown."""

    def __init__(self, topic: str, chance: float):
        super().__init__([array("b", [0]) for _ in TOPICS], [0.0] * len(TOPICS))
        self.topic, self.chance, self.shown = topic, chance, []

    def probabilities(self, lowered: str) -> dict[str, float]:
        self.shown.append(lowered)
        rest = (1 - self.chance) / (len(TOPICS) - 1)
        return {t: self.chance if t == self.topic else rest for t in TOPICS}


class Complains(ComplaintReader):
    def __init__(self):
        super().__init__(array("b", [0]), 4.0)

    def log_odds(self, lowered: str) -> float:
        return 4.0


def judge(text: str, topic_reader: TopicReader, weight: float = 0.5):
    detector = ComplaintDetector(ACME, 0.5, reader_weight=weight, reader_offset=2.0, reader=Complains(),
                                 topic_reader=topic_reader)
    return detector.judge(text, text.casefold(), [], NEGATIVE)


def test_a_sure_topic_reader_names_the_topic_no_cue_rule_named():
    reader = SureTopic("staff", 0.9)
    judgment = judge("@acmehelp still nothing back about my order from last week", reader)
    assert judgment.complaint.is_complaint and judgment.complaint.topic == "staff"
    assert judgment.reasons["topic_reader"] == "staff"
    assert reader.shown and "acme" not in reader.shown[0]


def test_an_unsure_topic_reader_leaves_the_topic_to_the_cues():
    text = "@acmehelp still nothing back about my order from last week"
    unsure = judge(text, SureTopic("staff", TOPIC_SURE - 0.2))
    assert unsure.reasons["topic_reader"] == "unsure"
    assert unsure.complaint.topic == judge(text, SureTopic("other", 0.25)).complaint.topic


def test_without_the_complaint_reader_the_topic_reader_is_not_asked_either():
    reader = SureTopic("staff", 0.9)
    judgment = judge("@acmehelp my order never came and nobody answers", reader, weight=0.0)
    assert reader.shown == [] and "topic_reader" not in judgment.reasons


def test_training_learns_toy_topics_and_survives_the_int8_round_trip():
    texts = ["qqbrand app crashes", "qqbrand screen cracked", "rude agent at qqbrand", "qqbrand rep hung up",
             "qqbrand charged twice", "qqbrand refund refused", "wrong item from qqbrand", "qqbrand sent wrong size"] * 3
    topics = ["product", "product", "staff", "staff", "policy", "policy", "other", "other"] * 3
    reader = fit_topics(texts, topics, buckets=1 << 10, steps=200)
    again = TopicReader.from_json(json.loads(json.dumps(reader.to_json())))
    for r in (reader, again):
        chances = r.probabilities("the qqbrand app crashes")
        assert max(chances, key=chances.get) == "product"
        assert sum(chances.values()) == pytest.approx(1.0)
        assert r.probabilities("the qqbrand app crashes") == chances  # from the word memo, the same
    assert fit_topics(texts, topics, buckets=1 << 10, steps=200).to_json() == reader.to_json()  # deterministic


def test_the_shipped_topic_reader_is_small_and_reads_plain_topics():
    assert SHIPPED.stat().st_size < 200_000
    reader = shipped_topic_reader()
    assert reader is not None
    chances = reader.probabilities("the support agent at qqbrand hung up on me twice and was so rude")
    assert max(chances, key=chances.get) == "staff"
