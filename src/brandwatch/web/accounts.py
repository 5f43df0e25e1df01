"""Console accounts: argon2id password hashes, roles, and the first admin created on first start.

The CLI (`brandwatch users`), the console's admin page and the daemon's start-up all use these
functions, so an account behaves the same wherever it was made.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError

from brandwatch.errors import BrandwatchError
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import User
from brandwatch.web.sessions import end_sessions_of

ROLES = ("reviewer", "lead", "admin")
FIRST_ADMIN = "admin"
MIN_PASSWORD_LENGTH = 10
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
_HASHER = PasswordHasher()  # argon2id with the library's current recommended cost
# Verifying against this when the account does not exist keeps the response time the same,
# so timing does not reveal which account names exist.
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))


class AccountError(BrandwatchError):
    """An account cannot be created or changed as asked."""


@dataclass(frozen=True, slots=True)
class Account:
    name: str
    role: str
    disabled: bool
    created_at: datetime
    # Changes whenever the password does: sessions remember it, so a new password ends old sessions.
    credential_stamp: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _account(user: User) -> Account:
    stamp = hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]
    return Account(user.name, user.role, bool(user.disabled), user.created_at, stamp)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


def add_user(engine: Engine, name: str, role: str, password: str) -> Account:
    if not _NAME.match(name or ""):
        raise AccountError(f"'{name}' is not a valid account name: letters, digits and . _ @ - (at most 64)")
    if role not in ROLES:
        raise AccountError(f"unknown role '{role}'; one of {', '.join(ROLES)}")
    check_new_password(password)
    try:
        with transaction(session_factory(engine)) as session:
            user = User(name=name, role=role, password_hash=hash_password(password))
            session.add(user)
            session.flush()
            return _account(user)
    except IntegrityError:
        raise AccountError(f"an account named '{name}' already exists") from None


def list_users(engine: Engine) -> list[Account]:
    with session_factory(engine)() as session:
        return [_account(u) for u in session.scalars(select(User).order_by(User.name))]


def get_account(engine: Engine, name: str) -> Account | None:
    with session_factory(engine)() as session:
        user = session.scalar(select(User).where(User.name == name))
        return _account(user) if user is not None else None


def set_disabled(engine: Engine, name: str, disabled: bool) -> Account:
    with transaction(session_factory(engine)) as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise AccountError(f"no account named '{name}'")
        if disabled and user.role == "admin" and not user.disabled:
            active_admins = session.scalar(select(func.count(User.id))
                                           .where(User.role == "admin", User.disabled.is_(False)))
            if active_admins <= 1:
                raise AccountError(f"'{name}' is the last active admin; add another admin first")
        user.disabled = disabled
        account = _account(user)
    if disabled:
        end_sessions_of(engine, name)
    return account


def verify_login(engine: Engine, name: str, password: str) -> Account | None:
    """The account when name and password match an enabled account, else None (same cost either way)."""
    with transaction(session_factory(engine)) as session:
        user = session.scalar(select(User).where(User.name == name))
        stored = user.password_hash if user is not None else _DUMMY_HASH
        try:
            _HASHER.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if user is None or user.disabled:
            return None
        if _HASHER.check_needs_rehash(stored):  # cost parameters were raised since this hash was made
            user.password_hash = hash_password(password)
        return _account(user)


def ensure_first_admin(engine: Engine) -> str | None:
    """Create `admin` with a random password when no account exists; return that password once.

    Returns None when any account already exists (or another process created one a moment ago).
    """
    factory = session_factory(engine)
    with factory() as session:
        if session.scalar(select(func.count(User.id))):
            return None
    password = secrets.token_urlsafe(15)
    try:
        with transaction(factory) as session:
            session.add(User(name=FIRST_ADMIN, role="admin", password_hash=hash_password(password)))
    except IntegrityError:
        return None
    return password


def set_password(engine: Engine, name: str, password: str) -> None:
    check_new_password(password)
    with transaction(session_factory(engine)) as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise AccountError(f"no account named '{name}'")
        user.password_hash = hash_password(password)
    end_sessions_of(engine, name)
