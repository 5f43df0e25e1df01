"""Injected faults: stop the process at a named step so crash tests never depend on timing.

Crash tests set `BRANDWATCH_FAULT_AT=<point>[#<n>]`; the n-th time (default the first) the running process
reaches that point it either SIGKILLs itself (`BRANDWATCH_FAULT_ACTION=kill`, the default) or writes the point
name to `BRANDWATCH_FAULT_MARKER` (when set) and waits there forever (`pause`) so the test can kill it while
the step is in progress. Unset, `reached` costs one environment lookup and does nothing.

Points (docs/operations.md lists them): `migration.step` (a migration applied, its transaction not yet
committed), `migration.statement` (one SQL statement of a migration executed), `collect.stored` (a batch of
mentions stored, the checkpoint in the same uncommitted transaction), `analysis.stored` (a batch's findings
written, not yet committed).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter
from pathlib import Path

FAULT_AT = "BRANDWATCH_FAULT_AT"
FAULT_ACTION = "BRANDWATCH_FAULT_ACTION"
FAULT_MARKER = "BRANDWATCH_FAULT_MARKER"

_times_reached: Counter[str] = Counter()
_lock = threading.Lock()


def reached(point: str) -> None:
    """Mark that this process has reached `point`; stops here when a crash test asked for it."""
    wanted = os.environ.get(FAULT_AT)
    if not wanted:
        return
    name, _, nth = wanted.partition("#")
    if name != point:
        return
    with _lock:
        _times_reached[point] += 1
        if _times_reached[point] != int(nth or 1):
            return
    marker = os.environ.get(FAULT_MARKER)
    if marker:
        Path(marker).write_text(wanted, encoding="utf-8")
    if os.environ.get(FAULT_ACTION, "kill") == "pause":
        while True:  # the test kills the process while this step is in progress
            time.sleep(3600)
    os.kill(os.getpid(), signal.SIGKILL)
