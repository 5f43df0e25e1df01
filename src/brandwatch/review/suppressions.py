"""Suppressions: patterns reviewers decided are not worth a finding, each with an owner, reason and expiry.

Three scopes: a leaked value's fingerprint (optionally under one rule), one author under one rule,
or a phrase under one rule. Each applies to any category (leak, complaint, endorsement). Every change
(add, remove, lift by a reopen, recurrence after expiry) and every finding a suppression hid is an
event in the suppression's own HMAC chain (same key and seal version as the finding trail,
review/audit_chain.py), in the append-only suppression_events table.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Collection, Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from brandwatch.review.audit_chain import SEAL_VERSION, _utc, note_digest
from brandwatch.review.reviewers import PRIVILEGED, SYSTEM_ACTOR, NotPermitted, active_account
from brandwatch.review.states import ReviewError
from brandwatch.secrecy import scrub
from brandwatch.store.models import Finding, Mention, Suppression, SuppressionEvent

SCOPES = ("fingerprint", "author", "phrase")


@dataclass(frozen=True, slots=True)
class Pattern:
    """What a new suppression matches; exactly one scope's fields are set."""

    scope: str
    rule_id: str | None = None
    fingerprint: str | None = None
    author: str | None = None
    platform: str | None = None
    phrase: str | None = None

    @classmethod
    def of(cls, *, rule_id: str | None = None, fingerprint: str | None = None, author: str | None = None,
           phrase: str | None = None) -> "Pattern":
        rule_id = (rule_id or "").strip() or None
        given = [name for name, value in (("fingerprint", fingerprint), ("author", author), ("phrase", phrase))
                 if value and value.strip()]
        if len(given) != 1:
            raise ReviewError("a suppression matches exactly one of: a fingerprint, an author (with a rule), "
                              "a phrase (with a rule)")
        scope = given[0]
        if scope != "fingerprint" and rule_id is None:
            raise ReviewError(f"a suppression by {scope} needs the rule it applies to")
        if scope == "author":
            platform, handle = _split_author(author)
            return cls(scope, rule_id, author=handle, platform=platform)
        if scope == "phrase":
            phrase = " ".join(phrase.split())
            if scrub(phrase) != phrase:  # it would be shown on every list: suppress a leaked value by fingerprint
                raise ReviewError("the phrase looks like a secret; suppress a leaked value by its fingerprint "
                                  "(--finding ID) instead")
            return cls(scope, rule_id, phrase=phrase)
        return cls(scope, rule_id, fingerprint=fingerprint.strip())


def _split_author(author: str) -> tuple[str | None, str]:
    """'x:@Dana' → ('x', 'dana'); 'dana' → (None, 'dana')."""
    platform, _, handle = author.strip().rpartition(":")
    handle = handle.strip().lstrip("@").casefold()
    if not handle:
        raise ReviewError(f"'{author}' names no author handle")
    return (platform.strip().casefold() or None), handle


def describe(suppression: Suppression) -> str:
    rule = f" under rule {suppression.rule_id}" if suppression.rule_id else ""
    if suppression.scope == "author":
        where = f"{suppression.platform}:" if suppression.platform else ""
        return f"author {where}@{suppression.author}{rule}"
    if suppression.scope == "phrase":
        return f"phrase \u201c{suppression.phrase}\u201d{rule}"
    return f"fingerprint {(suppression.fingerprint or '')[:12]}…{rule}"


def is_active(suppression: Suppression, now: datetime) -> bool:
    return suppression.removed_at is None and (suppression.expires_at is None or suppression.expires_at > now)


def matches(suppression: Suppression, *, rule_id: str, fingerprint: str | None, mention: Mention | None,
            aliases: Collection[str] = ()) -> bool:
    if suppression.rule_id is not None and suppression.rule_id != rule_id:
        return False
    if suppression.scope == "fingerprint":
        # A suppression made before fingerprints were canonical still matches through its old one, and
        # one of this rule made on an earlier canonical form (before the digit-script fold) through its
        # fingerprint. Not one for any rule: the aliases include the value's HMAC as written, the current
        # fingerprint of another form's value that reads the same (review/fingerprints.py re-keys those
        # for any rule that were made from a finding of this form).
        if fingerprint is None:
            return False
        if suppression.fingerprint == fingerprint or (
                suppression.legacy_fingerprint is not None and suppression.legacy_fingerprint in aliases):
            return True
        return suppression.rule_id is not None and suppression.fingerprint in aliases
    if suppression.scope == "author":
        author = mention.author if mention is not None else None
        if author is None or not author.handle:
            return False
        platform_ok = suppression.platform in (None, (author.platform or "").casefold())
        return platform_ok and author.handle.lstrip("@").casefold() == suppression.author
    if suppression.scope == "phrase":
        text = (mention.text or "") if mention is not None else ""
        return bool(suppression.phrase) and suppression.phrase.casefold() in " ".join(text.split()).casefold()
    return False


def candidates(session: Session, rule_ids: Iterable[str], fingerprints: Iterable[str],
               aliases: Iterable[str] = ()) -> list[Suppression]:
    """Suppressions not removed that could match findings of these rules or fingerprints (or old aliases)."""
    rule_ids, fingerprints, aliases = set(rule_ids), {f for f in fingerprints if f}, {a for a in aliases if a}
    conditions = [Suppression.rule_id.in_(rule_ids)] if rule_ids else []
    if fingerprints:
        conditions.append(Suppression.fingerprint.in_(fingerprints))
    if aliases:
        conditions += [Suppression.legacy_fingerprint.in_(aliases), Suppression.fingerprint.in_(aliases)]
    if not conditions:
        return []
    return list(session.scalars(select(Suppression).where(Suppression.removed_at.is_(None), or_(*conditions))
                                .order_by(Suppression.id)))


# -- the sealed trail -----------------------------------------------------------------------------

def suppression_event_mac(key: bytes, event: SuppressionEvent) -> str:
    content = json.dumps([SEAL_VERSION, "suppression", event.suppression_id, event.seq, event.prev_mac, event.actor,
                          _utc(event.at), event.action, event.finding_id or 0, note_digest(event.note)],
                         separators=(",", ":"), ensure_ascii=True)
    return hmac.new(key, content.encode("ascii"), hashlib.sha256).hexdigest()


def record_event(session: Session, key: bytes, suppression: Suppression, action: str, actor: str, at: datetime,
                 *, finding_id: int | None = None, note: str | None = None) -> SuppressionEvent:
    head = session.execute(select(SuppressionEvent.seq, SuppressionEvent.mac)
                           .where(SuppressionEvent.suppression_id == suppression.id)
                           .order_by(SuppressionEvent.seq.desc()).limit(1)).one_or_none()
    event = SuppressionEvent(suppression_id=suppression.id, seq=(head.seq + 1) if head else 1,
                             prev_mac=head.mac if head else "", actor=actor, at=at, action=action,
                             finding_id=finding_id, note=note)
    event.mac = suppression_event_mac(key, event)
    session.add(event)
    session.flush()
    return event


def verify_trail(session: Session, key: bytes) -> list[str]:
    """Problems found in the suppression trail (empty when every chain is whole and every MAC right)."""
    problems, expected = [], {}
    for event in session.scalars(select(SuppressionEvent).order_by(SuppressionEvent.suppression_id,
                                                                    SuppressionEvent.seq)):
        seq, prev = expected.get(event.suppression_id, (1, ""))
        if event.seq != seq or event.prev_mac != prev:
            problems.append(f"suppression {event.suppression_id}: event {event.id} does not follow event {seq - 1}")
        if not hmac.compare_digest(event.mac, suppression_event_mac(key, event)):
            problems.append(f"suppression {event.suppression_id}: event {event.id} was altered (MAC mismatch)")
        expected[event.suppression_id] = (event.seq + 1, event.mac)
    return problems


# -- changes --------------------------------------------------------------------------------------

def add(session: Session, key: bytes, pattern: Pattern, *, actor: str, owner: str | None, reason: str,
        expires_at: datetime, now: datetime, source_finding_id: int | None = None,
        require_privilege: bool = True) -> Suppression:
    """A new suppression, owned by a verified reviewer; leads and admins add them outside a dismissal."""
    acting = active_account(session, actor, purpose="add a suppression")
    if require_privilege and acting.role not in PRIVILEGED:
        raise NotPermitted(f"only leads and admins add suppressions directly; '{actor}' is a {acting.role} "
                           "(a reviewer can dismiss a finding as false_positive with --suppress)")
    owner_account = active_account(session, (owner or actor).strip(), purpose="own a suppression")
    if owner_account.role == "system":
        raise NotPermitted("a suppression is owned by a person, not by brandwatch itself")
    if not reason or not reason.strip():
        raise ReviewError("a suppression needs a reason")
    if expires_at <= now:
        raise ReviewError(f"a suppression must expire in the future (got {expires_at.isoformat()})")
    suppression = Suppression(scope=pattern.scope, rule_id=pattern.rule_id, fingerprint=pattern.fingerprint,
                              author=pattern.author, platform=pattern.platform, phrase=pattern.phrase,
                              reason=scrub(reason.strip()), owner=owner_account.name, created_by=acting.name,
                              created_at=now, expires_at=expires_at, source_finding_id=source_finding_id)
    session.add(suppression)
    session.flush()
    record_event(session, key, suppression, "add", acting.name, now, finding_id=source_finding_id,
                 note=f"{describe(suppression)}; owner {owner_account.name}; expires {expires_at.isoformat()}; "
                      f"reason: {suppression.reason}")
    return suppression


def from_dismissal(session: Session, key: bytes, finding_id: int, actor: str, now: datetime,
                   lifetime: timedelta) -> Suppression:
    """The suppression a false-positive dismissal asks for: the leaked value, else the author, under its rule."""
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise ReviewError(f"finding {finding_id} does not exist")
    author = finding.mention.author if finding.mention is not None else None
    if finding.fingerprint:
        pattern = Pattern.of(rule_id=finding.rule_id, fingerprint=finding.fingerprint)
    elif author is not None and author.handle:
        pattern = Pattern.of(rule_id=finding.rule_id, author=f"{author.platform}:{author.handle}")
    else:
        raise ReviewError(f"finding {finding_id} has neither a fingerprint nor an author, so it cannot be suppressed")
    suppression = add(session, key, pattern, actor=actor, owner=actor, reason=f"false positive (finding {finding_id})",
                      expires_at=now + lifetime, now=now, source_finding_id=finding_id, require_privilege=False)
    # An old finding not re-keyed yet passes its alias on, so the suppression also matches the value
    # written another way (review/fingerprints.py).
    if finding.fingerprint and finding.legacy_fingerprint and finding.fingerprint == finding.legacy_fingerprint:
        suppression.legacy_fingerprint = finding.legacy_fingerprint
    return suppression


def remove(session: Session, key: bytes, suppression_id: int, *, actor: str, reason: str | None,
           now: datetime) -> Suppression:
    acting = active_account(session, actor, purpose="remove a suppression")
    if acting.role not in PRIVILEGED:
        raise NotPermitted(f"only leads and admins remove suppressions; '{actor}' is a {acting.role}")
    suppression = _open_suppression(session, suppression_id)
    _end(session, key, suppression, "remove", acting.name, now, reason or "removed")
    return suppression


def lift_for_reopen(session: Session, key: bytes, finding_id: int, actor: str, now: datetime) -> list[int]:
    """Reopening a finding withdraws the suppressions its dismissal made; returns their ids."""
    made = session.scalars(select(Suppression).where(
        Suppression.source_finding_id == finding_id, Suppression.removed_at.is_(None),
        or_(Suppression.expires_at.is_(None), Suppression.expires_at > now))).all()
    for suppression in made:
        _end(session, key, suppression, "lift", actor, now, f"finding {finding_id} was reopened",
             finding_id=finding_id)
    return [s.id for s in made]


def _end(session: Session, key: bytes, suppression: Suppression, action: str, actor: str, now: datetime,
         note: str, finding_id: int | None = None) -> None:
    # The event first, as for findings: the trail announces what the row then says.
    record_event(session, key, suppression, action, actor, now, finding_id=finding_id, note=note)
    suppression.removed_at, suppression.removed_by = now, actor
    session.flush()


def _open_suppression(session: Session, suppression_id: int) -> Suppression:
    suppression = session.get(Suppression, suppression_id)
    if suppression is None:
        raise ReviewError(f"suppression {suppression_id} does not exist")
    if suppression.removed_at is not None:
        raise ReviewError(f"suppression {suppression_id} was already removed by {suppression.removed_by} "
                          f"at {suppression.removed_at.isoformat()}")
    return suppression


def listing(session: Session, now: datetime, *, include_ended: bool = False) -> list[Suppression]:
    query = select(Suppression).order_by(Suppression.id)
    if not include_ended:
        query = query.where(Suppression.removed_at.is_(None),
                            or_(Suppression.expires_at.is_(None), Suppression.expires_at > now))
    return list(session.scalars(query))


def state_of(suppression: Suppression, now: datetime) -> str:
    if suppression.recurred_at is not None:
        return "recurred"
    if suppression.removed_at is not None:
        return "removed"
    return "active" if is_active(suppression, now) else "expired"


__all__ = ["Pattern", "SCOPES", "SYSTEM_ACTOR", "add", "remove", "from_dismissal", "lift_for_reopen", "listing",
           "matches", "candidates", "is_active", "record_event", "verify_trail", "describe", "state_of"]
