"""Incidents: every finding that shares a secret's fingerprint is one leak, however many posts show it.

The fingerprint is a keyed hash of the leaked value (computed by the detectors), so the value
itself is never needed to group, and the same key pasted in five posts is rotated once, not five times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brandwatch.store.models import Finding


@dataclass(frozen=True, slots=True)
class Incident:
    fingerprint: str
    findings: tuple[Finding, ...]  # oldest first; each names its post through finding.mention

    @property
    def first_seen(self) -> datetime:
        return self.findings[0].created_at

    @property
    def posts(self) -> tuple[tuple[str, str], ...]:
        """(platform, post id) of every post, in the order they were found."""
        return tuple((f.mention.platform, f.mention.external_id) for f in self.findings)


def incident_of(session: Session, finding: Finding) -> Incident | None:
    """The incident this finding belongs to; None when it has no fingerprint or no other post shares it."""
    if not finding.fingerprint:
        return None
    members = tuple(session.scalars(select(Finding).where(Finding.fingerprint == finding.fingerprint)
                                    .order_by(Finding.created_at, Finding.id)))
    return Incident(finding.fingerprint, members) if len(members) > 1 else None


def incidents(session: Session, *, min_posts: int = 2, limit: int = 100) -> list[Incident]:
    """Fingerprints seen in at least `min_posts` findings, largest first."""
    groups = session.execute(
        select(Finding.fingerprint, func.count(Finding.id).label("n"))
        .where(Finding.fingerprint.is_not(None)).group_by(Finding.fingerprint)
        .having(func.count(Finding.id) >= min_posts)
        .order_by(func.count(Finding.id).desc(), Finding.fingerprint).limit(limit)).all()
    result = []
    for fingerprint, _count in groups:
        members = tuple(session.scalars(select(Finding).where(Finding.fingerprint == fingerprint)
                                        .order_by(Finding.created_at, Finding.id)))
        result.append(Incident(fingerprint, members))
    return result
