"""Command-line moments: an ISO 8601 date or time (UTC unless it says otherwise), or an age like 7d."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import click

from brandwatch.durations import parse_duration


class Moment(click.ParamType):
    """`2026-11-01`, `2026-11-01T09:30:00+01:00`, or `7d` / `12h` meaning that long ago."""

    name = "moment"

    def convert(self, value, param, ctx) -> datetime:
        if isinstance(value, datetime):
            return value
        age = parse_duration(value)
        if isinstance(age, timedelta):
            return datetime.now(timezone.utc) - age
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self.fail(f"'{value}' is neither an ISO date/time nor an age like 7d or 12h", param, ctx)
        return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
