"""A first start killed at any migration step never wedges the database: the next start succeeds.

The kill is injected at a named step (brandwatch.faults), never timed: `BRANDWATCH_FAULT_AT=migration.step#k`
makes `brandwatch db upgrade` SIGKILL itself right after the k-th migration is applied and before it commits.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from bwtest import cli_env
from brandwatch.errors import StorageError
from brandwatch.store.db import MIGRATIONS, current_revision, make_engine, table_names, upgrade
from brandwatch.store.migrate import _MIGRATION_LOCK

PG_ENV = "BRANDWATCH_TEST_DATABASE_URL"


def migrations_in_order() -> list[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return [script.revision for script in reversed(list(ScriptDirectory.from_config(config).walk_revisions()))]


class FreshDatabases:
    """A new empty database per kill: a file on SQLite, a schema on PostgreSQL (dropped afterwards)."""

    def __init__(self, backend: str, tmp_path):
        self.backend, self.tmp_path, self.schemas = backend, tmp_path, []
        self.admin = None
        if backend == "pg":
            base = os.environ.get(PG_ENV)
            if not base:
                pytest.skip(f"{PG_ENV} is not set; PostgreSQL tests need a server")
            self.base, self.admin = base, create_engine(base)

    def new(self) -> str:
        if self.backend == "sqlite":
            return f"sqlite:///{self.tmp_path / f'first-start-{uuid.uuid4().hex[:8]}.db'}"
        schema = f"bw_{uuid.uuid4().hex[:12]}"
        with self.admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        self.schemas.append(schema)
        return f"{self.base}{'&' if '?' in self.base else '?'}options=-csearch_path%3D{schema}"

    def close(self) -> None:
        if self.admin is not None:
            with self.admin.begin() as connection:
                for schema in self.schemas:
                    connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            self.admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.postgres)])
def databases(request, tmp_path):
    fresh = FreshDatabases(request.param, tmp_path)
    yield fresh
    fresh.close()


def start_killed_at(point: str, url: str, tmp_path) -> subprocess.CompletedProcess:
    config = tmp_path / "brandwatch.yaml"
    config.write_text(json.dumps({"database": {"url": url}, "data_dir": str(tmp_path / "var")}), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "brandwatch", "--config", str(config), "db", "upgrade"],
                          cwd=tmp_path, env=cli_env(BRANDWATCH_FAULT_AT=point), capture_output=True, text=True,
                          timeout=300)


def test_when_the_first_start_is_killed_after_any_migration_step_then_the_next_start_succeeds(databases, tmp_path):
    revisions = migrations_in_order()
    for step, revision in enumerate(revisions, start=1):
        url = databases.new()
        killed = start_killed_at(f"migration.step#{step}", url, tmp_path)
        assert killed.returncode == -signal.SIGKILL, (revision, killed.stdout, killed.stderr)
        engine = make_engine(url)
        try:
            if databases.backend == "sqlite":  # all or nothing: the killed start left no trace
                assert current_revision(engine) is None and table_names(engine) == [], revision
            else:  # resumable: every migration before the killed one is committed
                assert current_revision(engine) == (revisions[step - 2] if step > 1 else None), revision
            upgrade(engine)  # the next start
            assert current_revision(engine) == revisions[-1], revision
            assert {"authors", "mentions", "findings", "review_events", "outbox"} <= set(table_names(engine))
        finally:
            engine.dispose()


@pytest.mark.parametrize("statement", [2, 25])
def test_when_the_first_start_is_killed_between_two_statements_of_a_migration_then_the_next_start_succeeds(
        databases, tmp_path, statement):
    url = databases.new()
    killed = start_killed_at(f"migration.statement#{statement}", url, tmp_path)
    assert killed.returncode == -signal.SIGKILL, (killed.stdout, killed.stderr)
    engine = make_engine(url)
    try:
        upgrade(engine)
        assert current_revision(engine) == migrations_in_order()[-1]
    finally:
        engine.dispose()


def test_when_a_migration_fails_then_the_error_names_it_and_its_real_cause(databases):
    revisions = migrations_in_order()
    scripts = ScriptDirectory.from_config(_config())
    # The newest migration that creates a table (whichever branch added it): block its table name.
    index = max(n for n, rev in enumerate(revisions) if n and _first_created_table(scripts.get_revision(rev).path))
    failing, before = revisions[index], revisions[index - 1]
    created = _first_created_table(scripts.get_revision(failing).path)
    engine = make_engine(databases.new())
    try:
        upgrade(engine, before)
        with engine.begin() as connection:  # something already holds the name that migration needs
            connection.execute(text(f"CREATE TABLE {created} (id INTEGER)"))
        with pytest.raises(StorageError) as failure:
            upgrade(engine)
        message = str(failure.value)
        assert f"schema migration {failing} failed" in message and created in message
        assert f"stays at revision {before}" in message and "unreachable" not in message
        assert current_revision(engine) == before
    finally:
        engine.dispose()


def test_when_tables_exist_without_a_schema_version_then_the_error_says_an_older_first_start_was_interrupted(
        databases):
    engine = make_engine(databases.new())
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE authors (id INTEGER)"))
        with pytest.raises(StorageError, match=r"holds brandwatch tables \(authors\) but no schema version"):
            upgrade(engine)
    finally:
        engine.dispose()


def test_when_the_server_cannot_be_reached_then_the_error_says_unreachable():
    engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=5")
    with pytest.raises(StorageError, match="is unreachable"):
        upgrade(engine)


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _first_created_table(path: str) -> str | None:
    import re

    found = re.search(r"create_table\(\s*['\"](\w+)['\"]", open(path, encoding="utf-8").read())
    return found.group(1) if found else None


@pytest.mark.postgres
def test_when_the_schema_is_current_then_upgrade_does_not_wait_for_the_migration_lock(tmp_path):
    # Every CLI command runs `upgrade`; one that has nothing to apply must not queue behind a long
    # migration another instance holds the lock for. lock_timeout turns a wait into an error.
    databases = FreshDatabases("pg", tmp_path)
    url = databases.new()
    upgrade(make_engine(url))
    holder = make_engine(url)
    with holder.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
        patient_for_five_seconds = make_engine(url.replace("options=", "options=-clock_timeout%3D5000%20"))
        upgrade(patient_for_five_seconds)
        assert current_revision(patient_for_five_seconds) == migrations_in_order()[-1]
        patient_for_five_seconds.dispose()
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})
    holder.dispose()
    databases.close()
