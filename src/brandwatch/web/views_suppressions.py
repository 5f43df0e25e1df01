"""The suppressions page: list, add and remove suppressions (leads and admins)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from brandwatch.review import suppressions
from brandwatch.review.reviewers import PRIVILEGED
from brandwatch.review.states import ReviewError
from brandwatch.store.db import transaction
from brandwatch.web.auth import Account, require_reviewer
from brandwatch.web.csrf import checked_form
from brandwatch.web.rendering import flash, redirect, render

PAGE = "/suppressions"


def require_lead(request: Request) -> Account:
    account = require_reviewer(request)
    if account.role not in PRIVILEGED:
        raise HTTPException(403, "this page is for leads and admins")
    return account


async def page(request: Request) -> Response:
    require_lead(request)
    state = request.app.state
    now = state.clock()
    with state.factory() as session:
        rows = [(s, suppressions.state_of(s, now), suppressions.describe(s))
                for s in suppressions.listing(session, now, include_ended=request.query_params.get("all") == "1")]
    return render(request, "suppressions.html", {"rows": rows, "show_all": request.query_params.get("all") == "1"})


async def add(request: Request) -> Response:
    account = require_lead(request)
    form = await checked_form(request)
    state = request.app.state
    now = state.clock()
    field = lambda name: (str(form.get(name) or "").strip() or None)  # noqa: E731
    scope, value = field("scope"), field("value")
    try:
        expires_at = _expiry(field("expires"), now)
        pattern = suppressions.Pattern.of(rule_id=field("rule"), **{scope or "fingerprint": value})
        with transaction(state.factory) as session:
            made = suppressions.add(session, state.service.key, pattern, actor=account.name, owner=field("owner"),
                                    reason=field("reason") or "", expires_at=expires_at, now=now)
            flash(request, f"Suppression {made.id} added: {suppressions.describe(made)}.", "success")
    except (ReviewError, TypeError) as exc:
        flash(request, str(exc) if isinstance(exc, ReviewError) else f"unknown scope '{scope}'", "error")
    return redirect(PAGE)


async def remove(request: Request) -> Response:
    account = require_lead(request)
    form = await checked_form(request)
    state = request.app.state
    try:
        with transaction(state.factory) as session:
            gone = suppressions.remove(session, state.service.key, int(request.path_params["suppression_id"]),
                                       actor=account.name, reason=str(form.get("reason") or "") or None,
                                       now=state.clock())
            flash(request, f"Suppression {gone.id} removed.", "success")
    except ReviewError as exc:
        flash(request, str(exc), "error")
    return redirect(PAGE)


def _expiry(text: str | None, now: datetime) -> datetime:
    """'30' (days from now) or a date/time; a suppression without an end is not accepted."""
    if not text:
        raise ReviewError("a suppression needs an expiry (days from now, or a date)")
    if text.isdigit():
        return now + timedelta(days=int(text))
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ReviewError(f"'{text}' is neither a number of days nor a date") from None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


routes = [
    Route(PAGE, page, methods=["GET"]),
    Route(PAGE, add, methods=["POST"]),
    Route(PAGE + "/{suppression_id:int}/remove", remove, methods=["POST"]),
]
