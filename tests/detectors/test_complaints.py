"""Complaints: a grievance about the brand, not just negative words."""

from __future__ import annotations

import pytest

from brandwatch.config import Settings

LATE_ORDER = "@acme my order is 3 weeks late and nobody answers"


def complaint_findings(result):
    return [f for f in result.findings if f.category == "complaint"]


def test_when_a_late_order_is_reported_in_neutral_words_then_it_is_a_complaint(make_analyzer, make_post):
    result = make_analyzer(polarity=0.0).analyze([make_post(LATE_ORDER)])[0]
    assert result.sentiment.label == "neutral"
    assert result.complaint.is_complaint and result.complaint.score >= 0.8
    assert result.complaint.topic == "policy"


def test_when_it_is_a_complaint_then_one_finding_names_its_topic_and_signal_rules(analyze):
    result = analyze(LATE_ORDER)
    [finding] = complaint_findings(result)
    assert (finding.rule, finding.category, finding.kind) == ("complaint", "complaint", result.complaint.topic)
    assert "complaint-policy-delivery" in finding.preview
    assert "complaint-staff-unresponsive" in finding.preview
    assert LATE_ORDER[finding.start:finding.end].startswith("3 weeks late")


def test_when_it_is_not_a_complaint_then_there_is_no_complaint_finding(analyze):
    result = analyze("Just picked up my Acme Rocket from the store")
    assert not result.complaint.is_complaint
    assert result.complaint.topic is None
    assert complaint_findings(result) == []


@pytest.mark.parametrize("text", [
    "@globex my order is 3 weeks late and nobody answers",
    "ZoomCorp support had me on hold 2 hours. I miss acme's chat honestly",
    "Switched to Acme because Globex kept losing my parcels, never going back",
])
def test_when_the_grievance_is_aimed_at_a_competitor_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


@pytest.mark.parametrize("text", [
    "Terrible news from the flooding in the valley today, thoughts with everyone affected.",
    "Breaking: regulators announced new e-scooter rules, analysts expect prices to rise",
    "Ugh, Mondays. Everything is awful and the coffee machine is broken",
])
def test_when_the_negativity_is_about_the_news_or_nobody_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


@pytest.mark.parametrize("text", [
    "the acme rocket acceleration is INSANE 🔥🔥",
    "acme anvil is a beast. seared the hell out of a steak tonight",
    "Acme replaced my cracked pan with no questions asked. that's how you keep a customer",
])
def test_when_praise_uses_angry_or_trouble_words_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


@pytest.mark.parametrize("text", [
    "Three years in and my Acme Rocket has never stopped working",
    "Got my refund from Acme in two days, painless",
    "No hidden fees with Acme Cloud, love how simple it is",
])
def test_when_the_complaint_words_are_negated_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


def test_when_the_post_describes_waiting_then_it_is_a_policy_complaint(analyze):
    result = analyze("@acmesupport been waiting 3 weeks now for the replacement you promised")
    assert (result.complaint.is_complaint, result.complaint.topic) == (True, "policy")


def test_when_the_wait_is_on_hold_then_nobody_answering_makes_it_staff(analyze):
    """Hours on hold is a call nobody picks up (staff: unanswered), as every labelled batch reads it;
    the wait for a replacement above stays policy."""
    result = analyze("@acmesupport on hold for 2 hours now, this is the third time I've called")
    assert (result.complaint.is_complaint, result.complaint.topic) == (True, "staff")


@pytest.mark.parametrize("text, topic", [
    ("@acmesupport the Acme Rocket I bought last month stopped working after two charges", "product"),
    ("The guy at the Acme store was incredibly rude and hung up on me when I called back", "staff"),
    ("Acme charged me a $40 restocking fee on a return that was their mistake", "policy"),
    ("Acme is a scam, never buying from them again", "other"),
])
def test_when_a_complaint_names_what_went_wrong_then_its_topic_follows(analyze, text, topic):
    result = analyze(text)
    assert (result.complaint.is_complaint, result.complaint.topic) == (True, topic)


def test_when_no_brand_is_configured_then_a_grievance_at_any_company_counts(make_analyzer, make_post):
    agnostic = make_analyzer(Settings())
    result = agnostic.analyze([make_post("@globex my order is 3 weeks late and nobody answers")])[0]
    assert result.complaint.is_complaint
    result = agnostic.analyze([make_post("Terrible news from the flooding in the valley today")])[0]
    assert not result.complaint.is_complaint


def test_when_the_threshold_is_raised_then_a_borderline_post_is_no_longer_a_complaint(
        settings, make_analyzer, make_post):
    text = "Acme Cloud's 'unlimited' storage started throttling me at 2 TB"
    default = make_analyzer().analyze([make_post(text)])[0]
    strict_settings = settings.model_copy(update={"complaints": settings.complaints.model_copy(
        update={"threshold": min(0.99, default.complaint.score + 0.01)})})
    strict = make_analyzer(strict_settings).analyze([make_post(text)])[0]
    assert strict.complaint.score == default.complaint.score
    assert default.complaint.is_complaint and not strict.complaint.is_complaint
