"""When a finding is due: SLA targets counted in wall-clock time, or only inside business hours.

With business hours, a target of 4h raised on Friday at 16:00 (hours 09:00–17:00, Mon–Fri) is due on
Monday at 12:00: one hour on Friday, three on Monday. Days are walked in the configured zone, so a
daylight-saving change moves the opening hour with the local clock, as people experience it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from brandwatch.config_sla import WEEKDAYS, BusinessHours, Sla

CLOSED_STATUSES = frozenset({"resolved", "dismissed"})  # no target applies to these any more
_MAX_DAYS_WALKED = 3660  # a target longer than ten years of business days is a config mistake


@dataclass(frozen=True, slots=True)
class DueTimes:
    first_response: datetime | None
    resolution: datetime


def due_times(sla: Sla, severity: str, raised_at: datetime) -> DueTimes:
    first = sla.first_response.of(severity) if sla.first_response is not None else None
    return DueTimes(None if first is None else add_sla_time(sla.business_hours, raised_at, first),
                    add_sla_time(sla.business_hours, raised_at, sla.resolution.of(severity)))


def add_sla_time(hours: BusinessHours | None, start: datetime, target: timedelta) -> datetime:
    """The moment `target` of SLA time has passed after `start` (wall-clock time without business hours)."""
    if hours is None:
        return start + target
    zone = ZoneInfo(hours.timezone)
    local = start.astimezone(zone)
    left = target
    day = local.date()
    for _ in range(_MAX_DAYS_WALKED):
        if WEEKDAYS[day.weekday()] in hours.days and day not in hours.holidays:
            opens = datetime.combine(day, hours.start, zone)
            closes = datetime.combine(day, hours.end, zone)
            begin = max(opens, local)
            if begin < closes:
                available = closes - begin
                if left <= available:
                    return (begin + left).astimezone(timezone.utc)
                left -= available
        day += timedelta(days=1)
    raise ValueError(f"an SLA target of {target} does not fit in {_MAX_DAYS_WALKED} days of business hours")
