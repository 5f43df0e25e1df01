"""A batch through `record_batch` stores exactly what `record_findings` stores called for each mention in turn.

The mixed batch holds what makes batching hard: a mention seen twice, two mentions sharing a leaked
value (one group), a mention analysed before (an edit: one rule it had, one new), a suppressed value,
an expired suppression whose value comes back twice (it must recur once), mentions without findings,
and routes with notifications. Each path runs in a transaction that is rolled back, from the same
stored starting point; PostgreSQL's sequences do not roll back, so new findings are compared by
(mention, rule) rather than by id.
"""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from brandwatch.config import Settings
from brandwatch.review.audit_chain import mac_of
from brandwatch.review.audit_key import audit_key
from brandwatch.review.intake import IntakeItem, record_batch, record_findings
from brandwatch.review.suppressions import suppression_event_mac
from brandwatch.store.db import transaction
from brandwatch.store.models import Finding, Mention, OutboxMessage, ReviewEvent, Suppression, SuppressionEvent

from .helpers import SETTINGS, T0, complaint_span, intake, leak_span, store_mention

DISMISSING = Settings.model_validate({**SETTINGS.model_dump(exclude={"source_file"}),
                                      "review": {"suppressed": "dismiss"}})
LEAK = "key AKIAQ3EGUVNT5XJ2LWPM leaked"
COMPLAINT = "my Acme Rocket broke again"


def _starting_point(factory) -> dict[str, int]:
    """Stored before the batch: mentions, an earlier finding, an active and an expired suppression
    (the expired one hid a finding while it was active)."""
    ids = {name: store_mention(factory, text).id for name, text in (
        ("edited", COMPLAINT + " " + LEAK), ("shared_a", LEAK), ("shared_b", LEAK), ("suppressed", LEAK),
        ("back_a", LEAK), ("back_b", LEAK), ("quiet", "nothing to see"), ("twice", COMPLAINT),
        ("hidden_before", LEAK))}
    intake(factory, ids["edited"], [complaint_span(COMPLAINT)], DISMISSING, T0 - timedelta(days=1))
    with transaction(factory) as session:
        session.add_all([
            Suppression(fingerprint="fp-sup", rule_id="aws-access-key-id", created_by="lead", owner="ana"),
            Suppression(fingerprint="fp-back", rule_id="aws-access-key-id", created_by="lead", owner="ana",
                        expires_at=T0 - timedelta(hours=1))])
    hidden = intake(factory, ids["hidden_before"], [leak_span(4, 24, fingerprint="fp-back")], DISMISSING,
                    T0 - timedelta(days=2))
    assert hidden.dismissed, "the expired suppression hid a finding while it was active"
    return ids


def _batch(ids: dict[str, int], session) -> list[IntakeItem]:
    def mention(name):
        return session.get(Mention, ids[name])

    return [
        IntakeItem(mention("edited"), [complaint_span(COMPLAINT), leak_span(31, 51, fingerprint="fp-e")]),
        IntakeItem(mention("shared_a"), [leak_span(4, 24, fingerprint="fp-shared"),
                                         leak_span(4, 24, fingerprint="fp-shared", preview="AKIA…again")]),
        IntakeItem(mention("quiet"), []),
        IntakeItem(mention("shared_b"), [leak_span(4, 24, fingerprint="fp-shared", severity="critical")]),
        IntakeItem(mention("suppressed"), [leak_span(4, 24, fingerprint="fp-sup")]),
        IntakeItem(mention("back_a"), [leak_span(4, 24, fingerprint="fp-back")]),
        IntakeItem(mention("back_b"), [leak_span(4, 24, fingerprint="fp-back")]),
        IntakeItem(mention("twice"), [complaint_span(COMPLAINT)], author_role="customer"),
        IntakeItem(mention("twice"), [complaint_span(COMPLAINT)], author_role="customer"),
    ]


def _what_was_stored(session, results, key: bytes) -> dict:
    """Everything intake writes, with the ids of findings made in the run replaced by (mention, rule)."""
    label = {f.id: f"{f.mention_id}/{f.rule_id}" for f in session.scalars(select(Finding))}

    def named(text):
        return re.sub(r"finding (\d+)", lambda m: f"finding {label.get(int(m.group(1)), m.group(1))}", text or "")

    findings = sorted(
        (label[f.id], f.rule_hash, f.category, f.severity, f.status, f.team, f.priority, f.brand, f.fingerprint,
         f.preview, f.author_reach, f.due_at, f.first_response_due_at, f.start, f.end, f.score,
         repr(sorted(f.explanation.items())), f.created_at, f.updated_at)
        for f in session.scalars(select(Finding)))
    events, chains = [], {}
    for event in session.scalars(select(ReviewEvent).order_by(ReviewEvent.finding_id, ReviewEvent.seq)):
        assert event.mac == mac_of(key, event) and event.prev_mac == chains.get(event.finding_id, ""), event.id
        chains[event.finding_id] = event.mac
        events.append((label[event.finding_id], event.seq, event.actor, event.at, event.action, event.from_status,
                       event.to_status, named(event.note)))
    trail, heads = [], {}
    for event in session.scalars(select(SuppressionEvent).order_by(SuppressionEvent.suppression_id,
                                                                    SuppressionEvent.seq)):
        assert event.mac == suppression_event_mac(key, event)
        assert event.prev_mac == heads.get(event.suppression_id, ""), event.id
        heads[event.suppression_id] = event.mac
        trail.append((event.suppression_id, event.seq, event.action, label.get(event.finding_id),
                      named(event.note)))
    outbox = [(label[m.finding_id], m.channel, m.status, named(m.idempotency_key.replace("-", " ")),
               repr(sorted({**m.payload, "finding_id": label[m.payload["finding_id"]]}.items())))
              for m in session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))]
    suppressions = [(s.id, s.recurred_at, s.fingerprint) for s in session.scalars(select(Suppression))]
    outcomes = [(tuple(label[i] for i in r.created), r.duplicates, r.suppressed, r.notifications,
                 tuple(label[i] for i in r.dismissed)) for r in results]
    return {"findings": findings, "events": sorted(events), "suppression trail": trail, "outbox": sorted(outbox),
            "suppressions": suppressions, "results": outcomes}


def _run(factory, ids, intake_all) -> dict:
    session = factory()
    try:
        results = intake_all(session, _batch(ids, session))
        session.flush()
        return _what_was_stored(session, results, audit_key(DISMISSING))
    finally:
        session.rollback()
        session.close()


def test_when_a_mixed_batch_is_recorded_at_once_then_it_stores_what_one_call_per_mention_stores(factory):
    ids = _starting_point(factory)
    one_by_one = _run(factory, ids, lambda session, items: [
        record_findings(session, item.mention, item.spans, DISMISSING, T0, author_role=item.author_role)
        for item in items])
    at_once = _run(factory, ids, lambda session, items: record_batch(session, items, DISMISSING, T0))
    for part in one_by_one:
        assert at_once[part] == one_by_one[part], part
    # What the batch was built to show, so a silently empty run cannot pass.
    created, duplicates, suppressed, notifications, dismissed = zip(*at_once["results"])
    assert duplicates == (1, 0, 0, 0, 0, 0, 0, 0, 1)  # the edit's earlier complaint; the mention seen twice
    assert suppressed == (0, 0, 0, 0, 1, 0, 0, 0, 0) and dismissed[4] and not any(dismissed[:4])
    assert sum(len(c) for c in created) == 7 and sum(notifications) == 6  # all but the suppressed one announced
    recurs = [row for row in at_once["suppression trail"] if row[2] == "recur"]
    assert [row[3] for row in recurs] == [f"{ids['back_a']}/aws-access-key-id"]  # once, on the first to come back
    reopened = [row for row in at_once["events"] if row[4] == "reopen"]
    assert [row[0] for row in reopened] == [f"{ids['hidden_before']}/aws-access-key-id"]
