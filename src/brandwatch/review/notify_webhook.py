"""Generic JSON webhooks, signed so the receiver can trust them (verification: docs/review.md).

Headers: `X-Brandwatch-Signature: sha256=<hex HMAC-SHA256 of the raw body with the shared key>`,
`X-Brandwatch-Timestamp: <unix seconds>` (also inside the signed body as `timestamp`, so it cannot be
altered), and `Idempotency-Key: <key>` (also in the body): a resend after a crash carries the same key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from typing import Callable

from brandwatch.review.http_delivery import post
from brandwatch.review.outbox import Notification

SIGNATURE_HEADER = "X-Brandwatch-Signature"
TIMESTAMP_HEADER = "X-Brandwatch-Timestamp"
IDEMPOTENCY_HEADER = "Idempotency-Key"


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
