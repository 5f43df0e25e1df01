"""Every example of every bundled rule, through the real engine, one test per rule."""

from __future__ import annotations

import pytest

from brandwatch.config import load_settings
from brandwatch.rules import load_rules
from brandwatch.rules.selftest import check_example
from rulefiles import REPO

_RULES = load_rules(None, load_settings(REPO / "config" / "brandwatch.yaml"))


@pytest.mark.parametrize("rule", _RULES.rules, ids=lambda r: r.id)
def test_when_bundled_examples_run_then_each_behaves_as_written(rule):
    problems = [f"{'match' if expected else 'no_match'} {example.text!r}: {problem}"
                for expected, examples in ((True, rule.examples_match), (False, rule.examples_no_match))
                for example in examples
                if (problem := check_example(_RULES, rule, example, expected))]
    assert problems == []


def test_when_bundled_rules_load_then_leak_files_cover_the_required_formats():
    secrets = [r for r in _RULES.rules if r.kind == "secret"]
    pii = {r.id for r in _RULES.rules if r.kind == "pii"}
    assert len(secrets) >= 150
    assert {"pii-email-address", "pii-phone-number", "pii-payment-card", "pii-us-ssn", "pii-iban"} <= pii


def test_when_rules_are_loaded_then_every_id_is_unique_and_hashes_differ():
    ids = [r.id for r in _RULES.rules]
    assert len(ids) == len(set(ids))
    assert len({r.content_hash for r in _RULES.rules}) == len(ids)
