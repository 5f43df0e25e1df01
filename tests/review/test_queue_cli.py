"""`brandwatch queue` end to end: a finding walked through every state from the CLI, then exported."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from brandwatch.cli import main

from .helpers import SETTINGS, complaint_span, intake, leak_span, personal_tokens, store_mention

SECRET = "AKIAQ3EGUVNT5XJ2LWPM"
POST = f"my Acme Rocket broke, support sent me {SECRET} lol"


@pytest.fixture
def cli(engine, factory, tmp_path):
    config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
    config["database"] = {"url": engine.url.render_as_string(hide_password=False)}
    path = tmp_path / "brandwatch.yaml"
    path.write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML
    runner = CliRunner()
    tokens = personal_tokens(factory, "ana", "bo", "carol", "lead")

    def run(*args, env=None):
        """Acts as the account named by --as (or BRANDWATCH_USER), proven by that account's token."""
        args = [str(a) for a in args]
        env = dict(env or {})
        claimed = args[args.index("--as") + 1] if "--as" in args else env.get("BRANDWATCH_USER")
        if claimed in tokens and "BRANDWATCH_TOKEN" not in env:
            env["BRANDWATCH_TOKEN"] = tokens[claimed]
        return runner.invoke(main, ["--config", str(path), "queue", *args], env=env, catch_exceptions=False)

    return run


@pytest.fixture
def finding_ids(factory):
    mention = store_mention(factory, POST, handle="dana")
    start = POST.index(SECRET)
    result = intake(factory, mention.id, [leak_span(start, start + len(SECRET), preview="AKIA…"),
                                          complaint_span(POST[:20])])
    return list(result.created)


def test_when_a_finding_walks_every_state_from_the_cli_then_the_export_holds_the_whole_trail(cli, finding_ids):
    leak = finding_ids[0]
    steps = [("claim", leak, "--as", "ana"), ("release", leak, "--as", "ana", "--note", "handing over"),
             ("assign", leak, "bo", "--as", "lead"), ("escalate", leak, "--as", "bo"),
             ("comment", leak, "rotating the key", "--as", "bo"), ("resolve", leak, "--as", "bo"),
             ("reopen", leak, "--as", "lead"), ("dismiss", leak, "--reason", "handled_elsewhere", "--as", "ana")]
    for step in steps:
        result = cli(*step)
        assert result.exit_code == 0, result.output
    claimed_by_env = cli("claim", finding_ids[1], env={"BRANDWATCH_USER": "carol"})
    assert "new → claimed" in claimed_by_env.output

    jsonl = cli("export", "--format", "jsonl")
    records = {r["finding_id"]: r for r in map(json.loads, jsonl.stdout.splitlines())}
    trail = [(e["actor"], e["action"], e["from_status"], e["to_status"]) for e in records[leak]["events"]]
    assert trail == [("brandwatch", "create", None, "new"), ("ana", "claim", "new", "claimed"),
                     ("ana", "release", "claimed", "released"), ("lead", "assign", "released", "claimed"),
                     ("bo", "escalate", "claimed", "escalated"), ("bo", "comment", "escalated", "escalated"),
                     ("bo", "resolve", "escalated", "resolved"), ("lead", "reopen", "resolved", "reopened"),
                     ("ana", "dismiss", "reopened", "dismissed")]
    assert records[leak]["events"][-1]["note"] == "reason: handled_elsewhere"
    assert records[finding_ids[1]]["events"][-1]["actor"] == "carol"
    assert all(e["at"].endswith("+00:00") for e in records[leak]["events"])

    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv").stdout)))
    assert [r["action"] for r in rows if r["finding_id"] == str(leak)] == [t[1] for t in trail]
    assert SECRET not in jsonl.stdout and SECRET not in "".join(map(str, rows))


def test_when_an_invalid_transition_is_asked_from_the_cli_then_it_exits_2_naming_it(cli, finding_ids):
    result = cli("resolve", finding_ids[0], "--as", "ana")
    assert result.exit_code == 2
    assert f"error: finding {finding_ids[0]} is new: cannot resolve" in result.output


def test_when_a_finding_is_shown_then_evidence_is_marked_and_the_secret_masked(cli, finding_ids):
    cli("comment", finding_ids[0], f"rotated {SECRET} at 10:00", "--as", "ana")
    result = cli("show", finding_ids[0], "--no-color")
    assert result.exit_code == 0, result.output
    assert SECRET not in result.output
    assert "»my Acme Rocket broke«, support sent me [AKIA…] lol" in result.output
    assert "audit trail:" in result.output and "brandwatch  create  - → new" in result.output
    assert "ana  comment  new → new  rotated [masked] at 10:00" in result.output
    exported = cli("export").stdout
    assert SECRET not in exported and "rotated [masked] at 10:00" in exported
    complaint = cli("show", finding_ids[1], "--no-color").output
    assert "reply draft (product" in complaint and "Hi @dana, we're sorry your Acme Rocket let you down." in complaint


def test_when_the_queue_is_filtered_then_only_matching_findings_are_listed(cli, finding_ids):
    cli("claim", finding_ids[1], "--as", "ana")
    listed = lambda *args: [json.loads(line)["id"] for line in cli("list", "--format", "jsonl", *args).stdout.splitlines()]  # noqa: E731
    assert listed() == finding_ids  # the high-severity leak comes first
    assert listed("--category", "complaint") == [finding_ids[1]]
    assert listed("--assignee", "ana") == [finding_ids[1]]
    assert listed("--team", "security") == [finding_ids[0]]
    assert listed("--status", "claimed") == [finding_ids[1]]
    assert listed("--overdue") == finding_ids  # due in 2026-11 at the latest, long past
    assert listed("--severity", "critical") == []
    table = cli("list").stdout
    assert SECRET not in table and "OVERDUE" in table


def test_when_exporting_a_period_then_only_findings_raised_in_it_are_written(cli, factory, finding_ids):
    from datetime import timedelta

    from .helpers import T0

    later = store_mention(factory, "key AKIAQ3EGUVNT5XJ2LWPQ")
    (late_id,) = intake(factory, later.id, [leak_span(4, 24)], now=T0 + timedelta(days=3)).created
    ids = lambda *args: [json.loads(line)["finding_id"] for line in cli("export", *args).stdout.splitlines()]  # noqa: E731
    assert ids("--since", (T0 + timedelta(days=1)).isoformat()) == [late_id]
    assert ids("--until", "2026-11-03") == finding_ids
    assert ids("--since", "2026-11-01", "--until", "2026-11-10") == finding_ids + [late_id]


def test_when_neither_as_nor_brandwatch_user_is_given_then_the_os_user_acts(monkeypatch):
    import getpass

    from brandwatch.cli.reviewer_auth import default_actor

    monkeypatch.delenv("BRANDWATCH_USER", raising=False)
    assert default_actor() == getpass.getuser()
    monkeypatch.setenv("BRANDWATCH_USER", "erin")
    assert default_actor() == "erin"


def test_when_a_secret_recurs_then_queue_incidents_lists_every_post_without_the_value(cli, factory, finding_ids):
    again = store_mention(factory, f"reposting {SECRET}")
    (repeat_id,) = intake(factory, again.id, [leak_span(10, 30, preview="AKIA…")]).created
    output = cli("incidents").stdout
    assert "incident fp-1: 2 posts, rule aws-access-key-id" in output
    assert f"finding {finding_ids[0]}" in output and f"finding {repeat_id}" in output
    assert SECRET not in output
    shown = cli("show", repeat_id, "--no-color").stdout
    assert "incident: the same value appears in 2 posts" in shown
