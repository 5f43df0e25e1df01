"""Shared fixtures: databases (SQLite always, PostgreSQL when configured), the CLI, tiny models."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from bwtest import REPO, SRC, cli_env  # noqa: E402,F401 - shared with test modules (see bwtest.py)

PG_ENV = "BRANDWATCH_TEST_DATABASE_URL"
# In-process tests seal the review trail with this key instead of writing var/audit.key into the checkout.
os.environ.setdefault("BRANDWATCH_AUDIT_KEY", "tests-audit-key-not-secret-0123456789")

# No test trains a real sentiment model in the background by accident (daemon/autotrain.py);
# the one test of that feature turns it back on for itself.
os.environ.setdefault("BRANDWATCH_AUTO_TRAIN", "0")

# Parsed rule files are cached per test session (rules/tree_cache.py), never in the tester's home.
os.environ.setdefault("BRANDWATCH_CACHE_DIR", tempfile.mkdtemp(prefix="bw-test-cache-"))


def pytest_collection_modifyitems(config, items):
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "postgres_url" in item.fixturenames or params.get("database_url") == "pg":
            item.add_marker(pytest.mark.postgres)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'brandwatch.db'}"


@pytest.fixture
def postgres_url() -> str:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards.

    Skips only when the variable is unset; when it is set and the server is unreachable the test
    fails, so CI can never pass by silently skipping.
    """
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set; PostgreSQL tests need a server")
    from sqlalchemy import create_engine, text

    schema = f"bw_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server must fail the test
        pytest.fail(f"{PG_ENV} is set but PostgreSQL is unreachable: {exc}")
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "pg"])
def database_url(request) -> str:
    """Runs the test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def engine(database_url):
    from brandwatch.store.db import make_engine, upgrade

    engine = make_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def run_cli(tmp_path):
    """Run `python -m brandwatch ARGS` in a subprocess from tmp_path (no ./config there)."""

    def run(*args: str, input: str | None = None, cwd: Path | None = None, env: dict | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "brandwatch", *args], input=input, text=True,
                              capture_output=True, cwd=cwd or tmp_path, env=cli_env(**(env or {})),
                              timeout=timeout)

    return run


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    pytest.importorskip("torch")
    from brandwatch.testing.tiny_model import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))
