"""Log in and out."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from brandwatch.web.accounts import verify_login
from brandwatch.web.auth import client_address, current_account, end_session, start_session
from brandwatch.web.csrf import checked_form
from brandwatch.web.rendering import duration, redirect, render, safe_next


async def login_page(request: Request) -> Response:
    if current_account(request) is not None:
        return redirect(safe_next(request.query_params.get("next")))
    return render(request, "login.html", {"next": safe_next(request.query_params.get("next")), "error": None,
                                          "name": ""})


async def login(request: Request) -> Response:
    form = await checked_form(request)
    name = str(form.get("name") or "").strip()
    password = str(form.get("password") or "")
    target = safe_next(str(form.get("next") or ""))
    throttle, address = request.app.state.throttle, client_address(request)
    wait = throttle.retry_after(name, address)
    if wait is not None:
        return render(request, "login.html", {"next": target, "name": name,
                                              "error": f"Too many failed attempts. Try again in {duration(wait)}."},
                      status_code=429)
    # argon2 is slow by design: on the event loop six concurrent logins stalled every other request.
    account = (await run_in_threadpool(verify_login, request.app.state.engine, name, password)
               if name and password else None)
    if account is None:
        throttle.failed(name, address)
        return render(request, "login.html", {"next": target, "name": name,
                                              "error": "Unknown account or wrong password."}, status_code=401)
    throttle.succeeded(name, address)
    start_session(request, account)
    return redirect(target)


async def logout(request: Request) -> Response:
    await checked_form(request)
    end_session(request)
    return redirect("/login")


routes = [
    Route("/login", login_page, methods=["GET"]),
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
]
