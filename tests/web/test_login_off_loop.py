"""Password hashing runs off the event loop, so slow argon2 checks never stall other requests
(issue 19, deliver 7)."""

import asyncio

import brandwatch.web.views_auth as views_auth

from tests.web.conftest import REVIEWER, log_in


def test_when_a_login_is_checked_then_argon2_runs_in_a_worker_thread_not_on_the_event_loop(client, monkeypatch):
    real = views_auth.verify_login
    seen = []

    def recording(engine, name, password):
        try:
            asyncio.get_running_loop()
            seen.append("event loop")
        except RuntimeError:  # no loop in this thread: a worker thread
            seen.append("worker thread")
        return real(engine, name, password)

    monkeypatch.setattr(views_auth, "verify_login", recording)
    assert log_in(client, REVIEWER).status_code == 303
    assert seen == ["worker thread"]
