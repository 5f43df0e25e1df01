"""What the collector tests read back from the database."""

from __future__ import annotations

from sqlalchemy import func, select

from brandwatch.store import models
from brandwatch.store.db import session_factory


def stored_keys(engine) -> list[tuple[str, str]]:
    with session_factory(engine)() as session:
        return [tuple(row) for row in session.execute(select(models.Mention.platform, models.Mention.external_id))]


def count(engine, model) -> int:
    with session_factory(engine)() as session:
        return session.scalar(select(func.count()).select_from(model))


def status(engine, source: str) -> models.SourceStatus | None:
    with session_factory(engine)() as session:
        return session.get(models.SourceStatus, source)


def clock_after_seeds():
    """A test clock a day after the fakes' seeded posts: X's 7-day search window still holds them."""
    from datetime import datetime, timedelta, timezone

    from brandwatch.model.clock import ManualClock
    from brandwatch.testing.seeds import BASE_EPOCH

    return ManualClock(datetime.fromtimestamp(BASE_EPOCH, tz=timezone.utc) + timedelta(days=1))


def x_collector(fake, clock, roster=(), *, terms=("Acme",), **source):
    """An X collector pointed at the local fake, with short timeouts so a fault test never waits long."""
    from datetime import timedelta

    from brandwatch.collectors.x_collector import XCollector
    from brandwatch.collectors.x import XSource

    settings = {"max_results": 10, "request_timeout": timedelta(seconds=0.5), **source}
    return XCollector(XSource(name="x", type="x", **settings), fake.bearer_token, list(terms), list(roster),
                      clock, fake.adapter_factory())
