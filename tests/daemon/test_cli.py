"""The daemon's commands from the outside: run --once, status exit codes, report, run --fake."""

from __future__ import annotations

import json
import signal

from .db import Peek
from .helpers import Deployment, append_posts, make_posts, wait_for


def test_when_no_daemon_runs_then_status_exits_1_and_says_so(tmp_path):
    deployment = Deployment(tmp_path)
    append_posts(deployment.posts_file, make_posts(5)[0])
    assert deployment.cli("run", "--once").returncode == 0
    status = deployment.cli("status")
    assert status.returncode == 1
    assert "UNHEALTHY" in status.stdout and "no daemon is running" in status.stdout
    assert "replay (replay, ok): last success" in status.stdout


def test_when_the_daemon_runs_then_status_exits_0_with_backend_and_queue_counts(tmp_path):
    deployment = Deployment(tmp_path)
    append_posts(deployment.posts_file, make_posts(6)[0])
    peek = Peek(deployment.url)
    daemon = deployment.start()
    try:
        wait_for(lambda: peek.count("analysed") == 6, 60, "the posts analysed")
        status = deployment.cli("status", "--json")
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=15)
        peek.close()
    report = json.loads(status.stdout)
    assert status.returncode == 0 and report["healthy"] is True
    assert report["sentiment"] == {"backend": report["sentiment"]["backend"], "fell_back": False, "notice": None}
    assert "vader" in report["sentiment"]["backend"]
    assert report["findings"]["new"] >= 2 and report["backlog"] == 0


def test_when_a_complaint_report_is_asked_for_then_markdown_with_linked_charts_is_written(tmp_path):
    deployment = Deployment(tmp_path)
    out = tmp_path / "reports" / "week.md"
    result = deployment.cli("report", "complaints", "--since", "7d", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "| Median time to first action | n/a |" in text
    assert "![per day](week-charts/week-per-day.png)" in text
    assert (tmp_path / "reports" / "week-charts" / "week-by-topic.png").is_file()


def test_when_run_once_with_fakes_then_the_x_fakes_posts_are_collected_and_analysed(tmp_path):
    deployment = Deployment(tmp_path)
    config = json.loads(deployment.config.read_text())
    config["sources"] = [{"name": "x", "type": "x", "query": "Acme", "interval": "1m", "roster_timelines": False}]
    deployment.config.write_text(json.dumps(config), encoding="utf-8")
    result = deployment.cli("run", "--once", "--fake", timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    peek = Peek(deployment.url)
    statuses = peek.mention_statuses()
    ids = peek.external_ids()
    peek.close()
    assert statuses == {"analysed": len(ids)} and len(ids) == len(set(ids)) >= 300


def test_when_run_is_given_a_console_port_then_it_serves_the_console_and_creates_the_first_admin(tmp_path):
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from bwtest import cli_env

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp_path / "c.yaml").write_text(f"data_dir: var\nsources: [{{name: s, type: replay}}]\n"
                                     f"daemon: {{console_port: {port}}}\n")
    process = subprocess.Popen([sys.executable, "-m", "brandwatch", "--config", "c.yaml", "run"], cwd=tmp_path,
                               env=cli_env(HF_HUB_CACHE=str(tmp_path)), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline, status = time.monotonic() + 60, None
        while time.monotonic() < deadline and status is None:
            try:
                status = urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2).status
            except OSError:
                time.sleep(0.5)
        assert status == 200
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "account: admin" in stderr and "password:" in stderr
    assert "Traceback" not in stderr  # the console shuts down before its listening socket is closed
