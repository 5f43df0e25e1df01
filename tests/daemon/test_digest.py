"""The weekly complaint digest: written under data_dir, announced through routing, once per week."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from brandwatch.config import Settings
from brandwatch.daemon.digest import send_weekly_digest
from brandwatch.store.db import session_factory
from brandwatch.store.models import OutboxMessage

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)


def test_when_the_digest_is_due_then_it_is_written_and_announced_once_per_week(engine, tmp_path):
    settings = Settings.model_validate({
        "data_dir": str(tmp_path / "var"),
        "channels": [{"name": "care", "type": "webhook", "url": "http://127.0.0.1:9/h", "secret_env": "BW_T"}],
        "routing": [{"match": {"category": "complaint"}, "team": "customer-care", "channels": ["care"]}]})
    factory = session_factory(engine)
    written = send_weekly_digest(factory, settings, NOW)
    repeated = send_weekly_digest(factory, settings, NOW + timedelta(hours=1))  # a restart at the same hour
    next_week = send_weekly_digest(factory, settings, NOW + timedelta(days=7))
    with factory() as session:
        keys = sorted(session.scalars(select(OutboxMessage.idempotency_key)))
    assert written == tmp_path / "var" / "reports" / "complaints-2026-11-23.md" and written.is_file()
    assert repeated is None and next_week is not None
    assert keys == ["bw-digest-20261123-care", "bw-digest-20261130-care"]
