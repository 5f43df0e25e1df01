"""`brandwatch rules test|lint|explain` as a rule author uses them."""

from __future__ import annotations

import json

from click.testing import CliRunner

from brandwatch.cli import main
from rulefiles import BROKEN, REPO, write_rules

CONFIG = str(REPO / "config" / "brandwatch.yaml")

WRONG_EXAMPLE = """rules:
  - id: refund-word
    title: Refund
    description: Mentions a refund.
    category: leak
    kind: confidential
    severity: low
    match: {phrase: refund}
    examples:
      match: ["refund please", "where is my refund"]
      no_match: ["all good", "a refund is on its way"]
"""


def _run(*args):
    return CliRunner().invoke(main, ["--config", CONFIG, *args], catch_exceptions=False)


def test_when_bundled_rules_are_tested_then_all_examples_pass():
    result = _run("rules", "test")
    assert result.exit_code == 0, result.output
    assert "0 failed: passed" in result.output


def test_when_bundled_rules_are_tested_then_the_secret_formats_and_providers_are_counted():
    line = next(row for row in _run("rules", "test").output.splitlines() if row.startswith("secret formats: "))
    formats, providers = (int(word) for word in line.split() if word.isdigit())
    assert formats >= providers >= 150


def test_when_rules_are_listed_then_each_shows_its_provider_and_source():
    lines = _run("rules", "list", "--category", "leak").output.splitlines()
    ghp = next(row for row in lines if row.startswith("github-personal-access-token "))
    assert ghp.split()[1:4] == ["leak/secret", "critical", "GitHub"]
    assert ghp.split()[-1].startswith("rules/secrets-providers.yaml:")
    assert not any(row.startswith("complaint-") for row in lines)


def test_when_an_example_is_wrong_then_rules_test_fails_naming_rule_and_example(tmp_path):
    rules_dir = write_rules(tmp_path / "mine", WRONG_EXAMPLE)
    result = _run("rules", "test", str(rules_dir))
    assert result.exit_code == 1
    assert ("FAIL mine/rules.yaml:11: rule 'refund-word': no_match example matched 'refund': "
            "'a refund is on its way'") in result.output
    assert "1 failed: failed" in result.output


def test_when_a_rule_file_is_broken_then_lint_exits_2_with_the_located_message():
    result = _run("rules", "lint", str(BROKEN / "unknown-validator.yaml"))
    assert result.exit_code == 2
    assert "broken/unknown-validator.yaml:11:21: rule 'card-number': unknown validator 'lunh'" in result.output


def test_when_rules_are_linted_then_the_summary_counts_them():
    result = _run("rules", "lint", "--rules", str(REPO / "rules"))
    assert result.exit_code == 0 and result.output.startswith("ok: ")


def test_when_explaining_then_the_hit_span_and_reasons_show_and_the_secret_is_masked():
    token = "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"
    result = _run("rules", "explain", "--json", f"oops {token}")
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["rule"], r["start"], r["end"], r["value"]) for r in records] == [
        ("github-personal-access-token", 5, 45, "ghp_••••••••")]
    assert records[0]["why"]["validator"] == "github-token"
    assert token not in result.output


def test_when_explaining_a_clean_text_then_it_says_no_rule_fired():
    result = _run("rules", "explain", "lovely weather in Leeds today ☀️")
    assert result.exit_code == 0 and result.output.strip() == "no rule fired"


def test_when_no_config_is_found_then_templated_rules_are_skipped_not_failed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./config/brandwatch.yaml here
    monkeypatch.delenv("BRANDWATCH_CONFIG", raising=False)
    result = CliRunner().invoke(main, ["rules", "test", "--rules", str(REPO / "rules")])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "confidential-code-name" in result.output


def test_when_asked_about_a_rule_then_explain_says_why_it_does_or_does_not_fire():
    text = "long week on Bluebird 🚀"
    args = ["rules", "explain", text, "--rule", "confidential-code-name-by-insider", "--rule", "aws-access-key-id"]
    assert _run(*args).output.splitlines() == [
        "confidential-code-name-by-insider: gates fail: author must be employee or partner, is unknown",
        "aws-access-key-id: not run: none of its keywords appear (akia, asia, abia, acca)",
    ]
    insider = _run(*args[:5], "--author-role", "partner").output.splitlines()
    assert insider[0] == "confidential-code-name-by-insider: fires on 1 span(s)"
