"""Suppressions as records: add, hide, expire, recur (findings reopened), reopen lifts; a sealed trail."""

import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import select, text

from brandwatch.cli import main
from brandwatch.review.audit_key import audit_key
from brandwatch.review.reviewers import NotPermitted
from brandwatch.review.service import ReviewService
from brandwatch.review.states import ReviewError
from brandwatch.review.suppressions import Pattern, add, verify_trail
from brandwatch.store.db import transaction
from brandwatch.store.models import Finding, ReviewEvent, Suppression, SuppressionEvent

from .helpers import SETTINGS, T0, complaint_span, intake, new_finding, personal_tokens, store_mention

FAR = "2099-01-01T00:00:00+00:00"  # CLI expiries are checked against the wall clock, so: far ahead
AFTER_FAR = T0.replace(year=2099, month=2)


def _status(factory, finding_id):
    with factory() as session:
        finding = session.get(Finding, finding_id)
        return finding.status, finding.dismiss_reason


def _suppression_events(factory):
    with factory() as session:
        return [(e.suppression_id, e.action, e.actor, e.finding_id)
                for e in session.scalars(select(SuppressionEvent).order_by(SuppressionEvent.id))]


@pytest.fixture
def cli(engine, factory, tmp_path):
    config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
    config["database"] = {"url": engine.url.render_as_string(hide_password=False)}
    path = tmp_path / "brandwatch.yaml"
    path.write_text(json.dumps(config), encoding="utf-8")
    tokens = personal_tokens(factory, "ana", "lead")

    def run(*args, actor="lead"):
        return CliRunner().invoke(main, ["--config", str(path), "suppressions", *map(str, args)],
                                  env={"BRANDWATCH_TOKEN": tokens[actor]}, catch_exceptions=False)

    return run


def test_when_a_complaint_author_is_suppressed_from_the_cli_then_it_hides_expires_recurs_and_reopens(cli, factory):
    added = cli("add", "--author", "x:@Dana", "--rule", "product-broken", "--reason", "a parody account",
                "--expires", FAR)
    assert added.exit_code == 0, added.output
    assert "author x:@dana under rule product-broken, owner lead" in added.output

    hidden = store_mention(factory, "my Acme Rocket broke again", handle="DANA")
    (hidden_id,) = intake(factory, hidden.id, [complaint_span("my Acme Rocket broke again")]).created
    other = store_mention(factory, "my Acme Rocket broke", handle="erin")
    (other_id,) = intake(factory, other.id, [complaint_span("my Acme Rocket broke")]).created
    assert _status(factory, hidden_id) == ("dismissed", "false_positive")
    assert _status(factory, other_id) == ("new", None)

    listed = [json.loads(line) for line in cli("list", "--format", "jsonl").output.splitlines()]
    assert [(s["scope"], s["author"], s["owner"], s["state"]) for s in listed] == [
        ("author", "dana", "lead", "active")]

    # After the expiry the pattern comes back: the new finding stays open and the hidden one reopens.
    back = store_mention(factory, "Acme Rocket broke, third time", handle="dana")
    (back_id,) = intake(factory, back.id, [complaint_span("Acme Rocket broke, third time")], now=AFTER_FAR).created
    assert _status(factory, back_id) == ("new", None)
    assert _status(factory, hidden_id) == ("reopened", None)
    suppression_id = listed[0]["id"]
    assert _suppression_events(factory) == [(suppression_id, "add", "lead", None),
                                            (suppression_id, "apply", "brandwatch", hidden_id),
                                            (suppression_id, "recur", "brandwatch", back_id)]
    with factory() as session:
        reopen = session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == hidden_id)
                                 .order_by(ReviewEvent.id.desc())).first()
        assert verify_trail(session, audit_key(SETTINGS)) == []
    assert (reopen.action, reopen.actor) == ("reopen", "brandwatch")
    assert f"suppression {suppression_id} expired" in reopen.note
    # It recurs once: a fourth post neither re-reopens nor adds events.
    again = store_mention(factory, "Rocket broke, fourth", handle="dana")
    intake(factory, again.id, [complaint_span("Rocket broke, fourth")], now=AFTER_FAR + timedelta(days=1))
    assert len(_suppression_events(factory)) == 3
    everything = [json.loads(line) for line in cli("list", "--all", "--format", "jsonl").output.splitlines()]
    assert [s["state"] for s in everything] == ["recurred"]


def test_when_a_phrase_suppression_is_removed_from_the_cli_then_the_phrase_raises_findings_again(cli, factory):
    added = cli("add", "--phrase", "Giveaway  ENTRY", "--rule", "paid-partnership", "--reason", "contest noise",
                "--expires", FAR)
    suppression_id = int(added.output.split()[1].rstrip(":"))
    span = complaint_span("x", rule="paid-partnership")
    first = store_mention(factory, "my giveaway entry for the Acme contest")
    assert intake(factory, first.id, [span]).dismissed
    assert cli("remove", suppression_id, "--reason", "contest over").exit_code == 0
    second = store_mention(factory, "another giveaway entry")
    (second_id,) = intake(factory, second.id, [span]).created
    assert _status(factory, second_id) == ("new", None)
    assert [a for _, a, _, _ in _suppression_events(factory)] == ["add", "apply", "remove"]
    assert cli("list").output.strip() == "no suppressions"
    again = cli("remove", suppression_id)
    assert again.exit_code == 2 and "already removed by lead" in again.output


def test_when_a_reviewer_adds_a_suppression_directly_then_it_is_refused(cli):
    refused = cli("add", "--fingerprint", "fp-x", "--reason", "r", "--expires", FAR, actor="ana")
    assert refused.exit_code == 2 and "only leads and admins" in refused.output
    no_rule = cli("add", "--author", "dana", "--reason", "r", "--expires", FAR)
    assert no_rule.exit_code == 2 and "needs the rule" in no_rule.output
    past = cli("add", "--fingerprint", "fp-x", "--reason", "r", "--expires", "2001-01-01")
    assert past.exit_code == 2 and "must expire in the future" in past.output
    secret = cli("add", "--phrase", "AKIAQ3EGUVNT5XJ2LWPM", "--rule", "r", "--reason", "r", "--expires", FAR)
    assert secret.exit_code == 2 and "looks like a secret" in secret.output
    assert "AKIAQ3EGUVNT5XJ2LWPM" not in secret.output
    quoted = cli("add", "--fingerprint", "fp-y", "--reason", "same as AKIAQ3EGUVNT5XJ2LWPM", "--expires", FAR)
    assert quoted.exit_code == 0 and "AKIAQ3EGUVNT5XJ2LWPM" not in cli("list").output


def test_when_a_dismissal_suppresses_and_the_finding_is_reopened_then_the_suppression_is_lifted(factory):
    finding_id = new_finding(factory, fingerprint="fp-lift")
    service = ReviewService(factory, SETTINGS, clock=lambda: T0)
    service.dismiss(finding_id, "ana", "false_positive", suppress=True)
    with factory() as session:
        made = session.scalars(select(Suppression)).one()
    assert (made.owner, made.source_finding_id, made.expires_at) == ("ana", finding_id, T0 + timedelta(days=90))
    hidden = new_finding(factory, fingerprint="fp-lift")
    assert _status(factory, hidden) == ("dismissed", "false_positive")

    service.reopen(finding_id, "lead")
    with factory() as session:
        lifted = session.get(Suppression, made.id)
        assert (lifted.removed_by, lifted.removed_at) == ("lead", T0)
    assert _status(factory, new_finding(factory, fingerprint="fp-lift")) == ("new", None)
    assert [a for _, a, _, _ in _suppression_events(factory)] == ["add", "apply", "lift"]


def test_when_a_complaint_is_dismissed_with_suppress_then_its_author_and_rule_are_suppressed(factory):
    mention = store_mention(factory, "Acme Rocket is junk", handle="@Troll")
    (finding_id,) = intake(factory, mention.id, [complaint_span("Acme Rocket is junk")]).created
    ReviewService(factory, SETTINGS, clock=lambda: T0).dismiss(finding_id, "ana", "false_positive", suppress=True)
    with factory() as session:
        made = session.scalars(select(Suppression)).one()
    assert (made.scope, made.author, made.platform, made.rule_id) == ("author", "troll", "x", "product-broken")


def test_when_the_suppression_trail_is_altered_then_verification_names_the_event(engine, factory):
    with transaction(factory) as session:
        add(session, audit_key(SETTINGS), Pattern.of(fingerprint="fp-a"), actor="lead", owner="ana",
            reason="test value", expires_at=T0 + timedelta(days=1), now=T0)
    with pytest.raises(Exception, match="append-only"):
        with engine.begin() as connection:
            connection.execute(text("UPDATE suppression_events SET actor = 'mallory'"))
    with pytest.raises(NotPermitted, match="not an account"):
        with transaction(factory) as session:
            add(session, audit_key(SETTINGS), Pattern.of(fingerprint="fp-b"), actor="lead", owner="nobody",
                reason="r", expires_at=T0 + timedelta(days=1), now=T0)
    with pytest.raises(ReviewError, match="exactly one"):
        Pattern.of(fingerprint="fp", phrase="p", rule_id="r")
    with factory() as session:
        assert verify_trail(session, audit_key(SETTINGS)) == []
        assert verify_trail(session, b"another key" * 3)[0].endswith("was altered (MAC mismatch)")


def test_when_old_style_suppressions_exist_then_they_still_hide_their_leak(factory):
    with transaction(factory) as session:
        session.add(Suppression(fingerprint="fp-old", rule_id=None, created_by="ana"))
    hidden = new_finding(factory, fingerprint="fp-old")
    assert _status(factory, hidden) == ("dismissed", "false_positive")


def test_when_the_schema_is_upgraded_then_dismissal_suppressions_get_owner_source_and_expiry(database_url):
    from brandwatch.store.db import make_engine
    from brandwatch.store.migrate import upgrade

    engine = make_engine(database_url)
    upgrade(engine, "0008_issue16_fingerprints")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO suppressions (fingerprint, rule_id, reason, created_by, created_at) "
                                "VALUES ('fp-legacy', 'aws-access-key-id', 'false positive (finding 7)', 'ana', "
                                "CURRENT_TIMESTAMP)"))
    upgrade(engine)
    with engine.connect() as connection:
        row = connection.execute(text("SELECT scope, owner, source_finding_id, expires_at, removed_at "
                                      "FROM suppressions")).one()
    engine.dispose()
    assert row[:3] == ("fingerprint", "ana", 7) and row.expires_at is not None and row.removed_at is None


def test_when_a_suppression_event_is_forged_then_audit_verify_exits_non_zero_naming_it(cli, engine, tmp_path):
    assert cli("add", "--fingerprint", "fp-audit", "--reason", "test value", "--expires", FAR).exit_code == 0
    config = next(tmp_path.glob("brandwatch.yaml"))
    verify = lambda: CliRunner().invoke(main, ["--config", str(config), "audit", "verify"])  # noqa: E731
    assert verify().exit_code == 0
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER suppression_events_no_update"))
        else:
            connection.execute(text("ALTER TABLE suppression_events DISABLE TRIGGER USER"))
        connection.execute(text("UPDATE suppression_events SET actor = 'ana'"))
    forged = verify()
    assert forged.exit_code == 1 and "was altered (MAC mismatch)" in forged.output
