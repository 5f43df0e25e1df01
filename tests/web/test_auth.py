"""Logging in and out, the session cookie, throttling, disabled accounts."""

from __future__ import annotations

from datetime import timedelta

from brandwatch.web.accounts import set_disabled
from tests.web.conftest import ADMIN, PASSWORD, REVIEWER, csrf_of, log_in


def test_when_anonymous_opens_the_queue_then_it_is_sent_to_login_with_next(client):
    response = client.get("/queue?category=leak")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fqueue%3Fcategory%3Dleak"


def test_when_password_is_right_then_session_cookie_is_httponly_and_samesite(client):
    response = log_in(client)
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert client.get("/queue").status_code == 200


def test_when_password_is_wrong_then_login_fails_and_no_session_is_made(client):
    response = log_in(client, REVIEWER, "not the password")
    assert response.status_code == 401
    assert "Unknown account or wrong password" in response.text
    assert client.get("/queue").status_code == 303


def test_when_account_does_not_exist_then_the_message_is_the_same_as_a_wrong_password(client):
    assert "Unknown account or wrong password" in log_in(client, "nobody", PASSWORD).text


def test_when_next_points_off_site_then_login_redirects_to_the_queue(client):
    token = csrf_of(client)
    response = client.post("/login", data={"name": REVIEWER, "password": PASSWORD, "csrf_token": token,
                                           "next": "//evil.example/phish"})
    assert response.headers["location"] == "/queue"


def test_when_five_logins_fail_then_even_the_right_password_is_refused_until_the_lockout_ends(client, clock):
    for _ in range(5):
        assert log_in(client, REVIEWER, "wrong password!").status_code == 401
    locked = log_in(client, REVIEWER, PASSWORD)
    assert locked.status_code == 429 and "Too many failed attempts" in locked.text
    clock.advance(timedelta(minutes=16))
    assert log_in(client, REVIEWER, PASSWORD).status_code == 303


def test_when_one_account_is_throttled_then_another_account_from_the_same_address_can_log_in(client):
    for _ in range(5):
        log_in(client, REVIEWER, "wrong password!")
    assert log_in(client, ADMIN, PASSWORD).status_code == 303


def test_when_failures_are_spread_beyond_the_window_then_no_lockout(client, clock):
    for _ in range(8):
        assert log_in(client, REVIEWER, "wrong password!").status_code == 401
        clock.advance(timedelta(minutes=4))
    assert log_in(client, REVIEWER, PASSWORD).status_code == 303


def test_when_an_account_is_disabled_then_its_open_session_ends_on_the_next_request(reviewer, demo_engine):
    assert reviewer.get("/queue").status_code == 200
    set_disabled(demo_engine, REVIEWER, True)
    response = reviewer.get("/queue")
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_when_logging_out_then_the_session_no_longer_opens_pages(reviewer):
    response = reviewer.post("/logout", data={"csrf_token": csrf_of(reviewer, "/queue")})
    assert response.status_code == 303
    assert reviewer.get("/queue").status_code == 303


def test_when_one_address_fails_against_many_accounts_then_that_address_is_locked_out(client):
    for number in range(30):
        assert log_in(client, f"guess{number}", "Winter2026!").status_code == 401
    assert log_in(client, ADMIN, PASSWORD).status_code == 429


def test_when_the_password_changes_then_sessions_made_with_the_old_one_end(reviewer, demo_engine):
    from brandwatch.web.accounts import set_password

    assert reviewer.get("/queue").status_code == 200
    set_password(demo_engine, REVIEWER, "a brand new passphrase")
    assert reviewer.get("/queue").status_code == 303
    assert log_in(reviewer, REVIEWER, "a brand new passphrase").status_code == 303
    assert reviewer.get("/queue").status_code == 200


def _session_cookie(client) -> str:
    from brandwatch.web.app import SESSION_COOKIE

    return client.cookies[SESSION_COOKIE]


def _replay(client, cookie: str) -> None:
    from brandwatch.web.app import SESSION_COOKIE

    client.cookies.clear()
    client.cookies.set(SESSION_COOKIE, cookie)


def test_when_logging_out_then_a_copy_of_the_old_cookie_no_longer_opens_pages(reviewer):
    stolen = _session_cookie(reviewer)
    reviewer.post("/logout", data={"csrf_token": csrf_of(reviewer, "/queue")})
    _replay(reviewer, stolen)
    assert reviewer.get("/queue").status_code == 303


def test_when_the_password_changes_then_a_copy_of_the_old_cookie_stays_dead_after_changing_it_back(
        reviewer, demo_engine):
    from brandwatch.web.accounts import set_password

    stolen = _session_cookie(reviewer)
    set_password(demo_engine, REVIEWER, "a brand new passphrase")
    set_password(demo_engine, REVIEWER, PASSWORD)
    _replay(reviewer, stolen)
    assert reviewer.get("/queue").status_code == 303


def test_when_an_admin_ends_a_users_sessions_then_every_browser_of_that_user_is_logged_out(client, demo_engine):
    from brandwatch.web.sessions import end_sessions_of
    from starlette.testclient import TestClient

    second = TestClient(client.app, follow_redirects=False)
    assert log_in(client).status_code == 303 and log_in(second).status_code == 303
    assert end_sessions_of(demo_engine, REVIEWER) == 2
    assert client.get("/queue").status_code == 303 and second.get("/queue").status_code == 303


def test_when_a_session_is_idle_longer_than_the_limit_then_it_ends(reviewer, clock):
    from brandwatch.web.sessions import IDLE_LIMIT

    assert reviewer.get("/queue").status_code == 200
    clock.advance(IDLE_LIMIT - timedelta(minutes=1))
    assert reviewer.get("/queue").status_code == 200
    clock.advance(IDLE_LIMIT + timedelta(minutes=1))
    assert reviewer.get("/queue").status_code == 303
