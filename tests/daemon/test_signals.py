"""SIGTERM finishes the batch and exits 0 within 10 s; a second daemon on one SQLite file is refused."""

from __future__ import annotations

import signal
import time

from .db import Peek
from .helpers import Deployment, append_posts, make_posts, wait_for


def test_when_sigterm_arrives_mid_run_then_the_daemon_exits_0_within_10_s_with_whole_batches(tmp_path):
    deployment = Deployment(tmp_path, analysis_batch=10, replay_batch=50, interval="1s")
    append_posts(deployment.posts_file, make_posts(600)[0])
    peek = Peek(deployment.url)
    daemon = deployment.start()
    try:
        wait_for(lambda: peek.count("analysed") >= 10, 60, "the first analysed batch")
        sent = time.monotonic()
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(timeout=15)
        took = time.monotonic() - sent
    finally:
        if daemon.poll() is None:
            daemon.kill()
    statuses = peek.mention_statuses()
    analysed_with_findings = {ext for ext, _ in peek.finding_keys()}
    with peek.factory() as session:
        from sqlalchemy import select

        from brandwatch.store.models import Mention

        rows = session.execute(select(Mention.external_id, Mention.status, Mention.analysis)).all()
    peek.close()
    assert code == 0 and took < 10, (code, took)
    assert statuses.get("analysed", 0) >= 10
    assert all(analysis is not None for _, status, analysis in rows if status == "analysed")
    pending = {ext for ext, status, _ in rows if status == "pending"}
    assert not pending & analysed_with_findings  # nothing half-written for unfinished mentions
    assert "received SIGTERM" in deployment.log_text()


def test_when_a_second_daemon_starts_on_the_same_sqlite_file_then_it_is_refused(tmp_path):
    deployment = Deployment(tmp_path)
    peek = Peek(deployment.url)
    daemon = deployment.start()
    try:
        wait_for(lambda: peek.live_roles(), 60, "the first daemon's heartbeat")
        second = deployment.cli("run", timeout=60)
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=15)
        peek.close()
    assert second.returncode == 2
    assert "another `brandwatch run` already uses" in second.stderr
