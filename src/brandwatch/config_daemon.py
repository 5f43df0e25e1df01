"""Settings of the long-running daemon (`brandwatch run`): job intervals, redaction, metrics, reports.

Kept apart from config.py so that file stays readable; config.py embeds `DaemonSettings` in Settings.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from brandwatch.durations import Duration


Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DaemonSettings(_Strict):
    analysis_batch_size: int = Field(default=64, ge=1, le=5000)
    # Processes running the detectors of a batch (daemon/analysis_pool.py); 1: the daemon's own;
    # "auto": chosen from the cores this process may use (analysis_pool.workers_for).
    analysis_workers: Annotated[int, Field(ge=1, le=64)] | Literal["auto"] = 1
    analysis_interval: Duration = timedelta(seconds=5)
    outbox_interval: Duration = timedelta(seconds=30)
    sla_interval: Duration = timedelta(minutes=1)
    retention_interval: Duration = timedelta(hours=6)
    heartbeat_interval: Duration = timedelta(seconds=15)
    misfire_grace: Duration = timedelta(minutes=1)
    # Rules the daemon runs; None: the bundled rules. Watched for changes (and reloaded on SIGHUP).
    rules_dir: Path | None = None
    rules_poll_interval: Duration = timedelta(seconds=5)
    # Which finding kinds have their values blanked out of the stored text and raw payload once analysed.
    redact_kinds: list[str] = ["secret", "pii"]
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    metrics_host: str = "127.0.0.1"
    # The review console served by `brandwatch run` itself; None: not served (use `brandwatch serve`).
    console_port: int | None = Field(default=None, ge=1, le=65535)
    console_host: str = "127.0.0.1"
    digest_weekday: Weekday = "mon"
    digest_hour: int = Field(default=8, ge=0, le=23)
    # A daemon whose heartbeat is older than this is taken for dead by `brandwatch status`.
    stale_after: Duration = timedelta(minutes=2)


class SpikeSettings(_Strict):
    """Volume and sentiment spike alerts (daemon/spikes.py, brandwatch/spike_detection.py)."""

    enabled: bool = True
    bucket: Duration = timedelta(minutes=5)
    window_buckets: int = Field(default=2, ge=1, le=48)
    long_window_buckets: int = Field(default=6, ge=0, le=96)
    weeks: int = Field(default=8, ge=1, le=52)
    min_weeks: int = Field(default=2, ge=1, le=52)
    slot_spread: int = Field(default=6, ge=0, le=48)
    z: float = Field(default=3.75, gt=0)
    min_volume: int = Field(default=10, ge=1)
    min_excess: int = Field(default=5, ge=1)
    quiet: Duration = timedelta(minutes=30)
    # Buckets ending longer ago than this many buckets are never judged: a backfill cannot alert.
    judge_buckets: int = Field(default=3, ge=1, le=48)
    interval: Duration = timedelta(minutes=1)
    severity: Literal["low", "medium", "high", "critical"] = "high"
