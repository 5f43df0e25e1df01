"""Killed mid-work and restarted, the daemon loses nothing and duplicates nothing.

Each round's daemon kills itself at an injected point (brandwatch.faults): the n-th time it stores a
collected batch, or the n-th time it writes an analysed batch, before that transaction commits. No sleep
decides when the kill lands, so the test behaves the same on an idle and on a loaded machine. Collection
kills come first and commit little, so every round finds the work it is meant to die in (kill_points).
"""

from __future__ import annotations

import json
import random
import signal

import pytest
from sqlalchemy import func, select

from brandwatch.config import load_settings
from brandwatch.daemon.engine import make_analyzer, open_analysis_inputs
from brandwatch.rules import load_rules
from brandwatch.scan_io import parse_line
from brandwatch.store.models import Mention, ReviewEvent

from .db import Peek
from .helpers import Deployment, append_posts, make_posts, wait_for

KILL_TIMEOUT = 300  # generous: only a daemon that never reaches its kill point takes this long


def kill_points(rounds: int, rng: random.Random, *, collect_kills: int, latest_batch: int) -> list[str]:
    """The first rounds die while storing their 1st..`latest_batch`-th collected batch, the rest while writing
    their 1st..3rd analysed batch. Collect rounds commit at most `latest_batch - 1` batches each, so the source
    is never exhausted before its kill point; analysis rounds never lack pending work, because collection
    runs on in them unhindered and each commits at most two small analysis batches."""
    return ([f"collect.stored#{rng.randint(1, latest_batch)}" for _ in range(collect_kills)]
            + [f"analysis.stored#{rng.randint(1, 3)}" for _ in range(rounds - collect_kills)])


def run_until_killed(deployment: Deployment, point: str, *args: str, log_name: str) -> None:
    daemon = deployment.start(*args, log_name=log_name, env={"BRANDWATCH_FAULT_AT": point})
    returncode = daemon.wait(timeout=KILL_TIMEOUT)
    assert returncode == -signal.SIGKILL, (point, returncode, deployment.log_text(log_name)[-2000:])

POSTS = 120
KILLS = 12


def expected_findings(deployment: Deployment, monkeypatch) -> set[tuple[str, str]]:
    """What the detectors find in each post when nothing goes wrong: (post id, rule)."""
    monkeypatch.setenv("BRANDWATCH_FINGERPRINT_KEY", "test-key-0123456789")
    settings = load_settings(deployment.config)
    analyzer = make_analyzer(settings, open_analysis_inputs(settings), load_rules(None, settings))
    lines = deployment.posts_file.read_text(encoding="utf-8").splitlines()
    posts = [parse_line(line, n).mention for n, line in enumerate(lines, start=1)]
    return {(post.external_id, span.rule) for post, result in zip(posts, analyzer.analyze(posts))
            for span in result.findings}


@pytest.mark.slow
def test_when_sigkilled_mid_batch_then_every_post_is_one_mention_and_every_finding_exists_once(
        tmp_path, monkeypatch):
    deployment = Deployment(tmp_path, replay_rate=15, replay_batch=5, analysis_batch=4, interval="1s")
    posts, keys = make_posts(POSTS, secret_every=3)
    append_posts(deployment.posts_file, posts)
    expected = expected_findings(deployment, monkeypatch)
    assert len(expected) >= POSTS // 3
    rng = random.Random(20261123)
    peek = Peek(deployment.url)
    progress = []
    for round_number, point in enumerate(kill_points(KILLS, rng, collect_kills=6, latest_batch=3)):
        run_until_killed(deployment, point, log_name=f"round-{round_number}.log")
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
    # Every kill landed mid-transaction (run_until_killed); the rounds also left work half done in between.
    assert any(0 < sum(p.values()) < POSTS or 0 < p.get("pending", 0) for p in progress), progress


# One source per platform whose fake the crash test runs against: small pages, so a run reads many.
FAKE_SOURCES = {
    "x": {"name": "x", "type": "x", "query": "Acme", "max_results": 10, "roster_timelines": False},
    "mastodon": {"name": "mastodon", "type": "mastodon", "hashtags": ["acme"], "page_size": 10,
                 "roster_statuses": False},
    "bluesky": {"name": "bluesky", "type": "bluesky", "queries": ["Acme"], "limit": 10, "roster_timelines": False},
}


def fake_deployment(root, platform: str) -> Deployment:
    root.mkdir(parents=True)
    deployment = Deployment(root, analysis_batch=8)
    config = json.loads(deployment.config.read_text())
    config["sources"] = [{**FAKE_SOURCES[platform], "interval": "1s", "jitter": "0s"}]
    deployment.config.write_text(json.dumps(config), encoding="utf-8")
    return deployment


@pytest.mark.slow
@pytest.mark.parametrize("platform", sorted(FAKE_SOURCES))
def test_when_sigkilled_while_collecting_from_a_platform_fake_then_the_result_equals_an_uninterrupted_run(
        tmp_path, platform):
    reference = fake_deployment(tmp_path / "reference", platform)
    peek = Peek(reference.url)
    stored: list[int] = []
    while len(stored) < 2 or stored[-1] != stored[-2]:  # one --once run reads a few pages: repeat until done
        assert reference.cli("run", "--once", "--fake", timeout=300).returncode == 0
        stored.append(len(peek.external_ids()))
    expected_ids, expected_findings = sorted(peek.external_ids()), sorted(peek.finding_keys())
    peek.close()
    deployment = fake_deployment(tmp_path / "killed", platform)
    peek = Peek(deployment.url)
    rng = random.Random(7)
    interrupted = False
    for round_number, point in enumerate(kill_points(10, rng, collect_kills=3, latest_batch=1)):
        run_until_killed(deployment, point, "--fake", log_name=f"round-{round_number}.log")
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
