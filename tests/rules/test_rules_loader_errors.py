"""Broken rule files give exact file:line:col messages, and a directory loads whole or not at all."""

from __future__ import annotations

import pytest

from brandwatch.config import Settings
from brandwatch.errors import RuleError
from brandwatch.rules import load_rules
from rulefiles import BROKEN, one_rule, write_rules

EXPECTED = {
    "unknown-field.yaml": [
        "broken/unknown-field.yaml:9:7: rule 'aws-access-key': unknown field 'regx' (did you mean 'regex'?)",
        "broken/unknown-field.yaml:19:5: rule 'second-rule': unknown field 'keywrods' (did you mean 'keywords'?)",
    ],
    "bad-regex.yaml": [
        "broken/bad-regex.yaml:9:14: rule 'backreference': regex does not compile in RE2: invalid escape sequence: \\1",
    ],
    "unknown-validator.yaml": [
        "broken/unknown-validator.yaml:11:21: rule 'card-number': unknown validator 'lunh' (did you mean 'luhn'?)",
    ],
    "too-few-examples.yaml": [
        "broken/too-few-examples.yaml:10:7: rule 'one-example': examples: at least 2 'match' examples are required (found 1)",
        "broken/too-few-examples.yaml:10:7: rule 'one-example': examples: at least 2 'no_match' examples are required (found 0)",
        "broken/too-few-examples.yaml:11:5: rule 'no-examples': missing required field 'examples' (at least two 'match' and two 'no_match' texts)",
    ],
    "wrong-kind.yaml": [
        "broken/wrong-kind.yaml:6:11: rule 'complaint-as-pii': kind 'pii' is not valid for category 'complaint' (expected one of: product, staff, policy, other)",
        "broken/wrong-kind.yaml:12:5: rule 'signal-without-signal': missing required field 'signal'",
        "broken/wrong-kind.yaml:16:5: rule 'signal-without-signal': unexpected field 'kind': a signal rule raises no finding, so it has no kind",
    ],
    "Bad-Id_and-template.yaml": [
        "broken/Bad-Id_and-template.yaml:2:9: rule 'Bad_Id': id 'Bad_Id' must be kebab-case (a-z, 0-9, '-')",
        "broken/Bad-Id_and-template.yaml:8:21: rule 'Bad_Id': unknown template '{brand.name}' (did you mean 'brand.names'?)",
    ],
    "yaml-syntax.yaml": [
        "broken/yaml-syntax.yaml:4:1: while parsing a flow sequence expected ',' or ']', but got '<stream end>'",
    ],
}


def _messages(path) -> list[str]:
    with pytest.raises(RuleError) as caught:
        load_rules(path, Settings())
    return str(caught.value).splitlines()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_when_a_rule_file_is_broken_then_every_mistake_is_reported_exactly(name):
    assert _messages(BROKEN / name) == EXPECTED[name]


def test_when_every_broken_file_is_in_the_folder_then_each_has_pinned_messages():
    assert {p.name for p in BROKEN.glob("*.yaml")} == set(EXPECTED)


def test_when_ids_repeat_across_files_then_the_directory_does_not_load():
    assert _messages(BROKEN / "duplicate-ids") == [
        "duplicate-ids/b.yaml:12:5: rule 'same-id': duplicate id (first defined at duplicate-ids/a.yaml:2:5)",
    ]


def test_when_one_file_of_a_directory_is_broken_then_nothing_loads_and_all_files_are_reported(tmp_path):
    write_rules(tmp_path / "set", one_rule("      phrase: fine\n"), "a.yaml")
    write_rules(tmp_path / "set", one_rule("      regex: '(?<=x)y'\n", rule_id="other"), "b.yaml")
    write_rules(tmp_path / "set", one_rule("      validate: nope\n", rule_id="third"), "c.yaml")
    messages = _messages(tmp_path / "set")
    assert [m.split(":")[0] for m in messages] == ["set/b.yaml", "set/c.yaml"]
    assert "regex does not compile in RE2" in messages[0]


@pytest.mark.parametrize("match_yaml, message", [
    ("      entropy: 3.0\n", "needs a condition that finds text"),
    ("      any:\n        - phrase: a\n        - entropy: 2\n", "every choice must find text"),
    ("      near: {terms: [a], within: 2}\n", "terms must be a list of exactly two terms"),
    ("      regex: '(a)'\n      secret_group: 3\n", "secret_group must be a group number from 0 to 1"),
    ("      phrase: []\n", "expected a phrase or a list of non-empty phrases"),
    ("      regex: 'x*'\n", "regex matches empty text"),
])
def test_when_a_condition_is_malformed_then_the_loader_names_the_problem(tmp_path, match_yaml, message):
    write_rules(tmp_path / "r", one_rule(match_yaml))
    messages = _messages(tmp_path / "r")
    assert len(messages) == 1 and message in messages[0] and messages[0].startswith("r/rules.yaml:")


def test_when_a_directory_has_no_rule_files_then_the_error_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    assert "no rule files" in _messages(tmp_path / "empty")[0]
