"""A notification channel that exists only in the tests, described by one descriptor (docs/extending.md):
it POSTs the summary line as plain text to a URL named by an environment variable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from brandwatch.catalogue import ChannelDescriptor
from brandwatch.config_review import ENV_NAME, ChannelBase
from brandwatch.review.channel_secrets import missing
from brandwatch.review.http_delivery import post
from brandwatch.review.outbox import Notification
from brandwatch.review.payload import summary


class ToyChannel(ChannelBase):
    type: Literal["toychan"]
    address_env: str = Field(pattern=ENV_NAME)


@dataclass(frozen=True)
class ToyNotifier:
    channel: str
    address: str
    timeout: float

    def send(self, notification: Notification) -> None:
        post(self.channel, self.address, summary(notification.payload).encode("utf-8"),
             {"Content-Type": "text/plain", "Idempotency-Key": notification.idempotency_key}, self.timeout)


def _build(channel: ToyChannel, environ):
    return missing(environ, channel.name, channel.address_env) or ToyNotifier(
        channel.name, environ[channel.address_env], channel.timeout_seconds)


CHANNEL = ChannelDescriptor(
    name="toychan", config=ToyChannel, build=_build, summary="a test-only channel posting plain text",
    settings_help={"channels[].address_env": "toychan: the variable holding the address"})
