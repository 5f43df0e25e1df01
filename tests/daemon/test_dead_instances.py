"""A killed instance leaves the leader list and gives back its outbox leases when the next one starts
(issue 19, deliver 4): a notification it had taken is sent now, not when its 5-minute lease runs out."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import datetime, timedelta, timezone

from brandwatch.daemon.instance import InstanceRecord, reclaim_dead_instances
from brandwatch.review.outbox import OutboxWorker
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import DaemonInstance, OutboxMessage

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)
STALE_AFTER = timedelta(minutes=2)


def _dead_pid() -> int:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(gone.stdout)


class Recorder:
    def __init__(self):
        self.sent = []

    def send(self, notification) -> None:
        self.sent.append(notification.idempotency_key)


def _instance(session, instance_id: str, *, pid: int, hostname: str, heartbeat: datetime) -> None:
    session.add(DaemonInstance(instance_id=instance_id, hostname=hostname, pid=pid, role="leader",
                               started_at=NOW - timedelta(hours=1), heartbeat_at=heartbeat, rules_count=1))


def _leased_message(session, key: str, holder: str) -> None:
    session.add(OutboxMessage(idempotency_key=key, channel="ops", payload={"text": key}, status="pending",
                              attempts=1, next_attempt_at=NOW + timedelta(minutes=5), leased_by=holder))


def test_when_an_instance_starts_then_dead_instances_stop_and_their_leases_are_released(engine):
    factory = session_factory(engine)
    here = socket.gethostname()
    with transaction(factory) as session:
        _instance(session, "killed-here", pid=_dead_pid(), hostname=here, heartbeat=NOW)
        _instance(session, "silent-elsewhere", pid=1, hostname="other-host", heartbeat=NOW - timedelta(minutes=10))
        _instance(session, "alive-elsewhere", pid=1, hostname="other-host", heartbeat=NOW)
        for key, holder in (("a", "killed-here"), ("b", "silent-elsewhere"), ("c", "alive-elsewhere")):
            _leased_message(session, key, holder)
    reclaimed = reclaim_dead_instances(factory, NOW, STALE_AFTER, sqlite_single=False)
    assert sorted(reclaimed) == ["killed-here", "silent-elsewhere"]
    with factory() as session:
        stopped = {row.instance_id: row.stopped_at for row in session.query(DaemonInstance)}
    assert stopped["killed-here"] == stopped["silent-elsewhere"] == NOW and stopped["alive-elsewhere"] is None
    recorder = Recorder()
    report = OutboxWorker(factory, {"ops": recorder}, clock=lambda: NOW).deliver_due()
    assert sorted(recorder.sent) == ["a", "b"] and report.sent == 2  # "c" stays with its live holder


def test_when_the_only_sqlite_daemon_starts_then_every_other_instance_is_dead(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        _instance(session, "previous", pid=1, hostname="renamed-host", heartbeat=NOW)
        _leased_message(session, "a", "previous")
    assert reclaim_dead_instances(factory, NOW, STALE_AFTER, sqlite_single=True) == ["previous"]
    recorder = Recorder()
    OutboxWorker(factory, {"ops": recorder}, clock=lambda: NOW).deliver_due()
    assert recorder.sent == ["a"]


def test_when_a_worker_takes_a_message_then_the_lease_names_it_and_ends_with_the_attempt(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        session.add(OutboxMessage(idempotency_key="k", channel="ops", payload={}, next_attempt_at=NOW))
    holders = []

    def look(point, notification):
        with factory() as session:
            holders.append(session.query(OutboxMessage).one().leased_by)

    OutboxWorker(factory, {"ops": Recorder()}, clock=lambda: NOW, holder="me", hook=look).deliver_due()
    with factory() as session:
        row = session.query(OutboxMessage).one()
    assert holders == ["me", "me"] and row.status == "sent" and row.leased_by is None


def test_the_record_of_a_running_instance_is_never_reclaimed_by_itself(engine):
    factory = session_factory(engine)
    record = InstanceRecord(factory, lambda: NOW)
    from brandwatch.daemon.rulebook import RulesState
    from brandwatch.rules.matcher import RuleSet

    record.register("single", "vader", None, RulesState(RuleSet(()), NOW, None))
    assert reclaim_dead_instances(factory, NOW, STALE_AFTER, sqlite_single=True,
                                  keep=record.instance_id) == []
