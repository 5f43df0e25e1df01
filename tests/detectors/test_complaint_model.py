"""The complaint decision with the multi-task model: its calibrated head plus the cues and the brand logic."""

from __future__ import annotations

from brandwatch.detectors.pipeline import Analyzer
from brandwatch.model.post import Post
from brandwatch.model.sentiment import SentimentResult

KEY = b"complaint-model-tests-key"


class ModelSays:
    """Stands in for the multi-task backend: one complaint probability and topic for every text."""

    name = "multitask"
    description = "multitask (test)"

    def __init__(self, probability: float, topic: str = "staff", label: str = "neutral"):
        self.result = SentimentResult(label, 0.9, 0.0, complaint=probability, topic=topic)

    def analyze(self, texts):
        return [self.result for _ in texts]


def _judge(settings, rules, roster, backend, text):
    analyzer = Analyzer(settings, backend, roster, rules, fingerprint_key=KEY)
    [analysis] = analyzer.analyze([Post(platform="x", external_id="1", text=text)])
    return analysis


def test_when_the_model_is_sure_and_the_post_is_at_the_brand_then_it_is_a_complaint_explained_by_head_and_cues(
        settings, rules, roster):
    analysis = _judge(settings, rules, roster, ModelSays(0.95),
                      "@acme is there an outage? my Rocket keeps rebooting since this morning")
    assert analysis.complaint.is_complaint
    [finding] = [f for f in analysis.findings if f.category == "complaint"]
    model = finding.explanation["model"]
    assert model["head"] == "complaint" and model["probability"] == 0.95
    assert "cue_log_odds" in finding.explanation
    assert finding.explanation["signals"]  # the cue rules that fired are named too


def test_when_the_model_fires_on_a_post_that_never_names_the_brand_then_the_brand_logic_keeps_it_out(
        settings, rules, roster):
    analysis = _judge(settings, rules, roster, ModelSays(0.97),
                      "Globex lost my package again and their support hung up on me twice")
    assert not analysis.complaint.is_complaint
    assert not [f for f in analysis.findings if f.category == "complaint"]


def test_when_the_model_is_sure_it_is_no_complaint_then_a_neutral_service_request_stays_out(settings, rules, roster):
    analysis = _judge(settings, rules, roster, ModelSays(0.03),
                      "@acme how do I move my Acme Cloud account to a new phone?")
    assert not analysis.complaint.is_complaint


def test_when_no_cue_rule_names_a_topic_then_the_model_topic_head_decides(settings, rules, roster):
    analysis = _judge(settings, rules, roster, ModelSays(0.9, topic="policy"),
                      "@acme day 12 of waiting for the courier, order 55102")
    assert analysis.complaint.is_complaint and analysis.complaint.topic == "policy"


def test_when_a_cue_rule_names_a_topic_then_it_wins_over_the_model_topic(settings, rules, roster):
    analysis = _judge(settings, rules, roster, ModelSays(0.9, topic="staff"),
                      "@acme my Rocket stopped working after two charges")
    assert analysis.complaint.is_complaint and analysis.complaint.topic == "product"
