"""Talking to Bluesky through the `atproto` Client: an app-password session, XRPC queries whose JSON is
kept as sent, and the API's failures turned into the collector outcomes (collectors/base.py).

Queries go through `Client.invoke_query` with the library's own parameter models, and the answer is
read as plain JSON rather than as atproto's response models: one malformed post view would make the
whole page fail their validation, and a page must keep its good posts and keep the bad one raw.

Sessions: `com.atproto.server.createSession` with the handle and app password. The Client refreshes
the access token itself shortly before it expires (`com.atproto.server.refreshSession`); a token the
server still calls expired or invalid (400/401 ExpiredToken, InvalidToken) gets one fresh login, and
the call is made again. createSession is limited to 30 a handle per 5 minutes, so the session lives
as long as the collector, not one run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import httpx
from atproto import Client, models
from atproto_client.exceptions import (
    BadRequestError, NetworkError, RateLimitExceededError, RequestErrorBase, UnauthorizedError,
)
from atproto_client.request import Request
from atproto_core.exceptions import AtProtocolError

from brandwatch.collectors.base import Paused, RetryLater, SourceDisabled
from brandwatch.model.clock import Clock

DEFAULT_SERVICE = "https://bsky.social"
QUOTA_RESERVE = 2  # requests left in the rate-limit window at which a run ends early (a 429 would follow)
_SESSION_ERRORS = {"ExpiredToken", "InvalidToken"}


class Stopped(Exception):
    """A call failed; what the run read so far is stored before `cause` is reported."""

    def __init__(self, cause: RetryLater | SourceDisabled | Paused):
        super().__init__(cause.reason)
        self.cause = cause


class Refused(Exception):
    """Bluesky refused one request (400) for a reason of its own, not the session's: `error` is its
    XRPC error name (InvalidRequest, BadQueryString, ...), `message` its explanation."""

    def __init__(self, error: str, message: str):
        super().__init__(f"{error}: {message}" if message else error)
        self.error, self.message = error, message


@dataclass(frozen=True)
class Login:
    handle: str
    app_password: str

    def __repr__(self) -> str:  # the password never reaches a log or a traceback
        return f"Login(handle={self.handle!r})"


class BlueskyClient:
    def __init__(self, login: Login, service: str | None, timeout: float, clock: Clock):
        self._login = login
        self._service = service or DEFAULT_SERVICE
        self._timeout = timeout
        self._clock = clock
        self._client: Client | None = None
        self.spent: Paused | None = None  # set when an answer said the window's requests are nearly used

    def query(self, nsid: str, params: Any) -> dict[str, Any]:
        """The JSON object an XRPC query answered, logging in first when needed."""
        try:
            return self._query(nsid, params)
        except _SessionRejected:
            self._client = None  # one fresh login, then the call once more
            try:
                return self._query(nsid, params)
            except _SessionRejected as again:
                raise Stopped(SourceDisabled(
                    f"Bluesky rejected a fresh session for {self._login.handle} ({again}); check this machine's "
                    "clock and the credentials BLUESKY_HANDLE / BLUESKY_APP_PASSWORD")) from None

    def _query(self, nsid: str, params: Any) -> dict[str, Any]:
        client = self._logged_in()
        response = self._guard(lambda: client.invoke_query(nsid, params=params, output_encoding="application/json"))
        if not isinstance(response.content, dict):
            raise Stopped(RetryLater("Bluesky sent JSON that is not an object"))
        self._note_quota(response.headers)
        return response.content

    def _note_quota(self, headers: dict[str, Any]) -> None:
        """`ratelimit-remaining` nearly 0: the caller ends the run after this page, till `ratelimit-reset`."""
        try:
            remaining = int(headers.get("ratelimit-remaining", ""))
            reset = float(headers.get("ratelimit-reset", ""))
        except ValueError:
            return
        if remaining <= QUOTA_RESERVE:
            delay = max(reset - self._clock.now().timestamp(), 1.0)
            self.spent = Paused(f"Bluesky rate-limit window nearly spent ({remaining} requests left)", delay=delay)

    def _logged_in(self) -> Client:
        if self._client is not None:
            return self._client
        client = Client(base_url=self._service, request=Request(timeout=httpx.Timeout(self._timeout)))
        try:
            self._guard(lambda: client.login(self._login.handle, self._login.app_password, fetch_bsky_profile=False),
                        logging_in=True)
        except _SessionRejected as exc:
            raise Stopped(SourceDisabled(f"Bluesky refused the login of {self._login.handle} ({exc}); check the "
                                         "credentials BLUESKY_HANDLE / BLUESKY_APP_PASSWORD")) from None
        self._client = client
        return client

    def _guard(self, call: Callable[[], Any], logging_in: bool = False) -> Any:
        try:
            return call()
        except RateLimitExceededError as exc:
            raise Stopped(RetryLater("Bluesky rate limit reached (429)", delay=self._wait_for(exc))) from None
        except (BadRequestError, UnauthorizedError) as exc:
            error, message = _xrpc_error(exc)
            status = exc.response.status_code if exc.response is not None else 400
            if error in _SESSION_ERRORS or logging_in or status in (401, 403):
                if logging_in and status == 400 and error not in _SESSION_ERRORS:
                    raise Stopped(SourceDisabled(f"Bluesky refused the login of {self._login.handle} "
                                                 f"({status} {error}: {message}); the account may be suspended")) from None
                raise _SessionRejected(f"{status} {error}".strip()) from None
            raise Refused(error, message) from None
        except NetworkError as exc:
            if exc.response is not None:
                raise Stopped(RetryLater(f"Bluesky answered {exc.response.status_code}")) from None
            raise Stopped(RetryLater(f"Bluesky could not be reached: {type(exc.__cause__ or exc).__name__}")) from None
        except RequestErrorBase as exc:
            status = exc.response.status_code if exc.response is not None else None
            kind = "server error" if status and status >= 500 else "answered"
            raise Stopped(RetryLater(f"Bluesky {kind} {status}")) from None
        except httpx.HTTPError as exc:
            raise Stopped(RetryLater(f"Bluesky could not be reached: {type(exc).__name__}")) from None
        except ValueError as exc:  # pydantic_core's JSON parser, on a body that is not JSON
            raise Stopped(RetryLater(f"Bluesky sent a response that is not valid JSON ({type(exc).__name__})")) from None
        except AtProtocolError as exc:  # a session answer the library could not read, say
            raise Stopped(RetryLater(f"Bluesky's answer could not be read: {type(exc).__name__}")) from None

    def _wait_for(self, exc: RateLimitExceededError) -> float | None:
        """Seconds until the `ratelimit-reset` Bluesky announced; else its Retry-After; None for neither."""
        if exc.reset_at is not None:
            return max(exc.reset_at.timestamp() - self._clock.now().timestamp(), 0.0)
        return exc.retry_after


class _SessionRejected(Exception):
    """The session (or the login) was refused: log in afresh once, or report the credentials."""


def _xrpc_error(exc: RequestErrorBase) -> tuple[str, str]:
    content = exc.response.content if exc.response is not None else None
    error = getattr(content, "error", None)
    message = getattr(content, "message", None)
    return (error if isinstance(error, str) else "", message if isinstance(message, str) else "")


def search_params(q: str, limit: int, cursor: str | None, since: str | None) -> Any:
    return models.AppBskyFeedSearchPosts.Params(q=q, limit=limit, cursor=cursor, since=since, sort="latest")


def author_feed_params(actor: str, limit: int, cursor: str | None) -> Any:
    return models.AppBskyFeedGetAuthorFeed.Params(actor=actor, limit=limit, cursor=cursor,
                                                  filter="posts_with_replies")


def profiles_params(actors: list[str]) -> Any:
    return models.AppBskyActorGetProfiles.Params(actors=actors)
