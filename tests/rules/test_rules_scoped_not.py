"""A `not` with a scope excuses only the hits whose own sentence, line or word window holds the
exception; other hits of the same rule in the same post still report. Without a scope a `not`
silences the rule in the whole post, as before."""

from __future__ import annotations

import time

import pytest

from brandwatch.config import Settings
from brandwatch.errors import RuleError
from brandwatch.rules import load_rules
from brandwatch.rules.selftest import run_examples
from rulefiles import one_rule, write_rules


def _rules(tmp_path, match_yaml):
    return load_rules(write_rules(tmp_path / "r", one_rule(match_yaml)), Settings())


def _found(rule_set, text):
    return [(h.start, h.value) for h in rule_set.match(text)]


def _secret_unless(scope_yaml: str, exception: str = "sample") -> str:
    return ("      all:\n        - regex: 'key=(\\w+)'\n"
            f"        - not: {{phrase: {exception}{scope_yaml}}}\n")


def test_when_the_exception_is_in_another_sentence_then_only_its_own_sentence_is_excused(tmp_path):
    rules = _rules(tmp_path, _secret_unless(", scope: sentence"))
    text = "key=abc1 is a sample from the docs. Mine is key=zq93 though!"
    assert _found(rules, text) == [(text.index("zq93"), "zq93")]
    assert _found(rules, "Mine is key=zq93! the docs show a sample") == [(12, "zq93")]
    assert _found(rules, "a sample: key=abc1 and key=zq93") == []  # one sentence, both excused


def test_when_no_scope_is_given_then_the_exception_still_silences_the_whole_post(tmp_path):
    text = "key=abc1 is a sample from the docs. Mine is key=zq93 though!"
    for scope_yaml in ("", ", scope: post"):
        assert _found(_rules(tmp_path / scope_yaml.strip(", :"), _secret_unless(scope_yaml)), text) == []


def test_when_sentences_end_then_a_line_break_or_a_stop_before_a_space_ends_them(tmp_path):
    rules = _rules(tmp_path, _secret_unless(", scope: sentence"))
    assert _found(rules, "sample\nkey=zq93") == [(11, "zq93")]  # a heading line is its own sentence
    assert _found(rules, "sample.key=zq93") == []  # a dot inside a word (a host, a version) ends nothing
    assert _found(rules, "見本 sample。key=zq93") == [(14, "zq93")]  # CJK stops need no space


def test_when_the_scope_is_a_line_then_sentences_on_the_same_line_share_the_exception(tmp_path):
    rules = _rules(tmp_path, _secret_unless(", scope: line"))
    assert _found(rules, "sample. key=abc1\nkey=zq93") == [(21, "zq93")]
    assert _found(rules, "key=abc1\r\nsample") == [(4, "abc1")]


def test_when_the_scope_is_a_word_window_then_only_hits_that_near_the_exception_are_excused(tmp_path):
    rules = _rules(tmp_path, "      all:\n        - phrase: secret\n"
                             "        - not: {phrase: not, scope: {within: 1}}\n")
    text = "not a secret, but this other secret is real"
    assert _found(rules, text) == [(text.rindex("secret"), "secret")]
    assert _found(rules, "secret, not really") == []  # the window reaches after the hit too
    assert _found(rules, "secret? not really") == [(0, "secret")]  # but not into the next sentence
    assert _found(rules, "secret, well, maybe not") == [(0, "secret")]
    adjacent = _rules(tmp_path / "zero", "      all:\n        - phrase: secret\n"
                                         "        - not: {phrase: not, scope: {within: 0}}\n")
    assert _found(adjacent, "not secret") == [] and _found(adjacent, "not a secret") == [(6, "secret")]


def test_when_the_scope_is_repeats_then_the_excused_words_stay_excused_wherever_they_are_written_again(tmp_path):
    rules = _rules(tmp_path, "      all:\n        - regex: '(?i)\\b(kittiwake)\\b'\n"
                             "        - not: {regex: '(?i)\\bkittiwake (?:pub|inn)\\b', scope: repeats}\n")
    assert _found(rules, "Drinks at the Kittiwake pub. The Kittiwake has a view") == []
    assert _found(rules, "The Kittiwake has a view. Drinks at the Kittiwake Inn") == []  # in any order
    assert _found(rules, "Drinks at the Kittiwake pub. KITTIWAKE ships in May") == [(29, "KITTIWAKE")]
    assert _found(rules, "KITTIWAKE ships in May") == [(0, "KITTIWAKE")]


def test_when_the_exception_is_a_block_then_its_own_parts_decide_what_it_finds(tmp_path):
    rules = _rules(tmp_path, "      all:\n        - regex: 'key=(\\w+)'\n"
                             "        - not:\n            scope: sentence\n            all:\n"
                             "              - phrase: sample\n              - not: {phrase: real}\n")
    assert _found(rules, "a sample key=abc1. key=zq93") == [(23, "zq93")]
    assert _found(rules, "a real sample key=abc1. key=zq93") == [(18, "abc1"), (28, "zq93")]


def test_when_a_post_is_hostile_then_scoped_exceptions_stay_linear(tmp_path):
    rules = _rules(tmp_path, "      all:\n        - phrase: secret\n"
                             "        - not: {phrase: sample, scope: sentence}\n")
    text = "secret. " + "sample secret. " * 7000  # ~100 KB: every later hit is excused by its own sentence
    started = time.process_time()
    assert _found(rules, text) == [(0, "secret")]
    assert time.process_time() - started < 2.0  # quadratic work would take minutes here


def test_when_a_rule_shows_a_scoped_exception_in_its_examples_then_rules_test_runs_them(tmp_path):
    body = one_rule(_secret_unless(", scope: sentence")).replace(
        "      match: [a, b]\n      no_match: [c, d]\n",
        "      match: ['the docs show a sample. key=zq93 is mine', 'key=zq93']\n"
        "      no_match: ['a sample key=abc1', 'key=']\n")
    report = run_examples(load_rules(write_rules(tmp_path / "r", body), Settings()))
    assert report.ok and report.checked == 4


@pytest.mark.parametrize("not_yaml, message", [
    ("{phrase: sample, scope: paragraph}",
     "r/rules.yaml:11:40: rule 'test-rule': match.all.not.scope: expected post, hit, sentence, line, repeats "
     "or {within: N} (N words either side of the hit), got 'paragraph'"),
    ("{phrase: sample, scope: {within: -2}}",
     "r/rules.yaml:11:49: rule 'test-rule': match.all.not.scope.within: expected a whole number of words "
     "(0 or more), got -2"),
    ("{phrase: sample, scope: {words: 3}}",
     "r/rules.yaml:11:41: rule 'test-rule': unknown field 'words' in scope (expected: within)"),
    ("{scope: line}",
     "r/rules.yaml:11:16: rule 'test-rule': match.all.not: 'scope' needs a condition beside it "
     "(phrase, regex, near, detect, any or all)"),
])
def test_when_a_scope_is_malformed_then_the_error_names_file_line_and_field(tmp_path, not_yaml, message):
    write_rules(tmp_path / "r", one_rule(f"      all:\n        - regex: 'key=(\\w+)'\n        - not: {not_yaml}\n"))
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path / "r", Settings())
    assert str(caught.value).splitlines() == [message]


def test_when_scope_stands_outside_a_not_then_it_is_a_load_error(tmp_path):
    write_rules(tmp_path / "r", one_rule("      regex: 'key=(\\w+)'\n      scope: sentence\n"))
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path / "r", Settings())
    assert str(caught.value) == ("r/rules.yaml:10:7: rule 'test-rule': match: 'scope' belongs directly "
                                 "inside a 'not' (it says how near a hit the exception must be)")
