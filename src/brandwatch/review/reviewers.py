"""Who may act: only existing, active accounts, under the same role rules in the CLI and the console.

The service checks the acting account inside the action's transaction, so a name typed on the command
line, a disabled account or an assignee nobody created can never reach the trail. Authentication
(a console session, a personal token or a password) happens before, in the front end; this module
also holds the personal tokens, stored as SHA-256 only (a token is 256 random bits, so a slow hash
adds nothing).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.review.states import Action, ReviewError
from brandwatch.store.models import ApiToken, User

SYSTEM_ACTOR = "brandwatch"  # the daemon itself (intake, SLA sweep); never a login name
PRIVILEGED = frozenset({"lead", "admin"})
TOKEN_PREFIX = "bwt_"
# Taking over someone else's claim is for leads and admins only.
_HOLDER_ONLY = frozenset({Action.RELEASE, Action.RESOLVE, Action.PROPOSE})


class NotPermitted(ReviewError):
    """The account may not do this (unknown, disabled, or the role rules forbid it)."""


@dataclass(frozen=True, slots=True)
class Reviewer:
    name: str
    role: str


def active_account(session: Session, name: str, *, purpose: str = "act") -> Reviewer:
    if name == SYSTEM_ACTOR:
        return Reviewer(SYSTEM_ACTOR, "system")
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise NotPermitted(f"'{name}' is not an account; only existing accounts may {purpose} "
                           "(brandwatch users list)")
    if user.disabled:
        raise NotPermitted(f"account '{name}' is disabled and may not {purpose}")
    return Reviewer(user.name, user.role)


def authorise(session: Session, finding_id: int, actor: str, action: Action, status: str,
              holder: str | None, assignee: object, *, approving: bool = False) -> Reviewer:
    """The acting account, or NotPermitted naming the rule that refuses it.

    `approving`: the action approves a close the holder proposed (four-eyes), so a second reviewer
    closes a finding someone else holds."""
    reviewer = active_account(session, actor)
    check_holder(finding_id, reviewer, action, status, holder, approving=approving)
    if reviewer.role == "system":
        return reviewer
    if action is Action.ASSIGN and isinstance(assignee, str):
        active_account(session, assignee.strip(), purpose="be assigned a finding")
    return reviewer


def check_holder(finding_id: int, reviewer: Reviewer, action: Action, status: str, holder: str | None, *,
                 approving: bool = False) -> None:
    """NotPermitted when only the holder (or a lead or admin) may take this action on a claimed finding."""
    if (action in _HOLDER_ONLY and status == "claimed" and holder and holder != reviewer.name
            and reviewer.role not in PRIVILEGED | {"system"} and not approving):
        raise NotPermitted(f"finding {finding_id} is claimed by {holder}: only {holder}, a lead or an admin "
                           f"may {action.value} it")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(session: Session, name: str, now: datetime) -> str:
    """A new personal token for NAME, shown once; the database keeps only its hash."""
    user = session.scalar(select(User).where(User.name == name, User.disabled.is_(False)))
    if user is None:
        raise NotPermitted(f"no active account named '{name}'")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=_digest(token), created_at=now))
    session.flush()
    return token


def revoke_tokens(session: Session, name: str, now: datetime) -> int:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise NotPermitted(f"no account named '{name}'")
    tokens = session.scalars(select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None)))
    count = 0
    for token in tokens:
        token.revoked_at = now
        count += 1
    return count


def account_for_token(session: Session, token: str) -> Reviewer:
    """The active account a personal token belongs to, or NotPermitted."""
    row = session.execute(select(User, ApiToken).join(ApiToken, ApiToken.user_id == User.id)
                          .where(ApiToken.token_hash == _digest(token.strip()))).one_or_none()
    if row is None or row.ApiToken.revoked_at is not None:
        raise NotPermitted("the token in BRANDWATCH_TOKEN is not valid (unknown or revoked); "
                           "make one with `brandwatch users token NAME`")
    if row.User.disabled:
        raise NotPermitted(f"account '{row.User.name}' is disabled and may not act")
    return Reviewer(row.User.name, row.User.role)
