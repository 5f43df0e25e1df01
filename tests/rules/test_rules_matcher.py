"""Condition semantics, gates, templates and allowlists, on small rule files written in each test."""

from __future__ import annotations

import pytest

from brandwatch.config import Settings
from brandwatch.rules import MatchContext, load_rules
from brandwatch.model.sentiment import SentimentResult
from rulefiles import one_rule, write_rules


def _rules(tmp_path, match_yaml, *, extra="", settings=None, category="leak", kind="secret", more=""):
    body = one_rule(match_yaml, extra=extra, category=category, kind=kind) + more
    return load_rules(write_rules(tmp_path / "r", body), settings or Settings())


def _values(rule_set, text, context=MatchContext()):
    return [h.value for h in rule_set.match(text, context)]


def test_when_a_phrase_is_part_of_a_longer_word_then_it_does_not_match(tmp_path):
    rules = _rules(tmp_path, "      phrase: [refund, '#ad']\n")
    assert _values(rules, "Refunded? no REFUND yet #adventure #ad") == ["REFUND", "#ad"]


def test_when_near_terms_are_within_n_words_then_the_span_covers_both(tmp_path):
    rules = _rules(tmp_path, "      near: {terms: [order, late], within: 2}\n")
    assert _values(rules, "my order is very late") == ["order is very late"]
    assert _values(rules, "my order is very very late") == []


def test_when_a_not_block_finds_text_then_the_rule_does_not_fire(tmp_path):
    rules = _rules(tmp_path, "      all:\n        - phrase: broken\n        - not: {phrase: not}\n")
    assert (_values(rules, "it is broken"), _values(rules, "it is not broken")) == (["broken"], [])


def test_when_entropy_is_too_low_then_the_captured_value_is_dropped(tmp_path):
    rules = _rules(tmp_path, "      regex: 'key=(\\w+)'\n      entropy: 3.0\n")
    assert _values(rules, "key=aaaaaaaaaaaa key=q8Zr2LmX0vTk") == ["q8Zr2LmX0vTk"]


def test_when_keywords_are_absent_then_the_regex_never_runs(tmp_path):
    rules = _rules(tmp_path, "      regex: '\\d{4}'\n", extra="    keywords: [pin]\n")
    assert (_values(rules, "code 1234"), _values(rules, "PIN 1234")) == ([], ["1234"])


def test_when_a_value_is_allowlisted_per_rule_or_globally_then_it_is_not_reported(tmp_path):
    more = ""
    body = "allow: ['regex:^0+$']\n" + one_rule("      regex: 'id=(\\w+)'\n",
                                                  extra="    allow: [EXAMPLE1, 'regex:^test']\n")
    rules = load_rules(write_rules(tmp_path / "r", body + more), Settings())
    assert _values(rules, "id=example1 id=0000 id=testing id=live42") == ["live42"]


def test_when_gates_are_set_then_author_sentiment_and_brand_must_all_pass(tmp_path):
    settings = Settings(brands=[{"name": "Acme", "handles": {"x": ["acmesupport"]}}])
    rules = _rules(tmp_path, "      phrase: refund\n", settings=settings,
                   extra="    author: employee\n    sentiment: [negative]\n    mentions_brand: true\n")
    negative = SentimentResult("negative", 0.9, -0.8)
    employee = MatchContext(author_role="employee", sentiment=negative)
    assert _values(rules, "@acmesupport refund please", employee) == ["refund"]
    assert _values(rules, "refund please", employee) == []  # no brand term
    assert _values(rules, "@acmesupport refund", MatchContext(author_role="partner", sentiment=negative)) == []
    assert _values(rules, "@acmesupport refund", MatchContext(author_role="employee")) == []
    assert _values(rules, "refund", MatchContext("employee", None, negative, brand_terms_present=True)) == ["refund"]


def test_when_a_self_identification_signal_fires_in_the_profile_then_the_author_gate_passes(tmp_path):
    settings = Settings(brands=[{"name": "Acme"}])
    body = one_rule("      phrase: 'i work at {brand.names}'\n", category="signal",
                    extra="    signal: self-identification\n")
    body += one_rule("      phrase: love\n", extra="    author: self-identified\n",
                     rule_id="insider-love").replace("rules:\n", "")
    rules = load_rules(write_rules(tmp_path / "r", body), settings)
    hits = rules.match("I love this", MatchContext(author_description="I work at Acme. Views mine."))
    assert [(h.rule.id, h.in_description, h.value) for h in hits] == [
        ("test-rule", True, "I work at Acme"), ("insider-love", False, "love")]
    assert rules.match("I love this") == []


@pytest.mark.parametrize("config, expected", [
    (Settings(confidential={"code_names": ["Bluebird", "Project Falcon"]}), ["Project Falcon", "bluebird"]),
    (Settings(), []),
])
def test_when_templates_expand_from_config_then_empty_ones_never_match(tmp_path, config, expected):
    rules = _rules(tmp_path, "      phrase: '{confidential.code_names}'\n", settings=config)
    assert _values(rules, "Project Falcon and bluebird") == expected
    assert rules.rules[0].templated_empty is (not expected)


def test_when_a_templated_regex_runs_then_names_are_escaped_literals(tmp_path):
    settings = Settings(confidential={"internal_domains": ["corp.acme.example"]})
    rules = _rules(tmp_path, "      regex: '\\b([a-z0-9-]+\\.{confidential.internal_domains})\\b'\n",
                   settings=settings)
    assert _values(rules, "ci.corp.acme.example and ci.corpXacmeYexample") == ["ci.corp.acme.example"]


def test_when_hits_are_returned_then_they_carry_explanations_and_scores(bundled):
    hits = bundled.match("token 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")
    assert [h.rule.id for h in hits] == ["github-personal-access-token"]
    assert hits[0].explanation["prefilter"] == "ghp_"
    assert hits[0].explanation["validator"] == "github-token"
    assert hits[0].score == 0.95


def test_when_the_author_gate_lists_roles_then_any_of_them_passes(tmp_path):
    rules = _rules(tmp_path, "      phrase: launch\n", extra="    author: [employee, partner]\n")
    assert [_values(rules, "launch day", MatchContext(author_role=role)) for role in
            ("employee", "partner", None)] == [["launch"], ["launch"], []]


def test_when_a_checksum_fails_then_the_token_is_not_a_secret_whatever_its_entropy(bundled):
    valid = "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"
    typo = valid[:-1] + "E"
    scores = [[h.score for h in bundled.match(f"token {token}") if h.rule.kind == "secret"]
              for token in (valid, typo)]
    assert scores == [[0.95], []]


def test_when_near_terms_come_in_reverse_order_or_repeat_then_each_close_pair_is_one_span(tmp_path):
    rules = _rules(tmp_path, "      near: {terms: [order, late], within: 1}\n")
    assert _values(rules, "late again and then order 5") == []
    assert _values(rules, "so late: my order") == ["late: my order"]
    assert len(_values(rules, "order late " * 5000)) == 200  # capped, and linear on hostile input


def test_when_a_value_is_allowlisted_then_diagnose_says_so(bundled):
    assert bundled.diagnose("AKIAIOSFODNN7EXAMPLE", "aws-access-key-id") == \
        "found values, but every one is allowlisted"
    assert bundled.diagnose("x AKIAQ3EGUVNT5XJ2LWPM", "aws-access-key-id") == "fires on 1 span(s)"
    assert bundled.diagnose("akia!", "aws-access-key-id").startswith("run, but its conditions found nothing")
