"""The text of every rule version findings may be raised under, so an export can show the rule as it was."""

from __future__ import annotations

from datetime import datetime
from typing import Iterable

from sqlalchemy import select, tuple_
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from brandwatch.store.models import RuleVersion


def record_rule_versions(session: Session, rules: Iterable, now: datetime) -> int:
    """Store each (rule id, content hash) not stored yet; returns how many were new."""
    wanted = {(r.id, r.content_hash): r.text for r in rules if getattr(r, "text", "")}
    if not wanted:
        return 0
    known = set(session.execute(select(RuleVersion.rule_id, RuleVersion.rule_hash)
                                .where(tuple_(RuleVersion.rule_id, RuleVersion.rule_hash).in_(list(wanted)))).all())
    new = [{"rule_id": i, "rule_hash": h, "text": t, "first_seen_at": now}
           for (i, h), t in wanted.items() if (i, h) not in known]
    if not new:
        return 0
    # Several daemons starting on one database record the same versions at once: a version another
    # instance stored after the lookup above is already what this one wanted, not an error.
    dialect = session.get_bind().dialect.name
    insert = {"postgresql": postgresql_insert, "sqlite": sqlite_insert}.get(dialect)
    if insert is None:
        session.add_all([RuleVersion(**row) for row in new])
        session.flush()
        return len(new)
    session.flush()
    session.execute(insert(RuleVersion).on_conflict_do_nothing(index_elements=["rule_id", "rule_hash"]), new)
    return len(new)


def rule_texts(session: Session, keys: Iterable[tuple[str, str | None]]) -> dict[tuple[str, str], str]:
    keys = [(i, h) for i, h in set(keys) if h]
    if not keys:
        return {}
    rows = session.execute(select(RuleVersion.rule_id, RuleVersion.rule_hash, RuleVersion.text)
                           .where(tuple_(RuleVersion.rule_id, RuleVersion.rule_hash).in_(keys))).all()
    return {(r.rule_id, r.rule_hash): r.text for r in rows}
