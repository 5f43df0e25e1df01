"""Who is asking: the signed session cookie, login throttling and role checks.

The session cookie is Starlette's SessionMiddleware (itsdangerous-signed, HttpOnly, SameSite=Lax);
it holds only the account name, a server-side session token (web/sessions.py), a CSRF token and flash
messages. Every request re-reads the account and its session row, so logging out, disabling a user or
changing a password or role takes effect on the next click, even for a copy of the cookie.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from starlette.exceptions import HTTPException
from starlette.requests import Request

from brandwatch.model.clock import Now, system_clock
from brandwatch.web.accounts import Account, get_account
from brandwatch.web.sessions import close_session, open_session, session_alive

SESSION_USER = "user"
SESSION_STAMP = "stamp"
SESSION_TOKEN = "token"
ANY_ACCOUNT = "\x00any"  # the throttle's key for all failures from one address (no account name has NUL)


@dataclass(frozen=True, slots=True)
class ThrottlePolicy:
    max_failures: int = 5  # failed logins per account and address within the window...
    window: timedelta = timedelta(minutes=15)
    lockout: timedelta = timedelta(minutes=15)  # ...lock that pair for this long
    max_failures_per_address: int = 30  # across all accounts: one address trying many names


class LoginThrottle:
    """Counts failed logins per (account, client address) and refuses further tries for a while.

    Keyed by the pair so one attacker cannot lock a colleague out from elsewhere, and one address
    cannot try many passwords for the same account; a looser limit per address alone stops one
    address from trying a password against many account names. Kept in memory: a restart forgets
    it, which costs an attacker a restart they cannot trigger.
    """

    def __init__(self, policy: ThrottlePolicy = ThrottlePolicy(), clock: Now = system_clock):
        self.policy, self.clock = policy, clock
        self._failures: dict[tuple[str, str], deque[datetime]] = {}
        self._locked_until: dict[tuple[str, str], datetime] = {}
        self._lock = threading.Lock()

    def retry_after(self, account: str, address: str) -> timedelta | None:
        """How long this pair (or this address) must still wait, or None when it may try now."""
        waits = [w for w in (self._wait((account.casefold(), address)), self._wait((ANY_ACCOUNT, address))) if w]
        return max(waits) if waits else None

    def _wait(self, key: tuple[str, str]) -> timedelta | None:
        now = self.clock()
        with self._lock:
            until = self._locked_until.get(key)
            if until is None:
                return None
            if now >= until:
                del self._locked_until[key]
                self._failures.pop(key, None)
                return None
            return until - now

    def failed(self, account: str, address: str) -> None:
        self._count((account.casefold(), address), self.policy.max_failures)
        self._count((ANY_ACCOUNT, address), self.policy.max_failures_per_address)

    def _count(self, key: tuple[str, str], limit: int) -> None:
        now = self.clock()
        with self._lock:
            recent = self._failures.setdefault(key, deque())
            recent.append(now)
            while recent and now - recent[0] > self.policy.window:
                recent.popleft()
            if len(recent) >= limit:
                self._locked_until[key] = now + self.policy.lockout

    def succeeded(self, account: str, address: str) -> None:
        key = (account.casefold(), address)
        with self._lock:
            self._failures.pop(key, None)
            self._locked_until.pop(key, None)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def current_account(request: Request) -> Account | None:
    """The logged-in, enabled account, read once per request."""
    if "account" not in request.scope.get("state", {}):
        request.state.account = _load_account(request)
    return request.state.account


def _load_account(request: Request) -> Account | None:
    name = request.session.get(SESSION_USER)
    if not name:
        return None
    engine, token = request.app.state.engine, request.session.get(SESSION_TOKEN)
    account = get_account(engine, name)
    if (account is None or account.disabled or request.session.get(SESSION_STAMP) != account.credential_stamp
            or not token or not session_alive(engine, str(token), name, request.app.state.clock())):
        for key in (SESSION_USER, SESSION_STAMP, SESSION_TOKEN):
            request.session.pop(key, None)
        return None
    return account


class LoginRequired(Exception):
    """Raised by `require_*` for anonymous requests; the app answers with a redirect to /login."""


def require_reviewer(request: Request) -> Account:
    account = current_account(request)
    if account is None:
        raise LoginRequired()
    return account


def require_admin(request: Request) -> Account:
    account = require_reviewer(request)
    if not account.is_admin:
        raise HTTPException(403, "this page is for admins")
    return account


def start_session(request: Request, account: Account) -> None:
    """A fresh session for the account: nothing from the anonymous session survives (no fixation)."""
    request.state.account = account
    request.session.clear()
    request.session[SESSION_USER] = account.name
    request.session[SESSION_STAMP] = account.credential_stamp
    request.session[SESSION_TOKEN] = open_session(request.app.state.engine, account.name, request.app.state.clock())


def end_session(request: Request) -> None:
    token = request.session.get(SESSION_TOKEN)
    if token:
        close_session(request.app.state.engine, str(token))
    request.state.account = None
    request.session.clear()
