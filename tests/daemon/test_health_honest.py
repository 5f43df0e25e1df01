"""Health never says ok when something is failing; exit codes agree with `collect --once`;
`postgres://` URLs work; a console that cannot bind stops the daemon (issue 19, deliver 4)."""

from __future__ import annotations

import json
import socket
from datetime import datetime, timezone

import pytest

from brandwatch.config import Settings
from brandwatch.daemon.status import collect_status
from brandwatch.store.db import make_engine, session_factory, transaction, upgrade
from brandwatch.store.models import DaemonInstance, SourceStatus

from .helpers import Deployment

NOW = datetime.now(timezone.utc)
SETTINGS = Settings.model_validate({"sources": [{"name": "replay", "type": "replay"},
                                                {"name": "spare", "type": "replay", "enabled": False}]})


def _alive(session, **values) -> None:
    session.add(DaemonInstance(instance_id="i1", hostname=socket.gethostname(), pid=1, role="single",
                               started_at=NOW, heartbeat_at=NOW, rules_count=90, **values))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_when_a_reload_failed_a_source_fails_and_the_console_is_gone_then_status_says_why_it_is_unhealthy(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        _alive(session, rules_error="rules/zz.yaml:3: rule 'x': unknown severity 'hihg'",
               console_url=f"http://127.0.0.1:{_free_port()}")
        session.add(SourceStatus(source="replay", failing_since=NOW, last_error="replay file /x does not exist",
                                 details={}))
    with factory() as session:
        report = collect_status(session, SETTINGS, NOW)
    problems = "\n".join(report.problems)
    assert not report.healthy
    assert "rules reload failed" in problems and "unknown severity 'hihg'" in problems
    assert "source replay failing since" in problems and "replay file /x does not exist" in problems
    assert "review console of i1" in problems and "does not answer" in problems
    assert any("spare is turned off in the configuration" in w for w in report.warnings)


def test_when_the_console_answers_and_nothing_fails_then_status_is_healthy(engine):
    factory = session_factory(engine)
    with socket.create_server(("127.0.0.1", 0)) as console:
        with transaction(factory) as session:
            _alive(session, console_url=f"http://127.0.0.1:{console.getsockname()[1]}")
        with factory() as session:
            report = collect_status(session, SETTINGS, NOW)
    assert report.healthy, report.problems


def test_when_the_url_says_postgres_then_the_installed_psycopg_driver_is_used():
    assert make_engine("postgres://bw:secret@db.example/bw").url.drivername == "postgresql+psycopg"
    assert make_engine("postgresql://bw@db.example/bw").url.drivername == "postgresql+psycopg"
    assert make_engine("postgresql+psycopg://bw@db.example/bw").url.drivername == "postgresql+psycopg"


@pytest.mark.postgres
def test_when_a_postgres_url_is_configured_then_migrations_run_on_it(postgres_url):
    engine = make_engine(postgres_url.replace("postgresql+psycopg://", "postgres://", 1))
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def test_when_a_source_fails_then_run_once_exits_1_like_collect_once(tmp_path):
    outcomes = {}
    for command in ("run", "collect"):
        (tmp_path / command).mkdir()
        deployment = Deployment(tmp_path / command)
        deployment.posts_file.unlink()  # the replay file is missing: the source retries later
        outcomes[command] = deployment.cli(command, "--once", timeout=300)
    assert outcomes["run"].returncode == outcomes["collect"].returncode == 1, outcomes
    assert "failed: source replay: retry: replay file" in outcomes["run"].stderr
    healthy = Deployment(tmp_path)
    healthy.posts_file.write_text(json.dumps({"id": "1", "text": "Acme Rocket is fine"}) + "\n")
    assert healthy.cli("run", "--once", timeout=300).returncode == 0


def test_when_the_console_port_is_taken_then_the_daemon_stops_with_a_clear_error(tmp_path):
    deployment = Deployment(tmp_path)
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        ran = deployment.cli("run", "--console-port", str(port), timeout=300)
    assert ran.returncode == 2, ran.stdout + ran.stderr
    assert f"the review console cannot listen on 127.0.0.1:{port}" in ran.stderr
    assert "--no-console" in ran.stderr and "Traceback" not in ran.stderr


def test_when_an_instance_on_this_machine_was_killed_then_status_drops_it_at_once(engine):
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(gone.stdout)
    factory = session_factory(engine)
    with transaction(factory) as session:
        session.add(DaemonInstance(instance_id="killed", hostname=socket.gethostname(), pid=dead_pid, role="leader",
                                   started_at=NOW, heartbeat_at=NOW, rules_count=90))
        session.add(DaemonInstance(instance_id="elsewhere", hostname="another-host", pid=dead_pid, role="worker",
                                   started_at=NOW, heartbeat_at=NOW, rules_count=90))
    with factory() as session:
        report = collect_status(session, SETTINGS, NOW)
    alive = {i.instance_id: i.alive for i in report.instances}
    assert alive == {"killed": False, "elsewhere": True}  # another machine's process cannot be checked from here
