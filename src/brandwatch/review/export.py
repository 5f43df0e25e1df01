"""Exports for auditors: every finding in a period with its complete, ordered audit trail.

`jsonl`: one finding per line with an `events` list. `csv`: one row per audit event, the finding's
columns repeated, so a spreadsheet filter on finding_id shows its history. Neither format carries
the post's text — only the masked preview — and a leaked value quoted in a reviewer's note is
masked, so an export can be mailed without leaking anything.
The period selects findings by when they were raised; their trail is always exported whole.
"""

from __future__ import annotations

import csv
import json
from datetime import datetime
from typing import Any, Iterator, Literal, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.review.preview import leaked_values, redact
from brandwatch.store.models import Finding, Mention, ReviewEvent

ExportFormat = Literal["csv", "jsonl"]
FINDING_FIELDS = ("finding_id", "platform", "post_id", "post_url", "rule_id", "rule_hash", "category", "kind",
                  "severity", "status", "dismiss_reason", "assignee", "team", "brand", "priority", "due_at",
                  "created_at", "preview", "fingerprint")
EVENT_FIELDS = ("event_id", "at", "actor", "action", "from_status", "to_status", "note")
_BATCH = 500


def export_findings(session: Session, out: TextIO, fmt: ExportFormat, since: datetime | None = None,
                    until: datetime | None = None) -> int:
    """Write the export; returns how many findings it holds."""
    writer = _CsvWriter(out) if fmt == "csv" else _JsonlWriter(out)
    count = 0
    for finding, mention, events in _findings_with_trails(session, since, until):
        leaked = leaked_values(mention.text, [finding])
        record = _finding_record(finding, mention)
        record["preview"] = redact(record["preview"], leaked)
        trail = [_event_record(e) for e in events]
        for event in trail:
            event["note"] = redact(event["note"], leaked) if event["note"] else event["note"]
        writer.write(record, trail)
        count += 1
    return count


def _findings_with_trails(session: Session, since: datetime | None, until: datetime | None) -> Iterator[
        tuple[Finding, Mention, list[ReviewEvent]]]:
    """Findings in id order, fetched in batches with their events, so memory stays flat."""
    after = 0
    while True:
        query = (select(Finding, Mention).join(Mention, Mention.id == Finding.mention_id)
                 .where(Finding.id > after).order_by(Finding.id).limit(_BATCH))
        if since is not None:
            query = query.where(Finding.created_at >= since)
        if until is not None:
            query = query.where(Finding.created_at < until)
        batch = session.execute(query).all()
        if not batch:
            return
        ids = [finding.id for finding, _ in batch]
        trails: dict[int, list[ReviewEvent]] = {i: [] for i in ids}
        for event in session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id.in_(ids))
                                     .order_by(ReviewEvent.finding_id, ReviewEvent.id)):
            trails[event.finding_id].append(event)
        for finding, mention in batch:
            yield finding, mention, trails[finding.id]
        after = ids[-1]
        session.expunge_all()


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _finding_record(finding: Finding, mention: Mention) -> dict[str, Any]:
    return {"finding_id": finding.id, "platform": mention.platform, "post_id": mention.external_id,
            "post_url": mention.url, "rule_id": finding.rule_id, "rule_hash": finding.rule_hash,
            "category": finding.category, "kind": finding.kind, "severity": finding.severity,
            "status": finding.status, "dismiss_reason": finding.dismiss_reason, "assignee": finding.assignee,
            "team": finding.team, "brand": finding.brand, "priority": finding.priority,
            "due_at": _iso(finding.due_at), "created_at": _iso(finding.created_at), "preview": finding.preview,
            "fingerprint": finding.fingerprint}


def _event_record(event: ReviewEvent) -> dict[str, Any]:
    return {"event_id": event.id, "at": _iso(event.at), "actor": event.actor, "action": event.action,
            "from_status": event.from_status, "to_status": event.to_status, "note": event.note}


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
        for event in events or [dict.fromkeys(EVENT_FIELDS)]:
            self.writer.writerow({**finding, **event})
