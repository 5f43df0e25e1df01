"""How `brandwatch queue` prints findings for people: the list table and the detail page."""

from __future__ import annotations

import shutil
from datetime import datetime
from typing import Sequence

import click

from brandwatch.review.preview import Segment, leaked_values, marks_of, redact, safe_for_terminal, segments
from brandwatch.review.queries import FindingDetail, QueueRow
from brandwatch.review.replies import ReplyDraft
from brandwatch.review.sla_clock import CLOSED_STATUSES


def render_list(rows: Sequence[QueueRow], now: datetime) -> str:
    if not rows:
        return "no findings match"
    headers = ("id", "sev", "category", "rule", "status", "assignee", "team", "due", "author", "preview")
    cells = [(str(r.id), r.severity, f"{r.category}/{r.kind}", r.rule_id, r.status, r.assignee or "-",
              r.team or "-", _due(r.due_at, now, r.status), r.author or "-", safe_for_terminal(r.preview).replace("\n", " "))
             for r in rows]
    widths = [min(max(len(h), *(len(c[i]) for c in cells)), 28) for i, h in enumerate(headers)]
    widths[-1] = max(20, shutil.get_terminal_size((140, 24)).columns - sum(widths[:-1]) - 2 * len(widths))
    lines = ["  ".join(_fit(h, w) for h, w in zip(headers, widths)).rstrip()]
    lines += ["  ".join(_fit(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _due(due_at: datetime | None, now: datetime, status: str) -> str:
    if due_at is None or status in CLOSED_STATUSES:  # a closed finding is due nowhere
        return "-"
    left = due_at - now
    hours = abs(left.total_seconds()) / 3600
    if hours >= 48:
        span = f"{hours / 24:.0f}d"
    else:
        span = f"{hours:.0f}h" if hours >= 1 else f"{abs(left.total_seconds()) / 60:.0f}m"
    return f"OVERDUE {span}" if left.total_seconds() < 0 else f"in {span}"


def _sla_detail(finding, now: datetime) -> str:
    """First-response due time (until someone acts) and the SLA escalation level reached, if any."""
    parts = []
    first_due = getattr(finding, "first_response_due_at", None)
    if first_due is not None and finding.status == "new":
        parts.append(f"first response {_due(first_due, now, finding.status)}")
    if getattr(finding, "escalation_level", 0):
        parts.append(f"SLA level {finding.escalation_level}")
    return "".join(f"  {part}" for part in parts)


def _fit(cell: str, width: int) -> str:
    return cell.ljust(width) if len(cell) <= width else cell[: width - 1] + "…"


def render_detail(detail: FindingDetail, draft: ReplyDraft | None, now: datetime, color: bool) -> str:
    f, m = detail.finding, detail.mention
    leaked = leaked_values(m.text, detail.siblings)
    shown = lambda value: safe_for_terminal(redact(str(value), leaked))  # noqa: E731
    author = m.author.handle if m.author is not None and m.author.handle else "(unknown)"
    lines = [
        f"finding {f.id}  [{f.severity}] {f.category}/{f.kind}  rule {f.rule_id}"
        + (f" (version {f.rule_hash[:12]})" if f.rule_hash else ""),
        f"status {f.status}  assignee {f.assignee or '-'}  team {f.team or '-'}  due {_due(f.due_at, now, f.status)}"
        + (f"  dismissed as {f.dismiss_reason}" if f.status == "dismissed" and f.dismiss_reason else "")
        + _sla_detail(f, now),
        f"post {m.platform}/{m.external_id} by {safe_for_terminal(author)} at {m.created_at.isoformat()}"
        + (f"  {safe_for_terminal(m.url)}" if m.url else ""),
        "",
        _post(detail, color),
        "",
        f"preview: {shown(f.preview)}",
    ]
    if f.explanation:
        reasons = {k: v for k, v in f.explanation.items() if k not in ("spans",)}
        if reasons:
            lines.append("why: " + shown("; ".join(f"{k}: {v}" for k, v in reasons.items())))
    if len(detail.incident) > 1:
        lines += ["", f"incident: the same value appears in {len(detail.incident)} posts"]
        lines += [f"  finding {o.id}  {o.mention.platform}/{o.mention.external_id}  {o.status}"
                  + ("  (this one)" if o.id == f.id else "") for o in detail.incident]
    if draft is not None:
        lines += ["", f"reply draft ({draft.topic}; not posted anywhere):"]
        lines += [f"  {step}: {shown(text)}" for step, text in draft.steps]
    lines += ["", "audit trail:"]
    lines += [f"  {e.at.isoformat(timespec='seconds')}  {e.actor}  {e.action}  "
              f"{e.from_status or '-'} → {e.to_status or '-'}" + (f"  {shown(e.note)}" if e.note else "")
              for e in detail.events]
    return "\n".join(lines)


def _post(detail: FindingDetail, color: bool) -> str:
    parts = segments(detail.mention.text, marks_of(detail.siblings))
    return "".join(_styled(part, color) for part in parts)


def _styled(part: Segment, color: bool) -> str:
    if part.kind == "text":
        return part.text
    if part.kind == "masked":
        return click.style(f"[{part.text}]", fg="red", reverse=True) if color else f"[{part.text}]"
    return click.style(part.text, fg="yellow", bold=True, underline=True) if color else f"»{part.text}«"
