"""Assignment rules: new findings go to a reviewer of the first matching rule's pool, and findings
nobody picks up in time are escalated.

A rule matches on the finding's team (from routing), category, rule, platform, severity and the
author's roster group (employee, partner or none). Among the pool's active accounts (existing, not
disabled) `round_robin` takes the one after the rule's previous pick (remembered in
assignment_cursors, so a restart does not start over) and `least_loaded` the one holding the fewest
open findings (ties by pool order). Each assignment is an ordinary `assign` action by brandwatch itself,
with its audit event, in one transaction with the rotation's cursor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.config import Settings
from brandwatch.config_assignment import AssignmentRule
from brandwatch.model.clock import Now, system_clock
from brandwatch.review.reviewers import SYSTEM_ACTOR
from brandwatch.review.service import ReviewService, apply_action
from brandwatch.review.states import Action, InvalidTransition, ReviewError
from brandwatch.store.db import transaction
from brandwatch.store.models import OPEN_STATUSES, Finding, Mention, User
from brandwatch.store.models import AssignmentCursor

_WAITING = ("new", "released", "reopened")  # open and nobody holds it


@dataclass(frozen=True, slots=True)
class FindingTraits:
    team: str | None
    category: str
    rule: str
    platform: str
    severity: str
    author_group: str  # employee | partner | none


@dataclass(frozen=True, slots=True)
class Assigned:
    finding_id: int
    assignee: str
    rule: str


def author_group(explanation: dict | None) -> str:
    """employee, partner or none: what intake recorded of the author's roster entry."""
    role = str((explanation or {}).get("author_role") or "").split(" ", 1)[0]
    return role if role in ("employee", "partner") else "none"


def matches(rule: AssignmentRule, traits: FindingTraits) -> bool:
    condition = rule.match
    return ((not condition.team or traits.team in condition.team)
            and (not condition.category or traits.category in condition.category)
            and (not condition.rule or traits.rule in condition.rule)
            and (not condition.platform or traits.platform in condition.platform)
            and (not condition.severity or traits.severity in condition.severity)
            and (not condition.author_group or traits.author_group in condition.author_group))


def first_rule(rules, traits: FindingTraits) -> AssignmentRule | None:
    return next((rule for rule in rules if matches(rule, traits)), None)


def active_members(session: Session, members: list[str]) -> list[str]:
    """The pool's members that are existing, enabled accounts, in pool order."""
    active = set(session.scalars(select(User.name).where(User.name.in_(members), User.disabled.is_(False))))
    return [name for name in members if name in active]


def pick(session: Session, rule: AssignmentRule, members: list[str]) -> str | None:
    if not members:
        return None
    if rule.strategy == "least_loaded":
        load = dict(session.execute(select(Finding.assignee, func.count()).where(
            Finding.assignee.in_(members), Finding.status.in_(OPEN_STATUSES)).group_by(Finding.assignee)).all())
        return min(members, key=lambda name: (load.get(name, 0), members.index(name)))
    cursor = session.get(AssignmentCursor, rule.name)
    if cursor is None or cursor.last_assignee not in members:
        return members[0]
    return members[(members.index(cursor.last_assignee) + 1) % len(members)]


def assign_waiting(factory: sessionmaker[Session], settings: Settings, clock: Now = system_clock,
                   limit: int = 500) -> list[Assigned]:
    """Assign up to `limit` waiting, unassigned findings by the configured rules (oldest first)."""
    config = settings.review.assignment
    if not config.rules:
        return []
    with factory() as session:
        waiting = session.execute(
            select(Finding.id, Finding.team, Finding.category, Finding.rule_id, Finding.severity,
                   Finding.explanation, Mention.platform)
            .join(Mention, Mention.id == Finding.mention_id)
            .where(Finding.status.in_(_WAITING), Finding.assignee.is_(None))
            .order_by(Finding.created_at, Finding.id).limit(limit)).all()
    service = ReviewService(factory, settings, clock)
    assigned = []
    for row in waiting:
        traits = FindingTraits(row.team, row.category, row.rule_id, row.platform, row.severity,
                               author_group(row.explanation))
        rule = first_rule(config.rules, traits)
        if rule is None:
            continue
        try:
            with transaction(factory) as session:
                who = pick(session, rule, active_members(session, config.pools[rule.pool]))
                if who is None:
                    continue
                apply_action(session, row.id, Action.ASSIGN, SYSTEM_ACTOR, now=service.clock(), key=service.key,
                             fingerprint_key=service.fingerprint_key, assignee=who,
                             note=f"assignment rule '{rule.name}' ({rule.strategy.replace('_', '-')}, "
                                  f"pool {rule.pool})")
                _remember(session, rule.name, who, service.clock())
        except (InvalidTransition, ReviewError):
            continue  # someone claimed it since we looked
        assigned.append(Assigned(row.id, who, rule.name))
    return assigned


def _remember(session: Session, rule: str, who: str, now: datetime) -> None:
    cursor = session.get(AssignmentCursor, rule)
    if cursor is None:
        session.add(AssignmentCursor(rule=rule, last_assignee=who, updated_at=now))
    else:
        cursor.last_assignee, cursor.updated_at = who, now


def escalate_unassigned(factory: sessionmaker[Session], settings: Settings, clock: Now = system_clock,
                        limit: int = 500) -> list[int]:
    """Escalate open findings nobody holds that are older than `escalate_unassigned_after`.

    An escalation is an ordinary action: its audit event, and a notification to the finding's
    routed channels (review/service.py `notify_escalation`)."""
    after = settings.review.assignment.escalate_unassigned_after
    if after is None:
        return []
    now = clock()
    with factory() as session:
        stale = session.execute(select(Finding.id, Finding.created_at)
                                .where(Finding.status.in_(_WAITING), Finding.assignee.is_(None),
                                       Finding.created_at < now - after)
                                .order_by(Finding.created_at, Finding.id).limit(limit)).all()
    service = ReviewService(factory, settings, clock)
    escalated = []
    for finding_id, created_at in stale:
        try:
            service.escalate(finding_id, SYSTEM_ACTOR,
                             note=f"unassigned for more than {_human(after)} (raised {created_at.isoformat()})")
        except InvalidTransition:
            continue
        escalated.append(finding_id)
    return escalated


def _human(delta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
