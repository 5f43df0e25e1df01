"""The queue page's team features: acting on all selected findings, and saved views as tabs.

Bulk actions go through review/bulk.py (one sealed event per finding, the single action's rules);
views are review/views.py's, translated to and from the console's filter query string.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from brandwatch.review.bulk import bulk_act, bulk_approve
from brandwatch.review.reviewers import Reviewer
from brandwatch.review.selection import NOBODY, Selection, parse_selection
from brandwatch.review.states import Action, DismissReason, ReviewError
from brandwatch.review.views import delete_view, save_view, view_counts, visible_views
from brandwatch.store.db import transaction
from brandwatch.store.models import OPEN_STATUSES
from brandwatch.web.auth import require_reviewer
from brandwatch.web.csrf import checked_form
from brandwatch.web.queue_view import UNASSIGNED
from brandwatch.web.rendering import flash, redirect

BULK_ACTIONS = ("claim", "release", "escalate", "resolve", "dismiss", "reopen", "propose", "approve")
_CONSOLE_FIELDS = ("status", "category", "severity", "team", "assignee")


@dataclass(frozen=True, slots=True)
class Tab:
    id: int
    label: str
    count: int
    query: str  # the console query string that shows the view
    active: bool
    shared: bool
    console_complete: bool  # False: rule/platform conditions the console's filters cannot show


def console_query(selection: Selection) -> str:
    pairs = []
    if set(selection.status) != set(OPEN_STATUSES):
        pairs += [("status", s) for s in selection.status]
    for name in ("category", "severity", "team"):
        pairs += [(name, v) for v in getattr(selection, name)]
    pairs += [("assignee", UNASSIGNED if a == NOBODY else a) for a in selection.assignee]
    if selection.overdue:
        pairs.append(("overdue", "1"))
    return urlencode(pairs)


def selection_of_query(query: str) -> Selection:
    params = parse_qs(query)
    words = []
    for name in _CONSOLE_FIELDS:
        values = [NOBODY if v == UNASSIGNED else v for v in params.get(name, []) if v]
        if values:
            words.append(f"{name}={','.join(values)}")
    if params.get("overdue"):
        words.append("overdue=yes")
    return parse_selection(" ".join(shlex.quote(w) for w in words))


def _canonical(query: str) -> str:
    params = parse_qs(query)
    return urlencode(sorted((k, v) for k, vs in params.items() if k != "page" for v in vs))


def tabs_for(request: Request, account, query: str) -> tuple[Tab, ...]:
    """The reviewer's saved views with their counts, for the queue page."""
    state = request.app.state
    reviewer = Reviewer(account.name, account.role)
    with state.factory() as session:
        views = visible_views(session, state.settings, reviewer)
        counts = view_counts(session, views, state.clock())
    current = _canonical(query)
    tabs = []
    for view in views:
        selection = view.selection
        target = console_query(selection)
        tabs.append(Tab(view.id, view.label, counts[view.id], target, _canonical(target) == current, bool(view.team),
                        not (selection.rule or selection.platform)))
    return tuple(tabs)


def _back(form) -> str:
    back = str(form.get("back") or "")
    return f"?{back}" if back and not back.startswith(("/", "?")) else ""


async def bulk(request: Request) -> Response:
    account = require_reviewer(request)
    form = await checked_form(request)
    action = str(form.get("action") or "")
    if action not in BULK_ACTIONS:
        raise HTTPException(400, f"unknown bulk action '{action[:20]}'")
    try:
        ids = [int(v) for v in form.getlist("id")]
    except ValueError:
        raise HTTPException(400, "finding ids must be numbers") from None
    note = str(form.get("note") or "").strip() or None
    reason_text = str(form.get("reason") or "")
    service = request.app.state.service
    try:
        if not ids:
            raise ReviewError("select findings first (x selects the current row)")
        reason = DismissReason(reason_text) if reason_text in DismissReason._value2member_map_ else None
        if action == "approve":
            result = bulk_approve(service, ids, account.name, note=note)
        else:
            close = Action.DISMISS if action == "propose" and reason else Action.RESOLVE
            result = bulk_act(service, ids, Action(action), account.name, note=note, reason=reason, close=close)
        done, refused = len(result.done), result.refused
    except ReviewError as exc:
        flash(request, str(exc), "error")
    else:
        flash(request, f"{action}: {done} finding{'' if done == 1 else 's'} done"
                       + (f", {len(refused)} not done" if refused else "") + ".", "success" if done else "error")
        for _, why in refused[:10]:
            flash(request, why, "error")
    return redirect("/queue" + _back(form))


async def save(request: Request) -> Response:
    account = require_reviewer(request)
    form = await checked_form(request)
    state = request.app.state
    query = str(form.get("query") or "")
    try:
        with transaction(state.factory) as session:
            view = save_view(session, state.settings, Reviewer(account.name, account.role),
                             str(form.get("name") or ""), selection_of_query(query).text(),
                             str(form.get("team") or "") or None, state.clock())
    except ReviewError as exc:
        flash(request, str(exc), "error")
        return redirect("/queue" + (f"?{query}" if query else ""))
    flash(request, f"Saved view '{view.label}'.", "success")
    target = console_query(view.selection)
    return redirect("/queue" + (f"?{target}" if target else ""))


async def delete(request: Request) -> Response:
    account = require_reviewer(request)
    form = await checked_form(request)
    state = request.app.state
    name = str(form.get("name") or "")
    try:
        with transaction(state.factory) as session:
            view = delete_view(session, state.settings, Reviewer(account.name, account.role), name)
    except ReviewError as exc:
        flash(request, str(exc), "error")
    else:
        flash(request, f"Deleted view '{view.label}'.", "success")
    return redirect("/queue")


def teams_of_account(request: Request, account) -> tuple[str, ...]:
    return request.app.state.settings.review.assignment.teams_of(account.name)


routes = [
    Route("/queue/bulk", bulk, methods=["POST"]),
    Route("/queue/views", save, methods=["POST"]),
    Route("/queue/views/delete", delete, methods=["POST"]),
]
