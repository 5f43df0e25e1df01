"""Which findings a bulk action or a saved view means: a filter written `field=value[,value] ...`.

The same text is typed after `--filter`, stored in a saved view and shown in its tab, so it reads the
way a reviewer says it: `status=open category=leak team=security assignee=none`. Values of one field are
alternatives, fields all apply. `status=open` (the default) is every open state, `status=closed` both
closed ones; `assignee=none` is nobody.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, fields, replace
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from brandwatch.review.queries import QueueFilter
from brandwatch.review.states import ReviewError, Status
from brandwatch.store.models import OPEN_STATUSES, Finding, Mention

NOBODY = "none"
_CLOSED = ("resolved", "dismissed")
_STATUS_WORDS = {"open": OPEN_STATUSES, "closed": _CLOSED, "all": (*OPEN_STATUSES, *_CLOSED)}
_KNOWN = {"category": ("complaint", "endorsement", "leak", "caution"),
          "severity": ("low", "medium", "high", "critical")}


class FilterError(ReviewError):
    """A filter that cannot be read; the message names the field and what is allowed."""


@dataclass(frozen=True, slots=True)
class Selection:
    status: tuple[str, ...] = OPEN_STATUSES
    category: tuple[str, ...] = ()
    severity: tuple[str, ...] = ()
    team: tuple[str, ...] = ()
    assignee: tuple[str, ...] = ()  # NOBODY: unassigned
    rule: tuple[str, ...] = ()
    platform: tuple[str, ...] = ()
    overdue: bool = False

    def text(self) -> str:
        """The filter written back in the form `parse_selection` reads."""
        parts = []
        for field in fields(self):
            value = getattr(self, field.name)
            if field.name == "status":
                word = next((w for w, states in _STATUS_WORDS.items() if set(states) == set(value)), None)
                parts.append(f"status={word or ','.join(value)}")
            elif field.name == "overdue":
                if value:
                    parts.append("overdue=yes")
            elif value:
                parts.append(f"{field.name}={','.join(value)}")
        return " ".join(shlex.quote(part) for part in parts)

    def queue_filter(self, limit: int, offset: int = 0) -> QueueFilter:
        """The page and states for `queue_query`; `restrict` adds every other condition to its statement."""
        return QueueFilter(statuses=self.status, limit=limit, offset=offset)


_FIELDS = [f.name for f in fields(Selection)]


def parse_selection(text: str, base: Selection | None = None) -> Selection:
    """`field=value[,value]` words, over `base` (the command's own filter options) when given."""
    selection = base or Selection()
    try:
        words = shlex.split(text or "")
    except ValueError as exc:
        raise FilterError(f"filter: {exc}") from None
    for word in words:
        name, sep, raw = word.partition("=")
        name = name.strip().lower()
        if not sep or name not in _FIELDS:
            raise FilterError(f"filter: '{word}' is not field=value; fields: {', '.join(_FIELDS)}")
        values = tuple(v.strip() for v in raw.split(",") if v.strip())
        if not values:
            raise FilterError(f"filter: {name} needs a value")
        if name == "overdue":
            if raw.lower() not in ("yes", "true", "1", "no", "false", "0"):
                raise FilterError(f"filter: overdue is yes or no, not '{raw}'")
            selection = replace(selection, overdue=raw.lower() in ("yes", "true", "1"))
            continue
        if name == "status":
            values = _statuses(values)
        for value in values:
            if name in _KNOWN and value not in _KNOWN[name]:
                raise FilterError(f"filter: {name} '{value}' is not one of {', '.join(_KNOWN[name])}")
        selection = replace(selection, **{name: values})
    return selection


def _statuses(values: tuple[str, ...]) -> tuple[str, ...]:
    states: list[str] = []
    for value in values:
        if value in _STATUS_WORDS:
            states.extend(_STATUS_WORDS[value])
        elif value in Status._value2member_map_:
            states.append(value)
        else:
            raise FilterError(f"filter: status '{value}' is not one of "
                              f"{', '.join([*_STATUS_WORDS, *Status._value2member_map_])}")
    return tuple(dict.fromkeys(states))


def restrict(statement: Select, selection: Selection, now: datetime) -> Select:
    """`statement` (over findings) narrowed to `selection`."""
    statement = statement.where(Finding.status.in_(selection.status))
    for column, values in ((Finding.category, selection.category), (Finding.severity, selection.severity),
                           (Finding.team, selection.team), (Finding.rule_id, selection.rule)):
        if values:
            statement = statement.where(column.in_(values))
    if selection.assignee:
        named = [a for a in selection.assignee if a != NOBODY]
        condition = Finding.assignee.in_(named)
        if NOBODY in selection.assignee:
            condition = condition | Finding.assignee.is_(None)
        statement = statement.where(condition)
    if selection.platform:
        statement = statement.where(Finding.mention_id.in_(select(Mention.id)
                                                           .where(Mention.platform.in_(selection.platform))))
    if selection.overdue:
        statement = statement.where(Finding.due_at < now)
    return statement


def selected_ids(session: Session, selection: Selection, now: datetime, limit: int | None = None) -> list[int]:
    statement = restrict(select(Finding.id), selection, now).order_by(Finding.id)
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.scalars(statement))


def count_selected(session: Session, selection: Selection, now: datetime) -> int:
    return session.scalar(restrict(select(func.count()).select_from(Finding), selection, now)) or 0


def parse_ids(words: tuple[str, ...] | list[str]) -> list[int]:
    """Finding ids as typed: `11 22 32`, ranges `11-40`, or commas `11,12`; in the order given, once each."""
    ids: list[int] = []
    for word in words:
        for part in str(word).split(","):
            part = part.strip()
            if not part:
                continue
            low, sep, high = part.partition("-")
            try:
                if sep:
                    first, last = int(low), int(high)
                    if last < first:
                        raise FilterError(f"range '{part}' runs backwards; write {last}-{first}")
                    if last - first >= 1_000_000:
                        raise FilterError(f"range '{part}' is too large (a million findings at most); use --filter")
                    ids.extend(range(first, last + 1))
                else:
                    ids.append(int(part))
            except ValueError:
                raise FilterError(f"'{part}' is not a finding id or a range like 11-40") from None
    return list(dict.fromkeys(ids))
