"""Fingerprints stored before they were canonical (migration 0008_issue16_fingerprints), kept matching.

A row made before that revision holds the HMAC of the value as it was written then, copied to its
`legacy_fingerprint`. Its `fingerprint` is re-keyed to the canonical one as soon as the value proves
it: by the migration when the post still holds the value, otherwise here, when a new finding's value
(as written, or in a common written form) hashes to the old fingerprint. Until then a suppression
still matches through the alias (review/suppressions.py), so no old suppression silently stops working.

Rows made after that revision but before the canonical form wrote every script's digits as ASCII hold
the HMAC of that earlier canonical form and no alias; a span carries that form among its old
fingerprints too, so they are matched and re-keyed the same way, through their fingerprint. Only rows
that can be such: the span's old fingerprints include the HMAC of the value as written, which is also
the current fingerprint of another form's value whose canonical string reads the same (a confidential
code written like a card number), and that row must stay in its own group.
"""

from __future__ import annotations

from typing import Sequence

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from brandwatch.model.analysis import FindingSpan
from brandwatch.rules.canonical import form_for
from brandwatch.store.models import Finding, Suppression


def adopt_legacy_rows(session: Session, spans: Sequence[FindingSpan]) -> int:
    """Re-key old rows whose value a new span proves (their legacy fingerprint is one of the span's
    legacy fingerprints), so the new finding joins their group. Returns how many rows changed."""
    changed = 0
    for span in spans:
        if not span.fingerprint or not span.legacy_fingerprints:
            continue
        form = span_form(span)
        for finding in session.scalars(select(Finding).where(_unkeyed(Finding, span)).order_by(Finding.id)):
            if not (_before_0008(finding) or finding_form(finding) == form):
                continue  # a current row of another form whose value reads like this one as written
            explanation = dict(finding.explanation or {})
            if "group" in explanation:
                explanation["group"] = span.fingerprint
            # updated_at kept as it was (the column's onupdate would move it): re-keying is not a change
            # a reviewer made, and the queue and SLA views read that column.
            session.execute(Finding.__table__.update().where(Finding.id == finding.id)
                            .values(fingerprint=span.fingerprint, explanation=explanation,
                                    updated_at=Finding.__table__.c.updated_at))
            session.expire(finding)
            changed += 1
        for suppression in session.scalars(select(Suppression).where(_unkeyed(Suppression, span))
                                           .order_by(Suppression.id)):
            if not _suppression_may_be_legacy(session, suppression, span, form):
                continue
            if _suppression_exists(session, span.fingerprint, suppression.rule_id):
                continue  # another written form's suppression already covers it; this one still matches by alias
            suppression.fingerprint = span.fingerprint
            changed += 1
    session.flush()
    return changed


def _unkeyed(model, span: FindingSpan):
    """Rows still under one of the span's old fingerprints: made before migration 0008 and not re-keyed
    yet (fingerprint == legacy alias), or made on the canonical form before the digit-script fold."""
    return and_(model.fingerprint.in_(set(span.legacy_fingerprints)), model.fingerprint != span.fingerprint)


def span_form(span: FindingSpan) -> str:
    """The canonical form the span's fingerprint was made on (detectors/leaks.py records it)."""
    return span.explanation.get("fingerprint_form") or form_for(span.rule, span.kind)


def finding_form(finding: Finding) -> str:
    """The form a stored finding's fingerprint was made on: as recorded, else as migration 0008 chose it."""
    return (finding.explanation or {}).get("fingerprint_form") or form_for(finding.rule_id, finding.kind)


def _before_0008(row: Finding | Suppression) -> bool:
    """Not re-keyed since migration 0008: its fingerprint is still the HMAC of the value as written."""
    return row.legacy_fingerprint is not None and row.fingerprint == row.legacy_fingerprint


def _suppression_may_be_legacy(session: Session, suppression: Suppression, span: FindingSpan, form: str) -> bool:
    """A suppression has no form of its own: one of the span's rule shares its form, and one for any rule
    takes the form of the finding it was made from; one for any rule made from none is not re-keyed on a
    guess (its fingerprint keeps matching findings of its own form)."""
    if _before_0008(suppression) or suppression.rule_id == span.rule:
        return True
    source = session.get(Finding, suppression.source_finding_id) if suppression.source_finding_id else None
    return source is not None and finding_form(source) == form


def _suppression_exists(session: Session, mark: str, rule_id: str | None) -> bool:
    rule = Suppression.rule_id.is_(None) if rule_id is None else Suppression.rule_id == rule_id
    return session.scalar(select(Suppression.id).where(Suppression.fingerprint == mark, rule)) is not None
