"""`brandwatch audit verify`: re-walk every chain, every checkpoint and every finding's state.

Reports, each with the event (or finding, or checkpoint) it concerns: an edited or forged event (its
MAC does not match: changed content, or a chain recomputed without the key), a removed event (a gap
in a chain, a broken link, or a head a checkpoint sealed that is gone), an inserted event (no seal,
or a repeated position), a back-dated event, an actor who is no account, and a finding whose status
does not follow from its trail.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.review.audit_chain import checkpoint_mac, heads_digest, mac_of
from brandwatch.review.reviewers import SYSTEM_ACTOR
from brandwatch.store.models import AuditCheckpoint, Finding, ReviewEvent, User

_BATCH = 500


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str
    message: str
    event_id: int | None = None
    finding_id: int | None = None

    def __str__(self) -> str:
        where = f"event {self.event_id}: " if self.event_id is not None else (
            f"finding {self.finding_id}: " if self.finding_id is not None else "")
        return f"{where}{self.kind}: {self.message}"


@dataclass
class TrailReport:
    findings: int = 0
    events: int = 0
    legacy_events: int = 0
    checkpoints: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Link:
    """What the walk expects of the next sealed event in a chain."""

    seq: int | None = None
    mac: str = ""
    at: datetime | None = None
    state: str | None = None
    last_event: int | None = None


def verify_trail(session: Session, key: bytes) -> TrailReport:
    report = TrailReport()
    actors = set(session.scalars(select(User.name))) | {SYSTEM_ACTOR}
    boundary, sealed_heads = _check_checkpoints(session, key, report)
    after = 0
    while True:
        findings = session.execute(select(Finding.id, Finding.status).where(Finding.id > after)
                                   .order_by(Finding.id).limit(_BATCH)).all()
        if not findings:
            break
        ids = [f.id for f in findings]
        trails: dict[int, list[ReviewEvent]] = {i: [] for i in ids}
        for event in session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id.in_(ids))
                                     .order_by(ReviewEvent.finding_id, ReviewEvent.id)):
            trails[event.finding_id].append(event)
        for finding_id, status in findings:
            report.findings += 1
            seen = _walk(finding_id, status, trails[finding_id], key, boundary, actors, report)
            for checkpoint_id, seq, event_id, mac in sealed_heads.pop(finding_id, []):
                if seen.get(seq) != (event_id, mac):
                    report.problems.append(Problem(
                        "removed", f"event {event_id} (finding {finding_id}, position {seq}) was sealed by "
                        f"checkpoint {checkpoint_id} but is missing or different now: deleted, truncated or "
                        "replaced", event_id, finding_id))
        after = ids[-1]
        session.expunge_all()
    for finding_id, heads in sealed_heads.items():
        for checkpoint_id, _seq, event_id, _mac in heads:
            report.problems.append(Problem("removed", f"finding {finding_id} and its event {event_id} were "
                                           f"sealed by checkpoint {checkpoint_id} but are gone", event_id, finding_id))
    return report


def _walk(finding_id: int, status: str, events: list[ReviewEvent], key: bytes, boundary: int, actors: set[str],
          report: TrailReport) -> dict[int, tuple[int, str]]:
    """Check one finding's chain; returns {position: (event id, mac)} of its sealed events."""
    link, legacy, seen = _Link(), 0, {}
    add = report.problems.append
    for event in events:
        report.events += 1
        if event.mac is None:
            if event.id <= boundary and link.seq is None:
                legacy += 1
                report.legacy_events += 1
            else:
                add(Problem("inserted", "has no seal: written outside brandwatch", event.id, finding_id))
            _follow(event, link, finding_id, add)
            continue
        expected = link.seq + 1 if link.seq is not None else legacy + 1
        if (event.seq or 0) > expected:
            add(Problem("removed", f"positions {expected}..{event.seq - 1} of finding {finding_id}'s chain are "
                        "missing before this event: deleted", event.id, finding_id))
        elif (event.seq or 0) < expected:
            add(Problem("inserted", f"repeats position {event.seq} of finding {finding_id}'s chain",
                        event.id, finding_id))
        if event.prev_mac != link.mac:
            add(Problem("broken-link", "does not follow the event before it in the chain (one was removed, "
                        "replaced or inserted)", event.id, finding_id))
        if not hmac.compare_digest(mac_of(key, event), event.mac):
            add(Problem("forged", "its seal does not match its content: edited, or sealed without the audit key",
                        event.id, finding_id))
        if link.at is not None and event.at < link.at:
            add(Problem("back-dated", f"dated {event.at.isoformat()}, before the event it follows "
                        f"({link.at.isoformat()})", event.id, finding_id))
        if event.actor not in actors:
            add(Problem("unknown-actor", f"actor '{event.actor}' is not an account", event.id, finding_id))
        _follow(event, link, finding_id, add)
        link.seq, link.mac, link.at = event.seq or expected, event.mac, event.at
        seen[event.seq] = (event.id, event.mac)
    if not events:
        add(Problem("removed", "has no events at all: its trail was deleted or truncated", None, finding_id))
    elif link.state != status:
        add(Problem("state", f"finding {finding_id} is '{status}' but its trail ends in '{link.state}': "
                    "its status was changed without an event", link.last_event, finding_id))
    return seen


def _follow(event: ReviewEvent, link: _Link, finding_id: int, add) -> None:
    if event.action == "create":
        if link.state is not None:
            add(Problem("state", "a second 'create' in the same trail", event.id, finding_id))
    elif event.from_status != link.state:
        add(Problem("state", f"moves from '{event.from_status}' but the trail left the finding '{link.state}'",
                    event.id, finding_id))
    link.state, link.last_event = event.to_status, event.id


def _check_checkpoints(session: Session, key: bytes, report: TrailReport) -> tuple[int, dict[int, list]]:
    """The legacy boundary and {finding id: [(checkpoint, seq, event id, mac)]} of every sealed head."""
    boundary, previous, heads = 0, None, {}
    for checkpoint in session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id)):
        report.checkpoints += 1
        if checkpoint.kind == "genesis":
            if previous is not None:
                report.problems.append(Problem("inserted", f"checkpoint {checkpoint.id}: a second genesis row"))
            boundary = checkpoint.max_event_id
            previous = checkpoint
            continue
        expected_prev = previous.id if previous is not None else None
        if checkpoint.prev_id != expected_prev:
            report.problems.append(Problem("removed", f"checkpoint {checkpoint.id} follows checkpoint "
                                           f"{checkpoint.prev_id}, but the one before it is {expected_prev}"))
        prev_mac = (previous.mac or "") if previous is not None else ""
        if heads_digest(checkpoint.heads) != checkpoint.heads_digest or not checkpoint.mac or not hmac.compare_digest(
                checkpoint_mac(key, checkpoint, prev_mac), checkpoint.mac):
            report.problems.append(Problem("forged", f"checkpoint {checkpoint.id}: its seal does not match its "
                                           "content (edited, or written without the audit key)"))
        for finding_id, seq, event_id, mac in checkpoint.heads:
            heads.setdefault(finding_id, []).append((checkpoint.id, seq, event_id, mac))
        previous = checkpoint
    return boundary, heads
