"""Hot rule reload: a broken file keeps the previous rules running and shows in status; SIGHUP reloads."""

from __future__ import annotations

import json
import signal

from .db import Peek
from .helpers import Deployment, append_posts, wait_for
from .test_rescan_and_report import ZEBRA_RULE

BROKEN_RULE = """rules:
  - id: half-written
    title: A rule someone is still typing
    category: leak
    kind: secret
    severity: hihg
    match: {regx: 'abc'}
"""


def _post(ident: str, text: str) -> dict:
    return {"id": ident, "text": text, "author": "sam", "platform": "x"}


def test_when_a_rule_file_breaks_then_old_rules_keep_running_and_status_shows_the_error(tmp_path):
    deployment = Deployment(tmp_path)
    rules = deployment.copy_bundled_rules()
    peek = Peek(deployment.url)
    daemon = deployment.start()
    try:
        wait_for(lambda: peek.live_roles(), 60, "the daemon's heartbeat")
        (rules / "zz-broken.yaml").write_text(BROKEN_RULE, encoding="utf-8")
        status = wait_for(lambda: _status_with_error(deployment), 30, "status to show the rules error")
        append_posts(deployment.posts_file, [_post("leak-1", "Acme key AKIAQ3EGUVNT5XJ2LWPM pasted by mistake")])
        wait_for(lambda: "aws-access-key-id" in peek.findings_for("leak-1"), 30, "the old rules to flag the post")

        (rules / "zz-broken.yaml").write_text(ZEBRA_RULE, encoding="utf-8")
        daemon.send_signal(signal.SIGHUP)
        wait_for(lambda: not _status_with_error(deployment), 30, "the error to clear after the fix")
        append_posts(deployment.posts_file, [_post("zebra-1", "Acme zebracorn launch slipped")])
        wait_for(lambda: "test-zebracorn" in peek.findings_for("zebra-1"), 30, "the new rule to run")
    finally:
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(timeout=15)
        peek.close()
    assert "zz-broken.yaml" in status["rules"]["error"] and "half-written" in status["rules"]["error"]
    # Unhealthy: the old rules still run, but the next restart would refuse the broken file.
    assert status["healthy"] is False and any("rules reload failed" in p for p in status["problems"])
    log = deployment.log_text()
    assert "rules reload (rule files changed) failed; the previous" in log and "zz-broken.yaml" in log
    assert code == 0


def _status_with_error(deployment: Deployment) -> dict | None:
    result = deployment.cli("status", "--json", timeout=60)
    if not result.stdout.strip():
        return None
    status = json.loads(result.stdout)
    return status if status["rules"]["error"] else None
