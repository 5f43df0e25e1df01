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
    assert [external_id for _, external_id, _ in results] == [str(n) for n in range(2 * MIN_POSTS_PER_WORKER)]
    assert os.getpid() not in {pid for _, _, pid in results}


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


# -- how many cores `auto` may use: the container's CPU quota as well as the affinity ------------


def fake_cgroup(tmp_path, *, v2: str | None = None, v1: tuple[str, str] | None = None, own: str = "/"):
    """A cgroup mount and /proc/self/cgroup as a container shows them: v2's cpu.max, or v1's cfs files."""
    root = tmp_path / "cgroup"
    root.mkdir()
    proc = tmp_path / "proc_self_cgroup"
    if v2 is not None:
        group = root / own.strip("/") if own.strip("/") else root
        group.mkdir(parents=True, exist_ok=True)
        (group / "cpu.max").write_text(v2 + "\n")
        proc.write_text(f"0::{own}\n")
    if v1 is not None:
        (root / "cpu").mkdir()
        (root / "cpu" / "cpu.cfs_quota_us").write_text(v1[0] + "\n")
        (root / "cpu" / "cpu.cfs_period_us").write_text(v1[1] + "\n")
        proc.write_text("4:cpu,cpuacct:/\n")
    return root, proc


@pytest.mark.parametrize(("files", "affinity", "expected"), [
    ({"v2": "max 100000"}, 8, 8),             # no quota: the CPUs this process may run on
    ({"v2": "100000 100000"}, 8, 1),          # one CPU's worth of time on an 8-core host
    ({"v2": "150000 100000"}, 8, 2),          # 1.5 CPUs: a second worker still has half a core
    ({"v2": "110000 100000"}, 8, 1),          # 1.1 CPUs: a tenth of a core is no second core
    ({"v2": "50000 100000"}, 8, 1),           # half a CPU: never below one
    ({"v2": "400000 100000"}, 2, 2),          # a generous quota but two CPUs in the affinity set
    ({"v1": ("200000", "100000")}, 16, 2),    # cgroup v1's CFS quota
    ({"v1": ("-1", "100000")}, 3, 3),         # v1 without a quota
    ({}, 4, 4),                               # no cgroup files at all (not Linux, or not mounted)
])
def test_usable_cores_respect_the_cpu_quota_and_the_affinity(tmp_path, monkeypatch, files, affinity, expected):
    from brandwatch import cores

    root, proc = fake_cgroup(tmp_path, **files)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(affinity)), raising=False)
    assert cores.usable_cores(cgroup_root=root, own_cgroup=proc) == expected


def test_a_quota_on_the_process_own_v2_group_counts(tmp_path, monkeypatch):
    from brandwatch import cores

    root, proc = fake_cgroup(tmp_path, v2="100000 100000", own="/system.slice/brandwatch.service")
    (root / "cpu.max").write_text("max 100000\n")  # the host's root: no limit there
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    assert cores.usable_cores(cgroup_root=root, own_cgroup=proc) == 1


def test_auto_workers_read_the_quota(tmp_path, monkeypatch):
    from brandwatch import cores
    from brandwatch.daemon import analysis_pool

    root, proc = fake_cgroup(tmp_path, v2="100000 100000")
    monkeypatch.setattr(cores, "CGROUP_ROOT", root)
    monkeypatch.setattr(cores, "OWN_CGROUP", proc)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    assert analysis_pool.workers_for("auto") == 1


def test_scan_default_workers_read_the_quota(tmp_path, monkeypatch):
    from brandwatch import cores, scan_runner

    root, proc = fake_cgroup(tmp_path, v2="200000 100000")
    monkeypatch.setattr(cores, "CGROUP_ROOT", root)
    monkeypatch.setattr(cores, "OWN_CGROUP", proc)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(16)), raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 16)

    class Vader:
        class sentiment:
            name = "vader"

    assert scan_runner.default_workers(Vader()) == 2


# -- a worker dying mid-batch, a stuck one at shutdown: every mention analysed once ----------------


class PoisonedInWorkers:
    """The real analyzer, but a worker process that reads a 'poison' post dies on the spot (as one
    killed for memory would); this process reads it as any other."""

    def __init__(self, real, parent: int) -> None:
        self.real, self.parent = real, parent
        self.sentiment = real.sentiment

    def analyze(self, posts):
        if os.getpid() != self.parent and any("poison" in post.text for post in posts):
            os.kill(os.getpid(), signal.SIGKILL)
        return self.real.analyze(posts)


def _drain_all(tmp_path, name: str, texts: list[str], pool):
    from sqlalchemy import func, select

    from brandwatch.config import Settings
    from brandwatch.daemon.analysis import AnalysisWorker
    from brandwatch.daemon.engine import make_analyzer, open_analysis_inputs
    from brandwatch.rules import load_rules
    from brandwatch.store.db import make_engine, session_factory, transaction, upgrade
    from brandwatch.store.models import Finding, Mention, ReviewEvent
    from datetime import datetime, timezone

    now = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
    settings = Settings.model_validate({"brands": [{"name": "Acme", "products": ["Acme Rocket", "Acme Cloud"]}],
                                        "sentiment": {"backend": "vader"}, "data_dir": str(tmp_path / name),
                                        "daemon": {"analysis_batch_size": 2 * MIN_POSTS_PER_WORKER}})
    engine = make_engine(f"sqlite:///{tmp_path / (name + '.db')}")
    upgrade(engine)
    factory = session_factory(engine)
    with transaction(factory) as session:
        for number, text in enumerate(texts):
            session.add(Mention(platform="x", external_id=str(number), source="replay", text=text,
                                created_at=now, raw={"text": text}))
    analyzer = PoisonedInWorkers(make_analyzer(settings, open_analysis_inputs(settings), load_rules(None, settings)),
                                 os.getpid())
    worker = AnalysisWorker(factory, settings, lambda: analyzer, lambda: now, backend_name="vader", pool=pool)
    try:
        report = worker.drain()
    finally:
        if pool is not None:
            pool.close()
    with factory() as session:
        statuses = dict(session.execute(select(Mention.status, func.count()).group_by(Mention.status)).all())
        findings = sorted(session.execute(select(Mention.external_id, Finding.rule_id)
                                          .join(Mention, Finding.mention_id == Mention.id)).all())
        creates = session.scalar(select(func.count()).select_from(ReviewEvent).where(ReviewEvent.action == "create"))
        analyses = dict(session.execute(select(Mention.external_id, Mention.analysis)).all())
    engine.dispose()
    return report, statuses, findings, creates, analyses


def test_workers_dying_mid_batch_and_in_the_look_ahead_lose_and_double_count_no_mention(tmp_path):
    """The first batch's workers die (the batch handed over directly), then the look-ahead's (the next
    batch's analyses die before they are claimed): each such batch is retried mention by mention in this
    process, and the stored analyses, findings and audit events are those of a daemon without workers."""
    from .helpers import make_posts

    texts = [post["text"] for post in make_posts(3 * 2 * MIN_POSTS_PER_WORKER + 5)[0]]
    for number in (5, 2 * MIN_POSTS_PER_WORKER + 3, 5 * MIN_POSTS_PER_WORKER):
        texts[number] += " poison"
    reference = _drain_all(tmp_path, "alone", texts, None)
    report, statuses, findings, creates, analyses = _drain_all(tmp_path, "pooled", texts, AnalysisPool(2))
    assert reference[1] == statuses == {"analysed": len(texts)}
    assert findings == reference[2] and len(findings) == len(set(findings)) > 0
    assert report.analysed == reference[0].analysed == len(texts) and report.failed == 0
    assert report.findings == reference[0].findings == len(findings) == creates
    assert analyses == reference[4]


def test_closing_the_pool_at_shutdown_does_not_wait_forever_on_a_stuck_look_ahead(monkeypatch):
    """The daemon closes its pool when it stops; a worker stuck on a look-ahead part must not keep it
    from exiting (it promises to within 10 s of SIGTERM)."""
    import threading

    from brandwatch.daemon import analysis_pool

    monkeypatch.setattr(analysis_pool, "CLOSE_WAIT_S", 1.0)
    pool = AnalysisPool(2)
    pool.submit(StuckAnalyzer(), posts(2 * MIN_POSTS_PER_WORKER))  # the look-ahead, never collected
    assert wait_until(lambda: len(pool.worker_pids()) == 2, seconds=60)
    workers = pool.worker_pids()
    closer = threading.Thread(target=pool.close, daemon=True)
    closer.start()
    closer.join(30)
    hung = closer.is_alive()
    if hung:
        pool.abandon()
    assert not hung
    assert wait_until(lambda: not any(running(pid) for pid in workers), seconds=60)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


class SlowPart:
    """A part that answers after `takes` seconds of the fake clock, or never (None)."""

    def __init__(self, clock: Clock, takes: float | None, waits: list) -> None:
        self.clock, self.takes, self.waits = clock, takes, waits

    def result(self, timeout=None):
        self.waits.append(timeout)
        if self.takes is None or (timeout is not None and self.takes > timeout):
            self.clock.now += timeout
            raise TimeoutError
        self.clock.now += self.takes
        return ["done"]

    def cancel(self) -> bool:
        return False


class RecordingPool:
    def __init__(self) -> None:
        self.abandoned = self.closed = 0

    def abandon(self) -> None:
        self.abandoned += 1

    def close(self) -> None:
        self.closed += 1


def test_a_batch_waits_part_timeout_in_all_not_per_part(monkeypatch):
    """Parts are collected one after another: each must get what is left of one PART_TIMEOUT_S, or a
    batch of slow-but-alive parts could hold the daemon for parts x PART_TIMEOUT_S."""
    from concurrent.futures.process import BrokenProcessPool

    from brandwatch.daemon import analysis_pool

    clock, waits = Clock(), []
    monkeypatch.setattr(analysis_pool.time, "monotonic", clock.monotonic)
    started = clock.now
    parts = [SlowPart(clock, 0.6 * analysis_pool.PART_TIMEOUT_S, waits), SlowPart(clock, None, waits)]
    pool = RecordingPool()
    with pytest.raises(BrokenProcessPool):
        analysis_pool.Pending(pool, None, parts).result()
    assert clock.now - started <= analysis_pool.PART_TIMEOUT_S + 1e-6
    assert pool.abandoned == 1
    # Well within the time: both collected.
    clock2, waits2 = Clock(), []
    monkeypatch.setattr(analysis_pool.time, "monotonic", clock2.monotonic)
    parts = [SlowPart(clock2, 0.4 * analysis_pool.PART_TIMEOUT_S, waits2) for _ in range(2)]
    assert analysis_pool.Pending(RecordingPool(), None, parts).result() == ["done", "done"]


def test_a_shutdown_whose_jobs_overrun_the_grace_kills_the_workers_instead_of_waiting_on_them(monkeypatch):
    """Jobs still running after the grace: one may be waiting on a stuck worker, so the pool is
    abandoned (killed), never closed with a wait, before the process exits."""
    import threading
    import types

    from brandwatch.daemon import service

    release = threading.Event()
    pool = RecordingPool()
    fake = types.SimpleNamespace(
        requests=types.SimpleNamespace(stop=threading.Event()),
        scheduler=types.SimpleNamespace(shutdown=lambda wait: release.wait(30)),
        analysis=types.SimpleNamespace(pool=pool), training=None,
        instance=types.SimpleNamespace(stopped=lambda: None), leadership=types.SimpleNamespace(release=lambda: None))
    fake._finish = lambda **kwargs: service.Daemon._finish(fake, **kwargs)
    monkeypatch.setattr(service, "SHUTDOWN_GRACE_SECONDS", 0.2)

    class Exited(Exception):
        pass

    def no_exit(code):
        raise Exited(code)

    monkeypatch.setattr(service.os, "_exit", no_exit)
    monkeypatch.setattr(service.logging, "shutdown", lambda: None)
    try:
        with pytest.raises(Exited):
            service.Daemon._shutdown(fake)
    finally:
        release.set()
    assert pool.abandoned == 1


def _die_at_start(pids) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_workers_that_die_while_starting_are_replaced_at_the_next_batch(monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    from brandwatch.daemon import analysis_pool

    announce = analysis_pool._announce
    monkeypatch.setattr(analysis_pool, "_announce", _die_at_start)
    pool = AnalysisPool(2)
    try:
        with pytest.raises(BrokenProcessPool):
            pool.analyze(PidAnalyzer(), posts(2 * MIN_POSTS_PER_WORKER))
        assert pool._pool is None  # not kept: the next batch forks fresh workers
        monkeypatch.setattr(analysis_pool, "_announce", announce)
        results = pool.analyze(PidAnalyzer(), posts(2 * MIN_POSTS_PER_WORKER))
    finally:
        pool.close()
    assert [external_id for _, external_id, _ in results] == [str(n) for n in range(2 * MIN_POSTS_PER_WORKER)]


def test_an_overrun_shutdown_exits_even_when_killing_fails_and_the_database_hangs(monkeypatch):
    """Past the grace the process must still exit: a failing abandon, or an instance row update stuck
    on the very database that held the jobs up, may not keep it alive (10 s exit promise)."""
    import threading
    import types

    from brandwatch.daemon import service

    release, stopped_called = threading.Event(), threading.Event()

    class FailingPool(RecordingPool):
        def abandon(self) -> None:
            super().abandon()
            raise RuntimeError("announcement queue already closed")

    def stuck_update():
        stopped_called.set()
        release.wait(60)

    pool = FailingPool()
    fake = types.SimpleNamespace(
        requests=types.SimpleNamespace(stop=threading.Event()),
        scheduler=types.SimpleNamespace(shutdown=lambda wait: release.wait(60)),
        analysis=types.SimpleNamespace(pool=pool), training=None,
        instance=types.SimpleNamespace(stopped=stuck_update), leadership=types.SimpleNamespace(release=lambda: None))
    fake._finish = lambda **kwargs: service.Daemon._finish(fake, **kwargs)
    monkeypatch.setattr(service, "SHUTDOWN_GRACE_SECONDS", 0.2)
    monkeypatch.setattr(service, "FINISH_AFTER_OVERRUN_S", 0.2)
    exits: list[int] = []

    class Exited(Exception):
        pass

    def no_exit(code):
        exits.append(code)
        raise Exited(code)

    monkeypatch.setattr(service.os, "_exit", no_exit)
    monkeypatch.setattr(service.logging, "shutdown", lambda: None)
    try:
        with pytest.raises(Exited):
            service.Daemon._shutdown(fake)
        assert exits == [0] and pool.abandoned == 1
        assert not release.is_set()  # exited while the instance update was still stuck
    finally:
        release.set()
