"""The list of platforms and notification channels, each described once by a descriptor that lives in
the module implementing it (docs/extending.md).

The config unions, the collector and notifier registries, `status`, `config show | check`, the CLI's
`--fake` and the generated docs all read these lists, so adding a platform is its module plus one line
in `BUILT_IN_PLATFORMS` (or, for a plug-in or a test, a call to `register_platform`).

This module sits at the bottom of the layers and imports the modules it lists by name, on first use:
the same late binding as a package's entry points. A descriptor names what lives above its own module
(a fake in `brandwatch.testing`) by a "module:attribute" string for the same reason.
"""

from __future__ import annotations

import importlib
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Callable, Iterator

# name -> the module whose `PLATFORM` (or `CHANNEL`) attribute is its descriptor.
BUILT_IN_PLATFORMS = {
    "replay": "brandwatch.collectors.replay",
    "reddit": "brandwatch.collectors.reddit",
    "x": "brandwatch.collectors.x",
    "mastodon": "brandwatch.collectors.mastodon",
    "bluesky": "brandwatch.collectors.bluesky",
}
BUILT_IN_CHANNELS = {
    "slack": "brandwatch.review.notify_slack",
    "webhook": "brandwatch.review.notify_webhook",
    "email": "brandwatch.review.notify_email",
    "teams": "brandwatch.review.notify_teams",
    "discord": "brandwatch.review.notify_discord",
}


@dataclass(frozen=True)
class ReplyRules:
    """How a platform measures and limits a reply posted to it (review/reply_flow.py)."""

    title: str  # the platform as people write its name, for messages ("X", "Reddit")
    limit: int  # the most characters one reply may have, as `length` counts them
    length: Callable[[str], int] = len  # the platform's own count (X weighs CJK and URLs differently)
    one_paragraph: bool = False  # a template's steps are joined into one paragraph (short-post platforms)


@dataclass(frozen=True)
class PlatformDescriptor:
    """Everything the rest of brandwatch knows about one platform."""

    name: str  # the `type:` of its sources, and the roster column of its handles
    config: type  # the pydantic model of one `sources:` entry; its `type` field is Literal[name]
    # (source, BuildContext) -> Collector (collectors/registry.py), or "module:attribute" naming it: a
    # collector module that imports a client library is then loaded only when a source is built.
    build: Callable[[Any, Any], Any] | str
    summary: str  # one line for the generated platform table (docs/collectors.md)
    credentials: tuple[str, ...] = ()  # environment variables it needs; all must be set
    shown_credentials: tuple[str, ...] = ()  # of those, the ones that are not secret (shown in full)
    # How far back its API still serves posts: a source failing longer than this loses posts for good.
    lookback: timedelta | None = None
    # A local fake for `--fake`, `python -m brandwatch.testing.serve` and tests: an object with the
    # methods of `brandwatch.testing.cli_fakes.PlatformFake`, or "module:attribute" naming one.
    fake: Any = None
    settings_help: dict[str, str] = field(default_factory=dict)  # `sources[].<field>` -> help text
    replies: ReplyRules | None = None  # None: replies are not length-checked there
    # The platform's own search syntax for a brand query's tree (`brandwatch query native`, the
    # collectors' searches); None: the platform cannot search, or this platform has no translator.
    native_search: Callable[[Any], str | None] | None = None


@dataclass(frozen=True)
class ChannelDescriptor:
    """Everything the rest of brandwatch knows about one kind of notification channel."""

    name: str  # the `type:` of its `channels:` entries
    config: type  # pydantic model of one entry, based on config_review.ChannelBase
    build: Callable[[Any, Any], Any]  # (channel, environ) -> Notifier (review/channels.py)
    summary: str
    settings_help: dict[str, str] = field(default_factory=dict)  # `channels[].<field>` -> help text


class _Catalogue:
    def __init__(self, attribute: str, built_in: dict[str, str]):
        self._attribute, self._built_in = attribute, built_in
        self._loaded: dict[str, Any] | None = None
        self._added: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.version = 0  # changes on every registration: cached unions rebuild

    def names(self) -> list[str]:
        """Every name, without importing anything."""
        return [*self._built_in, *(n for n in self._added if n not in self._built_in)]

    def all(self) -> list[Any]:
        with self._lock:
            if self._loaded is None:
                self._loaded = {name: self._load(name, module) for name, module in self._built_in.items()}
        return [*self._loaded.values(), *self._added.values()]

    def get(self, name: str) -> Any | None:
        return next((d for d in self.all() if d.name == name), None)

    def _load(self, name: str, module: str) -> Any:
        descriptor = getattr(importlib.import_module(module), self._attribute)
        if descriptor.name != name:
            raise ValueError(f"{module}.{self._attribute} is named {descriptor.name!r}, listed as {name!r}")
        return descriptor

    @contextmanager
    def registered(self, descriptor: Any) -> Iterator[Any]:
        """Add a descriptor for the duration of the block (tests; plug-ins call `add`)."""
        self.add(descriptor)
        try:
            yield descriptor
        finally:
            self._added.pop(descriptor.name, None)
            self.version += 1

    def add(self, descriptor: Any) -> None:
        if descriptor.name in self.names():
            raise ValueError(f"a {self._attribute.lower()} named {descriptor.name!r} is registered already")
        self._added[descriptor.name] = descriptor
        self.version += 1


platforms = _Catalogue("PLATFORM", BUILT_IN_PLATFORMS)
channels = _Catalogue("CHANNEL", BUILT_IN_CHANNELS)


def resolve(reference: Any) -> Any:
    """A descriptor's "module:attribute" reference, or the object itself."""
    if isinstance(reference, str):
        module, _, attribute = reference.partition(":")
        return getattr(importlib.import_module(module), attribute)
    return reference


def reply_rules(platform: str | None) -> ReplyRules | None:
    """The platform's reply limits (its descriptor's `replies`); None for unknown or unlimited ones."""
    descriptor = platforms.get(platform) if platform else None
    return descriptor.replies if descriptor is not None else None


def reply_length(platform: str | None, text: str) -> int:
    """The reply's length as its platform counts it (characters where it has no count of its own)."""
    rules = reply_rules(platform)
    return rules.length(text) if rules is not None else len(text)
