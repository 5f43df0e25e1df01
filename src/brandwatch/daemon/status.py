"""What `brandwatch status`, the health check and `/metrics` report, read from the database.

Healthy means: a daemon is alive (a heartbeat within `daemon.stale_after`), no enabled source is
disabled or failing, the last rules reload did not fail, and every review console a live daemon
serves answers. A failed reload is ill health although the previous rules keep running: the next
restart would refuse the broken files, so it is an outage waiting to happen. A source turned off in
the configuration (`enabled: false`) is only a warning: someone chose that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brandwatch import catalogue
from brandwatch.config import Settings
from brandwatch.daemon.instance import process_gone
from brandwatch.store.models import DaemonInstance, Finding, Mention, OutboxMessage, SourceStatus

@dataclass(frozen=True)
class SourceReport:
    name: str
    type: str
    enabled: bool
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    failing_since: datetime | None = None
    disabled_reason: str | None = None
    next_run: datetime | None = None
    backlog: int = 0  # stored mentions of this source not analysed yet
    lookback_exceeded: bool = False
    notices: tuple[str, ...] = ()  # what the last run did that an operator should know (collectors' notices)


@dataclass(frozen=True)
class InstanceReport:
    instance_id: str
    role: str
    heartbeat_at: datetime
    alive: bool


@dataclass(frozen=True)
class StatusReport:
    now: datetime
    sources: tuple[SourceReport, ...]
    instances: tuple[InstanceReport, ...]
    backlog: int
    failed_mentions: int
    findings: dict[str, int]
    outbox: dict[str, int]
    sentiment_backend: str | None
    sentiment_fallback: str | None
    rules_count: int | None
    rules_error: str | None
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def healthy(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        def when(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "healthy": self.healthy, "now": when(self.now), "problems": list(self.problems),
            "warnings": list(self.warnings), "backlog": self.backlog, "failed_mentions": self.failed_mentions,
            "sources": [{**{k: (when(v) if isinstance(v, datetime) else v) for k, v in s.__dict__.items()}}
                        for s in self.sources],
            "instances": [{"instance_id": i.instance_id, "role": i.role, "heartbeat_at": when(i.heartbeat_at),
                           "alive": i.alive} for i in self.instances],
            "findings": self.findings, "outbox": self.outbox,
            "sentiment": {"backend": self.sentiment_backend, "fell_back": self.sentiment_fallback is not None,
                          "notice": self.sentiment_fallback},
            "rules": {"count": self.rules_count, "error": self.rules_error},
        }


def failing_too_long(source_type: str, failing_since: datetime | None, now: datetime) -> bool:
    """Failing for longer than its platform's API looks back (its descriptor's `lookback`): posts lost."""
    platform = catalogue.platforms.get(source_type)
    lookback = platform.lookback if platform else None
    return bool(lookback and failing_since and now - failing_since > lookback)


def collect_status(session: Session, settings: Settings, now: datetime) -> StatusReport:
    rows = {row.source: row for row in session.scalars(select(SourceStatus))}
    backlog_by_source = dict(session.execute(
        select(Mention.source, func.count()).where(Mention.status == "pending").group_by(Mention.source)).all())
    sources = tuple(_source_report(s, rows.get(s.name), backlog_by_source.get(s.name, 0), now)
                    for s in settings.sources)
    instances = _instances(session, settings, now)
    live = [i for i in instances if i.alive]
    newest = _newest_instance(session)
    findings = dict(session.execute(select(Finding.status, func.count()).group_by(Finding.status)).all())
    outbox = dict(session.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all())
    mention_counts = dict(session.execute(select(Mention.status, func.count()).group_by(Mention.status)).all())
    problems, warnings = [], []
    if not live:
        problems.append("no daemon is running (no heartbeat within "
                        f"{int(settings.daemon.stale_after.total_seconds())} s)")
    elif not any(i.role in ("leader", "single") for i in live):
        warnings.append("no instance currently leads: collection waits for a leader")
    for source in sources:
        if not source.enabled:
            warnings.append(f"source {source.name} is turned off in the configuration (enabled: false)")
        elif source.disabled_reason:
            problems.append(f"source {source.name} is disabled: {source.disabled_reason}")
        elif source.lookback_exceeded:
            problems.append(f"source {source.name} has failed since {source.failing_since:%Y-%m-%d %H:%M} UTC, "
                            "longer than its platform can look back: posts are being lost")
        elif source.failing_since:
            problems.append(f"source {source.name} failing since {source.failing_since:%Y-%m-%d %H:%M} UTC: "
                            f"{source.last_error}")
    if newest is not None and newest.rules_error:
        problems.append("rules reload failed (the previous rules still run, but a restart would refuse the "
                        f"broken files):\n{newest.rules_error}")
    problems += _silent_consoles(session, settings, now)
    if newest is not None and newest.sentiment_fallback:
        warnings.append(newest.sentiment_fallback)
    if outbox.get("failed"):
        warnings.append(f"{outbox['failed']} notifications could not be delivered")
    return StatusReport(
        now=now, sources=sources, instances=instances, backlog=mention_counts.get("pending", 0),
        failed_mentions=mention_counts.get("failed", 0), findings=findings, outbox=outbox,
        sentiment_backend=newest.sentiment_backend if newest else None,
        sentiment_fallback=newest.sentiment_fallback if newest else None,
        rules_count=newest.rules_count if newest else None, rules_error=newest.rules_error if newest else None,
        problems=tuple(problems), warnings=tuple(warnings))


def _source_report(source, row: SourceStatus | None, backlog: int, now: datetime) -> SourceReport:
    if row is None:
        return SourceReport(source.name, source.type, source.enabled, backlog=backlog)
    return SourceReport(source.name, source.type, source.enabled, row.last_success, row.last_error,
                        row.last_error_at, row.failing_since, row.disabled_reason, row.next_run, backlog,
                        failing_too_long(source.type, row.failing_since, now),
                        tuple(str(n) for n in (row.details or {}).get("notices") or ()))


def _instances(session: Session, settings: Settings, now: datetime) -> tuple[InstanceReport, ...]:
    recent = now - timedelta(days=1)
    rows = session.scalars(select(DaemonInstance).where(DaemonInstance.heartbeat_at >= recent)
                           .order_by(DaemonInstance.started_at))
    return tuple(InstanceReport(r.instance_id, r.role, r.heartbeat_at,
                                r.stopped_at is None and now - r.heartbeat_at <= settings.daemon.stale_after
                                and not process_gone(r))
                 for r in rows)


def _silent_consoles(session: Session, settings: Settings, now: datetime) -> list[str]:
    """A live daemon that serves a review console whose port does not accept a connection."""
    import socket
    from urllib.parse import urlsplit

    silent = []
    for row in session.scalars(select(DaemonInstance).where(DaemonInstance.console_url.is_not(None),
                                                            DaemonInstance.stopped_at.is_(None))):
        if now - row.heartbeat_at > settings.daemon.stale_after or row.hostname != socket.gethostname():
            continue  # stale, or on another machine, where its address may mean something else
        where = urlsplit(row.console_url)
        try:
            socket.create_connection((where.hostname, where.port), timeout=5).close()
        except OSError as exc:
            silent.append(f"the review console of {row.instance_id} at {row.console_url} does not answer: "
                          f"{exc.strerror or exc}")
    return silent


def _newest_instance(session: Session) -> DaemonInstance | None:
    return session.scalar(select(DaemonInstance).order_by(DaemonInstance.heartbeat_at.desc()).limit(1))
