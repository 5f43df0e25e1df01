"""Two daemons judging the same burst at the same moment on PostgreSQL: exactly one episode, one alert.

Not timing: a barrier holds both workers after each has looked for an ongoing episode and found none
(the moment it is about to insert one), so both really try to open the same episode at once.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from brandwatch.review.spikes import detect_spikes
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import OutboxMessage, SpikeEpisode
from tests.review.test_spikes import BUCKET, BURSTS, SETTINGS, _weeks_with_bursts

WORKERS = 2


@pytest.mark.parametrize("database_url", ["pg"], indirect=True)  # SQLite has one writer: no race to lose
def test_two_workers_racing_to_open_the_same_spike_episode_queue_exactly_one_alert(engine):
    factory = session_factory(engine)
    _weeks_with_bursts(factory)
    now = BURSTS[0][0] + 3 * BUCKET  # the burst's first buckets are complete and judged
    barrier = threading.Barrier(WORKERS, timeout=120)
    started: list[list[tuple[str, object]]] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with transaction(factory) as session:
                own = session.begin_nested
                waited = []

                def begin_nested_after_both_looked():
                    # detect_spikes opens a savepoint only to insert a new episode, after finding none
                    # ongoing: the first time, wait there until the other worker has got as far.
                    if not waited:
                        waited.append(True)
                        barrier.wait()
                    return own()

                session.begin_nested = begin_nested_after_both_looked
                episodes = detect_spikes(session, SETTINGS, now)
                started.append([(episode.series, episode.started_at) for episode in episodes])
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread below
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "a worker is stuck"
    assert errors == []
    assert sorted(len(found) for found in started) == [0, 1]  # one worker opened it, the other joined it
    with factory() as session:
        episodes = session.scalars(select(SpikeEpisode)).all()
        alerts = session.scalar(select(func.count()).select_from(OutboxMessage))
    assert len(episodes) == 1 and alerts == 1
    assert BURSTS[0][0] - BUCKET <= episodes[0].started_at <= BURSTS[0][0] + timedelta(minutes=30)
