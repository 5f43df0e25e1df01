"""The rule examples in docs/rules.md load and pass their own examples: the reference cannot rot."""

from __future__ import annotations

import re

import pytest

from brandwatch.config import load_settings
from brandwatch.rules import load_rules
from brandwatch.rules.selftest import run_examples
from rulefiles import REPO, write_rules

DOC = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
RULE_BLOCKS = [block for block in re.findall(r"```yaml\n(.*?)```", DOC, re.S)
               if block.lstrip().startswith("- id:")]


def test_when_the_reference_is_read_then_it_has_worked_rule_examples():
    assert len(RULE_BLOCKS) >= 2


@pytest.mark.parametrize("block", RULE_BLOCKS, ids=lambda b: b.split()[2])
def test_when_a_documented_rule_is_loaded_then_its_examples_pass(tmp_path, block):
    body = "rules:\n" + "".join(f"  {line}\n" for line in block.splitlines())
    rule_set = load_rules(write_rules(tmp_path / "doc", body), load_settings(REPO / "config" / "brandwatch.yaml"))
    report = run_examples(rule_set)
    assert [str(f) for f in report.failures] == [] and report.checked >= 4


def test_when_the_cli_is_documented_then_every_rules_subcommand_is_in_the_reference():
    from brandwatch.cli import main

    subcommands = main.all_commands["rules"].all_commands
    assert {"test", "lint", "explain", "stats", "rescan"} <= set(subcommands)
    assert all(f"brandwatch rules {name}" in DOC for name in subcommands)
