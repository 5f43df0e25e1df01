"""The queue, one finding, and the review actions (each one a call into `review.service`)."""

from __future__ import annotations

from dataclasses import replace

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from brandwatch.review.queries import list_queue
from brandwatch.review.states import FindingNotFound, ReviewError
from brandwatch.web.auth import require_reviewer
from brandwatch.web.csrf import checked_form
from brandwatch.web.finding_view import DISMISS_REASONS, load_finding_page
from brandwatch.web.queue_view import PAGE_SIZE, filter_query, parse_filter, queue_page
from brandwatch.web.rendering import flash, redirect, render

ACTIONS = ("claim", "release", "escalate", "resolve", "dismiss", "reopen", "comment", "propose", "approve")
NEIGHBOUR_WINDOW = PAGE_SIZE * 4  # j/k on a finding page move within this much of the queue


def _params(request: Request) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    return params


async def queue(request: Request) -> Response:
    require_reviewer(request)
    criteria, page = parse_filter(_params(request))
    state = request.app.state
    with state.factory() as session:
        data = queue_page(session, criteria, page, state.clock())
    from brandwatch.web.views_bulk import BULK_ACTIONS, tabs_for, teams_of_account

    account = require_reviewer(request)
    return render(request, "queue.html", {"q": data, "filter_query": filter_query, "query": request.url.query,
                                          "tabs": tabs_for(request, account, request.url.query),
                                          "teams": teams_of_account(request, account), "bulk_actions": BULK_ACTIONS,
                                          "reasons": DISMISS_REASONS})


def _finding_id(request: Request) -> int:
    try:
        return int(request.path_params["finding_id"])
    except (KeyError, ValueError):
        raise HTTPException(404, "no such finding") from None


def _load(request: Request, finding_id: int):
    state = request.app.state
    with state.factory() as session:
        try:
            return load_finding_page(session, finding_id, state.settings, state.rules().rules)
        except FindingNotFound:
            raise HTTPException(404, f"finding {finding_id} does not exist") from None


def _neighbours(request: Request, finding_id: int) -> tuple[int | None, int | None]:
    """The findings before and after this one in the queue the reviewer came from."""
    criteria, _ = parse_filter(_params(request))
    criteria = replace(criteria, limit=NEIGHBOUR_WINDOW, offset=0)
    state = request.app.state
    with state.factory() as session:
        ids = [row.id for row in list_queue(session, criteria, state.clock())]
    if finding_id not in ids:
        return None, ids[0] if ids else None
    index = ids.index(finding_id)
    return (ids[index - 1] if index > 0 else None), (ids[index + 1] if index + 1 < len(ids) else None)


async def finding(request: Request) -> Response:
    require_reviewer(request)
    finding_id = _finding_id(request)
    page = _load(request, finding_id)
    previous, following = _neighbours(request, finding_id)
    return render(request, "finding.html", {"f": page, "reasons": DISMISS_REASONS, "previous": previous,
                                            "following": following, "query": request.url.query})


async def finding_json(request: Request) -> Response:
    require_reviewer(request)
    return JSONResponse(_load(request, _finding_id(request)).api())


async def act(request: Request) -> Response:
    account = require_reviewer(request)
    form = await checked_form(request)
    finding_id, action = _finding_id(request), request.path_params["action"]
    if action not in ACTIONS:
        raise HTTPException(404, f"unknown action '{action}'")
    note = str(form.get("note") or "").strip() or None
    service = request.app.state.service
    try:
        if action == "dismiss":
            outcome = service.dismiss(finding_id, account.name, str(form.get("reason") or "") or None, note=note,
                                      suppress=form.get("suppress") == "1")
        elif action == "comment":
            outcome = service.comment(finding_id, account.name, note or "")
        elif action == "propose":
            outcome = service.propose(finding_id, account.name, str(form.get("close") or "resolve"),
                                      str(form.get("reason") or "") or None, note=note)
        elif action == "approve":
            outcome = service.approve(finding_id, account.name, note=note)
        else:
            outcome = getattr(service, action)(finding_id, account.name, note=note)
    except FindingNotFound:
        raise HTTPException(404, f"finding {finding_id} does not exist") from None
    except ReviewError as exc:
        flash(request, str(exc), "error")
    else:
        done = ("commented" if action == "comment" else "a second reviewer approves" if action == "propose"
                else f"{outcome.from_status} → {outcome.to_status}")
        flash(request, f"Finding {finding_id}: {action} ({done}).", "success")
    back = str(form.get("back") or "")
    query = f"?{back}" if back and not back.startswith(("/", "?")) else ""
    # Shortcuts pressed on the queue page return there, so triage continues down the list.
    target = "/queue" if form.get("return") == "queue" else f"/findings/{finding_id}"
    return redirect(target + query)


routes = [
    Route("/queue", queue, methods=["GET"]),
    Route("/findings/{finding_id:int}", finding, methods=["GET"]),
    Route("/api/findings/{finding_id:int}", finding_json, methods=["GET"]),
    Route("/findings/{finding_id:int}/{action}", act, methods=["POST"]),
]
