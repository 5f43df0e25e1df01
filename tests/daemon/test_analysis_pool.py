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


def test_a_batch_is_analysed_on_two_processes_and_returned_in_its_order():
    pool = AnalysisPool(2)
    try:
        results = pool.analyze(PidAnalyzer(), posts(4 * MIN_POSTS_PER_WORKER))
    finally:
        pool.close()
    assert [external_id for _, external_id, _ in results] == [str(n) for n in range(4 * MIN_POSTS_PER_WORKER)]
    pids = {pid for _, _, pid in results}
    assert len(pids) == 2 and os.getpid() not in pids


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
