"""Status, health, the look-back alert, SLA escalation and /metrics, from database state."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from prometheus_client import CollectorRegistry, generate_latest
from sqlalchemy import select

from brandwatch.config import Settings
from brandwatch.daemon.alerts import raise_lookback_alerts
from brandwatch.daemon.metrics import StatusCollector
from brandwatch.review.sla import escalate_overdue
from brandwatch.daemon.status import collect_status
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import DaemonInstance, Finding, Mention, OutboxMessage, ReviewEvent, SourceStatus

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
SETTINGS = Settings.model_validate({
    "sources": [{"name": "xsearch", "type": "x"}, {"name": "replay", "type": "replay"}],
    "channels": [{"name": "ops-hook", "type": "webhook", "url": "http://127.0.0.1:9/h", "secret_env": "BW_T_KEY"}],
    "routing": [{"match": {"category": "operational"}, "team": "sre", "channels": ["ops-hook"]},
                {"match": {"category": "complaint"}, "team": "care", "channels": ["ops-hook"]}],
})


def _alive(session, heartbeat: datetime = NOW) -> None:
    session.add(DaemonInstance(instance_id="i1", hostname="h", pid=1, role="single", started_at=heartbeat,
                               heartbeat_at=heartbeat, sentiment_backend="vader (lexicon)",
                               sentiment_fallback="model missing; using vader", rules_count=90))


def test_when_no_daemon_heartbeat_is_fresh_then_status_is_unhealthy(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        _alive(session, NOW - timedelta(minutes=10))
    with factory() as session:
        report = collect_status(session, SETTINGS, NOW)
    assert not report.healthy and "no daemon is running" in report.problems[0]


def test_when_the_daemon_is_alive_then_status_reports_backlog_backend_and_queue(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        _alive(session)
        for n in range(3):
            session.add(Mention(platform="x", external_id=str(n), source="replay", text="t", created_at=NOW))
        session.add(SourceStatus(source="replay", last_success=NOW, next_run=NOW + timedelta(minutes=1), details={}))
    with factory() as session:
        report = collect_status(session, SETTINGS, NOW)
    replay = next(s for s in report.sources if s.name == "replay")
    assert report.healthy
    assert (replay.backlog, replay.last_success, report.backlog) == (3, NOW, 3)
    assert report.sentiment_backend == "vader (lexicon)" and report.sentiment_fallback
    assert report.to_json()["sentiment"]["fell_back"] is True


def test_when_x_fails_longer_than_seven_days_then_unhealthy_and_one_alert_is_routed(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        _alive(session)
        session.add(SourceStatus(source="xsearch", failing_since=NOW - timedelta(days=8), last_error="HTTP 503",
                                 details={}))
    with factory() as session:
        report = collect_status(session, SETTINGS, NOW)
    assert not report.healthy and "longer than its platform can look back" in report.problems[0]
    for _ in range(2):  # the job runs every minute; the outage is announced once
        with transaction(factory) as session:
            raise_lookback_alerts(session, SETTINGS, NOW)
    with factory() as session:
        messages = session.scalars(select(OutboxMessage)).all()
    assert [(m.channel, m.payload["kind"]) for m in messages] == [("ops-hook", "source-lookback")]


def test_when_x_fails_for_a_day_then_status_is_unhealthy_but_no_lookback_alert_is_raised(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        _alive(session)
        session.add(SourceStatus(source="xsearch", failing_since=NOW - timedelta(days=1), last_error="429", details={}))
    with transaction(factory) as session:
        assert raise_lookback_alerts(session, SETTINGS, NOW) == 0
    with factory() as session:
        report = collect_status(session, SETTINGS, NOW)
    assert not report.healthy and any("xsearch failing since" in p and "429" in p for p in report.problems)


def test_when_a_finding_is_past_due_then_the_daemons_sla_sweep_escalates_and_notifies_once(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        mention = Mention(platform="x", external_id="1", text="Acme broke", created_at=NOW)
        session.add(mention)
        session.flush()
        for rule, due in (("late", NOW - timedelta(minutes=5)), ("on-time", NOW + timedelta(hours=1))):
            session.add(Finding(mention_id=mention.id, rule_id=rule, category="complaint", kind="product",
                                severity="medium", start=0, end=4, preview="Acme", status="new", due_at=due))
    assert len(escalate_overdue(factory, SETTINGS, lambda: NOW)) == 1
    assert escalate_overdue(factory, SETTINGS, lambda: NOW) == []
    with factory() as session:
        statuses = dict(session.execute(select(Finding.rule_id, Finding.status)).all())
        events = session.scalars(select(ReviewEvent).where(ReviewEvent.action == "escalate")).all()
        outbox = session.scalars(select(OutboxMessage)).all()
    assert statuses == {"late": "escalated", "on-time": "new"}
    assert len(events) == 1 and events[0].actor == "brandwatch" and "SLA breached" in events[0].note
    assert len(outbox) == 1 and outbox[0].payload["event"].startswith("escalated")


def test_when_metrics_are_scraped_then_they_carry_the_status_figures(engine):
    factory = session_factory(engine)
    with transaction(factory) as session:
        _alive(session)
        session.add(Mention(platform="x", external_id="1", source="replay", text="t", created_at=NOW))
    registry = CollectorRegistry()
    registry.register(StatusCollector(factory, SETTINGS, lambda: NOW))
    text = generate_latest(registry).decode()
    assert "brandwatch_healthy 1.0" in text
    assert 'brandwatch_backlog_mentions{source="replay"} 1.0' in text
    assert 'brandwatch_sentiment_fallback{backend="vader (lexicon)"} 1.0' in text
