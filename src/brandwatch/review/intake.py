"""Intake: detector output for one stored mention becomes findings, routed, prioritised and announced.

One finding per (mention, rule): a rule that fires twice in a post gives one finding listing both
spans, and a mention analysed again (rescan, crash and retry) adds nothing it already has. The
finding, its `create` audit event and its notifications are written in the caller's transaction,
so they exist together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Sequence

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from brandwatch.config import Settings
from brandwatch.detectors.brand import brand_of
from brandwatch.model.analysis import Analysis, FindingSpan
from brandwatch.model.clock import system_clock
from brandwatch.model.vocabulary import severity_rank
from brandwatch.review.audit_chain import append_event
from brandwatch.review.audit_key import audit_key
from brandwatch.review.fingerprints import adopt_legacy_rows
from brandwatch.review.outbox import enqueue
from brandwatch.review.payload import finding_payload
from brandwatch.review.routing import FindingFacts, RoutedTo, route
from brandwatch.review.service import SYSTEM_ACTOR
from brandwatch.review.sla_clock import due_times
from brandwatch.review.suppression_intake import find_matches, hide, recur
from brandwatch.review.suppressions import candidates as suppression_candidates
from brandwatch.secrecy import leak_values, mask_values, scrub
from brandwatch.store.models import Finding, Mention


@dataclass(frozen=True, slots=True)
class IntakeResult:
    created: tuple[int, ...] = ()  # finding ids, open ones and auto-dismissed ones
    duplicates: int = 0  # (mention, rule) pairs that already had a finding
    suppressed: int = 0  # matched a suppression: skipped or recorded dismissed, per settings
    notifications: int = 0
    dismissed: tuple[int, ...] = field(default=())


_FROM_TEXT: Any = object()  # a brand argument not given: read it from the text


def record_analysis(session: Session, mention: Mention, analysis: Analysis, settings: Settings,
                    now: datetime | None = None) -> IntakeResult:
    """`record_findings` for an analysis, which already knows the author's role and the brand.

    A post about competitors alone raises nothing: its authors are not the brand's customers, its
    endorsements not the brand's to police; it is only counted (share of voice, docs/queries.md)."""
    if analysis.competitor_only:
        return IntakeResult()
    return record_findings(session, mention, list(analysis.findings), settings, now,
                           author_role=analysis.author_role, brand=analysis.brand)


def record_findings(session: Session, mention: Mention, spans: Sequence[FindingSpan], settings: Settings,
                    now: datetime | None = None, *, author_role: str | None = None,
                    brand: str | None = _FROM_TEXT) -> IntakeResult:
    """Store one finding per rule among `spans` for the stored `mention`, in the caller's transaction.

    The analysis path passes the author's role and the brand from the `Analysis`; callers holding bare
    spans (demo data, tests) let the brand be read from the text."""
    now = now or system_clock()
    leaked = leak_values(mention.text, spans)
    by_rule: dict[str, list[FindingSpan]] = {}
    for span in spans:
        by_rule.setdefault(span.rule, []).append(span)
    existing = set(session.scalars(select(Finding.rule_id).where(Finding.mention_id == mention.id)))
    adopt_legacy_rows(session, spans)  # old rows proved to hold the same value join its group first
    pool = suppression_candidates(session, by_rule, [s.fingerprint for s in spans],
                                  [alias for s in spans for alias in s.legacy_fingerprints])
    if brand is _FROM_TEXT:
        brand = brand_of(settings.brands, mention.text)
    created, dismissed, duplicates, suppressed, notifications = [], [], 0, 0, 0
    for rule_id, rule_spans in by_rule.items():
        if rule_id in existing:
            duplicates += 1
            continue
        first = rule_spans[0]
        suppression, lapsed = find_matches(pool, rule_id=rule_id, fingerprint=first.fingerprint, mention=mention,
                                           now=now, aliases=first.legacy_fingerprints)
        if suppression is not None:
            suppressed += 1
            if settings.review.suppressed == "skip":
                continue
        routed = route(settings.routing, FindingFacts(first.category, first.kind, first.severity, first.rule, brand))
        finding = _insert(session, _new_finding(mention, rule_spans, brand, routed, settings, author_role, now, leaked))
        if finding is None:  # another worker stored it a moment ago
            duplicates += 1
            continue
        created.append(finding.id)
        key = audit_key(settings)
        append_event(session, key, finding_id=finding.id, actor=SYSTEM_ACTOR, at=now, action="create",
                     from_status=None, to_status="new", note=f"raised by rule {rule_id}")
        if suppression is not None:
            hide(session, key, finding, suppression, now)
            dismissed.append(finding.id)
            continue
        for expired in lapsed:
            recur(session, key, expired, finding, now)
        notifications += _announce(session, finding, mention, routed, settings, now)
    session.flush()
    return IntakeResult(tuple(created), duplicates, suppressed, notifications, tuple(dismissed))


def _new_finding(mention: Mention, spans: list[FindingSpan], brand: str | None, routed: RoutedTo, settings: Settings,
                 author_role: str | None, now: datetime, leaked: list[str]) -> dict:
    first = spans[0]
    # A complaint's or an endorsement's preview quotes the post, and may quote a key found in it.
    preview = first.preview if first.category == "leak" else scrub(mask_values(first.preview, leaked))
    explanation = dict(first.explanation)
    explanation["spans"] = [{"start": s.start, "end": s.end, "preview": s.preview} for s in spans]
    if author_role is not None:
        explanation["author_role"] = author_role
    if routed.route_index is not None:
        explanation["route"] = routed.route_index
    author = mention.author
    due = due_times(settings.sla, first.severity, now)
    return dict(
        mention_id=mention.id, rule_id=first.rule, rule_hash=first.rule_hash, category=first.category,
        kind=first.kind, severity=first.severity, start=first.start, end=first.end, preview=preview,
        fingerprint=first.fingerprint, score=first.score, explanation=explanation, brand=brand,
        status="new", team=routed.team, priority=severity_rank(first.severity),
        author_reach=max(int(author.followers or 0), 0) if author is not None else 0,
        due_at=due.resolution, first_response_due_at=due.first_response,
        created_at=now, updated_at=now)


def _insert(session: Session, values: dict) -> Finding | None:
    """INSERT ... ON CONFLICT DO NOTHING: a concurrent worker's identical finding wins quietly.

    Not a SAVEPOINT around a plain INSERT: with pysqlite's implicit transactions a SAVEPOINT opened
    before any write starts, and its RELEASE commits, a transaction of its own.
    """
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (insert(Finding).values(**values)
                 .on_conflict_do_nothing(index_elements=["mention_id", "rule_id"]).returning(Finding.id))
    finding_id = session.execute(statement).scalar_one_or_none()
    return session.get(Finding, finding_id) if finding_id is not None else None


def _announce(session: Session, finding: Finding, mention: Mention, routed: RoutedTo, settings: Settings,
              now: datetime) -> int:
    payload = finding_payload(finding, mention, settings)
    return sum(enqueue(session, finding_id=finding.id, event="new", channel=channel, payload=payload, now=now)
               for channel in routed.channels)
