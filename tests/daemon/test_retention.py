"""Retention: old mentions become tombstones unless an open finding needs them; findings stay."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from brandwatch.daemon.retention import expire_mentions, masked_preview
from brandwatch.store.db import session_factory, transaction
from brandwatch.review.audit_chain import append_event
from brandwatch.store.models import Finding, Mention, ReviewEvent

NOW = datetime(2026, 11, 23, tzinfo=timezone.utc)
KEY = b"k" * 32


def _mention(session, external_id: str, age_days: int, status: str = "analysed") -> Mention:
    mention = Mention(platform="x", external_id=external_id, text=f"Acme order 12345 is late, token abc {external_id}",
                      created_at=NOW - timedelta(days=age_days), raw={"text": "whole payload"}, status=status)
    session.add(mention)
    session.flush()
    return mention


def _finding(session, mention: Mention, status: str) -> Finding:
    """A finding in `status`, reached the only way the database allows: through sealed events."""
    finding = Finding(mention_id=mention.id, rule_id="complaint-late", category="complaint", kind="product",
                      severity="medium", start=0, end=4, preview="Acme", status="new")
    session.add(finding)
    session.flush()
    append_event(session, KEY, finding_id=finding.id, actor="brandwatch", at=NOW, action="create",
                 from_status=None, to_status="new", note=None)
    if status != "new":
        append_event(session, KEY, finding_id=finding.id, actor="brandwatch", at=NOW, action="dismiss",
                     from_status="new", to_status=status, note=None)
        finding.status = status
        session.flush()
    return finding


def test_when_mentions_expire_then_only_those_no_open_finding_needs_become_tombstones(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        old_closed = _mention(session, "old-closed", 400)
        _finding(session, old_closed, "resolved")
        old_open = _mention(session, "old-open", 400)
        _finding(session, old_open, "claimed")
        _mention(session, "old-plain", 400)
        _mention(session, "old-pending", 400, status="pending")
        _mention(session, "recent", 10)
    with transaction(factory) as session:
        assert expire_mentions(session, 365, KEY, NOW) == 2
    with factory() as session:
        rows = {m.external_id: m for m in session.scalars(select(Mention))}
        findings = session.scalars(select(Finding)).all()
        events = session.scalars(select(ReviewEvent)).all()
    for name in ("old-closed", "old-plain"):
        assert rows[name].text is None and rows[name].tombstoned_at == NOW
        stone = rows[name].raw["tombstone"]
        assert set(stone) >= {"fingerprint", "preview", "created_at", "tombstoned_at"}
        assert "12345" not in stone["preview"] and "whole payload" not in str(rows[name].raw)
    for name in ("old-open", "old-pending", "recent"):
        assert rows[name].text is not None and rows[name].tombstoned_at is None
    assert len(findings) == 2 and len(events) == 4  # untouched: each finding created, then moved once


def test_when_run_again_then_tombstones_are_not_rewritten(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        _mention(session, "old", 400)
    with transaction(factory) as session:
        expire_mentions(session, 365, KEY, NOW)
    with transaction(factory) as session:
        assert expire_mentions(session, 365, KEY, NOW + timedelta(days=1)) == 0


def test_when_a_preview_is_made_then_finding_spans_digits_and_long_tokens_are_masked():
    text = "key AKIAQ3EGUVNT5XJ2LWPM and order 4242 with sk_live_abcdefghijklmnop"
    preview = masked_preview(text, [(4, 24)])
    assert "AKIA" not in preview and "4242" not in preview and "sk_live" not in preview
    assert preview.startswith("key ") and preview.endswith("…")


def test_when_an_edited_mention_expires_then_its_earlier_versions_lose_their_text_too(engine):
    from brandwatch.store.models import MentionVersion

    factory = session_factory(engine)
    with transaction(factory) as session:
        mention = _mention(session, "edited", 400)
        session.add(MentionVersion(mention_id=mention.id, version="1", text="what it said first",
                                   raw={"text": "what it said first"}, analysed=True))
    with transaction(factory) as session:
        expire_mentions(session, 365, KEY, NOW)
    with factory() as session:
        version = session.scalars(select(MentionVersion)).one()
    assert version.text is None and version.raw is None
