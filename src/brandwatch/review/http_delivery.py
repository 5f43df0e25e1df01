"""One HTTP POST for the webhook notifiers, with the retry decision both of them need."""

from __future__ import annotations

import httpx

from brandwatch.review.outbox import DeliveryError

_RETRYABLE = {408, 425, 429}


def post(channel: str, url: str, body: bytes, headers: dict[str, str], timeout: float) -> None:
    """POST or raise DeliveryError. Messages never contain the URL: for Slack it is the secret."""
    try:
        response = httpx.post(url, content=body, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise DeliveryError(f"channel {channel}: {type(exc).__name__}: {_scrub(str(exc), url)}") from None
    if response.is_success:
        return
    permanent = 400 <= response.status_code < 500 and response.status_code not in _RETRYABLE
    raise DeliveryError(f"channel {channel}: HTTP {response.status_code}", permanent=permanent)


def _scrub(message: str, url: str) -> str:
    return message.replace(url, "<url>")[:500]
