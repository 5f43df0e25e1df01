"""How praw reaches Reddit for brandwatch: where, with which timeout, and what the answers said.

praw's documented `requestor_class` hook supplies a prawcore Requestor that
- uses the source's `request_timeout` on every request (prawcore passes its own 16 s default to each
  call, which otherwise wins over any timeout given to praw);
- remembers the rate-limit headers of the latest answer (`x-ratelimit-reset`, `retry-after`), which
  praw's public `Reddit.auth.limits` does not carry.

Nothing inside praw or prawcore is patched: both are extension points their documentation offers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import prawcore


@dataclass
class Observed:
    """The latest rate-limit headers Reddit sent."""

    reset_seconds: float | None = None  # x-ratelimit-reset: seconds until the quota window ends
    retry_after: float | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def note(self, headers: Any) -> None:
        self.headers = {k.lower(): v for k, v in dict(headers or {}).items() if "ratelimit" in k.lower()
                        or k.lower() == "retry-after"}
        self.reset_seconds = _seconds(headers, "x-ratelimit-reset")
        self.retry_after = _seconds(headers, "retry-after")


class TimedRequestor(prawcore.Requestor):
    def __init__(self, *args: Any, request_timeout: float, observed: Observed, **kwargs: Any):
        super().__init__(*args, timeout=request_timeout, **kwargs)
        self.observed = observed

    def request(self, *args: Any, timeout: float | None = None, **kwargs: Any):  # type: ignore[override]
        response = super().request(*args, timeout=self.timeout, **kwargs)
        self.observed.note(response.headers)
        return response


def _seconds(headers: Any, name: str) -> float | None:
    try:
        value = float(headers[name])
    except (KeyError, TypeError, ValueError):
        return None
    return value if value >= 0 else None
