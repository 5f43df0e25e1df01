"""One HTTP POST for the webhook notifiers, with the retry decision all of them need."""

from __future__ import annotations

from datetime import timedelta
from typing import Callable

import httpx

from brandwatch.review.outbox import DeliveryError

_RETRYABLE = {408, 425, 429}
# How long a refusing receiver asks us to wait, in seconds, or None when it does not say.
WaitReader = Callable[[httpx.Response], float | None]


def post(channel: str, url: str, body: bytes, headers: dict[str, str], timeout: float,
         wait_asked: WaitReader | None = None) -> httpx.Response:
    """POST or raise DeliveryError. Messages never contain the URL: for Slack it is the secret.
    `wait_asked` reads a platform's own rate-limit answer; by default the Retry-After header."""
    try:
        response = httpx.post(url, content=body, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise DeliveryError(f"channel {channel}: {type(exc).__name__}: {_scrub(str(exc), url)}") from None
    if response.is_success:
        return response
    permanent = 400 <= response.status_code < 500 and response.status_code not in _RETRYABLE
    seconds = (wait_asked or retry_after_header)(response) if not permanent else None
    wait = timedelta(seconds=seconds) if seconds is not None else None
    said = f", asked to wait {seconds:g} s" if seconds is not None else ""
    raise DeliveryError(f"channel {channel}: HTTP {response.status_code}{said}", permanent=permanent,
                        retry_after=wait)


def retry_after_header(response: httpx.Response) -> float | None:
    """Retry-After in seconds (the HTTP-date form is rare from webhooks and is left to the backoff)."""
    try:
        seconds = float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None
    return seconds if 0 <= seconds < 86400 else None


def _scrub(message: str, url: str) -> str:
    return message.replace(url, "<url>")[:500]
