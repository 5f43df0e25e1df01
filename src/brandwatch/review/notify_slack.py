"""Slack-compatible incoming webhooks (Slack, Mattermost and Rocket.Chat accept this JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from brandwatch.catalogue import ChannelDescriptor
from brandwatch.config_review import ENV_NAME, ChannelBase
from brandwatch.review.channel_secrets import webhook_url_builder
from brandwatch.review.http_delivery import post
from brandwatch.review.outbox import Notification
from brandwatch.review.payload import body_lines, summary


class SlackChannel(ChannelBase):
    """A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat accept the same JSON)."""

    type: Literal["slack"]
    webhook_url_env: str = Field(pattern=ENV_NAME)


@dataclass(frozen=True)
class SlackNotifier:
    channel: str
    webhook_url: str  # the URL is the credential: it comes from the environment, never from config
    timeout: float = 10

    def send(self, notification: Notification) -> None:
        post(self.channel, self.webhook_url, slack_body(notification),
             {"Content-Type": "application/json", "Idempotency-Key": notification.idempotency_key},
             self.timeout)


def slack_body(notification: Notification) -> bytes:
    payload = notification.payload
    lines = [f"*{_escape(summary(payload))}*", *(_escape(line) for line in body_lines(payload))]
    return json.dumps({"text": "\n".join(lines)}, ensure_ascii=False).encode("utf-8")


def _escape(text: str) -> str:
    # Slack's mrkdwn treats these three as control characters; a post preview must stay plain text.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


CHANNEL = ChannelDescriptor(
    name="slack", config=SlackChannel, build=webhook_url_builder(SlackNotifier),
    summary="a Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat): plain-text `text` JSON")
