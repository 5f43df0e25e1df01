"""SLA settings: resolution and first-response targets per severity, business hours, escalation levels.

Kept apart from config.py so that file stays readable; config.py embeds `Sla` in Settings. The plain
`critical: 1h` … keys stay the resolution targets, as before this file existed.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from brandwatch.config_daemon import Weekday
from brandwatch.durations import Duration

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LEVEL_NAME = r"^[a-z][a-z0-9_-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Targets(_Strict):
    critical: Duration
    high: Duration
    medium: Duration
    low: Duration

    def of(self, severity: str) -> timedelta:
        return getattr(self, severity, self.low)


class BusinessHours(_Strict):
    """SLA clocks run only inside these hours, in this zone; weekends and holidays do not count."""

    timezone: str = "UTC"
    days: list[Weekday] = ["mon", "tue", "wed", "thu", "fri"]
    start: time = time(9, 0)
    end: time = time(17, 0)
    holidays: list[date] = []

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone '{value}' (an IANA name such as Europe/Berlin)") from None
        return value

    @field_validator("start", "end", mode="before")
    @classmethod
    def _clock_time(cls, value: object) -> object:
        if isinstance(value, int):  # YAML reads 09:00 as sexagesimal 540
            return time(value // 60, value % 60)
        if isinstance(value, str) and not re.match(r"^\d{1,2}:\d{2}(:\d{2})?$", value.strip()):
            raise ValueError("write a time of day as HH:MM")
        return value

    @model_validator(mode="after")
    def _some_time(self) -> "BusinessHours":
        if self.end <= self.start:
            raise ValueError("business_hours: 'end' must be after 'start'")
        if not self.days:
            raise ValueError("business_hours: 'days' needs at least one weekday")
        return self


class EscalationLevel(_Strict):
    """One step up: `after` this long past the previous step (the first: past the breached target)."""

    name: str = Field(pattern=_LEVEL_NAME)
    after: Duration = timedelta(0)
    channels: list[str] = []


class Sla(_Strict):
    critical: Duration = timedelta(hours=1)
    high: Duration = timedelta(hours=4)
    medium: Duration = timedelta(hours=24)
    low: Duration = timedelta(hours=72)
    first_response: Targets | None = None  # someone must act (claim, comment, …) within this
    business_hours: BusinessHours | None = None
    # Level 0 is the reviewer holding the finding; these are the levels above, in order.
    escalation: list[EscalationLevel] = [EscalationLevel(name="lead")]

    @property
    def resolution(self) -> Targets:
        return Targets(critical=self.critical, high=self.high, medium=self.medium, low=self.low)

    @model_validator(mode="after")
    def _distinct_levels(self) -> "Sla":
        names = [level.name for level in self.escalation]
        if len(set(names)) != len(names):
            raise ValueError(f"escalation: duplicate level names in {names}")
        return self


__all__ = ["Sla", "Targets", "BusinessHours", "EscalationLevel", "WEEKDAYS", "Literal"]
