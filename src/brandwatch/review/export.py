"""Exports for auditors: findings with their complete, ordered, sealed audit trail.

`jsonl`: one finding per line with an `events` list. `csv`: one row per audit event, the finding's
columns repeated, so a spreadsheet filter on finding_id shows its history. Each finding carries the
post text with every leaked value replaced by its masked preview, the author's handle, platform, post
time and link, the detector's explanation, the rule id with its version hash and text; each event its
authenticated actor and its seal. Everything passes review/secrecy first.

Two windows: by when findings were raised (`since`/`until`), or by what reviewers did
(`actions_since`/`actions_until`: every finding with an event in the window). Either way a finding's
trail is exported whole, so its chain can be re-verified from the export alone.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterator, Literal, TextIO

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from brandwatch.review.preview import leaked_values, marks_of, segments
from brandwatch.review.rule_versions import rule_texts
from brandwatch.review.secrecy import mask_with, scrub, scrub_all
from brandwatch.store.models import Finding, Mention, ReviewEvent

ExportFormat = Literal["csv", "jsonl"]
FINDING_FIELDS = ("finding_id", "platform", "post_id", "post_url", "post_created_at", "author_handle", "post_text",
                  "rule_id", "rule_hash", "rule_text", "category", "kind", "severity", "status", "dismiss_reason",
                  "assignee", "team", "brand", "priority", "due_at", "created_at", "preview", "explanation",
                  "fingerprint")
EVENT_FIELDS = ("event_id", "seq", "at", "actor", "action", "from_status", "to_status", "note", "prev_mac", "mac")
_BATCH = 500


@dataclass(frozen=True, slots=True)
class Window:
    since: datetime | None = None
    until: datetime | None = None
    actions_since: datetime | None = None
    actions_until: datetime | None = None

    def describe(self) -> dict[str, str | None]:
        return {k: (getattr(self, k).isoformat() if getattr(self, k) else None)
                for k in ("since", "until", "actions_since", "actions_until")}


@dataclass
class ExportCounts:
    findings: int = 0
    events: int = 0
    events_in_window: int = 0


def export_findings(session: Session, out: TextIO, fmt: ExportFormat, since: datetime | None = None,
                    until: datetime | None = None, *, window: Window | None = None) -> int:
    """Write the export; returns how many findings it holds."""
    return write_export(session, [(fmt, out)], window or Window(since, until)).findings


def write_export(session: Session, outputs: list[tuple[ExportFormat, TextIO]], window: Window) -> ExportCounts:
    writers = [_CsvWriter(out) if fmt == "csv" else _JsonlWriter(out) for fmt, out in outputs]
    counts = ExportCounts()
    for record, trail in _records(session, window):
        counts.findings += 1
        counts.events += len(trail)
        counts.events_in_window += sum(1 for e in trail if _in_actions(e["at"], window))
        for writer in writers:
            writer.write(record, trail)
    return counts


def _in_actions(at: str, window: Window) -> bool:
    moment = datetime.fromisoformat(at)
    return ((window.actions_since is None or moment >= window.actions_since)
            and (window.actions_until is None or moment < window.actions_until))


def _records(session: Session, window: Window) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    for finding, mention, events, siblings, texts in _findings_with_trails(session, window):
        leaks = siblings or []
        record = _finding_record(finding, mention, leaks, texts)
        trail = [_event_record(e, mention.text, leaks) for e in events]
        yield record, trail


def _findings_with_trails(session: Session, window: Window) -> Iterator[tuple]:
    """Findings in id order, fetched in batches with their events, so memory stays flat."""
    after = 0
    while True:
        query = (select(Finding, Mention).join(Mention, Mention.id == Finding.mention_id)
                 .where(Finding.id > after).order_by(Finding.id).limit(_BATCH))
        if window.since is not None:
            query = query.where(Finding.created_at >= window.since)
        if window.until is not None:
            query = query.where(Finding.created_at < window.until)
        if window.actions_since is not None or window.actions_until is not None:
            acted = exists().where(ReviewEvent.finding_id == Finding.id)
            if window.actions_since is not None:
                acted = acted.where(ReviewEvent.at >= window.actions_since)
            if window.actions_until is not None:
                acted = acted.where(ReviewEvent.at < window.actions_until)
            query = query.where(acted)
        batch = session.execute(query).all()
        if not batch:
            return
        ids = [finding.id for finding, _ in batch]
        trails: dict[int, list[ReviewEvent]] = {i: [] for i in ids}
        for event in session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id.in_(ids))
                                     .order_by(ReviewEvent.finding_id, ReviewEvent.id)):
            trails[event.finding_id].append(event)
        leaks: dict[int, list[Finding]] = {}
        for leak in session.scalars(select(Finding).where(Finding.mention_id.in_({m.id for _, m in batch}),
                                                          Finding.category == "leak")):
            leaks.setdefault(leak.mention_id, []).append(leak)
        texts = rule_texts(session, [(f.rule_id, f.rule_hash) for f, _ in batch])
        for finding, mention in batch:
            yield finding, mention, trails[finding.id], leaks.get(mention.id), texts
        after = ids[-1]
        session.expunge_all()


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def masked_post_text(mention: Mention, leaks: list[Finding]) -> str:
    """The post with every leaked span replaced by its preview (the tombstone notice once expired)."""
    return scrub("".join(part.text if part.kind != "masked" else f"[{part.text}]"
                         for part in segments(mention.text, marks_of(leaks))))


def _finding_record(finding: Finding, mention: Mention, leaks: list[Finding],
                    texts: dict[tuple[str, str], str]) -> dict[str, Any]:
    leaked = leaked_values(mention.text, leaks)
    explanation = {k: v for k, v in (finding.explanation or {}).items() if k != "spans"}
    explained = json.loads(mask_with(json.dumps(explanation, ensure_ascii=False), mention.text, leaks) or "{}") \
        if leaked or explanation else {}
    author = mention.author.handle if mention.author is not None else None
    return {"finding_id": finding.id, "platform": mention.platform, "post_id": mention.external_id,
            "post_url": mention.url, "post_created_at": _iso(mention.created_at), "author_handle": author,
            "post_text": masked_post_text(mention, leaks), "rule_id": finding.rule_id,
            "rule_hash": finding.rule_hash, "rule_text": scrub(texts.get((finding.rule_id, finding.rule_hash or ""))),
            "category": finding.category, "kind": finding.kind, "severity": finding.severity,
            "status": finding.status, "dismiss_reason": finding.dismiss_reason, "assignee": finding.assignee,
            "team": finding.team, "brand": finding.brand, "priority": finding.priority,
            "due_at": _iso(finding.due_at), "created_at": _iso(finding.created_at),
            "preview": mask_with(finding.preview, mention.text, leaks), "explanation": scrub_all(explained),
            "fingerprint": finding.fingerprint}


def _event_record(event: ReviewEvent, post_text: str | None, leaks: list[Finding]) -> dict[str, Any]:
    # A sealed note was masked by review/secrecy before it was sealed, and must stay byte-equal for its
    # MAC to verify from the export; only unsealed (pre-seal) notes are masked again here.
    note = event.note if event.mac else mask_with(event.note, post_text, leaks)
    return {"event_id": event.id, "seq": event.seq, "at": _iso(event.at), "actor": event.actor,
            "action": event.action, "from_status": event.from_status, "to_status": event.to_status,
            "note": note, "prev_mac": event.prev_mac, "mac": event.mac}


class _JsonlWriter:
    def __init__(self, out: TextIO):
        self.out = out

    def write(self, finding: dict[str, Any], events: list[dict[str, Any]]) -> None:
        self.out.write(json.dumps({**finding, "events": events}, ensure_ascii=False) + "\n")


class _CsvWriter:
    def __init__(self, out: TextIO):
        self.writer = csv.DictWriter(out, fieldnames=FINDING_FIELDS + EVENT_FIELDS)
        self.writer.writeheader()

    def write(self, finding: dict[str, Any], events: list[dict[str, Any]]) -> None:
        flat = {**finding, "explanation": json.dumps(finding["explanation"], ensure_ascii=False)}
        for event in events or [dict.fromkeys(EVENT_FIELDS)]:
            self.writer.writerow({**flat, **event})
