"""The fakes `brandwatch collect --fake` starts: seeded the same way in every process.

A fake's content is a deterministic seed plus a count of extra posts kept in a small state file
under data_dir, so "run twice adds nothing; add posts, run again" can be shown from the command line.
"""

from __future__ import annotations

import json
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from brandwatch.collectors.registry import Connection
from brandwatch.config import RedditSource, Settings, Source, XSource
from brandwatch.rosters import Roster
from brandwatch.testing.reddit_fake import RedditFake
from brandwatch.testing.x_fake import XFake

SEED_POSTS = {"reddit": 400, "x": 320}  # more than three pages of 100 either way


@dataclass(frozen=True)
class FakeClock:
    """The X fake's own time, for the collector reading it (its seeded posts are dated in 2026-11)."""

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


def start_fake(stack: ExitStack, settings: Settings, roster: Roster, source: Source, add: int) -> StartedFake:
    term = settings.brand_terms[0] if settings.brand_terms else "Acme"
    count = SEED_POSTS[source.type] + extra_posts(state_file(settings, source), add)
    if isinstance(source, RedditSource):
        reddit = stack.enter_context(RedditFake())
        accounts = roster.accounts("reddit") if source.roster_history else []
        reddit.seed(count, term, source.subreddits or [term.casefold()], accounts)
        return StartedFake(Connection(reddit.credentials, reddit=reddit.endpoints()), len(reddit.fullnames()),
                           f"local Reddit fake at {reddit.url}")
    if isinstance(source, XSource):
        x = stack.enter_context(XFake())
        x.seed(count, term, roster.accounts("x") if source.roster_timelines else [])
        connection = Connection(x.credentials, x_adapter=x.adapter_factory(), clock=FakeClock(x.now))
        return StartedFake(connection, len(x.ids()),
                           f"local X fake at {x.url}")
    raise ValueError(f"source '{source.name}' ({source.type}) has no fake")
