"""The one small interface every collector implements, and the outcomes it may report.

A collector is given the checkpoint stored for its source and yields `Batch`es: normalised mentions,
items it could not normalise (kept raw for inspection), and the checkpoint to store once that batch is
saved. The runner stores each batch and its checkpoint in one transaction, so a crash between fetching
and storing re-fetches the same posts next time, and the unique key on mentions drops the repeats.

Collectors never sleep to wait out an API: they raise `RetryLater` and the caller (CLI or daemon)
schedules the next run, so one rate-limited source never blocks the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Protocol

from brandwatch.model.post import Post

Checkpoint = dict[str, Any]  # JSON-serialisable; each collector owns the shape of its own


@dataclass(frozen=True, slots=True)
class RejectedItem:
    """An item the platform returned that could not be turned into a Post."""

    reason: str
    raw: dict[str, Any]
    external_id: str | None = None


@dataclass(frozen=True, slots=True)
class Batch:
    mentions: tuple[Post, ...]
    checkpoint: Checkpoint
    rejected: tuple[RejectedItem, ...] = ()
    stream: str = ""  # which query, listing or timeline the batch came from, for reports


class CollectorError(Exception):
    """Base of the outcomes a collector reports instead of crashing its caller."""


class RetryLater(CollectorError):
    """A transient failure (rate limit, server error, timeout, bad JSON): try again later.

    `delay` is what the platform asked for (seconds); None lets the caller's backoff decide.
    """

    def __init__(self, reason: str, delay: float | None = None):
        super().__init__(reason)
        self.reason, self.delay = reason, delay


class Paused(CollectorError):
    """The run ended early on purpose (the platform's request quota is nearly spent): what was read is
    stored, nothing failed, and the next run should start no sooner than `delay` seconds from now."""

    def __init__(self, reason: str, delay: float):
        super().__init__(reason)
        self.reason, self.delay = reason, delay


class SourceFailing(CollectorError):
    """Some of the source's streams cannot be read until someone acts (a private, banned or mistyped
    subreddit); the others were read and stored. The source counts as failing, runs at its usual
    interval, and `reason` names what is wrong."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class SourceDisabled(CollectorError):
    """A failure retrying cannot fix (bad credentials, forbidden): stop until someone acts."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class Collector(Protocol):
    name: str  # the configured source name; checkpoints and status rows are keyed by it
    platform: str

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        """Yield batches newer than `checkpoint`; each carries the checkpoint to store with it.

        A collector may also keep `notices` (a list of str, reset by each `collect`): what the last
        run did that an operator should know though nothing failed (a stale checkpoint replaced, a
        listing capped); the runner shows them in the source's status.
        """
        ...


