"""Signals: SIGTERM and SIGINT ask for a clean stop; SIGHUP asks for a rules reload.

Handlers only set events. The main loop acts on them, because a handler runs between two bytecodes
of whatever the main thread was doing and must not take locks or touch the database.
"""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass, field

log = logging.getLogger("brandwatch.daemon")

# The promise to orchestrators: exit within 10 s of SIGTERM. Jobs get this long to finish their
# current batch; whatever is still running after it is abandoned, its transaction rolled back.
SHUTDOWN_GRACE_SECONDS = 8.0


@dataclass
class Requests:
    stop: threading.Event = field(default_factory=threading.Event)
    reload: threading.Event = field(default_factory=threading.Event)


def install(requests: Requests) -> None:
    def on_stop(signum, _frame) -> None:
        if not requests.stop.is_set():
            log.info("received %s: finishing the current batch, then exiting", signal.Signals(signum).name)
        requests.stop.set()

    def on_hangup(_signum, _frame) -> None:
        requests.reload.set()

    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGINT, on_stop)
    signal.signal(signal.SIGHUP, on_hangup)
