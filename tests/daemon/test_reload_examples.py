"""A reload runs the changed rules' own examples before activating them (issue 19, deliver 4)."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

from brandwatch.config import Settings
from brandwatch.daemon.rulebook import Rulebook

from bwtest import REPO
from .test_rescan_and_report import ZEBRA_RULE


def rulebook_over(tmp_path) -> tuple[Rulebook, object]:
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    (rules / "zz-zebra.yaml").write_text(ZEBRA_RULE, encoding="utf-8")
    settings = Settings.model_validate({"brands": [{"name": "Acme"}], "daemon": {"rules_dir": str(rules)}})
    return Rulebook(settings, lambda: datetime(2026, 12, 1, tzinfo=timezone.utc)), rules


def test_when_a_changed_rule_fails_its_own_examples_then_the_reload_is_refused_and_the_old_rules_run(tmp_path):
    rulebook, rules = rulebook_over(tmp_path)
    before = rulebook.rule_set
    # Still valid YAML and a valid rule, but it no longer matches what its examples promise.
    (rules / "zz-zebra.yaml").write_text(ZEBRA_RULE.replace("match: {phrase: zebracorn}",
                                                            "match: {phrase: zebracorns}"), encoding="utf-8")
    assert rulebook.reload("test") is False
    assert rulebook.rule_set is before
    assert "fails its own examples" in rulebook.state.error and "test-zebracorn" in rulebook.state.error
    assert "zz-zebra.yaml" in rulebook.state.error and "did not match" in rulebook.state.error
    (rules / "zz-zebra.yaml").write_text(ZEBRA_RULE.replace("severity: high", "severity: medium"), encoding="utf-8")
    assert rulebook.reload("fixed") is True and rulebook.state.error is None
