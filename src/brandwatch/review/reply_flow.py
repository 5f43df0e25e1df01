"""A reply's way out: drafted, approved by a second verified reviewer, marked sent; then a check-back reminder.

Nothing is posted anywhere: "sent" records that a person posted the approved text. Each step is an
event in the finding's sealed trail (status unchanged), so who wrote, approved and sent a reply is
on record. Once the finding is resolved, `review.check_back_after` later its team is reminded to check
back with the customer, as the reply promised.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.catalogue import reply_length, reply_rules
from brandwatch.config import Settings
from brandwatch.review.audit_chain import append_event
from brandwatch.review.audit_key import audit_key
from brandwatch.model.clock import Now, system_clock
from brandwatch.review.outbox import enqueue
from brandwatch.review.payload import finding_payload
from brandwatch.review.reviewers import SYSTEM_ACTOR, NotPermitted, active_account
from brandwatch.review.routing import FindingFacts, route
from brandwatch.review.states import FindingNotFound, ReviewError
from brandwatch.store.db import transaction
from brandwatch.store.models import Finding, ReplyDraft, ReviewEvent


def save_draft(session: Session, key: bytes, finding_id: int, actor: str, text: str, now: datetime) -> ReplyDraft:
    author = _person(session, actor, "draft a reply")
    finding = _locked(session, finding_id)
    if finding.category != "complaint":
        raise ReviewError(f"finding {finding_id} is a {finding.category} finding: replies are for complaints")
    text = (text or "").strip()
    if not text:
        raise ReviewError(f"finding {finding_id}: a reply draft needs text")
    platform = finding.mention.platform if finding.mention is not None else None
    length = reply_length(platform, text)
    rules = reply_rules(platform)
    if rules is not None and length > rules.limit:
        raise ReviewError(f"finding {finding_id}: the reply is {length} characters as {rules.title} counts them; "
                          f"{rules.title} allows {rules.limit}")
    draft = ReplyDraft(finding_id=finding_id, text=text, platform=platform, status="draft", drafted_by=author,
                       drafted_at=now)
    session.add(draft)
    session.flush()
    _event(session, key, finding, author, now, "reply-draft", f"reply draft {draft.id} ({length} characters)")
    return draft


def approve(session: Session, key: bytes, draft_id: int, actor: str, now: datetime) -> ReplyDraft:
    approver = _person(session, actor, "approve a reply")
    draft = _draft(session, draft_id, "draft", "approve it")
    if approver == draft.drafted_by:
        raise NotPermitted(f"reply draft {draft_id} was written by {approver}: a second reviewer approves it")
    finding = _locked(session, draft.finding_id)
    _event(session, key, finding, approver, now, "reply-approve", f"reply draft {draft_id} approved")
    draft.status, draft.approved_by, draft.approved_at = "approved", approver, now
    session.flush()
    return draft


def mark_sent(session: Session, key: bytes, draft_id: int, actor: str, now: datetime) -> ReplyDraft:
    sender = _person(session, actor, "mark a reply sent")
    draft = _draft(session, draft_id, "approved", "mark it sent (a second reviewer approves it first)")
    finding = _locked(session, draft.finding_id)
    _event(session, key, finding, sender, now, "reply-sent", f"reply draft {draft_id} sent")
    draft.status, draft.sent_by, draft.sent_at = "sent", sender, now
    session.flush()
    return draft


def drafts_of(session: Session, finding_id: int) -> list[ReplyDraft]:
    return list(session.scalars(select(ReplyDraft).where(ReplyDraft.finding_id == finding_id)
                                .order_by(ReplyDraft.id)))


def remind_check_backs(factory: sessionmaker[Session], settings: Settings, clock: Now = system_clock) -> list[int]:
    """Queue a check-back reminder for each sent reply whose finding was resolved long enough ago."""
    now = clock()
    key = audit_key(settings)
    reminded = []
    with transaction(factory) as session:
        resolved_at = (select(ReviewEvent.finding_id, ReviewEvent.at).where(ReviewEvent.action == "resolve")
                       .order_by(ReviewEvent.id).subquery())
        rows = session.execute(
            select(ReplyDraft, resolved_at.c.at).join(Finding, Finding.id == ReplyDraft.finding_id)
            .join(resolved_at, resolved_at.c.finding_id == Finding.id)
            .where(ReplyDraft.status == "sent", ReplyDraft.check_back_notified_at.is_(None),
                   Finding.status == "resolved")).all()
        latest: dict[int, tuple[ReplyDraft, datetime]] = {}
        for draft, at in rows:  # the newest resolution counts
            if draft.id not in latest or at > latest[draft.id][1]:
                latest[draft.id] = (draft, at)
        for draft, at in latest.values():
            if max(at, draft.sent_at or at) + settings.review.check_back_after > now:
                continue
            finding = _locked(session, draft.finding_id)
            _event(session, key, finding, SYSTEM_ACTOR, now, "reply-check-back",
                   f"check back with the customer: reply draft {draft.id} was sent and the complaint resolved")
            routed = route(settings.routing, FindingFacts(finding.category, finding.kind, finding.severity,
                                                          finding.rule_id, finding.brand))
            payload = {**finding_payload(finding, finding.mention, settings), "reminder": "check back"}
            for channel in routed.channels:
                enqueue(session, finding_id=finding.id, event=f"check-back-{draft.id}", channel=channel,
                        payload=payload, now=now)
            draft.check_back_notified_at = now
            reminded.append(draft.id)
    return reminded


def _person(session: Session, actor: str, purpose: str) -> str:
    reviewer = active_account(session, (actor or "").strip(), purpose=purpose)
    if reviewer.role == "system":
        raise NotPermitted(f"only a person may {purpose}")
    return reviewer.name


def _draft(session: Session, draft_id: int, expected: str, purpose: str) -> ReplyDraft:
    draft = session.get(ReplyDraft, draft_id)
    if draft is None:
        raise ReviewError(f"reply draft {draft_id} does not exist")
    if draft.status != expected:
        raise ReviewError(f"reply draft {draft_id} is {draft.status}: cannot {purpose}")
    return draft


def _locked(session: Session, finding_id: int) -> Finding:
    """The finding, locked so its trail's next event is ours (as review.service does for actions)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(update(Finding).where(Finding.id == finding_id).values(priority=Finding.priority))
    if session.scalar(select(Finding.id).where(Finding.id == finding_id).with_for_update()) is None:
        raise FindingNotFound(finding_id)
    return session.get(Finding, finding_id)


def _event(session: Session, key: bytes, finding: Finding, actor: str, now: datetime, action: str, note: str) -> None:
    append_event(session, key, finding_id=finding.id, actor=actor, at=now, action=action,
                 from_status=finding.status, to_status=finding.status, note=note)
