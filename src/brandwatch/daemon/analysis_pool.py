"""The detectors of a daemon batch on every core: forked worker processes analyse parts of the batch.

The detectors are most of a mention's cost and each post's analysis is its own, so a batch cut in
parts and analysed side by side gives the same analyses in the same order. Workers are forked holding
the analyzer (rules and lexicon loaded once, shared copy-on-write), as `scan` does; they only analyse:
the database, the masker and the stored output stay in the daemon's process, so what is stored and
masked is what one process would store. A new analyzer (rules reloaded, the model switched) gets
fresh workers.

Off by default (`daemon.analysis_workers: 1`): the workers pay for themselves only with idle cores. On
the shared two-core development machine, under other load, two workers cost more wall time than
they saved; on the same machine idle, two took replay → findings from ~1,650 to ~2,150 mentions/s
(BENCHMARKS.md). `auto` is for a machine the daemon has to itself: two workers where two or more
cores are usable, none below (more than two was never measured). Transformer backends already use
every core through their threads.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Sequence

from brandwatch.cores import usable_cores  # affinity and CPU quota (a container's), not os.cpu_count()
from brandwatch.model.analysis import Analysis
from brandwatch.model.post import Post

log = logging.getLogger("brandwatch.daemon.analysis")

# Below this many posts per worker the hand-over costs more than the second core gives.
MIN_POSTS_PER_WORKER = 16
# A part of a batch takes well under a second; a worker silent this long is stuck (a fork can copy a
# lock another thread of the daemon held, e.g. inside re2's cache), so it is killed and the batch is
# analysed in the daemon's process instead of waiting forever.
PART_TIMEOUT_S = 300.0
# Closing the pool waits this long for parts already running before it kills their workers. A part
# still running then is only ever a look-ahead nobody will collect (a collected batch is finished or
# failed before any close), so nothing is lost; and the daemon, which closes the pool after up to
# SHUTDOWN_GRACE_SECONDS (8 s) for its jobs, promises to exit within 10 s of SIGTERM.
CLOSE_WAIT_S = 1.0

_worker_analyzer: Any = None  # set in the daemon just before forking; inherited by the workers


def _announce(pids: Any) -> None:
    """Run first in each worker: tells the daemon its pid, so a stuck worker can be killed."""
    pids.put(os.getpid())


def _analyse_part(posts: list[Post]) -> list[Analysis]:
    assert _worker_analyzer is not None
    return _worker_analyzer.analyze(posts)


# `auto` never asks for more workers than this: the only count measured to pay (BENCHMARKS.md).
AUTO_MAX_WORKERS = 2


def workers_for(configured: int | str) -> int:
    """Worker processes for `daemon.analysis_workers` (1: none, the daemon analyses itself)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if configured == "auto":
        return max(1, min(AUTO_MAX_WORKERS, usable_cores()))
    return int(configured)


class AnalysisPool:
    def __init__(self, configured_workers: int | str = 1) -> None:
        self.configured_workers = configured_workers
        self._pool: ProcessPoolExecutor | None = None
        self._analyzer: Any = None
        self._size = 0
        # The workers' pids, as each announces itself on `_announced` (ProcessPoolExecutor has no
        # public list of its processes before Python 3.14).
        self._announced: Any = None
        self._pids: set[int] = set()
        # The job thread (a broken pool) and the main thread (abandon at an overrun shutdown) may both
        # tear the pool down; one at a time, and the second finds nothing left to do.
        self._teardown = threading.RLock()

    def analyze(self, analyzer: Any, posts: Sequence[Post]) -> list[Analysis]:
        pending = self.submit(analyzer, posts)
        return pending.result() if pending is not None else analyzer.analyze(posts)

    def submit(self, analyzer: Any, posts: Sequence[Post]) -> Pending | None:
        """The posts handed to the workers, analysing while the caller does other work; None when the
        batch is too small for more than one worker (or workers are off)."""
        workers = self._workers(analyzer, len(posts))
        if workers <= 1:
            return None
        size = -(-len(posts) // workers)
        parts = [list(posts[start:start + size]) for start in range(0, len(posts), size)]
        try:  # workers that die while starting (in _pool_for) or since: fresh ones next time
            pool = self._pool_for(analyzer, workers)
            return Pending(self, analyzer, [pool.submit(_analyse_part, part) for part in parts])
        except BrokenProcessPool:
            self.close()
            raise

    def _workers(self, analyzer: Any, posts: int) -> int:
        # Only lexicon backends: a transformer model already uses every core through its threads,
        # and forking after its thread pools started is known to hang (the model can be switched to
        # one by background training without a restart).
        if getattr(getattr(analyzer, "sentiment", None), "name", "vader") != "vader":
            return 1
        return min(workers_for(self.configured_workers), posts // MIN_POSTS_PER_WORKER)

    def _pool_for(self, analyzer: Any, workers: int) -> Any:
        if self._pool is not None and self._analyzer is analyzer and self._size >= workers:
            return self._pool
        self.close()
        global _worker_analyzer
        _worker_analyzer = analyzer  # the workers fork (at the first map) holding this analyzer
        context = multiprocessing.get_context("fork")
        self._announced = context.SimpleQueue()
        self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_announce,
                                         initargs=(self._announced,))
        self._analyzer, self._size = analyzer, workers
        # Fork now, with every object out of the garbage collector's sight in the workers: its passes
        # would touch (and so copy) every page of the rules and lexicon they share with this process.
        gc.freeze()
        try:
            self._pool.submit(int).result()
        finally:
            gc.unfreeze()
        log.debug("analysis on %d worker processes", workers)
        return self._pool

    def close(self) -> None:
        """Stop the workers: parts not started are cancelled and running ones get CLOSE_WAIT_S to
        finish; a worker still busy then is stuck (a look-ahead nobody collects, at the daemon's
        shutdown or a new analyzer) and is killed, so closing never hangs the daemon."""
        with self._teardown:
            if self._pool is None:
                return
            pids = self.worker_pids()
            workers = {process.sentinel: process for process in multiprocessing.active_children()
                       if process.pid in pids}
            # Queued parts are cancelled; the workers are told to exit once the running parts end.
            self._pool.shutdown(wait=False, cancel_futures=True)
            deadline = time.monotonic() + CLOSE_WAIT_S
            while workers and (left := deadline - time.monotonic()) > 0:
                for ended in multiprocessing.connection.wait(list(workers), left):
                    del workers[ended]
            if workers:
                # Only an uncollected look-ahead runs this late: nothing is lost, so no error.
                log.warning("%d analysis worker(s) still busy %.0f s after the pool was closed; killed "
                            "(a look-ahead batch nobody collects; its mentions are read again)",
                            len(workers), CLOSE_WAIT_S)
                for process in workers.values():
                    process.kill()
            self._forget_pool()

    def worker_pids(self) -> set[int]:
        """The pids of the workers started so far (each announces itself before taking any work)."""
        announced = self._announced
        while announced is not None and not announced.empty():
            self._pids.add(announced.get())
        return set(self._pids)

    def abandon(self) -> None:
        """Kill the workers without waiting for them: one of them is stuck, so a shutdown that waits
        would hang the daemon too."""
        with self._teardown:
            if self._pool is None:
                return
            pids = self.worker_pids()
            # Only live children of this process that announced themselves as workers: a pid is never
            # signalled after its process was reaped (and the number perhaps reused).
            for process in multiprocessing.active_children():
                if process.pid in pids:
                    process.kill()
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._forget_pool()

    def _forget_pool(self) -> None:
        self._pool = self._analyzer = None
        if self._announced is not None:
            self._announced.close()
        self._announced, self._pids = None, set()


class Pending:
    """A batch being analysed by the workers."""

    def __init__(self, pool: AnalysisPool, analyzer: Any, parts: list[Future]) -> None:
        self.pool, self.analyzer, self.parts = pool, analyzer, parts

    def result(self) -> list[Analysis]:
        # One deadline for the whole batch: the parts are collected one after another, and each
        # waiting a full PART_TIMEOUT_S would let a batch hold the daemon for parts x PART_TIMEOUT_S.
        deadline = time.monotonic() + PART_TIMEOUT_S
        try:
            return [analysis for part in self.parts
                    for analysis in part.result(timeout=max(0.0, deadline - time.monotonic()))]
        except BrokenProcessPool:
            # A worker died (killed, out of memory): fresh ones next time; the batch is retried
            # post by post in this process (AnalysisWorker._one_by_one).
            self.pool.close()
            raise
        except TimeoutError:
            log.error("an analysis worker gave no answer in %.0f s; workers killed, the batch is analysed "
                      "in the daemon's process", PART_TIMEOUT_S)
            self.pool.abandon()
            raise BrokenProcessPool("an analysis worker gave no answer") from None

    def cancel(self) -> None:
        for part in self.parts:
            part.cancel()
