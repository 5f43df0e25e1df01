"""Building collectors from `settings.sources`, each by its platform's descriptor (catalogue.platforms),
with credentials from the environment only.

A platform source whose credentials are missing is skipped with one line saying which variables to
set. The local fakes (`brandwatch.testing`) plug in through `connections`, so the same code path runs
against Reddit, X, or a fake on 127.0.0.1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from brandwatch import catalogue
from brandwatch.collectors.base import Collector
from brandwatch.collectors.common import config_fingerprint
from brandwatch.collectors.runner import Schedule
from brandwatch.config import Settings, Source
from brandwatch.credentials import credentials_for
from brandwatch.model.clock import Clock
from brandwatch.rosters import Roster


@dataclass(frozen=True)
class Connection:
    """Where a platform's client connects and with what credentials (the fakes give their own)."""

    credentials: dict[str, str]
    # What the platform's builder needs to reach the fake (Reddit: its endpoints; X: an adapter factory).
    endpoint: Any = None
    # A fake lives in its own time: the collector judges checkpoint ages (X's 7-day window) by it.
    clock: Clock | None = None


@dataclass(frozen=True)
class BuildContext:
    """What a platform's builder gets besides its source (catalogue.PlatformDescriptor.build)."""

    settings: Settings
    roster: Roster
    clock: Clock  # the fake's own clock when it has one
    credentials: dict[str, str]
    endpoint: Any = None  # Connection.endpoint, when a fake stands in for the platform


@dataclass(frozen=True)
class Configured:
    source: Source
    collector: Collector
    schedule: Schedule
    fingerprint: str  # changes when credentials or the source's config change


@dataclass
class Registry:
    collectors: list[Configured] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per source that cannot run


def schedule_for(source: Source) -> Schedule:
    return Schedule(interval=source.interval, backoff=source.retry_backoff,
                    backoff_cap=source.retry_backoff_cap, rate_limit_wait_cap=source.rate_limit_wait_cap)


def build_collectors(settings: Settings, roster: Roster, clock: Clock, *, only: str | None = None,
                     include_disabled: bool = False,
                     connections: dict[str, Connection] | None = None) -> Registry:
    registry = Registry()
    for source in settings.sources:
        if only is not None and source.name != only:
            continue
        if not source.enabled and not include_disabled:
            continue
        built = build_one(source, settings, roster, clock, (connections or {}).get(source.type))
        if isinstance(built, str):
            registry.skipped.append(built)
        else:
            registry.collectors.append(built)
    return registry


def build_one(source: Source, settings: Settings, roster: Roster, clock: Clock,
              connection: Connection | None) -> Configured | str:
    """The source's collector, or the one line explaining why it cannot run."""
    platform = catalogue.platforms.get(source.type)
    if platform is None:  # the config's union admits only listed platforms; a hand-built model may not
        raise ValueError(f"source {source.name}: no platform {source.type!r} is registered")
    credentials = connection.credentials if connection else credentials_for(source.type)
    if credentials is None:
        names = ", ".join(platform.credentials)
        return f"{source.name}: skipped: set {names} in the environment to collect from {source.type}"
    context = BuildContext(settings, roster, connection.clock if connection and connection.clock else clock,
                           credentials, connection.endpoint if connection else None)
    collector = catalogue.resolve(platform.build)(source, context)
    # Credentials take part in the fingerprint, so new ones retry a source they had disabled.
    parts = (credentials, source.model_dump(mode="json")) if platform.credentials else (source.model_dump(mode="json"),)
    return Configured(source, collector, schedule_for(source), config_fingerprint(*parts))
