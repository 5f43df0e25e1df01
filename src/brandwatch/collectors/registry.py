"""Building collectors from `settings.sources`, with credentials from the environment only.

A platform source whose credentials are missing is skipped with one line saying which variables to
set. The local fakes (`brandwatch.testing`) plug in through `connections`, so the same code path runs
against Reddit, X, or a fake on 127.0.0.1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from requests.adapters import HTTPAdapter

from brandwatch.model.clock import Clock
from brandwatch.collectors.base import Collector
from brandwatch.collectors.brand_search import any_query, listing_filter, reddit_searches, x_search_query
from brandwatch.collectors.common import config_fingerprint
from brandwatch.collectors.reddit import RedditCollector, RedditEndpoints
from brandwatch.collectors.replay import ReplayCollector
from brandwatch.collectors.runner import Schedule
from brandwatch.collectors.x import XCollector
from brandwatch.config import RedditSource, ReplaySource, Settings, Source, XSource
from brandwatch.credentials import CREDENTIAL_VARIABLES, credentials_for
from brandwatch.rosters import Roster


@dataclass(frozen=True)
class Connection:
    """Where a platform's client connects and with what credentials (the fakes give their own)."""

    credentials: dict[str, str]
    reddit: RedditEndpoints | None = None
    x_adapter: Callable[[float], HTTPAdapter] | None = None
    # A fake lives in its own time: the collector judges checkpoint ages (X's 7-day window) by it.
    clock: Clock | None = None


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
    if isinstance(source, ReplaySource):
        return Configured(source, ReplayCollector(source, clock), schedule_for(source),
                          config_fingerprint(source.model_dump(mode="json")))
    credentials = connection.credentials if connection else credentials_for(source.type)
    if credentials is None:
        names = ", ".join(CREDENTIAL_VARIABLES[source.type])
        return f"{source.name}: skipped: set {names} in the environment to collect from {source.type}"
    accounts = roster.accounts(source.type)
    collector: Any
    if isinstance(source, RedditSource):
        endpoints = (connection.reddit if connection and connection.reddit
                     else RedditEndpoints.at(source.api_base_url) if source.api_base_url else RedditEndpoints())
        collector = RedditCollector(source, credentials, settings.watched_terms, accounts, endpoints,
                                    listing_filter(settings) if any_query(settings) else None,
                                    reddit_searches(settings))
    elif isinstance(source, XSource):
        adapter = connection.x_adapter if connection else None
        collector = XCollector(source, credentials["X_BEARER_TOKEN"], settings.watched_terms, accounts,
                               connection.clock if connection and connection.clock else clock, adapter,
                               x_search_query(settings))
    else:  # pragma: no cover - the config's discriminated union admits nothing else
        raise TypeError(f"unknown source type {type(source).__name__}")
    fingerprint = config_fingerprint(credentials, source.model_dump(mode="json"))
    return Configured(source, collector, schedule_for(source), fingerprint)
