"""Forked analysis workers: same analyses in the same order, in this process for small batches, fresh
workers for a new analyzer, and a worker's death costs the batch nothing but a retry."""

from __future__ import annotations

import os
import signal

import pytest

from brandwatch.daemon.analysis_pool import MIN_POSTS_PER_WORKER, AnalysisPool
from brandwatch.model.post import Post


class PidAnalyzer:
    """Says which process analysed each post."""

    def __init__(self, tag: str = "a") -> None:
        self.tag = tag

    def analyze(self, posts):
        return [(self.tag, post.external_id, os.getpid()) for post in posts]


class DyingAnalyzer:
    def analyze(self, posts):
        os.kill(os.getpid(), signal.SIGKILL)


def posts(count: int) -> list[Post]:
    return [Post(platform="x", external_id=str(number), text=f"post {number}") for number in range(count)]


def test_a_batch_is_analysed_by_the_workers_and_returned_in_its_order():
    pool = AnalysisPool(2)
    try:
        results = pool.analyze(PidAnalyzer(), posts(4 * MIN_POSTS_PER_WORKER))
    finally:
        pool.close()
    assert [external_id for _, external_id, _ in results] == [str(n) for n in range(4 * MIN_POSTS_PER_WORKER)]
    # Which worker takes which part is the executor's choice (one may take both): not this process.
    assert os.getpid() not in {pid for _, _, pid in results}


def test_a_small_batch_is_analysed_in_this_process():
    pool = AnalysisPool(2)
    results = pool.analyze(PidAnalyzer(), posts(MIN_POSTS_PER_WORKER))
    assert {pid for _, _, pid in results} == {os.getpid()}
    assert pool._pool is None


def test_a_new_analyzer_gets_fresh_workers():
    pool = AnalysisPool(2)
    try:
        first = pool.analyze(PidAnalyzer("old"), posts(2 * MIN_POSTS_PER_WORKER))
        second = pool.analyze(PidAnalyzer("new"), posts(2 * MIN_POSTS_PER_WORKER))
    finally:
        pool.close()
    assert {tag for tag, _, _ in second} == {"new"}
    assert not {pid for _, _, pid in first} & {pid for _, _, pid in second}


def test_a_worker_that_dies_fails_the_batch_instead_of_hanging_and_the_next_batch_gets_new_workers():
    from concurrent.futures.process import BrokenProcessPool

    pool = AnalysisPool(2)
    try:
        with pytest.raises(BrokenProcessPool):
            pool.analyze(DyingAnalyzer(), posts(2 * MIN_POSTS_PER_WORKER))
        assert pool._pool is None
        results = pool.analyze(PidAnalyzer(), posts(2 * MIN_POSTS_PER_WORKER))
    finally:
        pool.close()
    assert len(results) == 2 * MIN_POSTS_PER_WORKER



class TextAnalyzer:
    def __init__(self) -> None:
        self.calls = 0

    def analyze(self, posts):
        self.calls += 1
        return [post.text for post in posts]


def stored_mentions(tmp_path, count: int):
    from datetime import datetime, timezone

    from brandwatch.store.db import make_engine, session_factory, transaction, upgrade
    from brandwatch.store.models import Mention

    engine = make_engine(f"sqlite:///{tmp_path / 'ahead.db'}")
    upgrade(engine)
    factory = session_factory(engine)
    with transaction(factory) as session:
        for number in range(count):
            session.add(Mention(platform="x", external_id=str(number), source="replay", text=f"post {number}",
                                created_at=datetime(2026, 11, 23, tzinfo=timezone.utc), raw={}))
    return factory


def test_the_next_batch_is_handed_to_the_workers_and_used_only_if_claimed_unchanged(tmp_path):
    from sqlalchemy import select

    from brandwatch.config import Settings
    from brandwatch.daemon.analysis import AnalysisWorker, to_post
    from brandwatch.store.db import transaction
    from brandwatch.store.models import Mention

    batch = 2 * MIN_POSTS_PER_WORKER
    factory = stored_mentions(tmp_path, 3 * batch)
    analyzer = TextAnalyzer()
    worker = AnalysisWorker(factory, Settings.model_validate({"daemon": {"analysis_batch_size": batch}}),
                            lambda: analyzer, lambda: None, pool=AnalysisPool(2))

    def claim(session, first_id):
        return list(session.scalars(select(Mention).where(Mention.id >= first_id).order_by(Mention.id).limit(batch)))

    try:
        with transaction(factory) as session:
            worker._look_ahead(session, analyzer, claim(session, 1))
        assert worker._ahead.ids == list(range(batch + 1, 2 * batch + 1))
        with transaction(factory) as session:
            rows = claim(session, batch + 1)
            assert worker._results(analyzer, rows, [to_post(row) for row in rows]) == [row.text for row in rows]
            worker._look_ahead(session, analyzer, rows)
        assert analyzer.calls == 0  # both analysed by the workers, not here
        with transaction(factory) as session:
            session.get(Mention, 2 * batch + 1).text = "edited meanwhile"
        with transaction(factory) as session:
            rows = claim(session, 2 * batch + 1)
            results = worker._results(analyzer, rows, [to_post(row) for row in rows])
    finally:
        worker.pool.close()
    assert results[0] == "edited meanwhile"  # the look-ahead saw the old text: analysed again


def running(pid: int) -> bool:
    """Whether the process exists and is not a zombie waiting to be reaped."""
    try:
        with open(f"/proc/{pid}/status") as status:
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in status)
    except FileNotFoundError:
        return False


def wait_until(condition, seconds: float) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


class StuckAnalyzer:
    """A worker that never answers, as one forked holding a lock another thread had taken would."""

    def analyze(self, posts):
        import time

        while True:
            time.sleep(60)


def test_a_worker_that_never_answers_is_killed_and_the_batch_fails_instead_of_hanging(monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    from brandwatch.daemon import analysis_pool

    monkeypatch.setattr(analysis_pool, "PART_TIMEOUT_S", 2.0)
    pool = AnalysisPool(2)
    try:
        pending = pool.submit(StuckAnalyzer(), posts(2 * MIN_POSTS_PER_WORKER))
        # Each worker announces its pid before it takes any work (the executor has no public list).
        assert wait_until(lambda: len(pool.worker_pids()) == 2, seconds=60)
        workers = pool.worker_pids()
        with pytest.raises(BrokenProcessPool):
            pending.result()
        assert pool._pool is None
        # By pid, not Process.is_alive: the executor's own thread may reap a worker first, and then
        # is_alive can read a dead worker as alive.
        assert wait_until(lambda: not any(running(pid) for pid in workers), seconds=60)
        results = pool.analyze(PidAnalyzer(), posts(2 * MIN_POSTS_PER_WORKER))
    finally:
        pool.close()
    assert len(results) == 2 * MIN_POSTS_PER_WORKER


class ModelBackedAnalyzer(PidAnalyzer):
    class sentiment:
        name = "transformers"


def test_a_transformer_backend_is_never_forked():
    pool = AnalysisPool(2)
    results = pool.analyze(ModelBackedAnalyzer(), posts(4 * MIN_POSTS_PER_WORKER))
    assert {pid for _, _, pid in results} == {os.getpid()}
    assert pool._pool is None


def _sleep_a_while() -> None:
    import time

    time.sleep(60)


def test_abandoning_the_workers_kills_them_and_no_other_child_of_the_daemon():
    import multiprocessing

    bystander = multiprocessing.get_context("fork").Process(target=_sleep_a_while)
    bystander.start()
    pool = AnalysisPool(2)
    try:
        pool.analyze(PidAnalyzer(), posts(2 * MIN_POSTS_PER_WORKER))
        assert wait_until(lambda: len(pool.worker_pids()) == 2, seconds=60)
        workers = pool.worker_pids()
        pool.abandon()
        assert pool._pool is None
        assert wait_until(lambda: not any(running(pid) for pid in workers), seconds=60)
        assert bystander.is_alive()
    finally:
        pool.close()
        bystander.kill()
        bystander.join()


@pytest.mark.parametrize(("cores", "expected"), [(1, 1), (2, 2), (16, 2)])
def test_auto_takes_two_workers_where_two_cores_are_usable_and_none_on_one(monkeypatch, cores, expected):
    from brandwatch.config_daemon import DaemonSettings
    from brandwatch.daemon import analysis_pool

    monkeypatch.setattr(analysis_pool, "usable_cores", lambda: cores)
    assert analysis_pool.workers_for(DaemonSettings(analysis_workers="auto").analysis_workers) == expected
    assert analysis_pool.workers_for(DaemonSettings(analysis_workers=3).analysis_workers) == 3
    assert analysis_pool.workers_for(DaemonSettings().analysis_workers) == 1
