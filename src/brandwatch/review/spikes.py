"""Spike alerts from stored mentions: counts per series and bucket by post time, episodes, the alert.

A series is one brand's analysed mentions (`volume`), its mentions with a finding of one category
(`category`), its complaints on one topic (`topic`) or its negative posts (`sentiment`). Counts are by
`mentions.created_at`, the time the post was written, so a late collection fills the buckets where the
posts belong; only the buckets that ended within `spikes.judge_buckets` of now are judged, so a
backfill never alerts for the past. The judgement itself is brandwatch/spike_detection.py.

Each episode is a `spike_episodes` row, unique by (series, start): of several daemons sharing a
PostgreSQL database only the one whose insert succeeds queues the alert, and the outbox key is built
from the same pair, so a resend is recognised too.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from brandwatch.config import Settings
from brandwatch.config_daemon import SpikeSettings
from brandwatch.review.routing import FindingFacts, route
from brandwatch.spike_detection import Judgement, SpikeRule, judge_window
from brandwatch.store.models import Finding, Mention, OutboxMessage, SpikeEpisode

log = logging.getLogger("brandwatch.review.spikes")

NO_BRAND = "-"  # mentions no configured brand claimed (or analysed before the brand was stored)
DIMENSION_TEXT = {"volume": "mentions", "category": "posts with {value} findings",
                  "topic": "{value} complaints", "sentiment": "{value} posts"}


@dataclass(frozen=True, slots=True)
class Series:
    brand: str
    dimension: str  # volume | category | topic | sentiment
    value: str

    @property
    def key(self) -> str:
        return f"{self.brand}|{self.dimension}|{self.value}"

    def describe(self) -> str:
        what = DIMENSION_TEXT[self.dimension].format(value=self.value)
        return what if self.brand == NO_BRAND else f"{self.brand}: {what}"


def spike_rule(settings: SpikeSettings) -> SpikeRule:
    size = int(settings.bucket.total_seconds())
    return SpikeRule(bucket_seconds=size, window_buckets=settings.window_buckets,
                     long_window_buckets=settings.long_window_buckets, weeks=settings.weeks,
                     min_weeks=settings.min_weeks, slot_spread=settings.slot_spread, z=settings.z,
                     min_volume=settings.min_volume, min_excess=settings.min_excess,
                     quiet_buckets=max(1, math.ceil(settings.quiet.total_seconds() / size)))


def bucket_of(moment: datetime, rule: SpikeRule) -> int:
    return int(moment.timestamp()) // rule.bucket_seconds


def bucket_start(index: int, rule: SpikeRule) -> datetime:
    return datetime.fromtimestamp(index * rule.bucket_seconds, timezone.utc)


def series_of(mention_analysis: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The mention-level series (dimension, value) one analysed mention counts in."""
    analysis = mention_analysis or {}
    found = [("volume", "all")]
    if (analysis.get("sentiment") or {}).get("label") == "negative":
        found.append(("sentiment", "negative"))
    complaint = analysis.get("complaint") or {}
    if complaint.get("is_complaint") and complaint.get("topic"):
        found.append(("topic", str(complaint["topic"])))
    return found


READ_CHUNK = 2000  # rows per fetch when counting a window


def read_counts(session: Session, ranges: Iterable[tuple[int, int]], rule: SpikeRule,
                only: str | None = None) -> dict[Series, dict[int, int]]:
    """Posts per series and bucket for the buckets in `ranges` (inclusive bucket indexes); `only`: one series key."""
    counts: dict[Series, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    # One query per range, not one with OR: each is a range of ix_mentions_created_at on both backends.
    for lo, hi in merged_ranges(ranges):
        within = and_(Mention.created_at >= bucket_start(lo, rule), Mention.created_at < bucket_start(hi + 1, rule))
        # Streamed in chunks: a busy window holds millions of mentions, and holding them all at once
        # grew the daemon's memory with every run (the allocator keeps what a peak took).
        rows = session.execute(select(Mention.created_at, Mention.analysis)
                               .where(within, Mention.status == "analysed")
                               .execution_options(yield_per=READ_CHUNK))
        for created_at, analysis in rows:
            if (analysis or {}).get("competitor_only"):
                continue  # a competitor's volume is share of voice, not the brands' alarm
            brand = str((analysis or {}).get("brand") or NO_BRAND)
            index = bucket_of(created_at, rule)
            for dimension, value in series_of(analysis):
                counts[Series(brand, dimension, value)][index] += 1
        # A mention counts once per category however many of its findings share it (DISTINCT: no set
        # of every pair seen in the window).
        pairs = session.execute(select(Finding.mention_id, Finding.brand, Finding.category, Mention.created_at)
                                .join(Mention, Mention.id == Finding.mention_id).where(within).distinct()
                                .execution_options(yield_per=READ_CHUNK))
        for _mention_id, brand, category, created_at in pairs:
            counts[Series(brand or NO_BRAND, "category", category)][bucket_of(created_at, rule)] += 1
    if only is not None:
        return {series: dict(found) for series, found in counts.items() if series.key == only}
    return {series: dict(found) for series, found in counts.items()}


def merged_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inclusive bucket ranges joined where they overlap or touch, in order: week ranges overlap when buckets
    are large or an episode is long, and a post read in two ranges would be counted twice."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def first_bucket(session: Session, rule: SpikeRule) -> int | None:
    earliest = session.scalar(select(func.min(Mention.created_at)))
    return None if earliest is None else bucket_of(earliest, rule)


def detect_spikes(session: Session, settings: Settings, now: datetime) -> list[SpikeEpisode]:
    """Judge the latest complete buckets of every series; returns the episodes that started (and were alerted)."""
    config = settings.spikes
    if not config.enabled:
        return []
    rule = spike_rule(config)
    first = first_bucket(session, rule)
    if first is None:
        return []
    current = bucket_of(now, rule)  # still filling: judged on a later run
    ends = range(current - config.judge_buckets, current)
    reach = rule.slot_spread + max(rule.window_buckets, rule.long_window_buckets) - 1
    ranges = [(ends[0] - week * rule.week_buckets - reach, ends[-1] - week * rule.week_buckets + rule.slot_spread)
              for week in range(rule.weeks + 1)]
    started = []
    for series, counts in sorted(read_counts(session, ranges, rule).items(), key=lambda item: item[0].key):
        for end in ends:
            judgement = judge_window(counts, end, rule, first)
            if judgement is not None and judgement.above:
                episode = _record(session, series, end, judgement, rule)
                if episode is not None:
                    _queue_alerts(session, settings, series, episode, judgement, counts, rule, now)
                    started.append(episode)
    session.flush()
    return started


def _record(session: Session, series: Series, end: int, judgement: Judgement, rule: SpikeRule) -> SpikeEpisode | None:
    """Extend the series' open episode, or start one; None unless this call started it."""
    start = bucket_start(end, rule)
    quiet = timedelta(seconds=rule.quiet_buckets * rule.bucket_seconds)
    ongoing = session.scalar(select(SpikeEpisode)
                             .where(SpikeEpisode.series == series.key, SpikeEpisode.last_above_at >= start - quiet,
                                    SpikeEpisode.started_at <= start + quiet)
                             .order_by(SpikeEpisode.started_at.desc()).limit(1))
    if ongoing is not None:
        ongoing.last_above_at = max(ongoing.last_above_at, start)
        ongoing.peak_count = max(ongoing.peak_count, judgement.count)
        return None
    episode = SpikeEpisode(series=series.key, brand=None if series.brand == NO_BRAND else series.brand,
                           dimension=series.dimension, value=series.value, started_at=start, last_above_at=start,
                           bucket_seconds=rule.bucket_seconds, first_count=judgement.count,
                           peak_count=judgement.count, baseline=judgement.median, threshold=judgement.threshold,
                           created_at=start)
    try:
        with session.begin_nested():
            session.add(episode)
            session.flush()
    except IntegrityError:  # another daemon recorded this episode first: it sends the alert
        return None
    return episode


def alert_key(series: Series, started_at: datetime, channel: str) -> str:
    # Hashed: a brand name and a category can be longer than the outbox key allows.
    digest = hashlib.sha256(series.key.encode()).hexdigest()[:20]
    return f"bw-spike-{digest}-{started_at:%Y%m%dT%H%M}-{channel}"[:128]


def _queue_alerts(session: Session, settings: Settings, series: Series, episode: SpikeEpisode,
                  judgement: Judgement, counts: dict[int, int], rule: SpikeRule, now: datetime) -> None:
    config = settings.spikes
    brand = None if series.brand == NO_BRAND else series.brand
    facts = FindingFacts("spike", series.dimension, config.severity, f"spike:{series.dimension}:{series.value}", brand)
    routed = route(settings.routing, facts)
    end = bucket_of(episode.started_at, rule)
    recent = [(bucket_start(i, rule).isoformat(), counts.get(i, 0)) for i in range(end - 11, end + 1)]
    window_minutes = judgement.buckets * rule.bucket_seconds // 60
    message = (f"spike in {series.describe()}: {episode.first_count} posts in the {window_minutes} minutes to "
               f"{bucket_start(end + 1, rule):%Y-%m-%d %H:%M} UTC, against a usual {episode.baseline:g} "
               f"(alert above {episode.threshold:.1f})")
    console = settings.review.console_url
    link = f"{console.rstrip('/')}/spikes/{episode.id}" if console else None
    if not routed.channels:
        log.warning("%s (no routing channel for category 'spike')", message)
    for channel in routed.channels:
        session.add(OutboxMessage(
            idempotency_key=alert_key(series, episode.started_at, channel), channel=channel, finding_id=None,
            status="pending", attempts=0, next_attempt_at=now, created_at=now,
            payload={"event": "spike-alert", "finding_id": None, "rule": facts.rule, "category": "spike",
                     "kind": series.dimension, "severity": config.severity, "team": routed.team, "brand": brand,
                     "preview": message, "post": {}, "episode_id": episode.id, "series": series.key,
                     "started_at": episode.started_at.isoformat(), "count": episode.first_count,
                     "baseline": episode.baseline, "threshold": episode.threshold,
                     "bucket_seconds": rule.bucket_seconds, "window_buckets": judgement.buckets,
                     "counts": recent, "console_url": link}))
    log.warning(message, extra={"spike_series": series.key})


def episode_series(session: Session, episode: SpikeEpisode, settings: SpikeSettings, now: datetime,
                   before: int = 24, after: int = 12) -> tuple[list[datetime], list[int], list[float]]:
    """The episode's buckets with their posts and the baseline of each, for the console's chart."""
    rule = spike_rule(settings)
    start, last = bucket_of(episode.started_at, rule), bucket_of(episode.last_above_at, rule)
    stop = min(last + after, bucket_of(now, rule))
    lo = start - before - max(rule.window_buckets, rule.long_window_buckets) + 1
    ranges = [(lo - week * rule.week_buckets - rule.slot_spread, stop - week * rule.week_buckets + rule.slot_spread)
              for week in range(rule.weeks + 1)]
    counts = read_counts(session, ranges, rule, only=episode.series)
    found = next(iter(counts.values()), {})
    first = first_bucket(session, rule) or lo
    labels, posts, baselines = [], [], []
    for index in range(start - before, stop + 1):
        labels.append(bucket_start(index, rule))
        posts.append(found.get(index, 0))
        judgement = judge_window(found, index, rule, first)
        baselines.append(judgement.median / judgement.buckets if judgement is not None else 0.0)
    return labels, posts, baselines
