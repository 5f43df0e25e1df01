"""The APScheduler wiring: which jobs run, how often, and with what guarantees.

Every job has `max_instances=1` (a slow run is never overlapped by the next) and `coalesce=True`
(runs missed while busy collapse into one). The job store is in memory on purpose: checkpoints and
"when did the digest last go out" live in brandwatch's own tables, because APScheduler 3 may skip a
due run during shutdown and its job store would then disagree with what was really stored.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from brandwatch.config import Settings, Source
from brandwatch.daemon.outage import OUTAGE


def make_scheduler(settings: Settings, workers: int = 8) -> BackgroundScheduler:
    return BackgroundScheduler(
        executors={"default": ThreadPoolExecutor(workers)},
        job_defaults={"coalesce": True, "max_instances": 1,
                      "misfire_grace_time": int(settings.daemon.misfire_grace.total_seconds())},
        timezone=timezone.utc)


def every(scheduler: BackgroundScheduler, job_id: str, func: Callable[[], object], seconds: float,
          jitter: float = 0, start_now: bool = True) -> None:
    # Omitting next_run_time lets the trigger pick the first run; passing None would add it paused.
    first = {"next_run_time": datetime.now(timezone.utc)} if start_now else {}
    scheduler.add_job(OUTAGE.guard(job_id, func), IntervalTrigger(seconds=max(seconds, 0.1), jitter=int(jitter) or None),
                      id=job_id, name=job_id, replace_existing=True, **first)


def add_source_job(scheduler: BackgroundScheduler, source: Source, run: Callable[[str], object]) -> None:
    every(scheduler, source_job_id(source.name), lambda: run(source.name), source.interval.total_seconds(),
          source.jitter.total_seconds())


def source_job_id(name: str) -> str:
    return f"collect:{name}"


def add_worker_jobs(scheduler: BackgroundScheduler, settings: Settings, jobs: "WorkerJobs") -> None:
    """Jobs every instance runs, leader or not."""
    d = settings.daemon
    every(scheduler, "analysis", jobs.analyse, d.analysis_interval.total_seconds())
    every(scheduler, "outbox", jobs.deliver, d.outbox_interval.total_seconds())
    every(scheduler, "heartbeat", jobs.heartbeat, d.heartbeat_interval.total_seconds())
    every(scheduler, "rules-watch", jobs.watch_rules, d.rules_poll_interval.total_seconds(), start_now=False)


def add_leader_jobs(scheduler: BackgroundScheduler, settings: Settings, jobs: "WorkerJobs") -> None:
    """Jobs only the leader runs: they would repeat work (or notifications) if every instance did."""
    d = settings.daemon
    every(scheduler, "sla", jobs.sla, d.sla_interval.total_seconds())
    every(scheduler, "retention", jobs.retention, d.retention_interval.total_seconds())
    if settings.spikes.enabled:
        every(scheduler, "spikes", jobs.spikes, settings.spikes.interval.total_seconds())
    scheduler.add_job(OUTAGE.guard("digest", jobs.digest), CronTrigger(day_of_week=d.digest_weekday, hour=d.digest_hour, timezone=timezone.utc),
                      id="digest", name="digest", replace_existing=True)


LEADER_JOB_IDS = ("sla", "retention", "digest", "spikes")


class WorkerJobs:
    """What the scheduler calls; the daemon provides these."""

    analyse: Callable[[], object]
    deliver: Callable[[], object]
    heartbeat: Callable[[], object]
    watch_rules: Callable[[], object]
    sla: Callable[[], object]
    retention: Callable[[], object]
    spikes: Callable[[], object]
    digest: Callable[[], object]
