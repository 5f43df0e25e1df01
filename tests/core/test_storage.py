"""Storage runs on SQLite always and on PostgreSQL when BRANDWATCH_TEST_DATABASE_URL is set."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from brandwatch.store.db import current_revision, session_factory, table_names, transaction, upgrade
from brandwatch.store.models import Finding, Mention, ReviewEvent


def _head_revision() -> str:
    """The newest migration (each area adds its own after 0001), so this test need not name it."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from brandwatch.store.db import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    (head,) = ScriptDirectory.from_config(config).get_heads()
    return head


def _mention(**overrides) -> Mention:
    values = dict(platform="x", external_id="1", text="hello", created_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
    values.update(overrides)
    return Mention(**values)


def test_when_upgraded_then_every_table_exists_and_upgrade_is_idempotent(engine):
    upgrade(engine)
    assert current_revision(engine) == _head_revision()
    assert {"mentions", "authors", "findings", "review_events", "checkpoints", "outbox"} <= set(table_names(engine))


def test_when_a_mention_is_stored_twice_then_the_second_is_refused(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        session.add(_mention(raw={"id": "1", "nested": {"emoji": "🚀"}}))
    with pytest.raises(IntegrityError):
        with transaction(factory) as session:
            session.add(_mention(text="again"))
    with factory() as session:
        stored = session.scalars(select(Mention)).one()
    assert stored.raw == {"id": "1", "nested": {"emoji": "🚀"}}
    assert stored.created_at == datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert stored.status == "pending"


def test_when_a_review_event_is_changed_or_deleted_then_the_database_refuses(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        mention = _mention()
        session.add(mention)
        session.flush()
        finding = Finding(mention_id=mention.id, rule_id="r", category="leak", kind="secret",
                          severity="high", start=0, end=5, preview="AKIA…")
        session.add(finding)
        session.flush()
        session.add(ReviewEvent(finding_id=finding.id, actor="ana", action="claim",
                                from_status="new", to_status="claimed"))
    for statement in ("UPDATE review_events SET actor = 'mallory'", "DELETE FROM review_events"):
        with pytest.raises(Exception, match="append-only"):
            with engine.begin() as connection:
                connection.execute(text(statement))
    with factory() as session:
        assert session.scalars(select(ReviewEvent.actor)).all() == ["ana"]
