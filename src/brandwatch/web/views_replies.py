"""Reply drafts from the finding page: save a draft, approve another reviewer's draft, mark it sent."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from brandwatch.review import reply_flow
from brandwatch.review.states import ReviewError
from brandwatch.store.db import transaction
from brandwatch.web.auth import require_reviewer
from brandwatch.web.csrf import checked_form
from brandwatch.web.rendering import flash, redirect


async def draft(request: Request) -> Response:
    account = require_reviewer(request)
    form = await checked_form(request)
    finding_id = int(request.path_params["finding_id"])
    state = request.app.state
    try:
        with transaction(state.factory) as session:
            saved = reply_flow.save_draft(session, state.service.key, finding_id, account.name,
                                          str(form.get("text") or ""), state.clock())
            flash(request, f"Reply draft {saved.id} saved; another reviewer approves it before it is sent.", "success")
    except ReviewError as exc:
        flash(request, str(exc), "error")
    return redirect(f"/findings/{finding_id}#replies")


async def step(request: Request) -> Response:
    account = require_reviewer(request)
    await checked_form(request)
    state = request.app.state
    draft_id, change = int(request.path_params["draft_id"]), request.path_params["change"]
    if change not in ("approve", "sent"):
        raise HTTPException(404, f"unknown reply step '{change}'")
    finding_id = None
    try:
        with transaction(state.factory) as session:
            act = reply_flow.approve if change == "approve" else reply_flow.mark_sent
            done = act(session, state.service.key, draft_id, account.name, state.clock())
            finding_id = done.finding_id
            flash(request, f"Reply draft {draft_id} {done.status}.", "success")
    except ReviewError as exc:
        flash(request, str(exc), "error")
    if finding_id is None:
        with state.factory() as session:
            finding_id = getattr(session.get(reply_flow.ReplyDraft, draft_id), "finding_id", None)
    return redirect(f"/findings/{finding_id}#replies" if finding_id else "/queue")


routes = [
    Route("/findings/{finding_id:int}/reply", draft, methods=["POST"]),
    Route("/replies/{draft_id:int}/{change:str}", step, methods=["POST"]),
]
