"""Accounts: argon2 hashes, the first admin, and the `brandwatch users` command."""

from __future__ import annotations

import pytest

from brandwatch.store.db import make_engine, session_factory, upgrade
from brandwatch.store.models import User
from brandwatch.web.accounts import (AccountError, add_user, ensure_first_admin, set_disabled, set_password,
                                     verify_login)


def test_when_no_account_exists_then_first_start_creates_admin_once(engine):
    password = ensure_first_admin(engine)
    assert password and len(password) >= 16
    account = verify_login(engine, "admin", password)
    assert account is not None and account.role == "admin"
    assert ensure_first_admin(engine) is None


def test_when_an_account_is_stored_then_only_an_argon2id_hash_is_kept(engine):
    add_user(engine, "maria", "reviewer", "a long passphrase")
    with session_factory(engine)() as session:
        stored = session.query(User).one().password_hash
    assert stored.startswith("$argon2id$") and "a long passphrase" not in stored


def test_when_input_is_bad_then_accounts_are_refused_with_a_reason(engine):
    with pytest.raises(AccountError, match="at least 10 characters"):
        add_user(engine, "maria", "reviewer", "short")
    with pytest.raises(AccountError, match="unknown role 'root'"):
        add_user(engine, "maria", "root", "a long passphrase")
    with pytest.raises(AccountError, match="not a valid account name"):
        add_user(engine, "<b>x</b>", "reviewer", "a long passphrase")
    add_user(engine, "maria", "reviewer", "a long passphrase")
    with pytest.raises(AccountError, match="already exists"):
        add_user(engine, "maria", "admin", "a long passphrase")


def test_when_the_last_admin_would_be_disabled_then_it_is_refused(engine):
    add_user(engine, "boss", "admin", "a long passphrase")
    with pytest.raises(AccountError, match="last active admin"):
        set_disabled(engine, "boss", True)


def test_when_the_password_changes_then_only_the_new_one_works(engine):
    add_user(engine, "maria", "reviewer", "a long passphrase")
    set_password(engine, "maria", "another passphrase")
    assert verify_login(engine, "maria", "a long passphrase") is None
    assert verify_login(engine, "maria", "another passphrase") is not None


def test_when_users_are_managed_from_the_cli_then_add_list_disable_work(run_cli, sqlite_url, tmp_path):
    config = tmp_path / "bw.yaml"
    config.write_text(f"database:\n  url: {sqlite_url}\n", encoding="utf-8")
    added = run_cli("--config", str(config), "users", "add", "maria", "--role", "admin", "--password-stdin",
                    input="a long passphrase\n")
    assert added.returncode == 0, added.stderr
    assert "created admin account 'maria'" in added.stdout
    run_cli("--config", str(config), "users", "add", "omar", "--password-stdin", input="another passphrase\n")
    assert run_cli("--config", str(config), "users", "disable", "omar").returncode == 0
    listing = run_cli("--config", str(config), "users", "list").stdout.splitlines()
    assert listing[1].split()[:3] == ["maria", "admin", "active"]
    assert listing[2].split()[:3] == ["omar", "reviewer", "disabled"]
    short = run_cli("--config", str(config), "users", "add", "kim", "--password-stdin", input="short\n")
    assert short.returncode == 2 and "at least 10 characters" in short.stderr
    engine = make_engine(sqlite_url)
    upgrade(engine)
    assert verify_login(engine, "omar", "another passphrase") is None


def test_when_an_operator_logs_a_user_out_from_the_cli_then_their_sessions_end(run_cli, sqlite_url, tmp_path):
    from brandwatch.web.sessions import open_session, sessions_of
    from brandwatch.store.models import utcnow

    config = tmp_path / "bw.yaml"
    config.write_text(f"database:\n  url: {sqlite_url}\n", encoding="utf-8")
    run_cli("--config", str(config), "users", "add", "omar", "--password-stdin", input="another passphrase\n")
    engine = make_engine(sqlite_url)
    for _ in range(2):
        open_session(engine, "omar", utcnow())
    ended = run_cli("--config", str(config), "users", "log-out", "omar")
    assert ended.returncode == 0 and "ended 2 sessions of 'omar'" in ended.stdout
    assert sessions_of(engine, "omar") == []
    unknown = run_cli("--config", str(config), "users", "log-out", "nobody")
    assert unknown.returncode != 0 and "no account named 'nobody'" in unknown.stderr
