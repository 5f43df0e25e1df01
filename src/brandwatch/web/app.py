"""The review console: a Starlette app over the brandwatch database.

`create_app` takes everything it depends on (engine, settings, clock, session key, throttle), so tests
build it over a temporary database with a fake clock, and `brandwatch serve` / `run` build it for real.
"""

from __future__ import annotations

import logging
import os
import secrets
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from brandwatch.config import Settings
from brandwatch.model.clock import Now, system_clock
from brandwatch.review.service import ReviewService
from brandwatch.store.db import session_factory
from brandwatch.web import (views_admin, views_auth, views_bulk, views_dashboard, views_queue, views_replies,
                           views_spikes, views_suppressions)
from brandwatch.web.auth import LoginRequired, LoginThrottle
from brandwatch.web.headers import SecurityHeaders
from brandwatch.web.rendering import HERE, redirect, render
from brandwatch.web.rule_catalog import load_rule_catalog

SESSION_COOKIE = "brandwatch_session"
SESSION_MAX_AGE = 12 * 3600  # one working day; then log in again
SECRET_ENV = "BRANDWATCH_SESSION_KEY"
SECRET_FILE = "console-session.key"

log = logging.getLogger(__name__)


def session_key(data_dir: Path) -> str:
    """The key that signs session cookies: $BRANDWATCH_SESSION_KEY, else a file made on first use.

    Kept in a file (mode 0600) so sessions survive a restart; deleting it logs everyone out.
    """
    from_env = os.environ.get(SECRET_ENV)
    if from_env:
        return from_env
    path = Path(data_dir) / SECRET_FILE
    if path.is_file():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key)
    return key


async def home(request: Request) -> Response:
    return redirect("/queue")


async def _login_required(request: Request, exc: Exception) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return redirect(f"/login?next={quote(target, safe='')}")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
    return render(request, "error.html", {"status": exc.status_code, "detail": exc.detail},
                  status_code=exc.status_code)


def create_app(engine: Engine, settings: Settings | None = None, *, secret_key: str,
               clock: Now = system_clock, throttle: LoginThrottle | None = None,
               https_only: bool = False, rules_dir: Path | None = None) -> Starlette:
    settings = settings or Settings()
    # views_replies and views_bulk before views_queue: their /findings/... paths must win over the queue's
    # /findings/{id}/{action}.
    routes = [Route("/", home, methods=["GET"]), *views_auth.routes, *views_replies.routes, *views_bulk.routes,
              *views_queue.routes, *views_dashboard.routes, *views_admin.routes, *views_suppressions.routes,
              *views_spikes.routes,
              Mount("/static", StaticFiles(directory=HERE / "static"), name="static")]
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(SessionMiddleware, secret_key=secret_key, session_cookie=SESSION_COOKIE,
                   max_age=SESSION_MAX_AGE, same_site="lax", https_only=https_only),
    ]
    app = Starlette(routes=routes, middleware=middleware,
                    exception_handlers={LoginRequired: _login_required, HTTPException: _http_error})
    factory = session_factory(engine)
    app.state.engine, app.state.factory, app.state.settings, app.state.clock = engine, factory, settings, clock
    app.state.throttle = throttle or LoginThrottle(clock=clock)
    app.state.service = ReviewService(factory, settings, clock)
    app.state.rules = lru_cache(maxsize=1)(lambda: load_rule_catalog(settings, rules_dir))
    return app
