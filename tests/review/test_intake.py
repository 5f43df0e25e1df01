"""Intake: detector spans become findings — deduplicated, routed, prioritised, due, announced."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from brandwatch.config import Settings
from brandwatch.review.intake import record_findings
from brandwatch.store.db import transaction
from brandwatch.store.models import Finding, Mention, OutboxMessage, ReviewEvent, Suppression

from .helpers import SETTINGS, T0, complaint_span, intake, leak_span, store_mention

TEXT = "my Acme Rocket broke and here is AKIAQ3EGUVNT5XJ2LWPM plus AKIAQ3EGUVNT5XJ2LWPN"


def _findings(factory, mention_id):
    with factory() as session:
        return session.scalars(select(Finding).where(Finding.mention_id == mention_id).order_by(Finding.id)).all()


def _outbox(factory):
    with factory() as session:
        return session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()


def test_when_a_rule_fires_twice_and_the_post_is_analysed_again_then_one_finding_per_rule(factory):
    mention = store_mention(factory, TEXT)
    spans = [leak_span(33, 53, preview="AKIA…LWPM"), leak_span(59, 79, preview="AKIA…LWPN"), complaint_span(TEXT)]
    first = intake(factory, mention.id, spans)
    again = intake(factory, mention.id, spans, now=T0 + timedelta(hours=1))
    assert len(first.created) == 2 and first.duplicates == 0
    assert again.created == () and again.duplicates == 2
    leak, complaint = _findings(factory, mention.id)
    assert [s["preview"] for s in leak.explanation["spans"]] == ["AKIA…LWPM", "AKIA…LWPN"]
    assert (leak.rule_id, leak.rule_hash, complaint.rule_hash) == ("aws-access-key-id", "h" * 64, "c" * 64)


def test_when_findings_are_routed_then_team_channels_priority_and_due_time_follow_config(factory):
    mention = store_mention(factory, TEXT, followers=5000)
    intake(factory, mention.id, [leak_span(33, 53, severity="critical"), complaint_span(TEXT, severity="low")])
    leak, complaint = _findings(factory, mention.id)
    assert (leak.team, leak.priority, leak.due_at, leak.author_reach) == ("security-oncall", 3, T0 + timedelta(hours=1), 5000)
    assert (complaint.team, complaint.priority, complaint.due_at, complaint.brand) == (
        "customer-care", 0, T0 + timedelta(hours=72), "Acme")
    assert [(m.channel, m.idempotency_key, m.finding_id) for m in _outbox(factory)] == [
        ("sec-hook", f"bw-finding-{leak.id}-new-sec-hook", leak.id),
        ("care-slack", f"bw-finding-{complaint.id}-new-care-slack", complaint.id)]
    with factory() as session:
        created = session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == leak.id)).one()
    assert (created.action, created.to_status, created.actor) == ("create", "new", "brandwatch")


def test_when_no_route_matches_then_the_finding_has_no_team_and_no_notification(factory):
    mention = store_mention(factory, "a complaint about somebody else")
    intake(factory, mention.id, [complaint_span("a complaint about somebody else")])
    (finding,) = _findings(factory, mention.id)
    assert finding.team is None and finding.brand is None and _outbox(factory) == []


def test_when_the_intake_transaction_fails_then_no_finding_and_no_notification_remain(factory):
    mention = store_mention(factory, TEXT)
    with pytest.raises(RuntimeError):
        with transaction(factory) as session:
            record_findings(session, session.get(Mention, mention.id), [leak_span(33, 53)], SETTINGS, now=T0)
            raise RuntimeError("crash before commit")
    assert _findings(factory, mention.id) == [] and _outbox(factory) == []


@pytest.mark.parametrize("mode", ["dismiss", "skip"])
def test_when_a_fingerprint_is_suppressed_then_its_findings_are_dismissed_or_skipped(factory, mode):
    settings = Settings.model_validate({**SETTINGS.model_dump(exclude={"source_file"}), "review": {"suppressed": mode}})
    with transaction(factory) as session:
        session.add(Suppression(fingerprint="fp-known", rule_id="aws-access-key-id", created_by="ana"))
    mention = store_mention(factory, TEXT)
    result = intake(factory, mention.id, [leak_span(33, 53, fingerprint="fp-known"),
                                          leak_span(59, 79, rule="other-key", fingerprint="fp-known")], settings)
    findings = {f.rule_id: f for f in _findings(factory, mention.id)}
    assert result.suppressed == 1
    assert findings["other-key"].status == "new"  # the suppression names one rule only
    if mode == "skip":
        assert set(findings) == {"other-key"}
    else:
        assert (findings["aws-access-key-id"].status, findings["aws-access-key-id"].dismiss_reason) == (
            "dismissed", "false_positive")
    assert [m.finding_id for m in _outbox(factory)] == [findings["other-key"].id]
