"""Microsoft Teams through a Workflows webhook ("Send webhook alerts to a channel", Power Automate).

The webhook takes a message activity whose attachment is an Adaptive Card; Teams shows the card in
the channel. The URL carries its own signature, so it is the secret: it comes from the environment
variable the config names, never from the file. Workflows answers 202 when it accepted the message
and 429 with Retry-After when too many arrive; both are handled by http_delivery and the outbox.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import Field

from brandwatch.catalogue import ChannelDescriptor
from brandwatch.config_review import ENV_NAME, ChannelBase
from brandwatch.review.channel_secrets import webhook_url_builder
from brandwatch.review.http_delivery import post
from brandwatch.review.outbox import Notification
from brandwatch.review.payload import body_lines, summary

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
CARD_VERSION = "1.4"  # what Teams renders on desktop, web and mobile
# Link brackets, emphasis and code marks; handles keep their underscores, which alone change nothing.
_MARKDOWN = re.compile(r"([\\`*\[\]])")


class TeamsChannel(ChannelBase):
    """A Teams channel's Workflows webhook."""

    type: Literal["teams"]
    webhook_url_env: str = Field(pattern=ENV_NAME)


@dataclass(frozen=True)
class TeamsNotifier:
    channel: str
    webhook_url: str
    timeout: float = 10

    def send(self, notification: Notification) -> None:
        post(self.channel, self.webhook_url, teams_body(notification),
             {"Content-Type": "application/json", "Idempotency-Key": notification.idempotency_key}, self.timeout)


def teams_body(notification: Notification) -> bytes:
    payload = notification.payload
    lines = [_text(line) for line in body_lines(payload)]
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": _text(summary(payload)), "weight": "Bolder", "size": "Medium", "wrap": True},
        *({"type": "TextBlock", "text": line, "wrap": True, "spacing": "Small"} for line in lines)]
    card: dict[str, Any] = {"$schema": CARD_SCHEMA, "type": "AdaptiveCard", "version": CARD_VERSION, "body": body}
    link = payload.get("console_url")
    if link:
        card["actions"] = [{"type": "Action.OpenUrl", "title": "Open in the review console", "url": link}]
    message = {"type": "message", "attachments": [{"contentType": ADAPTIVE_CARD, "contentUrl": None, "content": card}]}
    return json.dumps(message, ensure_ascii=False).encode("utf-8")


def _text(text: str) -> str:
    # TextBlocks render a subset of Markdown: a post preview must not become a link or a heading.
    return _MARKDOWN.sub(r"\\\1", text)


CHANNEL = ChannelDescriptor(
    name="teams", config=TeamsChannel, build=webhook_url_builder(TeamsNotifier),
    summary="a Microsoft Teams channel's Workflows webhook: an Adaptive Card in a message activity")
