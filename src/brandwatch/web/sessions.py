"""Console sessions kept on the server.

The signed cookie alone cannot be taken back: a copy made before logout would keep working until it
expired. So the cookie carries a random token as well, and a session is alive only while its row
exists and it has been used within `IDLE_LIMIT`. Logging out deletes the row; a password change or
disabling the account deletes all the account's rows (accounts.py calls `end_sessions_of`).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, select

from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import ConsoleSession

IDLE_LIMIT = timedelta(hours=2)  # a console left open over lunch asks for the password again
# Writing last_seen on every click would make each page view a write; a minute's slack is harmless.
TOUCH_AFTER = timedelta(minutes=1)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def open_session(engine: Engine, user_name: str, now: datetime) -> str:
    """A new session for the account; returns the token the cookie carries."""
    token = secrets.token_urlsafe(32)
    with transaction(session_factory(engine)) as session:
        session.add(ConsoleSession(token_hash=_hash(token), user_name=user_name, created_at=now, last_seen_at=now))
    return token


def session_alive(engine: Engine, token: str, user_name: str, now: datetime) -> bool:
    """True when the token names a live session of this account; an idle one is deleted on the way."""
    with transaction(session_factory(engine)) as session:
        row = session.get(ConsoleSession, _hash(token))
        if row is None or row.user_name != user_name:
            return False
        if now - row.last_seen_at > IDLE_LIMIT:
            session.delete(row)
            return False
        if now - row.last_seen_at > TOUCH_AFTER:
            row.last_seen_at = now
        return True


def close_session(engine: Engine, token: str) -> None:
    with transaction(session_factory(engine)) as session:
        session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == _hash(token)))


def end_sessions_of(engine: Engine, user_name: str) -> int:
    """Log the account out everywhere; returns how many sessions ended."""
    with transaction(session_factory(engine)) as session:
        return session.execute(delete(ConsoleSession).where(ConsoleSession.user_name == user_name)).rowcount


def sessions_of(engine: Engine, user_name: str) -> list[tuple[datetime, datetime]]:
    """(created, last seen) of each open session of the account, newest first."""
    with session_factory(engine)() as session:
        rows = session.execute(select(ConsoleSession.created_at, ConsoleSession.last_seen_at)
                               .where(ConsoleSession.user_name == user_name)
                               .order_by(ConsoleSession.created_at.desc()))
        return [(created, seen) for created, seen in rows]
