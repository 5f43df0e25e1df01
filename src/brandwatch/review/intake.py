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
from sqlalchemy.orm import Session

from brandwatch.config import Settings
from brandwatch.detectors.brand import brand_of
from brandwatch.model.analysis import Analysis, FindingSpan
from brandwatch.model.clock import system_clock
from brandwatch.model.vocabulary import severity_rank
from brandwatch.review.audit_chain import append_events
from brandwatch.review.audit_key import audit_key
from brandwatch.review.fingerprints import adopt_legacy_rows
from brandwatch.review.outbox import QueuedMessage, enqueue_many
from brandwatch.review.payload import finding_payload
from brandwatch.review.routing import FindingFacts, RoutedTo, route
from brandwatch.review.service import SYSTEM_ACTOR
from brandwatch.review.sla_clock import due_times
from brandwatch.review.suppression_intake import find_matches, hide, recur
from brandwatch.review.suppressions import candidates as suppression_candidates
from brandwatch.secrecy import leak_values, mask_values, scrub
from brandwatch.store.models import Finding, Mention, Suppression
from brandwatch.store.upsert import dialect_insert


@dataclass(frozen=True, slots=True)
class IntakeResult:
    created: tuple[int, ...] = ()  # finding ids, open ones and auto-dismissed ones
    duplicates: int = 0  # (mention, rule) pairs that already had a finding
    suppressed: int = 0  # matched a suppression: skipped or recorded dismissed, per settings
    notifications: int = 0
    dismissed: tuple[int, ...] = field(default=())


_FROM_TEXT: Any = object()  # a brand argument not given: read it from the text


@dataclass(frozen=True, slots=True)
class IntakeItem:
    """One stored mention and what the detectors found in it."""

    mention: Mention
    spans: Sequence[FindingSpan]
    author_role: str | None = None
    brand: Any = _FROM_TEXT  # str | None, or not given: read from the text


def analysis_item(mention: Mention, analysis: Analysis) -> IntakeItem:
    """The analysis path's item: the analysis already knows the author's role and the brand.

    A post about competitors alone raises nothing: its authors are not the brand's customers, its
    endorsements not the brand's to police; it is only counted (share of voice, docs/queries.md)."""
    spans = [] if analysis.competitor_only else list(analysis.findings)
    return IntakeItem(mention, spans, analysis.author_role, analysis.brand)


def record_analysis(session: Session, mention: Mention, analysis: Analysis, settings: Settings,
                    now: datetime | None = None) -> IntakeResult:
    """`record_findings` for an analysis, which already knows the author's role and the brand."""
    return record_batch(session, [analysis_item(mention, analysis)], settings, now)[0]


def record_findings(session: Session, mention: Mention, spans: Sequence[FindingSpan], settings: Settings,
                    now: datetime | None = None, *, author_role: str | None = None,
                    brand: str | None = _FROM_TEXT) -> IntakeResult:
    """Store one finding per rule among `spans` for the stored `mention`, in the caller's transaction.

    The analysis path passes the author's role and the brand from the `Analysis`; callers holding bare
    spans (demo data, tests) let the brand be read from the text."""
    return record_batch(session, [IntakeItem(mention, list(spans), author_role, brand)], settings, now)[0]


@dataclass
class _Tally:
    """One item's outcome as it builds up, and the suppressions that could match its findings."""

    pool: list[Suppression]
    created: list[int] = field(default_factory=list)
    dismissed: list[int] = field(default_factory=list)
    duplicates: int = 0
    suppressed: int = 0
    notifications: int = 0


@dataclass
class _Planned:
    """A finding to insert, and what follows its insert: hide it, or let lapsed suppressions recur."""

    item: int
    first: FindingSpan
    values: dict
    routed: RoutedTo
    suppression: Suppression | None
    finding: Finding | None = None


def record_batch(session: Session, items: Sequence[IntakeItem], settings: Settings,
                 now: datetime | None = None) -> list[IntakeResult]:
    """`record_findings` for many mentions, storing exactly what calling it for each in turn would.

    A handful of statements per batch rather than several per mention: one SELECT of the findings the
    mentions have already, one of the suppressions that could match, one INSERT of the findings, one of
    their `create` events, one of their notifications; a mention without findings costs nothing.
    Suppressions act finding by finding in the batch's order, as one call per mention would, so an
    expired suppression recurs once, on the first finding that brings its pattern back."""
    now = now or system_clock()
    live = [index for index, item in enumerate(items) if item.spans]
    if not live:
        return [IntakeResult() for _ in items]
    if _has_legacy_rows(session, [items[index] for index in live]):
        # Rows from before migration 0008 to re-key first: rare, and re-keying for one mention may
        # change what the next one matches, so such a batch goes one mention at a time.
        if len(live) > 1:
            return [record_batch(session, [item], settings, now)[0] for item in items]
        adopt_legacy_rows(session, items[live[0]].spans)
    tallies: dict[int, _Tally] = {}
    planned = _plan(session, items, live, settings, now, tallies)
    _insert_findings(session, planned, tallies)
    stored = [plan for plan in planned if plan.finding is not None]
    key = audit_key(settings) if stored else b""
    append_events(session, key, [dict(finding_id=plan.finding.id, actor=SYSTEM_ACTOR, at=now, action="create",
                                      from_status=None, to_status="new", note=f"raised by rule {plan.first.rule}")
                                 for plan in stored if plan.finding is not None])
    messages: list[QueuedMessage] = []
    announcing: list[int] = []  # the item of each message
    for plan in stored:
        finding, mention, tally = plan.finding, items[plan.item].mention, tallies[plan.item]
        assert finding is not None
        if plan.suppression is not None:
            hide(session, key, finding, plan.suppression, now)
            tally.dismissed.append(finding.id)
            continue
        # Matched now, not when planning: an earlier finding of this batch may have made one recur already.
        _, lapsed = find_matches(tally.pool, rule_id=plan.first.rule, fingerprint=plan.first.fingerprint,
                                 mention=mention, now=now, aliases=plan.first.legacy_fingerprints)
        for expired in lapsed:
            recur(session, key, expired, finding, now)
        payload = finding_payload(finding, mention, settings)
        for channel in plan.routed.channels:
            messages.append(QueuedMessage(finding.id, "new", channel, payload, now))
            announcing.append(plan.item)
    for index, fresh in zip(announcing, enqueue_many(session, messages)):
        tallies[index].notifications += fresh
    session.flush()
    return [_result(tallies[index]) if index in tallies else IntakeResult() for index in range(len(items))]


def _plan(session: Session, items: Sequence[IntakeItem], live: list[int], settings: Settings, now: datetime,
          tallies: dict[int, _Tally]) -> list[_Planned]:
    """The findings to insert, in the order one call per mention would insert them."""
    existing = {(row.mention_id, row.rule_id) for row in session.execute(
        select(Finding.mention_id, Finding.rule_id)
        .where(Finding.mention_id.in_({items[index].mention.id for index in live})))}
    spans = [span for index in live for span in items[index].spans]
    pool = suppression_candidates(session, {s.rule for s in spans}, [s.fingerprint for s in spans],
                                  [alias for s in spans for alias in s.legacy_fingerprints])
    planned = []
    for index in live:
        item, mention = items[index], items[index].mention
        leaked = leak_values(mention.text, item.spans)
        by_rule: dict[str, list[FindingSpan]] = {}
        for span in item.spans:
            by_rule.setdefault(span.rule, []).append(span)
        tally = tallies[index] = _Tally(_could_match(pool, item.spans))
        brand = brand_of(settings.brands, mention.text) if item.brand is _FROM_TEXT else item.brand
        for rule_id, rule_spans in by_rule.items():
            if (mention.id, rule_id) in existing:
                tally.duplicates += 1
                continue
            existing.add((mention.id, rule_id))  # the same mention twice in a batch: its second copy adds nothing
            first = rule_spans[0]
            suppression, _ = find_matches(tally.pool, rule_id=rule_id, fingerprint=first.fingerprint,
                                          mention=mention, now=now, aliases=first.legacy_fingerprints)
            if suppression is not None:
                tally.suppressed += 1
                if settings.review.suppressed == "skip":
                    continue
            routed = route(settings.routing, FindingFacts(first.category, first.kind, first.severity, first.rule, brand))
            values = _new_finding(mention, rule_spans, brand, routed, settings, item.author_role, now, leaked)
            planned.append(_Planned(index, first, values, routed, suppression))
    return planned


def _could_match(pool: list[Suppression], spans: Sequence[FindingSpan]) -> list[Suppression]:
    """The batch's suppressions that `suppressions.candidates` would have read for these spans alone."""
    rules = {s.rule for s in spans}
    fingerprints = {s.fingerprint for s in spans if s.fingerprint}
    aliases = {alias for s in spans for alias in s.legacy_fingerprints if alias}
    return [s for s in pool if s.rule_id in rules or s.fingerprint in fingerprints
            or s.legacy_fingerprint in aliases or s.fingerprint in aliases]


def _has_legacy_rows(session: Session, items: Sequence[IntakeItem]) -> bool:
    """Whether any finding or suppression still keyed by one of these spans' old fingerprints exists."""
    aliases = {alias for item in items for s in item.spans if s.fingerprint
               for alias in s.legacy_fingerprints if alias != s.fingerprint}
    if not aliases:
        return False
    # Not re-keyed since 0008 (fingerprint == alias), or made on the canonical form before the digit fold;
    # a superset (another form's row may share an alias): adopt_legacy_rows decides which rows are old.
    return any(session.scalar(select(model.id).where(model.fingerprint.in_(aliases)).limit(1))
               is not None for model in (Finding, Suppression))


def _insert_findings(session: Session, planned: list[_Planned], tallies: dict[int, _Tally]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING: a concurrent worker's identical finding wins quietly.

    Not a SAVEPOINT around a plain INSERT: with pysqlite's implicit transactions a SAVEPOINT opened
    before any write starts, and its RELEASE commits, a transaction of its own.
    """
    if not planned:
        return
    table = Finding.__table__
    statement = (dialect_insert(session, table).on_conflict_do_nothing(index_elements=["mention_id", "rule_id"])
                 .returning(table.c.id, table.c.mention_id, table.c.rule_id))
    ids = {(row.mention_id, row.rule_id): row.id
           for row in session.execute(statement, [plan.values for plan in planned])}
    findings = {f.id: f for f in session.scalars(select(Finding).where(Finding.id.in_(ids.values())))} if ids else {}
    for plan in planned:
        finding_id = ids.get((plan.values["mention_id"], plan.values["rule_id"]))
        if finding_id is None:  # another worker stored it a moment ago
            tallies[plan.item].duplicates += 1
            continue
        plan.finding = findings[finding_id]
        tallies[plan.item].created.append(finding_id)


def _result(tally: _Tally) -> IntakeResult:
    return IntakeResult(tuple(tally.created), tally.duplicates, tally.suppressed, tally.notifications,
                        tuple(tally.dismissed))


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
