"""The leader's sweep compacts the console's counter tables (store/finding_counters.py)."""

from __future__ import annotations

from sqlalchemy import func, select

from brandwatch.store.db import make_engine
from brandwatch.store.models import Finding, FindingCount

from .helpers import Deployment, append_posts, make_posts

_KEYS = ("status", "category", "severity", "team", "assignee")


def test_when_run_once_sweeps_then_each_counter_key_is_one_row_holding_its_count(tmp_path):
    deployment = Deployment(tmp_path)
    append_posts(deployment.posts_file, make_posts(12)[0])
    assert deployment.cli("run", "--once").returncode == 0
    engine = make_engine(deployment.url)
    try:
        with engine.connect() as connection:
            naive = {tuple(key): n for *key, n in connection.execute(
                select(*(getattr(Finding, k) for k in _KEYS), func.count()).group_by(*(getattr(Finding, k) for k in _KEYS)))}
            rows = connection.execute(select(*(getattr(FindingCount, k) for k in _KEYS), FindingCount.n)).all()
    finally:
        engine.dispose()
    assert max(naive.values()) >= 2, "no key with two findings: folding would not show"
    assert {tuple(row[:5]): row.n for row in rows} == naive and len(rows) == len(naive)
