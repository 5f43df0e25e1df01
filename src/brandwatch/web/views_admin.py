"""Admin pages: accounts (add, disable, enable); routing and rules shown read-only."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from brandwatch.web.accounts import ROLES, AccountError, add_user, list_users, set_disabled
from brandwatch.web.auth import require_admin
from brandwatch.web.csrf import checked_form
from brandwatch.web.rendering import flash, redirect, render


async def users(request: Request) -> Response:
    require_admin(request)
    return render(request, "admin_users.html", {"users": list_users(request.app.state.engine), "roles": ROLES})


async def add(request: Request) -> Response:
    require_admin(request)
    form = await checked_form(request)
    name, role = str(form.get("name") or "").strip(), str(form.get("role") or "")
    try:
        add_user(request.app.state.engine, name, role, str(form.get("password") or ""))
    except AccountError as exc:
        flash(request, str(exc), "error")
    else:
        flash(request, f"Account {name} ({role}) created.", "success")
    return redirect("/admin/users")


async def toggle(request: Request) -> Response:
    account = require_admin(request)
    await checked_form(request)
    change = request.path_params["change"]
    if change not in ("disable", "enable"):
        raise HTTPException(404, f"unknown change '{change}'")
    name, disable = request.path_params["name"], change == "disable"
    if disable and name == account.name:
        flash(request, "You cannot disable your own account.", "error")
        return redirect("/admin/users")
    try:
        set_disabled(request.app.state.engine, name, disable)
    except AccountError as exc:
        flash(request, str(exc), "error")
    else:
        flash(request, f"Account {name} {'disabled' if disable else 'enabled'}.", "success")
    return redirect("/admin/users")


async def routing(request: Request) -> Response:
    require_admin(request)
    settings = request.app.state.settings
    return render(request, "admin_routing.html", {"routes": settings.routing, "sla": settings.sla,
                                                  "channels": getattr(settings, "channels", [])})


async def rules(request: Request) -> Response:
    require_admin(request)
    catalog = request.app.state.rules()
    ordered = sorted(catalog.rules.values(), key=lambda r: (r.category, r.id))
    return render(request, "admin_rules.html", {"rules": ordered, "problem": catalog.problem})


routes = [
    Route("/admin/users", users, methods=["GET"]),
    Route("/admin/users", add, methods=["POST"]),
    Route("/admin/users/{name}/{change:str}", toggle, methods=["POST"]),
    Route("/admin/routing", routing, methods=["GET"]),
    Route("/admin/rules", rules, methods=["GET"]),
]
