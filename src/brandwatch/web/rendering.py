"""Templates (Jinja2, autoescaping on for every file) and what every page shares.

Autoescaping is what keeps a post's `<script>` inert; no template marks post-derived text `|safe`.
The only `Markup` the pages receive is SVG built by `charts.py`, which escapes its own labels.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse
from starlette.templating import Jinja2Templates

from brandwatch.web.auth import current_account
from brandwatch.web.csrf import csrf_token

HERE = Path(__file__).resolve().parent
FLASH = "flash"


def _age(moment: datetime | None, now: datetime | None = None) -> str:
    if moment is None:
        return "—"
    return duration((now or datetime.now(moment.tzinfo)) - moment)


def duration(delta: timedelta) -> str:
    seconds = abs(int(delta.total_seconds()))
    if seconds < 3600:
        return f"{seconds // 60}m"
    if seconds < 86400:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"


def _utc(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "—"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(age=_age, utc=_utc, duration=duration)
    return env


templates = Jinja2Templates(env=_environment())


def flash(request: Request, message: str, level: str = "info") -> None:
    request.session.setdefault(FLASH, []).append([level, message])
    request.session[FLASH] = request.session[FLASH]  # mark the session changed


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    account = current_account(request)
    shared = {"account": account, "csrf_token": csrf_token(request), "flashes": request.session.pop(FLASH, []),
              "now": request.app.state.clock(), "path": request.url.path}
    return templates.TemplateResponse(request, template, {**shared, **context}, status_code=status_code)


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def safe_next(target: str | None, default: str = "/queue") -> str:
    """Only local paths: `next=//evil.example` or `next=https://...` would be an open redirect."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default
