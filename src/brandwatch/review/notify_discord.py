"""Discord through a channel webhook (Server Settings → Integrations → Webhooks).

The message is `content` (the summary line) and one embed holding the details. Mentions are turned
off (`allowed_mentions.parse: []`), so an "@everyone" in a post preview pings nobody. The webhook URL
carries the webhook's token: it is the secret, read from the environment variable the config names.

Rate limits: a 429 says how long to wait as `retry_after` (seconds) in its JSON body, and in the
`Retry-After` and `X-RateLimit-Reset-After` headers; the next attempt waits that long (outbox).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

import httpx
from pydantic import Field

from brandwatch.catalogue import ChannelDescriptor
from brandwatch.config_review import ENV_NAME, ChannelBase
from brandwatch.review.channel_secrets import webhook_url_builder
from brandwatch.review.http_delivery import post, retry_after_header
from brandwatch.review.outbox import Notification
from brandwatch.review.payload import body_lines, summary

# Discord's limits: content 2000 characters, an embed's title 256 and description 4096.
CONTENT_LIMIT, TITLE_LIMIT, DESCRIPTION_LIMIT = 2000, 256, 4096


class DiscordChannel(ChannelBase):
    """A Discord channel's webhook."""

    type: Literal["discord"]
    webhook_url_env: str = Field(pattern=ENV_NAME)


@dataclass(frozen=True)
class DiscordNotifier:
    channel: str
    webhook_url: str
    timeout: float = 10

    def send(self, notification: Notification) -> None:
        post(self.channel, self.webhook_url, discord_body(notification),
             {"Content-Type": "application/json", "Idempotency-Key": notification.idempotency_key}, self.timeout,
             wait_asked=discord_wait)


def discord_body(notification: Notification) -> bytes:
    payload = notification.payload
    headline = summary(payload)
    embed: dict[str, Any] = {"title": _cut(headline, TITLE_LIMIT),
                             "description": _cut("\n".join(body_lines(payload)), DESCRIPTION_LIMIT)}
    if payload.get("console_url"):
        embed["url"] = payload["console_url"]
    message = {"content": _cut(headline, CONTENT_LIMIT), "embeds": [embed], "allowed_mentions": {"parse": []}}
    return json.dumps(message, ensure_ascii=False).encode("utf-8")


def discord_wait(response: httpx.Response) -> float | None:
    """Seconds Discord asks us to wait: the body's `retry_after`, else its headers."""
    try:
        document = response.json()
    except ValueError:
        document = None
    asked = document.get("retry_after") if isinstance(document, dict) else None
    if isinstance(asked, (int, float)) and not isinstance(asked, bool) and 0 <= asked < 86400:
        return float(asked)
    try:
        return float(response.headers["X-RateLimit-Reset-After"])
    except (KeyError, ValueError):
        return retry_after_header(response)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


CHANNEL = ChannelDescriptor(
    name="discord", config=DiscordChannel, build=webhook_url_builder(DiscordNotifier),
    summary="a Discord channel webhook: `content` and one embed, mentions off, honouring 429 `retry_after`")
