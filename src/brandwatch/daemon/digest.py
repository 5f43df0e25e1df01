"""The weekly complaint digest: the report for posts written in the last 7 days, written under data_dir
and announced, with a note when complaints arrived late (reports/complaints.py).

Sent at most once per 6 days, remembered in `daemon_jobs`, so a restart around the scheduled hour
never sends it twice (APScheduler's own memory is gone after a restart).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from brandwatch.config import Settings
from brandwatch.reports.complaints import complaint_report
from brandwatch.reports.render import late_notes, write_report
from brandwatch.review.routing import FindingFacts, route
from brandwatch.store.db import transaction
from brandwatch.store.models import DaemonJob, OutboxMessage

log = logging.getLogger("brandwatch.daemon.digest")
JOB = "complaint-digest"


def send_weekly_digest(factory: sessionmaker[Session], settings: Settings, now: datetime):
    with transaction(factory) as session:
        job = session.get(DaemonJob, JOB, with_for_update=True)
        if job is not None and job.last_run and now - job.last_run < timedelta(days=6):
            return None
        report = complaint_report(session, now - timedelta(days=7), now)
        out = write_report(report, settings.data_dir / "reports" / f"complaints-{now:%Y-%m-%d}.md", "md")
        if job is None:
            job = DaemonJob(name=JOB, details={})
            session.add(job)
        job.last_run, job.details = now, {"path": str(out), "complaints": report.total}
        routed = route(settings.routing, FindingFacts("complaint", "digest", "low", JOB))
        for channel in routed.channels:
            session.add(OutboxMessage(
                idempotency_key=f"bw-digest-{now:%Y%m%d}-{channel}", channel=channel, finding_id=None,
                status="pending", attempts=0, next_attempt_at=now, created_at=now,
                payload={"event": "digest", "finding_id": None, "rule": JOB, "category": "complaint",
                         "kind": "digest", "severity": "low", "team": routed.team,
                         "preview": " ".join([f"{report.total} complaints about posts written in the last 7 days, "
                                              f"{report.sla_breaches} SLA breaches; report: {out}.",
                                              *late_notes(report)]), "post": {}}))
    log.info("weekly complaint digest written to %s", out)
    return out
