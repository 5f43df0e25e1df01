"""PostgreSQL least privilege: migrations as the owner, the application as a role that can only read and
append the trail. The application's own role cannot TRUNCATE, ALTER ... DISABLE TRIGGER, DROP TRIGGER,
UPDATE or DELETE the trail, yet works the queue normally."""

import os
import uuid

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from brandwatch.review.audit_key import audit_key
from brandwatch.review.audit_verify import verify_trail
from brandwatch.review.service import ReviewService
from brandwatch.store.db import make_engine, session_factory, upgrade
from brandwatch.store.grants import grant_statements
from brandwatch.store.models import ReviewEvent

from .helpers import SETTINGS, add_accounts, new_finding

OWNER, APP, PASSWORD = "bw18_owner", "bw18_app", "bw18-test-only"

pytestmark = pytest.mark.postgres


@pytest.fixture
def roles():
    """An owner schema and URLs for the owner and the application role (the roles are made once)."""
    base = os.environ.get("BRANDWATCH_TEST_DATABASE_URL")
    if not base:
        pytest.skip("BRANDWATCH_TEST_DATABASE_URL is not set; PostgreSQL tests need a server")
    admin = create_engine(base)
    schema = f"bw18_lp_{uuid.uuid4().hex[:10]}"
    with admin.begin() as connection:
        for role in (OWNER, APP):
            exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
            if not exists:
                connection.execute(text(f'CREATE ROLE "{role}" LOGIN PASSWORD \'{PASSWORD}\''))
        connection.execute(text(f'CREATE SCHEMA "{schema}" AUTHORIZATION "{OWNER}"'))
    url = make_url(base)

    def as_role(role: str) -> str:
        return url.set(username=role, password=PASSWORD, query={"options": f"-csearch_path={schema}"}) \
            .render_as_string(hide_password=False)

    yield {"owner": as_role(OWNER), "app": as_role(APP), "schema": schema}
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        # Privileges granted in the dropped schema are gone with it; the roles stay for the next run.
    admin.dispose()


def _refused(engine, statement: str, match: str) -> None:
    with pytest.raises(DBAPIError, match=match):
        with engine.begin() as connection:
            connection.execute(text(statement))


def test_when_the_app_role_has_the_documented_grants_then_it_works_but_cannot_rewrite_the_trail(roles):
    owner = make_engine(roles["owner"])
    upgrade(owner)
    with owner.begin() as connection:
        for statement in grant_statements(APP, roles["schema"]):
            connection.execute(text(statement))
    app = make_engine(roles["app"])
    try:
        upgrade(app)  # every start applies migrations: at head this must not need the owner's rights
        factory = session_factory(app)
        add_accounts(factory, "ana")
        finding_id = new_finding(factory)
        ReviewService(factory, SETTINGS).claim(finding_id, "ana")

        _refused(app, "TRUNCATE review_events", "permission denied")
        _refused(app, "ALTER TABLE review_events DISABLE TRIGGER USER", "must be owner")
        _refused(app, "DROP TRIGGER review_events_no_update ON review_events", "must be owner")
        _refused(app, "UPDATE review_events SET note = 'x'", "permission denied")
        _refused(app, "DELETE FROM review_events", "permission denied")
        _refused(app, "TRUNCATE audit_checkpoints", "permission denied")
        _refused(app, "DELETE FROM findings", "permission denied")
        _refused(app, f"UPDATE findings SET status = 'resolved' WHERE id = {finding_id}",
                 "changes only through a review event")
        # Even the owner, who may truncate, is stopped by the TRUNCATE trigger.
        _refused(owner, "TRUNCATE review_events", "append-only")

        with factory() as session:
            assert len(session.scalars(select(ReviewEvent)).all()) == 2
            assert verify_trail(session, audit_key(SETTINGS)).ok
    finally:
        app.dispose()
        owner.dispose()
