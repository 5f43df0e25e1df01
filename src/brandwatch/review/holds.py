"""Legal hold: records a matter needs are kept whatever the retention policy says, until released.

A hold names a finding, an author (handle), a rule, or a period of post times. Retention skips every
mention a live hold covers; findings and their trail are never purged in any case. Holds themselves
are only released (with who and when), never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.review.states import ReviewError
from brandwatch.store.models import Author, Finding, LegalHold, Mention

SCOPES = ("finding", "author", "rule", "period")


@dataclass(frozen=True, slots=True)
class HoldRequest:
    scope: str
    value: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def add_hold(session: Session, request: HoldRequest, reason: str, actor: str, now: datetime) -> LegalHold:
    if request.scope not in SCOPES:
        raise ReviewError(f"unknown hold scope '{request.scope}'; one of {', '.join(SCOPES)}")
    if not reason.strip():
        raise ReviewError("a legal hold needs a reason (the matter it is for)")
    if request.scope == "period":
        if request.since is None and request.until is None:
            raise ReviewError("a period hold needs --since and/or --until")
    elif not (request.value or "").strip():
        raise ReviewError(f"a {request.scope} hold needs the {request.scope} it covers")
    if request.scope == "finding" and session.get(Finding, _finding_id(request.value)) is None:
        raise ReviewError(f"finding {request.value} does not exist")
    hold = LegalHold(scope=request.scope, value=(request.value or "").strip() or None, since=request.since,
                     until=request.until, reason=reason.strip(), created_by=actor, created_at=now)
    session.add(hold)
    session.flush()
    return hold


def _finding_id(value: str | None) -> int:
    try:
        return int(str(value).lstrip("#"))
    except ValueError:
        raise ReviewError(f"'{value}' is not a finding id") from None


def release_hold(session: Session, hold_id: int, actor: str, now: datetime) -> LegalHold:
    hold = session.get(LegalHold, hold_id)
    if hold is None:
        raise ReviewError(f"legal hold {hold_id} does not exist")
    if hold.released_at is not None:
        raise ReviewError(f"legal hold {hold_id} was already released by {hold.released_by}")
    hold.released_by, hold.released_at = actor, now
    session.flush()
    return hold


def list_holds(session: Session, include_released: bool = False) -> list[LegalHold]:
    query = select(LegalHold).order_by(LegalHold.id)
    if not include_released:
        query = query.where(LegalHold.released_at.is_(None))
    return list(session.scalars(query))


def describe(hold: LegalHold) -> str:
    if hold.scope == "period":
        span = f"posts {hold.since.isoformat() if hold.since else '…'} to {hold.until.isoformat() if hold.until else '…'}"
    else:
        span = f"{hold.scope} {hold.value}"
    return f"hold {hold.id}: {span} — {hold.reason} (by {hold.created_by})"


def held_mentions(session: Session, mention_ids: Iterable[int]) -> dict[int, list[LegalHold]]:
    """Which of these mentions live holds cover, with the holds covering each."""
    ids = list(mention_ids)
    holds = list_holds(session)
    if not ids or not holds:
        return {}
    rows = session.execute(select(Mention.id, Mention.created_at, Author.handle, Finding.id, Finding.rule_id)
                           .outerjoin(Author, Author.id == Mention.author_id)
                           .outerjoin(Finding, Finding.mention_id == Mention.id)
                           .where(Mention.id.in_(ids))).all()
    covered: dict[int, list[LegalHold]] = {}
    for mention_id, created_at, handle, finding_id, rule_id in rows:
        for hold in holds:
            if _covers(hold, created_at, handle, finding_id, rule_id):
                bucket = covered.setdefault(mention_id, [])
                if hold not in bucket:
                    bucket.append(hold)
    return covered


def holds_on_finding(session: Session, finding: Finding) -> list[LegalHold]:
    return held_mentions(session, [finding.mention_id]).get(finding.mention_id, [])


def _covers(hold: LegalHold, created_at: datetime, handle: str | None, finding_id: int | None,
            rule_id: str | None) -> bool:
    if hold.scope == "finding":
        return finding_id is not None and str(finding_id) == (hold.value or "").lstrip("#")
    if hold.scope == "author":
        return handle is not None and handle.lstrip("@").lower() == (hold.value or "").lstrip("@").lower()
    if hold.scope == "rule":
        return rule_id is not None and rule_id == hold.value
    return (hold.since is None or created_at >= hold.since) and (hold.until is None or created_at < hold.until)
