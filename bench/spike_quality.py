"""Spike alert quality on generated weeks (targets: precision and recall >= 0.90, median delay <= 10 min).

Usage: python bench/spike_quality.py [--weeks 100] [--mean 6] [--bursts-per-week 2] [--seed 25]

One series of 5-minute buckets over --weeks weeks: a mean of --mean posts a bucket shaped by a daily
cycle (quiet nights, busy afternoons) and a weekly one (quieter weekends), Poisson noise on top, and
bursts at random times where the rate is 3x the baseline for 30 minutes to 2 hours. The detector core
(brandwatch/spike_detection.py, the one the daemon job runs) judges every bucket in order from the
first week that has `min_weeks` of history, as the daemon would see them live.

An alert (the start of an episode) counts as true when it falls inside a burst or within the quiet
period after one (the same episode could not have started later); recall is the share of bursts with
an alert inside them; delay is from the burst's start to the end of the bucket that raised the alert.
"""

from __future__ import annotations

import argparse
import math
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from brandwatch.spike_detection import EpisodeTracker, SpikeRule, judge_window  # noqa: E402

BUCKET_MINUTES = 5


def seasonal_rate(index: int, rule: SpikeRule, mean: float) -> float:
    per_day = 24 * 60 // BUCKET_MINUTES
    hour = (index % per_day) * BUCKET_MINUTES / 60
    weekday = (index // per_day) % 7
    daily = 1 + 0.8 * math.sin((hour - 9) / 24 * 2 * math.pi)  # lowest near 03:00, highest near 15:00
    weekly = 0.6 if weekday >= 5 else 1.0
    return mean * daily * weekly


def poisson(rng: random.Random, rate: float) -> int:
    # Knuth's method for small rates, a rounded normal for large ones: fast enough for 20,000 draws a week.
    if rate > 40:
        return max(0, round(rng.gauss(rate, math.sqrt(rate))))
    limit, k, product = math.exp(-rate), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def generate(weeks: int, mean: float, bursts_per_week: float, rule: SpikeRule, rng: random.Random):
    total = weeks * rule.week_buckets
    bursts: list[tuple[int, int]] = []
    # Bursts only after the warm-up weeks (no judgement there) and never overlapping one another.
    cursor = rule.min_weeks * rule.week_buckets
    while True:
        cursor += int(rng.expovariate(bursts_per_week / rule.week_buckets)) + 1
        length = rng.randint(6, 24)  # 30 minutes to 2 hours
        if cursor + length >= total:
            break
        bursts.append((cursor, cursor + length))
        cursor += length + 2 * rule.quiet_buckets
    in_burst = set()
    for start, end in bursts:
        in_burst.update(range(start, end))
    counts = {}
    for index in range(total):
        rate = seasonal_rate(index, rule, mean) * (3 if index in in_burst else 1)
        counts[index] = poisson(rng, rate)
    return counts, bursts, total


def score(alerts: list[int], bursts: list[tuple[int, int]], rule: SpikeRule) -> dict:
    true_alerts, delays, found = 0, [], 0
    for start, end in bursts:
        inside = [a for a in alerts if start <= a < end]
        if inside:
            found += 1
            delays.append((inside[0] + 1 - start) * BUCKET_MINUTES)
    for alert in alerts:
        if any(start <= alert < end + rule.quiet_buckets for start, end in bursts):
            true_alerts += 1
    return {"alerts": len(alerts), "bursts": len(bursts),
            "precision": true_alerts / len(alerts) if alerts else 1.0,
            "recall": found / len(bursts) if bursts else 1.0,
            "median_delay_min": statistics.median(delays) if delays else float("nan")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=100)
    parser.add_argument("--mean", type=float, default=6.0, help="mean posts per 5-minute bucket")
    parser.add_argument("--bursts-per-week", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=25)
    parser.add_argument("--window", type=int, default=SpikeRule().window_buckets, help="buckets a window sums")
    parser.add_argument("--z", type=float, default=SpikeRule().z)
    args = parser.parse_args()
    rule = SpikeRule(bucket_seconds=BUCKET_MINUTES * 60, window_buckets=args.window, z=args.z)
    rng = random.Random(args.seed)
    began = time.perf_counter()
    counts, bursts, total = generate(args.weeks, args.mean, args.bursts_per_week, rule, rng)
    generated = time.perf_counter()
    tracker, alerts = EpisodeTracker(rule), []
    for end in range(total):
        if tracker.observe(end, judge_window(counts, end, rule, 0)) is not None:
            alerts.append(end)
    judged = time.perf_counter()
    result = score(alerts, bursts, rule)
    print(f"python {platform.python_version()} on {platform.machine()}; weeks={args.weeks} mean={args.mean}/bucket "
          f"bursts/week={args.bursts_per_week} seed={args.seed}; rule={rule}")
    print(f"buckets={total} bursts={result['bursts']} alerts={result['alerts']} "
          f"precision={result['precision']:.3f} recall={result['recall']:.3f} "
          f"median_delay={result['median_delay_min']:.1f} min "
          f"(generate {generated - began:.1f} s, judge {judged - generated:.1f} s = "
          f"{total / (judged - generated):,.0f} buckets/s)")
    met = result["precision"] >= 0.9 and result["recall"] >= 0.9 and result["median_delay_min"] <= 10
    print("targets met" if met else "targets MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
