"""Fixtures for the console tests: a seeded demo database, accounts, a movable clock, a logged-in client."""

from __future__ import annotations

import re
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from brandwatch.store.db import make_engine, upgrade
from brandwatch.testing.console_demo import DEMO_NOW, DEMO_SETTINGS, seed_demo
from brandwatch.web.accounts import add_user
from brandwatch.web.app import create_app

ADMIN, REVIEWER, PASSWORD = "ada", "rita", "correct horse battery"


class FakeClock:
    def __init__(self, now: datetime = DEMO_NOW):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """argon2id at its lowest cost: the production cost (~0.4 s a hash here) would dominate every test."""
    from argon2 import PasswordHasher

    from brandwatch.web import accounts

    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture(scope="session")
def seeded_demo_file(tmp_path_factory) -> Path:
    """The demo database built once; each test works on its own copy."""
    from argon2 import PasswordHasher

    from brandwatch.web import accounts

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    seed_demo(engine)
    saved, accounts._HASHER = accounts._HASHER, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    try:
        add_user(engine, ADMIN, "admin", PASSWORD)
        add_user(engine, REVIEWER, "reviewer", PASSWORD)
    finally:
        accounts._HASHER = saved
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def demo_engine(seeded_demo_file, tmp_path):
    copy = tmp_path / "console.db"
    shutil.copyfile(seeded_demo_file, copy)
    engine = make_engine(f"sqlite:///{copy}")
    yield engine
    engine.dispose()


@pytest.fixture
def finding_of(demo_engine):
    """The id of the (first) finding raised on a demo post, by the post's external id."""
    from sqlalchemy import select

    from brandwatch.store.models import Finding, Mention

    def lookup(external_id: str) -> int:
        with demo_engine.connect() as connection:
            return connection.execute(select(Finding.id).join(Mention, Mention.id == Finding.mention_id)
                                      .where(Mention.external_id == external_id).order_by(Finding.id)).scalar_one()

    return lookup


@pytest.fixture
def app(demo_engine, clock):
    return create_app(demo_engine, DEMO_SETTINGS, secret_key="test-session-key-" + "x" * 32, clock=clock)


@pytest.fixture
def client(app) -> TestClient:
    with TestClient(app, follow_redirects=False) as anonymous:
        yield anonymous


def csrf_of(client: TestClient, path: str = "/login") -> str:
    page = client.get(path)
    match = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def log_in(client: TestClient, name: str = REVIEWER, password: str = PASSWORD):
    return client.post("/login", data={"name": name, "password": password, "csrf_token": csrf_of(client),
                                       "next": "/queue"})


@pytest.fixture
def reviewer(client) -> TestClient:
    assert log_in(client, REVIEWER).status_code == 303
    return client


@pytest.fixture
def admin(client) -> TestClient:
    assert log_in(client, ADMIN).status_code == 303
    return client


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so fixtures can tell a failed test (for screenshots)."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
