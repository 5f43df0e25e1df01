"""What a notification says about a finding. Only masked previews: never the post's raw text."""

from __future__ import annotations

from typing import Any

from brandwatch.config import Settings
from brandwatch.secrecy import scrub
from brandwatch.store.models import Finding, Mention


def finding_payload(finding: Finding, mention: Mention | None, settings: Settings) -> dict[str, Any]:
    author = mention.author if mention is not None else None
    console = settings.review.console_url
    return {
        "finding_id": finding.id,
        "rule": finding.rule_id,
        "rule_hash": finding.rule_hash,
        "category": finding.category,
        "kind": finding.kind,
        "severity": finding.severity,
        "status": finding.status,
        "team": finding.team,
        "brand": finding.brand,
        "preview": scrub(finding.preview),  # a complaint's evidence may overlap a key
        "due_at": finding.due_at.isoformat() if finding.due_at else None,
        "created_at": finding.created_at.isoformat() if finding.created_at else None,
        "post": {
            "platform": mention.platform if mention is not None else None,
            "id": mention.external_id if mention is not None else None,
            "url": mention.url if mention is not None else None,
            "author": author.handle if author is not None else None,
        },
        "console_url": f"{console.rstrip('/')}/findings/{finding.id}" if console else None,
    }


def summary(payload: dict[str, Any]) -> str:
    """One line naming what happened, for subjects and chat messages."""
    event = str(payload.get("event", "new"))
    if event == "batch":
        counts = ", ".join(f"{n} {what}" for what, n in (payload.get("counts") or {}).items())
        return f"[brandwatch] {payload.get('count')} findings: {counts}"
    if event == "spike-alert":
        return f"[brandwatch] {payload.get('severity')} spike: {payload.get('preview')}"
    what = "escalated" if event.startswith("escalated") else "new"
    return (f"[brandwatch] {what} {payload.get('severity')} {payload.get('category')}/{payload.get('kind')} "
            f"finding {payload.get('finding_id')}: {payload.get('rule')}")


def body_lines(payload: dict[str, Any]) -> list[str]:
    if payload.get("event") == "batch":
        return _batch_lines(payload)
    if payload.get("event") == "spike-alert":
        return _spike_lines(payload)
    post = payload.get("post") or {}
    lines = [f"preview: {payload.get('preview')}",
             f"post: {post.get('platform')}/{post.get('id')} by {post.get('author') or 'unknown'}",
             f"team: {payload.get('team') or '-'}   due: {payload.get('due_at') or '-'}"]
    if post.get("url"):
        lines.append(f"post url: {post['url']}")
    if payload.get("console_url"):
        lines.append(f"review: {payload['console_url']}")
    return lines


def _batch_lines(payload: dict[str, Any]) -> list[str]:
    lines = []
    if payload.get("overflow"):
        lines.append("this channel reached its hourly limit; these findings are summarised in one message")
    for item in payload.get("findings") or ():
        link = f" {item['console_url']}" if item.get("console_url") else ""
        lines.append(f"- {item.get('severity')} {item.get('category')}/{item.get('kind')} finding "
                     f"{item.get('finding_id')}: {item.get('rule')} ({item.get('preview')}){link}")
    unlisted = int(payload.get("count") or 0) - len(payload.get("findings") or ())
    if unlisted > 0:
        lines.append(f"... and {unlisted} more in the review queue")
    return lines


def _spike_lines(payload: dict[str, Any]) -> list[str]:
    minutes = int(payload.get("bucket_seconds") or 0) // 60
    lines = [str(payload.get("preview")), f"team: {payload.get('team') or '-'}",
             f"posts per {minutes}-minute bucket up to the alert:"]
    lines.extend(f"  {start[:16].replace('T', ' ')}  {count}" for start, count in payload.get("counts") or ())
    if payload.get("console_url"):
        lines.append(f"chart: {payload['console_url']}")
    return lines
