"""Two daemons starting on one database record the same rule versions at once (found in CI: the
second start died on rule_versions' primary key, so only one instance came up)."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timezone
from types import SimpleNamespace

from sqlalchemy import func, select, text

from brandwatch.review.rule_versions import record_rule_versions
from brandwatch.store.db import make_engine, session_factory, upgrade
from brandwatch.store.models import RuleVersion

NOW = datetime(2026, 12, 3, tzinfo=timezone.utc)
RULES = [SimpleNamespace(id=f"rule-{n}", content_hash=f"hash-{n}", text=f"id: rule-{n}") for n in range(5)]


def test_when_another_instance_stores_the_same_versions_first_then_recording_them_again_succeeds(postgres_url):
    engine = make_engine(postgres_url)
    upgrade(engine)
    factory = session_factory(engine)
    first, outcome = factory(), {}
    record_rule_versions(first, RULES, NOW)  # flushed, not committed: the other instance cannot see it yet

    def second_instance():
        with factory() as session:
            try:
                record_rule_versions(session, RULES, NOW)
                session.commit()
                outcome["ok"] = True
            except Exception as exc:  # noqa: BLE001 - the failure is what the test reports
                outcome["error"] = exc

    thread = threading.Thread(target=second_instance)
    thread.start()
    # Commit the first only once the second waits on its uncommitted rows: the race, every time.
    deadline = time.monotonic() + 60
    with engine.connect() as watcher:
        while time.monotonic() < deadline and not watcher.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")).scalar():
            time.sleep(0.05)
    first.commit()
    first.close()
    thread.join(timeout=60)
    assert outcome == {"ok": True}
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(RuleVersion)) == len(RULES)
    engine.dispose()


def test_recording_versions_twice_in_one_database_stores_each_once(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'v.db'}")
    upgrade(engine)
    factory = session_factory(engine)
    with factory() as session:
        assert record_rule_versions(session, RULES, NOW) == len(RULES)
        session.commit()
    with factory() as session:
        assert record_rule_versions(session, RULES, NOW) == 0
        assert session.scalar(select(func.count()).select_from(RuleVersion)) == len(RULES)
    engine.dispose()
