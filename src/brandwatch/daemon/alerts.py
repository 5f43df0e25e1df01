"""Operational alerts: a source failing longer than its platform looks back is losing posts.

The alert goes through routing like a finding (category `operational`, kind `source-lookback`) and
through the outbox, keyed by source and the moment it started failing, so it is sent once per outage.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.config import Settings
from brandwatch.daemon.status import failing_too_long
from brandwatch.review.routing import FindingFacts, route
from brandwatch.store.models import OutboxMessage, SourceStatus

log = logging.getLogger("brandwatch.daemon.alerts")


def alert_key(source: str, failing_since: datetime, channel: str) -> str:
    return f"bw-ops-source-lookback-{source}-{failing_since:%Y%m%dT%H%M%S}-{channel}"


def raise_lookback_alerts(session: Session, settings: Settings, now: datetime) -> int:
    """Queue one alert per channel for each source past its look-back window; returns how many."""
    queued = 0
    statuses = {row.source: row for row in session.scalars(select(SourceStatus))}
    for source in settings.sources:
        row = statuses.get(source.name)
        if not source.enabled or row is None or not failing_too_long(source.type, row.failing_since, now):
            continue
        facts = FindingFacts("operational", "source-lookback", "critical", f"source:{source.name}")
        routed = route(settings.routing, facts)
        message = (f"source {source.name} ({source.type}) has failed since {row.failing_since:%Y-%m-%d %H:%M} UTC, "
                   f"longer than the platform can look back: posts are being lost. Last error: {row.last_error}")
        if not routed.channels:
            log.error("%s (no routing channel for category 'operational')", message)
        for channel in routed.channels:
            key = alert_key(source.name, row.failing_since, channel)
            if session.scalar(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)) is not None:
                continue
            session.add(OutboxMessage(
                idempotency_key=key, channel=channel, finding_id=None, status="pending", attempts=0,
                next_attempt_at=now, created_at=now,
                payload={"event": "operational-alert", "finding_id": None, "rule": f"source:{source.name}",
                         "category": "operational", "kind": "source-lookback", "severity": "critical",
                         "team": routed.team, "preview": message, "post": {}}))
            queued += 1
            log.error(message)
    session.flush()
    return queued
