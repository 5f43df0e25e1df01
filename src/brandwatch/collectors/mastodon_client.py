"""One run's Mastodon.py client, and what each of its answers means for the collector.

Mastodon.py turns answers into typed objects (ids become ints, a date it cannot read becomes None),
so the raw JSON, the `Link` header and the rate-limit headers are read from the HTTP response itself,
kept by a requests response hook on the client's own session. `ratelimit_method="throw"`: the
default "wait" would sleep inside the call, and collectors never sleep.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

import requests
from mastodon import Mastodon
from mastodon.errors import (MastodonAPIError, MastodonError, MastodonNetworkError, MastodonNotFoundError,
                             MastodonRatelimitError, MastodonServerError, MastodonUnauthorizedError)

from brandwatch.collectors.base import Paused, RetryLater, SourceDisabled
from brandwatch.collectors.mastodon import TOKEN_VARIABLE
from brandwatch.model.clock import Clock


class Stopped(Exception):
    """The run ends here; what was read is stored before the cause is reported."""

    def __init__(self, cause: RetryLater | SourceDisabled | Paused):
        self.cause = cause


class Unreadable(Exception):
    """This one stream cannot be read (an unknown account, a hashtag the server refuses); others can."""


@dataclass
class Page:
    statuses: list[Any]
    next_max_id: str | None  # from `Link: <…max_id=…>; rel="next"`
    remaining: str | None  # X-RateLimit-Remaining
    reset: str | None  # X-RateLimit-Reset (ISO 8601)


class MastodonCalls:
    def __init__(self, server: str, token: str, timeout: float, clock: Clock, notices: list[str]):
        self._clock, self._notices = clock, notices
        self._last: requests.Response | None = None
        session = requests.Session()
        session.hooks["response"].append(self._keep)
        self.client = Mastodon(access_token=token, api_base_url=server, ratelimit_method="throw",
                               request_timeout=timeout, session=session)

    def _keep(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self._last = response

    def call(self, fetch: Callable[[], Any], search: bool = False) -> requests.Response | None:
        """The answer to one request, or None for a search the server refuses; failures become outcomes."""
        self._last = None
        try:
            fetch()
        except MastodonRatelimitError as exc:
            reset = self._last.headers.get("X-RateLimit-Reset") if self._last is not None else None
            raise Stopped(RetryLater("Mastodon rate limit reached (429)", delay=self.wait(reset))) from exc
        except MastodonUnauthorizedError as exc:
            raise Stopped(SourceDisabled(f"Mastodon refused the access token (401): check {TOKEN_VARIABLE}, "
                                         "its account and its read scopes")) from exc
        except MastodonNotFoundError as exc:
            raise Unreadable("not found on this server (404)") from exc
        except MastodonServerError as exc:
            raise Stopped(RetryLater(f"Mastodon server error {self._status()}")) from exc
        except MastodonNetworkError as exc:
            raise Stopped(RetryLater(f"Mastodon could not be reached: {type(exc.__context__).__name__}")) from exc
        except MastodonAPIError as exc:
            status = self._status()
            if status is None or 200 <= status < 300:
                raise Stopped(RetryLater("Mastodon sent a response that is not valid JSON")) from exc
            if status == 403 and "scope" in self._error_text():
                raise Stopped(SourceDisabled(f"Mastodon refused the access token (403, missing scope): give "
                                             f"{TOKEN_VARIABLE} the read scopes")) from exc
            if search and status in (401, 403, 422):
                self._notices.append(f"the server refused status search ({status}): search is left out")
                return None
            raise Unreadable(f"refused ({status}: {self._error_text()[:120]})") from exc
        except MastodonError as exc:
            raise Stopped(RetryLater(f"Mastodon client error: {type(exc).__name__}")) from exc
        if self._last is None:
            raise Stopped(RetryLater("Mastodon sent no answer"))
        return self._last

    def page(self, response: requests.Response | None, search: bool) -> Page:
        if response is None:
            return Page([], None, None, None)
        payload = json_of(response)
        if search:
            payload = payload.get("statuses") if isinstance(payload, dict) else None
        if not isinstance(payload, list):
            raise Stopped(RetryLater("Mastodon sent JSON that is not a list of statuses"))
        return Page(payload, _next_max_id(response), response.headers.get("X-RateLimit-Remaining"),
                    response.headers.get("X-RateLimit-Reset"))

    def wait(self, reset: str | None) -> float | None:
        """Seconds until the ISO 8601 reset Mastodon announced; None when it announced none we can read."""
        if not reset:
            return None
        try:
            moment = datetime.fromisoformat(reset.replace("Z", "+00:00"))
        except ValueError:
            return None
        moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
        return max((moment - self._clock.now()).total_seconds(), 0.0)

    def _status(self) -> int | None:
        return self._last.status_code if self._last is not None else None

    def _error_text(self) -> str:
        try:
            body = self._last.json() if self._last is not None else {}
        except ValueError:
            return ""
        return str(body.get("error", "")) if isinstance(body, dict) else ""


def json_of(response: requests.Response | None) -> Any:
    try:
        return response.json() if response is not None else None
    except ValueError:
        raise Stopped(RetryLater("Mastodon sent a response that is not valid JSON")) from None


def _next_max_id(response: requests.Response) -> str | None:
    """The `max_id` of the `Link: <...>; rel="next"` header: where the next older page starts."""
    link = response.links.get("next", {}).get("url", "")
    values = parse_qs(urlsplit(link).query).get("max_id") if link else None
    return values[-1] if values else None
