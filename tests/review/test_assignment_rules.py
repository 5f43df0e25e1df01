"""Assignment rules: who gets a new finding (by team, category, rule, platform, author roster group;
round-robin or least-loaded among active reviewers), and escalation of findings nobody holds."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from brandwatch.config import Settings
from brandwatch.review.assignment import assign_waiting, escalate_unassigned
from brandwatch.rosters import RosterEntry
from brandwatch.store.models import Finding, OutboxMessage, ReviewEvent

from .helpers import SETTINGS, T0, add_accounts, complaint_span, intake, leak_span, store_mention
from .team_queue_helpers import queue_runner


def _settings(**assignment) -> Settings:
    config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
    config["review"]["assignment"] = assignment
    return Settings.model_validate(config)


def _complaint(factory, platform="x", rule="product-broken", roster_entry=None) -> int:
    mention = store_mention(factory, "my Acme Rocket broke again", platform=platform)
    return intake(factory, mention.id, [complaint_span("my Acme Rocket broke", rule=rule)],
                  author_role=roster_entry.describe() if roster_entry else None).created[0]


def _leak(factory, severity="high") -> int:
    mention = store_mention(factory, "key AKIAQ3EGUVNT5XJ2LWPM leaked")
    return intake(factory, mention.id, [leak_span(4, 24, severity=severity)]).created[0]


def _holders(factory, ids) -> list[str | None]:
    with factory() as session:
        found = dict(session.execute(select(Finding.id, Finding.assignee).where(Finding.id.in_(ids))).all())
    return [found[i] for i in ids]


POOLS = {"care": ["ana", "bo", "carol"], "sec": ["dee", "erin"], "staff-watch": ["lead"]}


def test_when_the_strategy_is_round_robin_then_findings_rotate_through_the_pool(factory):
    settings = _settings(pools=POOLS, rules=[{"name": "care", "match": {"team": "customer-care"}, "pool": "care"}])
    ids = [_complaint(factory) for _ in range(4)]

    done = assign_waiting(factory, settings, clock=lambda: T0)

    assert [d.assignee for d in done] == ["ana", "bo", "carol", "ana"]
    assert _holders(factory, ids) == ["ana", "bo", "carol", "ana"]
    more = _complaint(factory)
    assign_waiting(factory, settings, clock=lambda: T0)  # the rotation continues where it stopped
    assert _holders(factory, [more]) == ["bo"]
    with factory() as session:
        event = session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == ids[0],
                                                          ReviewEvent.action == "assign")).one()
    assert (event.actor, event.from_status, event.to_status) == ("brandwatch", "new", "claimed")
    assert event.note == "assigned to ana; assignment rule 'care' (round-robin, pool care)"


def test_when_the_strategy_is_least_loaded_then_the_reviewer_holding_least_gets_it(factory):
    settings = _settings(pools=POOLS, rules=[{"name": "care", "match": {"category": "complaint"}, "pool": "care",
                                              "strategy": "least_loaded"}])
    from brandwatch.review.service import ReviewService

    busy = [_complaint(factory) for _ in range(3)]
    service = ReviewService(factory, SETTINGS, clock=lambda: T0)
    service.claim(busy[0], "ana")
    service.claim(busy[1], "ana")
    service.claim(busy[2], "bo")
    new = [_complaint(factory), _complaint(factory)]

    assign_waiting(factory, settings, clock=lambda: T0)

    assert _holders(factory, new) == ["carol", "bo"]  # carol held none; then bo (1) before ana (2)


def test_when_rules_match_on_rule_platform_and_author_group_then_the_first_match_wins(factory):
    staff = RosterEntry("employee", "Pat", "support", date(2020, 1, 1), None, handles={"x": "pat"})
    settings = _settings(pools=POOLS, rules=[
        {"name": "insiders", "match": {"author_group": "employee"}, "pool": "staff-watch"},
        {"name": "reddit-care", "match": {"platform": "reddit"}, "pool": "care"},
        {"name": "keys", "match": {"rule": "aws-access-key-id", "category": "leak"}, "pool": "sec"},
    ])
    by_employee = _complaint(factory, platform="reddit", roster_entry=staff)
    on_reddit = _complaint(factory, platform="reddit")
    leak = _leak(factory)
    unmatched = _complaint(factory, platform="x")

    done = {d.finding_id: d.rule for d in assign_waiting(factory, settings, clock=lambda: T0)}

    assert done == {by_employee: "insiders", on_reddit: "reddit-care", leak: "keys"}
    assert _holders(factory, [by_employee, on_reddit, leak, unmatched]) == ["lead", "ana", "dee", None]


def test_when_pool_members_are_disabled_or_missing_then_only_active_reviewers_are_picked(factory):
    add_accounts(factory, "gone", disabled=True)
    settings = _settings(pools={"care": ["gone", "nobody-yet", "bo"]},
                         rules=[{"name": "care", "match": {"team": "customer-care"}, "pool": "care"}])
    ids = [_complaint(factory), _complaint(factory)]
    assign_waiting(factory, settings, clock=lambda: T0)
    assert _holders(factory, ids) == ["bo", "bo"]


def test_when_a_finding_waits_unassigned_past_the_limit_then_it_is_escalated_and_announced(factory):
    settings = _settings(escalate_unassigned_after="2h")
    old, fresh = _leak(factory), None
    fresh_mention = store_mention(factory, "key AKIAQ3EGUVNT5XJ2LWPM leaked again")
    fresh = intake(factory, fresh_mention.id, [leak_span(4, 24)], now=T0 + timedelta(hours=1)).created[0]

    assert escalate_unassigned(factory, settings, clock=lambda: T0 + timedelta(hours=1, minutes=59)) == []
    assert escalate_unassigned(factory, settings, clock=lambda: T0 + timedelta(hours=2, minutes=1)) == [old]
    assert escalate_unassigned(factory, settings, clock=lambda: T0 + timedelta(hours=2, minutes=2)) == []

    with factory() as session:
        event = session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == old,
                                                          ReviewEvent.action == "escalate")).one()
        notices = session.scalars(select(OutboxMessage.idempotency_key)
                                  .where(OutboxMessage.finding_id == old)).all()
        assert session.get(Finding, fresh).status == "new"
    assert event.actor == "brandwatch" and event.note.startswith("unassigned for more than 2h")
    assert any(key.endswith(f"escalated-{event.id}") or f"escalated-{event.id}" in key for key in notices)


def test_when_auto_assign_runs_from_the_cli_then_it_reports_each_assignment(engine, factory, tmp_path):
    run = queue_runner(engine, factory, tmp_path, review={"assignment": {
        "pools": {"care": ["carol"]}, "rules": [{"name": "care", "match": {"team": "customer-care"},
                                                  "pool": "care"}]}})
    finding = _complaint(factory)
    result = run("auto-assign")
    assert result.exit_code == 0, result.output
    assert f"finding {finding}: assigned to carol by rule care" in result.output


@pytest.mark.parametrize("assignment, expected", [
    ({"pools": {"care": ["ana"]}, "rules": [{"name": "r", "pool": "care", "strategy": "random"}]},
     "review.assignment.rules.0.strategy: Input should be 'round_robin' or 'least_loaded'"),
    ({"pools": {"care": ["ana"]}, "rules": [{"name": "r", "pool": "kare"}]},
     "review.assignment.rules: Value error, rules.0.pool: unknown pool 'kare' (pools: care)"),
    ({"pools": {"care": []}}, "review.assignment.pools: Value error, pool 'care' has no members"),
    ({"escalate_unassigned_after": "soon"}, "review.assignment.escalate_unassigned_after"),
    ({"rules": [{"name": "r", "pool": "p", "match": {"author_group": "intern"}}], "pools": {"p": ["a"]}},
     "review.assignment.rules.0.match.author_group.0: Input should be 'employee', 'partner' or 'none'"),
    ({"pools": {"p": ["a"]}, "rules": [{"name": "r", "pool": "p", "match": {"platfrom": "x"}}]},
     "review.assignment.rules.0.match.platfrom: unknown key 'platfrom' (did you mean 'platform'?)"),
])
def test_when_assignment_config_is_malformed_then_the_error_names_file_line_and_field(tmp_path, assignment,
                                                                                      expected):
    from brandwatch.config import load_settings
    from brandwatch.errors import ConfigError
    import yaml

    path = tmp_path / "brandwatch.yaml"
    path.write_text(yaml.safe_dump({"review": {"page_size": 20, "assignment": assignment}}), encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings(path)
    message = str(error.value)
    assert message.startswith(f"{path}:")
    assert expected in message
    line = int(message.split(":")[1])
    assert line > 1  # the line of the field, not just the file


def test_when_the_documented_example_is_loaded_then_it_parses_and_a_typo_in_it_is_located(tmp_path):
    import re
    from pathlib import Path

    from brandwatch.config import load_settings
    from brandwatch.errors import ConfigError

    doc = (Path(__file__).resolve().parents[2] / "docs" / "configuration.md").read_text(encoding="utf-8")
    example = re.search(r"### Assignment example\n\n```yaml\n(.*?)```", doc, re.S).group(1)
    path = tmp_path / "brandwatch.yaml"
    path.write_text(example, encoding="utf-8")
    settings = load_settings(path)
    assert [rule.strategy for rule in settings.review.assignment.rules] == ["round_robin", "least_loaded",
                                                                           "round_robin"]
    assert settings.review.four_eyes == ["high", "critical"]

    path.write_text(example.replace("least_loaded", "least-loaded"), encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings(path)
    documented = re.search(r"`config/brandwatch.yaml(:\d+:\d+: review\.assignment\.rules\.1\.strategy: [^`]*)`",
                           doc.replace("\n", " ")).group(1)
    assert str(error.value) == f"{path}{documented}"
