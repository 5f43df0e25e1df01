"""Channel secrets, read from the environment variables a channel's config names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from brandwatch.review.outbox import DeliveryError, Notification


@dataclass(frozen=True)
class UnsetSecret:
    """A channel whose secret variable is missing: its messages wait (retried) until it is set."""

    channel: str
    variable: str

    def send(self, notification: Notification) -> None:
        raise DeliveryError(f"channel {self.channel}: environment variable {self.variable} is not set")


def missing(environ: Mapping[str, str], channel: str, *variables: str | None) -> UnsetSecret | None:
    """The stand-in notifier for the first named variable that is unset, or None when all are set."""
    for variable in variables:
        if variable and not environ.get(variable):
            return UnsetSecret(channel, variable)
    return None


def webhook_url_builder(notifier: Callable[[str, str, float], Any]) -> Callable[[Any, Mapping[str, str]], Any]:
    """The builder of a channel whose only secret is its webhook URL, named by `webhook_url_env`
    (Slack, Teams, Discord): the notifier gets (channel name, URL, timeout)."""

    def build(channel: Any, environ: Mapping[str, str]) -> Any:
        return (missing(environ, channel.name, channel.webhook_url_env)
                or notifier(channel.name, environ[channel.webhook_url_env], channel.timeout_seconds))

    return build
