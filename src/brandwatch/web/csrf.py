"""CSRF protection: one random token per session, required in every POSTed form.

SameSite cookies already stop most cross-site posts; the token also covers same-site attackers
(another app on the same host) and browsers that ignore SameSite. Login is protected too, so nobody
can log a victim into the attacker's account.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request

SESSION_KEY = "csrf"
FIELD = "csrf_token"


def csrf_token(request: Request) -> str:
    token = request.session.get(SESSION_KEY)
    if not token:
        token = secrets.token_urlsafe(32)
        request.session[SESSION_KEY] = token
    return token


async def checked_form(request: Request) -> FormData:
    """The POSTed form, or 403 when its token is missing or not this session's."""
    form = await request.form()
    sent = form.get(FIELD)
    expected = request.session.get(SESSION_KEY)
    if not isinstance(sent, str) or not expected or not hmac.compare_digest(sent, expected):
        raise HTTPException(403, "the form's security token is missing or expired; reload the page and try again")
    return form
