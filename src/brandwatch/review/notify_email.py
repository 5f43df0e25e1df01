"""E-mail over SMTP submission with STARTTLS. The Message-ID is derived from the idempotency key, so a
resend after a crash carries the same Message-ID and mail systems (and people) can drop the copy."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from typing import Literal, Mapping

from pydantic import Field

from brandwatch.catalogue import ChannelDescriptor
from brandwatch.config_review import ENV_NAME, ChannelBase
from brandwatch.review.channel_secrets import missing
from brandwatch.review.outbox import DeliveryError, Notification
from brandwatch.review.payload import body_lines, summary

MESSAGE_ID_DOMAIN = "brandwatch.invalid"  # .invalid never resolves: the ID names no real host


def message_id(idempotency_key: str) -> str:
    return f"<{idempotency_key}@{MESSAGE_ID_DOMAIN}>"


class EmailChannel(ChannelBase):
    """SMTP submission with STARTTLS; the password comes from the variable named by password_env."""

    type: Literal["email"]
    host: str
    port: int = Field(default=587, ge=1, le=65535)
    starttls: bool = True
    username: str | None = None
    password_env: str | None = Field(default=None, pattern=ENV_NAME)
    sender: str
    recipients: list[str] = Field(min_length=1)
    ca_file: str | None = None  # extra CA bundle, e.g. for an internal relay's certificate


@dataclass(frozen=True)
class EmailNotifier:
    config: EmailChannel
    password: str | None = None

    def send(self, notification: Notification) -> None:
        message = build_message(self.config, notification)
        try:
            with smtplib.SMTP(self.config.host, self.config.port, timeout=self.config.timeout_seconds) as smtp:
                smtp.ehlo()
                if self.config.starttls:
                    # Never fall back to plain text: without STARTTLS the send fails and is retried.
                    smtp.starttls(context=ssl.create_default_context(cafile=self.config.ca_file))
                    smtp.ehlo()
                if self.config.username:
                    smtp.login(self.config.username, self.password or "")
                smtp.send_message(message)
        except smtplib.SMTPResponseException as exc:
            permanent = 500 <= exc.smtp_code < 600 and not isinstance(exc, smtplib.SMTPAuthenticationError)
            raise DeliveryError(f"channel {self.config.name}: SMTP {exc.smtp_code}", permanent=permanent) from None
        except smtplib.SMTPRecipientsRefused as exc:
            raise DeliveryError(f"channel {self.config.name}: recipients refused: {sorted(exc.recipients)}",
                                permanent=True) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"channel {self.config.name}: {type(exc).__name__}: {exc}") from None


def build_message(config: EmailChannel, notification: Notification) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = summary(notification.payload)
    message["From"] = config.sender
    message["To"] = ", ".join(config.recipients)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = message_id(notification.idempotency_key)
    message["X-Brandwatch-Idempotency-Key"] = notification.idempotency_key
    message.set_content("\n".join(body_lines(notification.payload)) + "\n")
    return message


def _build(channel: EmailChannel, environ: Mapping[str, str]):
    password = environ.get(channel.password_env) if channel.password_env else None
    return missing(environ, channel.name, channel.password_env) or EmailNotifier(channel, password)


CHANNEL = ChannelDescriptor(
    name="email", config=EmailChannel, build=_build,
    summary="e-mail by SMTP submission with STARTTLS; the Message-ID follows the idempotency key")
