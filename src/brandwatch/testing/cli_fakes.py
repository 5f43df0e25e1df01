"""The fakes `brandwatch collect --fake` (and `run --fake`) start: seeded the same way in every process.

A platform's fake is named by its descriptor (catalogue.PlatformDescriptor.fake) and has the methods
of `PlatformFake`. A fake's content is a deterministic seed plus a count of extra posts kept in a small
state file under data_dir, so "run twice adds nothing; add posts, run again" can be shown from the
command line.
"""

from __future__ import annotations

import json
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Protocol

from brandwatch import catalogue
from brandwatch.collectors.registry import Connection
from brandwatch.config import Settings, Source
from brandwatch.rosters import Roster


@dataclass(frozen=True)
class FakeClock:
    """A fake's own time, for the collector reading it (the X fake's seeded posts are dated in 2026-11)."""

    epoch_now: Callable[[], float]

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.epoch_now(), tz=timezone.utc)

    def sleep(self, seconds: float) -> None:  # pragma: no cover - collectors never sleep
        raise AssertionError("collectors never sleep")


@dataclass(frozen=True)
class StartedFake:
    connection: Connection
    holds: int  # posts the fake serves
    description: str


class PlatformFake(Protocol):
    """What a platform's fake offers the CLI and `python -m brandwatch.testing.serve`."""

    seed_posts: int  # posts a `--fake` run starts with: more than three pages

    def start(self, stack: ExitStack, source: Source, term: str, roster: Roster, count: int) -> StartedFake:
        """A running fake (closed by `stack`) seeded with `count` posts naming `term`, for `source`."""

    def default_source(self, name: str, term: str) -> Source:
        """The source `collect --source <platform> --fake` uses when none is configured."""

    def standalone(self, seed: int, term: str, places: list[str], roster: list[str]) -> Any:
        """A fake for its own process (serve.py): a FakeServer with `seed_more(n)`."""


def fake_for(platform: str) -> PlatformFake | None:
    descriptor = catalogue.platforms.get(platform)
    return catalogue.resolve(descriptor.fake) if descriptor is not None and descriptor.fake else None


def faked_platforms() -> list[str]:
    return [d.name for d in catalogue.platforms.all() if d.fake]


def state_file(settings: Settings, source: Source) -> Path:
    return settings.data_dir / "fakes" / f"{source.name}.json"


def extra_posts(path: Path, add: int) -> int:
    """Extra posts this fake holds beyond its seed; `add` more are recorded first."""
    try:
        extra = int(json.loads(path.read_text(encoding="utf-8")).get("extra", 0))
    except (OSError, ValueError, AttributeError):
        extra = 0
    if add:
        extra += add
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"extra": extra}), encoding="utf-8")
    return extra


def brand_term(settings: Settings) -> str:
    return settings.brand_terms[0] if settings.brand_terms else "Acme"


def start_fake(stack: ExitStack, settings: Settings, roster: Roster, source: Source, add: int) -> StartedFake:
    fake = fake_for(source.type)
    if fake is None:
        raise ValueError(f"source '{source.name}' ({source.type}) has no fake")
    count = fake.seed_posts + extra_posts(state_file(settings, source), add)
    return fake.start(stack, source, brand_term(settings), roster, count)


def start_fakes(stack: ExitStack, settings: Settings, roster: Roster, sources: list[Source], add: int,
                announce: Callable[[Source, StartedFake], None]) -> dict[str, Connection]:
    """A fake for each source whose platform has one, as `connections` for build_collectors."""
    connections: dict[str, Connection] = {}
    for source in sources:
        if fake_for(source.type) is not None:
            started = start_fake(stack, settings, roster, source, add)
            connections[source.type] = started.connection
            announce(source, started)
    return connections


def with_default_source(settings: Settings, name: str | None) -> Settings:
    """`--source reddit --fake` (any platform with a fake) works without a config file: a default
    source of that platform."""
    fake = fake_for(name) if name is not None and not any(s.name == name for s in settings.sources) else None
    if fake is None or name is None:
        return settings
    return settings.model_copy(update={"sources": [*settings.sources, fake.default_source(name, brand_term(settings))]})
