"""Every POSTed form needs the session's CSRF token; a refused post changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from brandwatch.store.models import Finding, ReviewEvent
from tests.web.conftest import PASSWORD, REVIEWER, csrf_of


def _events(engine, finding_id):
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(ReviewEvent)
                                  .where(ReviewEvent.finding_id == finding_id)).scalar_one()


@pytest.mark.parametrize("token", [None, "", "forged-token"])
def test_when_an_action_lacks_the_session_token_then_it_is_refused_and_nothing_changes(
        reviewer, demo_engine, finding_of, token):
    finding_id = finding_of("1861010")
    before = _events(demo_engine, finding_id)
    data = {} if token is None else {"csrf_token": token}
    response = reviewer.post(f"/findings/{finding_id}/claim", data=data)
    assert response.status_code == 403
    assert _events(demo_engine, finding_id) == before
    with demo_engine.connect() as connection:
        assert connection.execute(select(Finding.status).where(Finding.id == finding_id)).scalar_one() == "new"


def test_when_the_token_comes_from_another_session_then_it_is_refused(app, reviewer, finding_of):
    from starlette.testclient import TestClient

    with TestClient(app) as other:
        foreign = csrf_of(other)
    response = reviewer.post(f"/findings/{finding_of('1861010')}/claim", data={"csrf_token": foreign})
    assert response.status_code == 403


def test_when_login_form_has_no_token_then_login_is_refused(client):
    response = client.post("/login", data={"name": REVIEWER, "password": PASSWORD})
    assert response.status_code == 403
    assert client.get("/queue").status_code == 303


def test_when_admin_form_has_no_token_then_no_account_is_created(admin):
    response = admin.post("/admin/users", data={"name": "mallory", "role": "admin", "password": "x" * 12})
    assert response.status_code == 403
    assert "mallory" not in admin.get("/admin/users").text
