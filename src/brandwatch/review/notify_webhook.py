"""Generic JSON webhooks, signed so the receiver can trust them (verification: docs/review.md).

Headers: `X-Brandwatch-Signature: sha256=<hex HMAC-SHA256 of the raw body with the shared key>`,
`X-Brandwatch-Timestamp: <unix seconds>` (also inside the signed body as `timestamp`, so it cannot be
altered), and `Idempotency-Key: <key>` (also in the body): a resend after a crash carries the same key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from dataclasses import dataclass
from typing import Callable, Literal, Mapping

from pydantic import Field, field_validator, model_validator

from brandwatch.catalogue import ChannelDescriptor
from brandwatch.config_review import ENV_NAME, ChannelBase
from brandwatch.review.channel_secrets import UnsetSecret, missing
from brandwatch.review.http_delivery import post
from brandwatch.review.outbox import Notification

SIGNATURE_HEADER = "X-Brandwatch-Signature"
TIMESTAMP_HEADER = "X-Brandwatch-Timestamp"
IDEMPOTENCY_HEADER = "Idempotency-Key"


class WebhookChannel(ChannelBase):
    """A generic JSON webhook whose body is signed with HMAC-SHA256 (docs/review.md#webhooks)."""

    type: Literal["webhook"]
    url: str | None = None  # a URL that carries no secret may be written here...
    url_env: str | None = Field(default=None, pattern=ENV_NAME)  # ...otherwise name its variable
    secret_env: str = Field(pattern=ENV_NAME)

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://", value):
            raise ValueError("must start with http:// or https://")
        return value

    @model_validator(mode="after")
    def _one_url(self) -> "WebhookChannel":
        if (self.url is None) == (self.url_env is None):
            raise ValueError("give exactly one of 'url' and 'url_env'")
        return self


@dataclass(frozen=True)
class WebhookNotifier:
    channel: str
    url: str
    secret: bytes
    timeout: float = 10
    now: Callable[[], float] = time.time

    def send(self, notification: Notification) -> None:
        timestamp = int(self.now())
        body = webhook_body(notification, timestamp)
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(self.secret, body),
                   TIMESTAMP_HEADER: str(timestamp), IDEMPOTENCY_HEADER: notification.idempotency_key}
        post(self.channel, self.url, body, headers, self.timeout)


def webhook_body(notification: Notification, timestamp: int) -> bytes:
    document = {"idempotency_key": notification.idempotency_key, "timestamp": timestamp,
                "event": notification.payload.get("event"), "finding": notification.payload}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def sign(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify(secret: bytes, body: bytes, signature_header: str) -> bool:
    """What a receiver does (constant-time comparison); also used by the tests' receiver."""
    return hmac.compare_digest(sign(secret, body), signature_header or "")


def _build(channel: WebhookChannel, environ: Mapping[str, str]):
    url = channel.url or environ.get(channel.url_env or "")
    if not url:
        return UnsetSecret(channel.name, channel.url_env or "url")
    return (missing(environ, channel.name, channel.secret_env)
            or WebhookNotifier(channel.name, url, environ[channel.secret_env].encode("utf-8"), channel.timeout_seconds))


CHANNEL = ChannelDescriptor(
    name="webhook", config=WebhookChannel, build=_build,
    summary="a generic JSON webhook, signed with HMAC-SHA256 (`X-Brandwatch-Signature`)")
