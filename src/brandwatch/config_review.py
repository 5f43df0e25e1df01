"""Settings of the review queue: notification channels, reply templates and queue behaviour.

Kept apart from config.py so that file stays readable; config.py embeds these models in Settings.
Channel secrets (webhook URLs, HMAC keys, SMTP passwords) never live in the file: the file names the
environment variable that holds each one, and the value is read only when a notifier is built.
"""

from __future__ import annotations

import re
from datetime import timedelta
from string import Template
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from brandwatch.durations import Duration
from brandwatch.config_assignment import Assignment, Severity

ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"
CHANNEL_NAME = r"^[a-z0-9][a-z0-9_-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChannelBase(_Strict):
    """What every channel has; each kind adds its own fields in its module (catalogue.ChannelDescriptor)."""

    name: str = Field(pattern=CHANNEL_NAME)
    timeout_seconds: float = Field(default=10, gt=0, le=120)
    # Findings arriving within this many seconds of the first go out as one message (0: one each).
    batch_window_seconds: float = Field(default=0, ge=0, le=3600)
    # At most this many messages an hour; the rest waits and goes out as one overflow summary.
    hourly_cap: int | None = Field(default=None, ge=1)


# What a reply template may say; anything else is a config error, so a typo never reaches a customer.
REPLY_PLACEHOLDERS = frozenset({"handle", "brand", "product", "topic", "platform"})
PRODUCT_DETERMINERS = frozenset({"a", "an", "the", "your", "our", "this", "that", "each", "every", "any"})


class ReplyTemplate(_Strict):
    """One complaint topic's reply, in the order good customer care follows."""

    acknowledge: str
    clarify: str
    resolution: str
    check_back: str

    @field_validator("acknowledge", "clarify", "resolution", "check_back")
    @classmethod
    def _known_placeholders(cls, value: str) -> str:
        template = Template(value)
        if not template.is_valid():
            raise ValueError("malformed placeholder: write $name or ${name}, and $$ for a dollar sign")
        unknown = set(template.get_identifiers()) - REPLY_PLACEHOLDERS
        if unknown:
            raise ValueError(f"unknown placeholder(s) {', '.join(sorted(unknown))}; "
                             f"known: {', '.join(sorted(REPLY_PLACEHOLDERS))}")
        # $product is a bare noun ("Acme Rocket", or "product" when the post names none), so the
        # template supplies the determiner; "sorry your our product" was the result of guessing it.
        for match in re.finditer(r"((?:[\w'’-]+[\s,]+){0,3})\$\{?product\b", value):
            before = {word.casefold() for word in re.findall(r"[\w'’-]+", match.group(1))}
            if not before & PRODUCT_DETERMINERS:
                raise ValueError(f"write a determiner before $product ({', '.join(sorted(PRODUCT_DETERMINERS))}): "
                                 "it stands for a bare product name, or the word 'product'")
        return value


class Review(_Strict):
    """How the queue behaves."""

    # A finding whose fingerprint is suppressed: "dismiss" records it already dismissed (auditable),
    # "skip" does not record it at all.
    suppressed: Literal["dismiss", "skip"] = "dismiss"
    # How long a suppression made by a false-positive dismissal lasts before it expires.
    suppression_days: int = Field(default=90, ge=1, le=3650)
    page_size: int = Field(default=50, ge=1, le=1000)
    console_url: str | None = None  # base URL of the review console, for links in notifications
    max_attempts: int = Field(default=8, ge=1, le=50)  # notification delivery attempts before 'failed'
    # After a complaint with a sent reply is resolved, remind its team to check back with the customer.
    check_back_after: Duration = timedelta(days=2)
    # The dashboard flags a rule whose precision (resolved vs false positives) is below the floor,
    # once it has at least this many decisions (fewer say too little: see `rules stats`).
    precision_floor: float = Field(default=0.5, ge=0, le=1)
    precision_min_sample: int = Field(default=20, ge=1)
    # Severities whose findings close only with a second reviewer's approval (review/four_eyes.py).
    four_eyes: list[Severity] = ["critical"]
    assignment: Assignment = Assignment()
