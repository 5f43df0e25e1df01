"""Reply drafts from config templates, and per-rule precision from reviewers' decisions."""

import json
from datetime import timedelta

from click.testing import CliRunner

from brandwatch.cli.rules_stats_cmd import stats
from brandwatch.cli.context import CliContext
from brandwatch.review.replies import draft_reply
from brandwatch.review.service import ReviewService
from brandwatch.store.models import Finding, Mention

from .helpers import SETTINGS, T0, complaint_span, intake, leak_span, new_finding, store_mention


def test_when_a_complaint_has_a_template_then_the_draft_follows_the_four_steps_filled_in(factory):
    text = "my Acme Rocket Pro caught fire, thanks Acme"
    mention = store_mention(factory, text, handle="dana")
    (finding_id,) = intake(factory, mention.id, [complaint_span(text)]).created
    with factory() as session:
        finding = session.get(Finding, finding_id)
        draft = draft_reply(finding, session.get(Mention, mention.id), SETTINGS)
    assert [step for step, _ in draft.steps] == ["acknowledge", "clarify", "resolution", "check back"]
    assert draft.acknowledge == "Hi @dana, we're sorry your Acme Rocket Pro let you down."
    assert draft.resolution == "We will replace the Acme Rocket Pro at no cost."


def test_when_a_finding_is_no_complaint_then_there_is_no_draft(factory):
    finding_id = new_finding(factory)
    with factory() as session:
        finding = session.get(Finding, finding_id)
        assert draft_reply(finding, finding.mention, SETTINGS) is None


def test_when_reviewers_decide_then_rules_stats_shows_precision_per_rule(engine, factory, tmp_path):
    service = ReviewService(factory, SETTINGS)
    decisions = {"resolve": 3, "false_positive": 1, "duplicate": 1, "open": 1}
    for decision, times in decisions.items():
        for _ in range(times):
            finding_id = new_finding(factory)
            if decision == "resolve":
                service.claim(finding_id, "ana")
                service.resolve(finding_id, "ana")
            elif decision != "open":
                service.dismiss(finding_id, "ana", decision)
    old = store_mention(factory, "old post")
    intake(factory, old.id, [leak_span(0, 3, rule="retired-rule")], now=T0 - timedelta(days=90))

    config = tmp_path / "brandwatch.yaml"
    config.write_text(json.dumps({"database": {"url": engine.url.render_as_string(hide_password=False)}}))
    result = CliRunner().invoke(stats, ["--since", (T0 - timedelta(days=30)).isoformat(), "--format", "jsonl"],
                                obj=CliContext(str(config)), catch_exceptions=False)
    rows = [json.loads(line) for line in result.output.splitlines() if "version" not in line]
    assert rows == [{"rule": "aws-access-key-id", "total": 6, "confirmed": 3, "false_positives": 1,
                     "other_dismissals": 1, "open": 1, "precision": 0.75, "decided": 4, "ci95": [0.3006, 0.9544],
                     "below_floor": False}]
    table = CliRunner().invoke(stats, ["--since", "2020-01-01"], obj=CliContext(str(config))).output
    assert "aws-access-key-id" in table and "75%" in table and "retired-rule" in table
