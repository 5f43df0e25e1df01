"""Killed at random moments and restarted, the daemon loses nothing and duplicates nothing."""

from __future__ import annotations

import json
import random
import signal
import time

import pytest
from sqlalchemy import func, select

from brandwatch.config import load_settings
from brandwatch.daemon.engine import make_analyzer, open_detectors
from brandwatch.mention import Author, Mention as Post
from brandwatch.rules import load_rules
from brandwatch.scan_io import parse_line
from brandwatch.store.models import Finding, Mention, ReviewEvent

from .db import Peek
from .helpers import Deployment, append_posts, make_posts, wait_for

POSTS = 120
KILLS = 12


def expected_findings(deployment: Deployment, monkeypatch) -> set[tuple[str, str]]:
    """What the detectors find in each post when nothing goes wrong: (post id, rule)."""
    monkeypatch.setenv("BRANDWATCH_FINGERPRINT_KEY", "test-key-0123456789")
    settings = load_settings(deployment.config)
    analyzer = make_analyzer(settings, open_detectors(settings), load_rules(None, settings))
    lines = deployment.posts_file.read_text(encoding="utf-8").splitlines()
    posts = [parse_line(line, n).mention for n, line in enumerate(lines, start=1)]
    return {(post.external_id, span.rule) for post, result in zip(posts, analyzer.analyze(posts))
            for span in result.findings}


@pytest.mark.slow
def test_when_sigkilled_at_random_moments_then_every_post_is_one_mention_and_every_finding_exists_once(
        tmp_path, monkeypatch):
    deployment = Deployment(tmp_path, replay_rate=15, replay_batch=5, analysis_batch=4, interval="1s")
    posts, keys = make_posts(POSTS, secret_every=3)
    append_posts(deployment.posts_file, posts)
    expected = expected_findings(deployment, monkeypatch)
    assert len(expected) >= POSTS // 3
    rng = random.Random(20261123)
    peek = Peek(deployment.url)
    progress = []
    for round_number in range(KILLS):
        daemon = deployment.start(log_name=f"round-{round_number}.log")
        time.sleep(rng.uniform(1.0, 3.5))  # start-up takes about a second; kills land in all phases
        daemon.send_signal(signal.SIGKILL)
        daemon.wait(timeout=10)
        progress.append(peek.mention_statuses())
    finisher = deployment.start(log_name="final.log")
    try:
        wait_for(lambda: finisher.pid in peek.live_roles(), 60, "the last daemon to start")
        wait_for(lambda: peek.count("analysed") == POSTS, 120, "every post analysed after the kills")
    finally:
        finisher.send_signal(signal.SIGTERM)
        assert finisher.wait(timeout=15) == 0
    with peek.factory() as session:
        ids = list(session.scalars(select(Mention.external_id)))
        texts = list(session.scalars(select(Mention.text)))
        findings = peek.finding_keys()
        creates = session.scalar(select(func.count()).select_from(ReviewEvent).where(ReviewEvent.action == "create"))
        failed = session.scalar(select(func.count()).select_from(Mention).where(Mention.status == "failed"))
    peek.close()
    assert sorted(ids) == sorted(p["id"] for p in posts)  # every fake post exactly once
    assert len(findings) == len(set(findings)) and set(findings) == expected  # every finding exactly once
    assert creates == len(findings) and failed == 0
    assert not [k for k in keys if any(k in (t or "") for t in texts)]  # secrets redacted after analysis
    # The kills really interrupted work in progress, not an idle daemon.
    assert any(0 < sum(p.values()) < POSTS or 0 < p.get("pending", 0) for p in progress), progress


def x_fake_deployment(root) -> Deployment:
    root.mkdir(parents=True)
    deployment = Deployment(root, analysis_batch=8)
    config = json.loads(deployment.config.read_text())
    config["sources"] = [{"name": "x", "type": "x", "query": "Acme", "interval": "1s", "jitter": "0s",
                          "max_results": 10, "roster_timelines": False}]
    deployment.config.write_text(json.dumps(config), encoding="utf-8")
    return deployment


@pytest.mark.slow
def test_when_sigkilled_while_collecting_from_the_x_fake_then_the_result_equals_an_uninterrupted_run(tmp_path):
    reference = x_fake_deployment(tmp_path / "reference")
    peek = Peek(reference.url)
    stored: list[int] = []
    while len(stored) < 2 or stored[-1] != stored[-2]:  # one --once run reads a few pages: repeat until done
        assert reference.cli("run", "--once", "--fake", timeout=300).returncode == 0
        stored.append(len(peek.external_ids()))
    expected_ids, expected_findings = sorted(peek.external_ids()), sorted(peek.finding_keys())
    peek.close()
    deployment = x_fake_deployment(tmp_path / "killed")
    peek = Peek(deployment.url)
    rng = random.Random(7)
    interrupted = False
    for round_number in range(10):
        daemon = deployment.start("--fake", log_name=f"round-{round_number}.log")
        time.sleep(rng.uniform(1.0, 3.0))
        daemon.send_signal(signal.SIGKILL)
        daemon.wait(timeout=10)
        statuses = peek.mention_statuses()
        interrupted = interrupted or 0 < statuses.get("pending", 0) or 0 < sum(statuses.values()) < len(expected_ids)
    finisher = deployment.start("--fake", log_name="final.log")
    try:
        wait_for(lambda: finisher.pid in peek.live_roles(), 60, "the last daemon to start")
        wait_for(lambda: peek.count("analysed") == len(expected_ids), 120, "every fake post analysed")
    finally:
        finisher.send_signal(signal.SIGTERM)
        assert finisher.wait(timeout=15) == 0
    ids, findings = sorted(peek.external_ids()), sorted(peek.finding_keys())
    peek.close()
    assert len(expected_ids) >= 300 and ids == expected_ids  # every fake post exactly once
    assert findings == expected_findings  # every expected finding exactly once
    assert interrupted, "no kill landed while work was in progress"
