"""Share of voice: each brand's and competitor's mentions, sentiment and complaint rate per day or week.

Counted from `mention_voices` (migration 0017, kept by triggers from the stored analyses), by the UTC
day the posts were **written**. A post about a brand and a competitor counts for both, so the shares
of one bucket add up to 100 % of the voices, not of the posts. Mean sentiment is the mean of +1 for a
positive post, 0 for a neutral one and -1 for a negative one (posts without a label are left out).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brandwatch.store.models import MentionVoice

BUCKETS = ("day", "week")


@dataclass(frozen=True, order=True)
class VoiceKey:
    """A brand or a competitor; brands sort first."""

    competitor: bool
    name: str

    @property
    def kind(self) -> str:
        return "competitor" if self.competitor else "brand"


@dataclass
class VoiceFigures:
    mentions: int = 0
    positive: int = 0
    neutral: int = 0
    negative: int = 0
    complaints: int = 0

    def add(self, count: int, complaint: bool, sentiment: str | None) -> None:
        self.mentions += count
        self.complaints += count if complaint else 0
        if sentiment in ("positive", "neutral", "negative"):
            setattr(self, sentiment, getattr(self, sentiment) + count)

    @property
    def labelled(self) -> int:
        return self.positive + self.neutral + self.negative

    def label_share(self, label: str) -> float | None:
        return getattr(self, label) / self.labelled if self.labelled else None

    @property
    def mean_sentiment(self) -> float | None:
        return (self.positive - self.negative) / self.labelled if self.labelled else None

    @property
    def complaint_rate(self) -> float | None:
        return self.complaints / self.mentions if self.mentions else None


@dataclass(frozen=True)
class ShareOfVoice:
    first_day: date
    last_day: date  # inclusive
    bucket: str  # day | week (weeks start on Monday)
    buckets: list[date]  # every bucket's first day, in order, zero-filled
    voices: list[VoiceKey]  # brands, then competitors, each by mentions (most first)
    by_bucket: dict[date, dict[VoiceKey, VoiceFigures]] = field(default_factory=dict)
    totals: dict[VoiceKey, VoiceFigures] = field(default_factory=dict)

    def figures(self, voice: VoiceKey, bucket: date | None = None) -> VoiceFigures:
        found = self.totals if bucket is None else self.by_bucket.get(bucket, {})
        return found.get(voice) or VoiceFigures()

    def share(self, voice: VoiceKey, bucket: date | None = None) -> float | None:
        """The voice's part of all voices' mentions (in one bucket, or over the period)."""
        found = self.totals if bucket is None else self.by_bucket.get(bucket, {})
        total = sum(figures.mentions for figures in found.values())
        return self.figures(voice, bucket).mentions / total if total else None


def bucket_start(day: date, bucket: str) -> date:
    return day - timedelta(days=day.weekday()) if bucket == "week" else day


def days_of(since: datetime, until: datetime) -> tuple[date, date]:
    """The whole UTC days a period touches: since's day to the day of its last instant."""
    return since.date(), (until - timedelta(microseconds=1)).date()


def share_of_voice(session: Session, first_day: date, last_day: date, bucket: str = "day",
                   configured: list[VoiceKey] | None = None) -> ShareOfVoice:
    """Figures per voice and bucket for posts written from `first_day` to `last_day` (inclusive).
    `configured`: voices listed even when they had no mention (the brands and competitors of the config)."""
    if bucket not in BUCKETS:
        raise ValueError(f"bucket must be one of {', '.join(BUCKETS)}, not {bucket!r}")
    rows = session.execute(
        select(MentionVoice.day, MentionVoice.competitor, MentionVoice.name, MentionVoice.complaint,
               MentionVoice.sentiment, func.count())
        .where(MentionVoice.day >= first_day, MentionVoice.day <= last_day)
        .group_by(MentionVoice.day, MentionVoice.competitor, MentionVoice.name, MentionVoice.complaint,
                  MentionVoice.sentiment))
    by_bucket: dict[date, dict[VoiceKey, VoiceFigures]] = defaultdict(lambda: defaultdict(VoiceFigures))
    totals: dict[VoiceKey, VoiceFigures] = defaultdict(VoiceFigures)
    for day, competitor, name, complaint, sentiment, count in rows:
        key = VoiceKey(bool(competitor), name)
        by_bucket[bucket_start(day, bucket)][key].add(count, bool(complaint), sentiment)
        totals[key].add(count, bool(complaint), sentiment)
    for key in configured or []:
        totals.setdefault(key, VoiceFigures())
    voices = sorted(totals, key=lambda key: (key.competitor, -totals[key].mentions, key.name))
    starts, current = [], bucket_start(first_day, bucket)
    while current <= last_day:
        starts.append(current)
        current += timedelta(days=7 if bucket == "week" else 1)
    return ShareOfVoice(first_day, last_day, bucket, starts, voices,
                        {start: dict(figures) for start, figures in by_bucket.items()}, dict(totals))


def configured_voices(brands: list[str], competitors: list[str]) -> list[VoiceKey]:
    return [VoiceKey(False, name) for name in brands] + [VoiceKey(True, name) for name in competitors]
