"""Prometheus `/metrics`: the figures of `brandwatch status`, computed from the database on each scrape."""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Iterator

from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.core import GaugeMetricFamily, Metric
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.config import Settings
from brandwatch.daemon.status import StatusReport, collect_status


def status_metrics(report: StatusReport) -> list[Metric]:
    healthy = GaugeMetricFamily("brandwatch_healthy", "1 when status reports no problem")
    healthy.add_metric([], 1 if report.healthy else 0)
    backlog = GaugeMetricFamily("brandwatch_backlog_mentions", "Stored mentions waiting for analysis",
                                labels=["source"])
    last_success = GaugeMetricFamily("brandwatch_source_last_success_timestamp_seconds",
                                     "When the source last collected without error", labels=["source"])
    next_run = GaugeMetricFamily("brandwatch_source_next_run_timestamp_seconds",
                                 "When the source runs next", labels=["source"])
    failing = GaugeMetricFamily("brandwatch_source_failing", "1 while the source's runs fail", labels=["source"])
    for source in report.sources:
        backlog.add_metric([source.name], source.backlog)
        failing.add_metric([source.name], 1 if source.failing_since or source.disabled_reason else 0)
        if source.last_success:
            last_success.add_metric([source.name], source.last_success.timestamp())
        if source.next_run:
            next_run.add_metric([source.name], source.next_run.timestamp())
    total = GaugeMetricFamily("brandwatch_backlog_total", "All mentions waiting for analysis")
    total.add_metric([], report.backlog)
    findings = GaugeMetricFamily("brandwatch_findings", "Findings by review status", labels=["status"])
    for status, count in sorted(report.findings.items()):
        findings.add_metric([status], count)
    outbox = GaugeMetricFamily("brandwatch_outbox_messages", "Notifications by delivery status", labels=["status"])
    for status, count in sorted(report.outbox.items()):
        outbox.add_metric([status], count)
    fallback = GaugeMetricFamily("brandwatch_sentiment_fallback", "1 when the configured sentiment backend "
                                 "was unavailable and another is in use", labels=["backend"])
    fallback.add_metric([report.sentiment_backend or "unknown"], 1 if report.sentiment_fallback else 0)
    rules_error = GaugeMetricFamily("brandwatch_rules_reload_error", "1 while the last rules reload failed")
    rules_error.add_metric([], 1 if report.rules_error else 0)
    live = GaugeMetricFamily("brandwatch_instances_alive", "Daemon processes with a fresh heartbeat")
    live.add_metric([], sum(1 for i in report.instances if i.alive))
    return [healthy, backlog, total, last_success, next_run, failing, findings, outbox, fallback, rules_error, live]


class StatusCollector:
    """A prometheus_client collector: one database read per scrape."""

    def __init__(self, factory: sessionmaker[Session], settings: Settings, clock: Callable[[], datetime]):
        self.factory, self.settings, self.clock = factory, settings, clock

    def collect(self) -> Iterator[Metric]:
        with self.factory() as session:
            report = collect_status(session, self.settings, self.clock())
        yield from status_metrics(report)


def serve_metrics(factory: sessionmaker[Session], settings: Settings, clock: Callable[[], datetime],
                  port: int, host: str = "127.0.0.1"):
    registry = CollectorRegistry()
    registry.register(StatusCollector(factory, settings, clock))
    server, thread = start_http_server(port, addr=host, registry=registry)
    return server, thread
