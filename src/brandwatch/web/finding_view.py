"""The finding page's data, with every string that reaches the page already scrubbed of leaked values.

Built from `review.queries.finding_detail`; the post is split into segments by
`review.preview.segments`, which replaces each leak span with its stored masked preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from brandwatch.config import Settings
from brandwatch.review.holds import describe as describe_hold, holds_on_finding
from brandwatch.review.preview import Segment, marks_of, segments
from brandwatch.review.queries import FindingDetail, finding_detail
from brandwatch.review.replies import draft_reply
from brandwatch.review.reply_flow import drafts_of
from brandwatch.review.states import DismissReason, Status, allowed_actions
from brandwatch.web.redact import Redactor
from brandwatch.web.rule_catalog import RuleInfo

# Explanation keys shown in their own sections, not in the generic list.
_SHOWN_ELSEWHERE = {"spans", "author_role", "route"}


@dataclass(frozen=True, slots=True)
class AuthorContext:
    platform: str
    handle: str | None
    display_name: str | None
    description: str | None
    followers: int | None
    roster: str | None  # "employee Jo Bloggs (Support, 2024-01-01 to now)" from the roster at post time
    relationship: str  # employee | partner | self-identified | unknown


@dataclass(frozen=True, slots=True)
class EventRow:
    at: datetime
    actor: str
    action: str
    from_status: str | None
    to_status: str | None
    note: str


@dataclass(frozen=True, slots=True)
class IncidentRow:
    finding_id: int
    platform: str
    post_id: str
    status: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class FindingPage:
    id: int
    status: str
    severity: str
    category: str
    kind: str
    rule_id: str
    rule_hash: str | None
    rule: RuleInfo | None
    preview: str
    team: str | None
    assignee: str | None
    dismiss_reason: str | None
    due_at: datetime | None
    created_at: datetime
    post_created_at: datetime
    post_url: str | None  # only http(s) links; anything else is shown as text
    post_external_id: str
    segments: tuple[Segment, ...]
    author: AuthorContext
    sentiment: dict[str, Any]
    explanation: tuple[tuple[str, str], ...]
    reply: tuple[tuple[str, str], ...]  # (step, text) of the complaint reply draft
    actions: tuple[str, ...]
    events: tuple[EventRow, ...]
    incident: tuple[IncidentRow, ...]
    legal_holds: tuple[str, ...] = ()  # live holds covering this post (review/holds.py)
    reply_text: str = ""  # the template's draft as one post for the platform (fits X's 280 there)
    saved_replies: tuple[SavedReply, ...] = ()  # drafts saved for approval (review/reply_flow.py)
    first_response_due_at: datetime | None = None
    sla_level: str | None = None  # the escalation level the SLA sweep raised it to (review/sla.py)

    def api(self) -> dict[str, Any]:
        """The JSON form (GET /api/findings/ID): the same scrubbed strings as the page."""
        return {"id": self.id, "status": self.status, "severity": self.severity, "category": self.category,
                "kind": self.kind, "rule": self.rule_id, "preview": self.preview, "team": self.team,
                "assignee": self.assignee, "dismiss_reason": self.dismiss_reason,
                "due_at": _iso(self.due_at), "created_at": _iso(self.created_at),
                "post": [{"kind": s.kind, "text": s.text, "rule": s.rule} for s in self.segments],
                "author": {"platform": self.author.platform, "handle": self.author.handle,
                           "display_name": self.author.display_name, "description": self.author.description,
                           "followers": self.author.followers, "roster": self.author.roster},
                "sentiment": self.sentiment, "explanation": dict(self.explanation),
                "reply_draft": dict(self.reply), "actions": list(self.actions), "legal_holds": list(self.legal_holds),
                "events": [{"at": _iso(e.at), "actor": e.actor, "action": e.action, "from": e.from_status,
                            "to": e.to_status, "note": e.note} for e in self.events]}


@dataclass(frozen=True, slots=True)
class SavedReply:
    id: int
    status: str
    text: str
    drafted_by: str
    approved_by: str | None
    sent_by: str | None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def load_finding_page(session: Session, finding_id: int, settings: Settings,
                      rules: dict[str, RuleInfo]) -> FindingPage:
    detail = finding_detail(session, finding_id)
    finding, mention = detail.finding, detail.mention
    marks = marks_of(detail.siblings)
    redact = Redactor.for_post(mention.text, marks)
    draft = draft_reply(finding, mention, settings)
    actions = tuple(a for a in allowed_actions(Status(finding.status)) if a != "assign")
    return FindingPage(
        id=finding.id, status=finding.status, severity=finding.severity, category=finding.category,
        kind=finding.kind, rule_id=finding.rule_id, rule_hash=finding.rule_hash, rule=rules.get(finding.rule_id),
        preview=redact.text(finding.preview), team=finding.team, assignee=finding.assignee,
        dismiss_reason=getattr(finding, "dismiss_reason", None), due_at=finding.due_at,
        created_at=finding.created_at, post_created_at=mention.created_at, post_url=_safe_url(mention.url),
        post_external_id=redact.text(mention.external_id), segments=tuple(segments(mention.text, marks)),
        author=_author(detail, redact), sentiment=_analysis(mention.analysis, redact),
        explanation=_explanation(finding.explanation, redact),
        reply=tuple((step, redact.text(text)) for step, text in draft.steps) if draft else (),
        actions=actions, events=tuple(EventRow(e.at, redact.text(e.actor), e.action, e.from_status, e.to_status,
                                               redact.text(e.note)) for e in detail.events),
        incident=tuple(IncidentRow(f.id, f.mention.platform, redact.text(f.mention.external_id), f.status,
                                   f.created_at) for f in detail.incident),
        legal_holds=tuple(redact.text(describe_hold(h)) for h in holds_on_finding(session, finding)),
        reply_text=redact.text(draft.post_text(mention.platform)) if draft else "",
        first_response_due_at=finding.first_response_due_at, sla_level=_sla_level(finding, settings),
        saved_replies=tuple(SavedReply(d.id, d.status, redact.text(d.text), d.drafted_by, d.approved_by, d.sent_by)
                            for d in drafts_of(session, finding.id)))


def _sla_level(finding, settings: Settings) -> str | None:
    level, levels = finding.escalation_level or 0, settings.sla.escalation
    if not level:
        return None
    return f"{level} ({levels[level - 1].name})" if level <= len(levels) else str(level)


def _safe_url(url: str | None) -> str | None:
    """Posts' links come from the platform, i.e. from strangers: only http(s) may become a link."""
    if url and url.strip().lower().startswith(("https://", "http://")) and not any(c.isspace() for c in url.strip()):
        return url.strip()
    return None


def _author(detail: FindingDetail, redact: Redactor) -> AuthorContext:
    author = detail.mention.author
    explanation = detail.finding.explanation or {}
    roster = explanation.get("author_role")
    if isinstance(roster, str) and roster.startswith(("employee", "partner")):
        relationship = roster.split(" ", 1)[0]
    elif explanation.get("self_identified") or explanation.get("author") == "self-identified":
        relationship = "self-identified"
    else:
        relationship = "unknown"
    return AuthorContext(
        platform=detail.mention.platform,
        handle=redact.text(author.handle) if author and author.handle else None,
        display_name=redact.text(author.display_name) if author and author.display_name else None,
        description=redact.text(author.description) if author and author.description else None,
        followers=author.followers if author else None,
        roster=redact.text(roster) if isinstance(roster, str) else None, relationship=relationship)


def _analysis(analysis: dict[str, Any] | None, redact: Redactor) -> dict[str, Any]:
    """sentiment, complaint and disclosure as stored by the analysis stage (missing parts: empty)."""
    analysis = analysis or {}
    return {key: redact.value(analysis.get(key)) for key in ("sentiment", "complaint", "disclosure")
            if isinstance(analysis.get(key), dict)}


def _explanation(explanation: dict[str, Any] | None, redact: Redactor) -> tuple[tuple[str, str], ...]:
    items = []
    for key, value in sorted((explanation or {}).items()):
        if key in _SHOWN_ELSEWHERE:
            continue
        items.append((redact.text(str(key)), redact.text(value if isinstance(value, str) else _compact(value))))
    return tuple(items)


def _compact(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_compact(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_compact(v)}" for k, v in value.items())
    return str(value)


DISMISS_REASONS = tuple(r.value for r in DismissReason)
