"""Notifiers built from the `channels:` config, secrets read from the variables the config names."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from typing import Mapping, Sequence

from brandwatch.config_review import EmailChannel, SlackChannel, WebhookChannel
from brandwatch.review.batching import BatchPolicy
from brandwatch.review.notify_email import EmailNotifier
from brandwatch.review.notify_slack import SlackNotifier
from brandwatch.review.notify_webhook import WebhookNotifier
from brandwatch.review.outbox import DeliveryError, Notification, Notifier


@dataclass(frozen=True)
class UnsetSecret:
    """A channel whose secret variable is missing: its messages wait (retried) until it is set."""

    channel: str
    variable: str

    def send(self, notification: Notification) -> None:
        raise DeliveryError(f"channel {self.channel}: environment variable {self.variable} is not set")


def build_notifiers(channels: Sequence[SlackChannel | WebhookChannel | EmailChannel],
                    environ: Mapping[str, str] = os.environ) -> dict[str, Notifier]:
    return {channel.name: _build(channel, environ) for channel in channels}


def batch_policies(channels: Sequence[SlackChannel | WebhookChannel | EmailChannel]) -> dict[str, BatchPolicy]:
    """Each channel's aggregation settings, for the outbox worker (review/batching.py)."""
    return {channel.name: BatchPolicy(timedelta(seconds=channel.batch_window_seconds), channel.hourly_cap)
            for channel in channels}


def _build(channel, environ: Mapping[str, str]) -> Notifier:
    if isinstance(channel, SlackChannel):
        url = environ.get(channel.webhook_url_env)
        if not url:
            return UnsetSecret(channel.name, channel.webhook_url_env)
        return SlackNotifier(channel.name, url, channel.timeout_seconds)
    if isinstance(channel, WebhookChannel):
        url = channel.url or environ.get(channel.url_env or "")
        if not url:
            return UnsetSecret(channel.name, channel.url_env or "url")
        secret = environ.get(channel.secret_env)
        if not secret:
            return UnsetSecret(channel.name, channel.secret_env)
        return WebhookNotifier(channel.name, url, secret.encode("utf-8"), channel.timeout_seconds)
    password = environ.get(channel.password_env) if channel.password_env else None
    if channel.password_env and not password:
        return UnsetSecret(channel.name, channel.password_env)
    return EmailNotifier(channel, password)
