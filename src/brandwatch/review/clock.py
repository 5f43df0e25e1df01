"""Time comes from an injected clock so tests can move it; production uses the wall clock in UTC."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(timezone.utc)
