"""Complaint findings name the cues and the model head that fired, so a verdict can be credited to each."""

from __future__ import annotations

from tests.detectors.test_complaint_model import ModelSays, _judge

LATE_ORDER = "@acme my order is 3 weeks late and nobody answers"


def _complaint(analysis):
    [finding] = [f for f in analysis.findings if f.category == "complaint"]
    return finding


def test_when_cue_rules_and_linguistic_cues_fire_then_the_finding_names_each(analyze):
    attribution = _complaint(analyze(LATE_ORDER)).explanation["attribution"]
    assert {"rule:complaint-policy-delivery", "rule:complaint-staff-unresponsive"} <= set(attribution["cues"])
    assert any(cue.startswith("shape:") for cue in attribution["cues"])
    assert attribution["model_head"] is None  # no multi-task model: the cues alone decided
    assert not {"shape:log_odds", "shape:cue_log_odds"} & set(attribution["cues"])


def test_when_the_model_judges_then_its_head_is_named(settings, rules, roster):
    analysis = _judge(settings, rules, roster, ModelSays(0.95),
                      "@acme is there an outage? my Rocket keeps rebooting since this morning")
    attribution = _complaint(analysis).explanation["attribution"]
    assert attribution["model_head"] == "complaint"
    negative_only = [c for c in attribution["cues"] if c in ("shape:praise", "shape:no_grievance", "shape:resolved")]
    assert negative_only == []  # only evidence for a complaint counts as a cue that fired
