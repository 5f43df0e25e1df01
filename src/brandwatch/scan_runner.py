"""The `scan` loop: numbered input lines in, contract JSON lines out, in order, on one or more cores.

Parsing, sentiment, rules and detectors all run inside the worker, so with the lexicon backend a
second process nearly doubles throughput. Workers are forked after the rules and lexicon are
loaded, so they share that memory and start instantly; output order is kept by `imap`.
"""

from __future__ import annotations

import itertools
import multiprocessing
from typing import IO, Iterable, Iterator

from brandwatch.cores import usable_cores
from brandwatch.model.analysis import Analysis
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.model.post import Post
from brandwatch.scan_io import dumps, parse_line
from brandwatch.secrecy import safe_contract

BATCH = 256
NumberedLine = tuple[int, str]
# (output JSON line, warning for stderr or None)
ScanLine = tuple[str, str | None]

_worker_analyzer: Analyzer | None = None  # set in the parent before forking; inherited by workers


def numbered_batches(source: IO[str], size: int = BATCH) -> Iterator[list[NumberedLine]]:
    numbered = ((number, line) for number, line in enumerate(source, start=1) if line.strip())
    while chunk := list(itertools.islice(numbered, size)):
        yield chunk


def analyse_batch(analyzer: Analyzer, batch: list[NumberedLine]) -> list[tuple[Post | None, Analysis | None, ScanLine]]:
    parsed = [parse_line(line, number) for number, line in batch]
    analyses = iter(analyzer.analyze([p.mention for p in parsed if p.mention is not None]))
    results = []
    for item in parsed:
        if item.error is not None:
            results.append((None, None, (dumps(item.error.to_contract()), str(item.error))))
        else:
            analysis = next(analyses)
            results.append((item.mention, analysis, (dumps(safe_contract(item.mention.text, analysis)), None)))
    return results


def _scan_lines(batch: list[NumberedLine]) -> list[ScanLine]:
    assert _worker_analyzer is not None
    return [line for _, _, line in analyse_batch(_worker_analyzer, batch)]


def default_workers(analyzer: Analyzer) -> int:
    """Lexicon backends scale with processes; transformer backends already use every core via threads."""
    if analyzer.sentiment.name != "vader" or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(usable_cores(), 4))  # a container's CPU quota and set, not the host's cores


def scan_lines(analyzer: Analyzer, batches: Iterable[list[NumberedLine]], workers: int) -> Iterator[list[ScanLine]]:
    """Output lines batch by batch, in input order."""
    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    batches = itertools.chain([first] + ([second] if second is not None else []), batches)
    if workers <= 1 or second is None:  # one batch: a pool would only add start-up time
        for batch in batches:
            yield [line for _, _, line in analyse_batch(analyzer, batch)]
        return
    global _worker_analyzer
    _worker_analyzer = analyzer
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_scan_lines, batches, chunksize=1)
