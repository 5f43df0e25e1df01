"""Two daemons on one PostgreSQL database: disjoint analysis, and collection survives the leader's death."""

from __future__ import annotations

import json
import signal

import pytest

from .db import Peek
from .helpers import Deployment, append_posts, make_posts, wait_for


def analysed_ids(deployment: Deployment, log_name: str) -> list[int]:
    ids = []
    for line in deployment.log_text(log_name).splitlines():
        if line.startswith("{"):
            entry = json.loads(line)
            if entry.get("message") == "analysed batch":
                ids += [int(i) for i in entry["mention_ids"].split(",")]
    return ids


@pytest.mark.slow
def test_when_two_daemons_share_postgresql_then_none_analyses_a_mention_twice_and_collection_survives_the_leader(
        tmp_path, postgres_url):
    deployment = Deployment(tmp_path, database_url=postgres_url, replay_rate=0, replay_batch=20, analysis_batch=3)
    first_posts = make_posts(240, secret_every=4)[0]
    append_posts(deployment.posts_file, first_posts)
    peek = Peek(deployment.url)
    a = deployment.start("--log-format", "json", log_name="a.log", verbose=True)
    b = deployment.start("--log-format", "json", log_name="b.log", verbose=True)
    try:
        roles = wait_for(lambda: (r := peek.live_roles()) and len(r) == 2 and "leader" in r.values() and r,
                         90, "both daemons up, one leading")
        wait_for(lambda: peek.count("analysed") == 240, 120, "the first posts analysed")
        leader_pid = next(pid for pid, role in roles.items() if role == "leader")
        leader, follower = (a, b) if a.pid == leader_pid else (b, a)
        leader.send_signal(signal.SIGKILL)
        leader.wait(timeout=10)
        append_posts(deployment.posts_file, make_posts(30, start=240)[0])
        wait_for(lambda: peek.live_roles().get(follower.pid) == "leader", 60, "the follower to take the lead")
        wait_for(lambda: peek.count("analysed") == 270, 90, "posts added after the leader died, collected and analysed")
    finally:
        for process in (a, b):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=15)
        ids = peek.external_ids()
        peek.close()
    by_a, by_b = analysed_ids(deployment, "a.log"), analysed_ids(deployment, "b.log")
    assert len(ids) == len(set(ids)) == 270
    assert not set(by_a) & set(by_b), "a mention was analysed by both daemons"
    assert len(by_a) == len(set(by_a)) and len(by_b) == len(set(by_b))
    assert len(set(by_a) | set(by_b)) == 270
    assert by_a and by_b, "both daemons should have analysed a share"
