"""Spike detection over bucketed counts: a robust baseline per hour of the week, and episodes.

Pure on purpose (no database, no clock): the daemon job (daemon/spikes.py) feeds it counts read from
the store, bench/spike_quality.py feeds it generated weeks. Buckets are numbered by whole bucket
lengths since the epoch, so bucket `i` covers [i * size, (i + 1) * size) and "a week earlier" is a fixed
number of buckets back.

A window is the sum of the last `window_buckets` buckets (and, where that is not above its threshold,
of the last `long_window_buckets`). It is judged against the same window a week,
two weeks, ... earlier, each taken at several offsets within the same hour of the week (`slot_spread`
buckets either side), so the baseline follows daily and weekly seasonality and one past burst cannot
move its median. Spread is the larger of the scaled MAD and Poisson noise, since eight quiet weeks can
have a MAD of zero. A minimum volume and a minimum absolute excess keep a quiet series'
0 -> 3 from counting as a crisis.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median
from typing import Mapping, Sequence

MAD_TO_SIGMA = 1.4826  # the MAD of a normal distribution times this is its standard deviation


@dataclass(frozen=True, slots=True)
class SpikeRule:
    bucket_seconds: int = 300
    window_buckets: int = 2
    # A second, longer window (0: none) catches a burst too thin for the short one to reach the minimum
    # volume (a quiet night's 3x): slower, but it alerts where the short window never would.
    long_window_buckets: int = 6
    weeks: int = 8  # past weeks read for the baseline
    min_weeks: int = 2  # fewer weeks of history than this: no judgment (a new series has no baseline)
    slot_spread: int = 6  # offsets either side of the same time a week earlier, in buckets
    z: float = 3.75  # how many spreads above the median a window must be
    min_volume: int = 10  # a window with fewer posts never alerts
    min_excess: int = 5  # nor one fewer than this many posts above the median
    quiet_buckets: int = 6  # an episode ends after this many buckets in a row under the threshold

    @property
    def week_buckets(self) -> int:
        return 7 * 24 * 3600 // self.bucket_seconds


@dataclass(frozen=True, slots=True)
class Judgement:
    count: int  # posts in the window
    median: float  # of the same window in past weeks
    spread: float  # on the square-root scale, where Poisson noise is 1
    threshold: float  # the window is above when count exceeds this
    above: bool
    buckets: int = 0  # the window's length


def history_windows(counts: Mapping[int, int], end: int, rule: SpikeRule, first: int, size: int | None = None) -> list[int]:
    """The window counts the baseline reads: the same hour of the week in past weeks, at several
    offsets; windows that start before `first` (the first bucket with data) are left out."""
    size = size or rule.window_buckets
    found = []
    for week in range(1, rule.weeks + 1):
        for shift in range(-rule.slot_spread, rule.slot_spread + 1):
            past_end = end - week * rule.week_buckets + shift
            if past_end - size + 1 < first:
                continue
            found.append(window_count(counts, past_end, size))
    return found


def window_count(counts: Mapping[int, int], end: int, size: int) -> int:
    return sum(counts.get(index, 0) for index in range(end - size + 1, end + 1))


def weeks_of_history(end: int, rule: SpikeRule, first: int) -> int:
    size = max(rule.window_buckets, rule.long_window_buckets)
    return max(0, min(rule.weeks, (end - size + 1 - first) // rule.week_buckets))


def judge(count: int, history: Sequence[int], rule: SpikeRule, buckets: int = 0) -> Judgement:
    # Judged on the square-root scale (Anscombe), where Poisson counts have unit spread whatever their
    # mean: a z of 4 then means the same rarity for a quiet series as for a busy one, which it does not
    # on the raw scale (a Poisson's upper tail is heavier than a normal's at small means).
    middle = float(median(history)) if history else 0.0
    roots = [_root(value) for value in history] or [_root(0)]
    root_middle = float(median(roots))
    spread = max(1.0, MAD_TO_SIGMA * float(median(abs(value - root_middle) for value in roots)))
    root_limit = root_middle + rule.z * spread
    threshold = max((root_limit / 2) ** 2 - 3 / 8, middle + rule.min_excess - 1, rule.min_volume - 1)
    return Judgement(count, middle, spread, threshold, count > threshold, buckets or rule.window_buckets)


def _root(count: float) -> float:
    return 2 * math.sqrt(count + 3 / 8)


def judge_window(counts: Mapping[int, int], end: int, rule: SpikeRule, first: int) -> Judgement | None:
    """The judgement of the windows ending with bucket `end` (the long one's when only it is above);
    None without `min_weeks` of history."""
    if weeks_of_history(end, rule, first) < rule.min_weeks:
        return None
    short = judge(window_count(counts, end, rule.window_buckets),
                  history_windows(counts, end, rule, first), rule)
    if short.above or not rule.long_window_buckets:
        return short
    size = rule.long_window_buckets
    long = judge(window_count(counts, end, size), history_windows(counts, end, rule, first, size), rule, size)
    return long if long.above else short


@dataclass(slots=True)
class Episode:
    start: int  # first bucket judged above
    last_above: int
    peak: int


class EpisodeTracker:
    """One series' episodes from judgements in bucket order: an episode starts at a window above the
    threshold when none is open, and stays open until `quiet_buckets` buckets pass without one."""

    def __init__(self, rule: SpikeRule) -> None:
        self.rule = rule
        self.open: Episode | None = None
        self.closed: list[Episode] = []

    def observe(self, end: int, judgement: Judgement | None) -> Episode | None:
        """Returns the episode when this bucket starts one (the moment to alert), else None."""
        if self.open is not None and end - self.open.last_above > self.rule.quiet_buckets:
            self.closed.append(self.open)
            self.open = None
        if judgement is None or not judgement.above:
            return None
        if self.open is not None:
            self.open.last_above = end
            self.open.peak = max(self.open.peak, judgement.count)
            return None
        self.open = Episode(end, end, judgement.count)
        return self.open

    def episodes(self) -> list[Episode]:
        return self.closed + ([self.open] if self.open is not None else [])


def continues(last_above: int, end: int, rule: SpikeRule) -> bool:
    """Whether an above-threshold window at `end` belongs to the episode last above at `last_above`."""
    return abs(end - last_above) <= rule.quiet_buckets
