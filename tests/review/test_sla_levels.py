"""SLA: closed findings show no due time; first-response and resolution targets; business hours; levels."""

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from brandwatch.cli.queue_render import render_list
from brandwatch.config import Settings
from brandwatch.config_sla import BusinessHours
from brandwatch.review.queries import QueueRow
from brandwatch.review.service import ReviewService
from brandwatch.review.sla import escalate_overdue
from brandwatch.review.sla_clock import add_sla_time
from brandwatch.store.models import Finding, OutboxMessage, ReviewEvent

from .helpers import SETTINGS, T0, new_finding


def _row(status: str, due_at: datetime) -> QueueRow:
    return QueueRow(id=7, severity="critical", category="leak", kind="secret", rule_id="r", status=status,
                    assignee=None, team=None, due_at=due_at, created_at=T0, preview="p", platform="x", author="dana")


@pytest.mark.parametrize("status", ["resolved", "dismissed"])
def test_when_a_finding_is_closed_then_the_queue_shows_no_due_time(status):
    closed = render_list([_row(status, T0 + timedelta(minutes=55))], now=T0).splitlines()[1]
    late = render_list([_row(status, T0 - timedelta(hours=3))], now=T0).splitlines()[1]
    assert "in 55m" not in closed and "OVERDUE" not in late
    assert render_list([_row("claimed", T0 + timedelta(minutes=55))], now=T0).splitlines()[1].count("in 55m") == 1


BERLIN_HOURS = BusinessHours(timezone="Europe/Berlin", start="09:00", end="17:00", holidays=[date(2026, 11, 9)])
BERLIN = __import__("zoneinfo").ZoneInfo("Europe/Berlin")


def _berlin(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize("start, target, due", [
    (_berlin(6, 16), timedelta(hours=4), _berlin(10, 12)),  # Fri 16:00 + 4h: 1h Fri, Mon 9th a holiday, 3h Tue
    (_berlin(3, 7), timedelta(hours=1), _berlin(3, 10)),  # before opening: the clock starts at 09:00
    (_berlin(7, 11), timedelta(minutes=30), _berlin(10, 9, 30)),  # Saturday: next working day
    (_berlin(3, 16, 30), timedelta(hours=8), _berlin(4, 16, 30)),  # a working day and a half hour
    (_berlin(3, 18), timedelta(0), _berlin(4, 9)),  # after closing: the next opening
])
def test_when_business_hours_apply_then_sla_time_runs_only_inside_them(start, target, due):
    assert add_sla_time(BERLIN_HOURS, start, target) == due.astimezone(timezone.utc)
    assert add_sla_time(None, start, target) == start + target


def test_when_business_hours_are_misconfigured_then_the_error_names_the_field():
    from pathlib import Path

    from brandwatch.config import parse_settings
    from brandwatch.errors import ConfigError

    with pytest.raises(ConfigError, match=r"c\.yaml:4:5: sla\.business_hours\.start: .*HH:MM"):
        parse_settings("sla:\n  critical: 1h\n  business_hours:\n    start: 9am\n", Path("c.yaml"))
    assert parse_settings("sla:\n  business_hours: {start: 08:30, end: 16:00}\n",
                          Path("c.yaml")).sla.business_hours.start.hour == 8
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        BusinessHours(timezone="Mars/Olympus")
    with pytest.raises(ValueError, match="'end' must be after 'start'"):
        BusinessHours(start="18:00", end="09:00")
    with pytest.raises(ValueError, match="sla.escalation.1.channels: unknown channel 'pager'"):
        Settings.model_validate({"sla": {"escalation": [{"name": "lead"}, {"name": "manager", "channels": ["pager"]}]}})


LEVELS = Settings.model_validate({
    **SETTINGS.model_dump(mode="json", exclude={"source_file", "sla"}),
    "sla": {"critical": "4h", "high": "8h", "medium": "24h", "low": "72h",
            "first_response": {"critical": "15m", "high": "1h", "medium": "4h", "low": "24h"},
            "business_hours": {"timezone": "Europe/Berlin", "start": "09:00", "end": "17:00"},
            "escalation": [{"name": "lead", "after": "0m", "channels": ["care-slack"]},
                           {"name": "manager", "after": "2h", "channels": ["sec-hook"]}]},
})


def _events(factory, finding_id):
    with factory() as session:
        return [(e.actor, e.action, e.from_status, e.to_status, e.note) for e in session.scalars(
            select(ReviewEvent).where(ReviewEvent.finding_id == finding_id).order_by(ReviewEvent.id))]


def test_when_nobody_responds_then_the_finding_climbs_reviewer_lead_manager_with_events_and_notifications(factory):
    finding_id = new_finding(factory, severity="critical", settings=LEVELS)
    with factory() as session:
        finding = session.get(Finding, finding_id)
        assert (finding.first_response_due_at, finding.due_at) == (T0 + timedelta(minutes=15), T0 + timedelta(hours=4))
    at = lambda delta: (lambda: T0 + delta)  # noqa: E731
    assert escalate_overdue(factory, LEVELS, at(timedelta(minutes=14))) == []
    assert escalate_overdue(factory, LEVELS, at(timedelta(minutes=16))) == [finding_id]
    assert escalate_overdue(factory, LEVELS, at(timedelta(hours=2, minutes=14))) == []  # manager at 15m + 2h
    assert escalate_overdue(factory, LEVELS, at(timedelta(hours=2, minutes=16))) == [finding_id]
    assert escalate_overdue(factory, LEVELS, at(timedelta(days=3))) == []  # no level above manager
    trail = _events(factory, finding_id)
    assert [e[:4] for e in trail[1:]] == [("brandwatch", "escalate", "new", "escalated"),
                                          ("brandwatch", "sla-escalate", "escalated", "escalated")]
    assert trail[1][4] == "SLA breached: first response was due 2026-11-02T09:15:00+00:00; level 1 (lead)"
    assert trail[2][4].endswith("level 2 (manager)")
    with factory() as session:
        assert session.get(Finding, finding_id).escalation_level == 2
        keys = set(session.scalars(select(OutboxMessage.idempotency_key)))
    assert f"bw-finding-{finding_id}-sla-level-1-care-slack" in keys
    assert f"bw-finding-{finding_id}-sla-level-2-sec-hook" in keys


def test_when_a_reviewer_responds_in_time_then_only_the_resolution_target_counts(factory):
    finding_id = new_finding(factory, severity="critical", settings=LEVELS)
    ReviewService(factory, LEVELS, clock=lambda: T0 + timedelta(minutes=5)).claim(finding_id, "ana")
    assert escalate_overdue(factory, LEVELS, lambda: T0 + timedelta(hours=3)) == []
    assert escalate_overdue(factory, LEVELS, lambda: T0 + timedelta(hours=4, minutes=1)) == [finding_id]
    assert _events(factory, finding_id)[-1][4] == "SLA breached: was due 2026-11-02T13:00:00+00:00; level 1 (lead)"


def test_when_a_finding_is_raised_after_hours_then_its_targets_start_at_the_next_opening(factory):
    evening = _berlin(6, 20).astimezone(timezone.utc)  # Friday 20:00 in Berlin
    finding_id = new_finding(factory, severity="high", settings=LEVELS, now=evening)
    with factory() as session:
        finding = session.get(Finding, finding_id)
    assert finding.first_response_due_at == _berlin(9, 10).astimezone(timezone.utc)  # Monday 09:00 + 1h
    assert finding.due_at == _berlin(9, 17).astimezone(timezone.utc)  # Monday 09:00 + 8h
    assert escalate_overdue(factory, LEVELS, lambda: _berlin(8, 23).astimezone(timezone.utc)) == []  # Sunday
    shown = render_list([_row("new", finding.due_at)], now=_berlin(9, 9).astimezone(timezone.utc))
    assert "in 8h" in shown


def test_when_the_cli_shows_findings_then_it_names_the_sla_level_and_closed_ones_have_no_due_time(engine, factory,
                                                                                                 tmp_path):
    import json

    from click.testing import CliRunner

    from brandwatch.cli import main

    config = LEVELS.model_dump(mode="json", exclude={"source_file"})
    config["database"] = {"url": engine.url.render_as_string(hide_password=False)}
    path = tmp_path / "brandwatch.yaml"
    path.write_text(json.dumps(config), encoding="utf-8")
    climbing = new_finding(factory, severity="critical", settings=LEVELS)
    closed = new_finding(factory, severity="critical", settings=LEVELS)
    service = ReviewService(factory, LEVELS, clock=lambda: T0)
    service.claim(closed, "ana")
    service.propose(closed, "ana", close="dismiss", reason="duplicate")  # critical: four eyes close it
    service.approve(closed, "bo")
    escalate_overdue(factory, LEVELS, lambda: T0 + timedelta(hours=3))
    queue = lambda *args: CliRunner().invoke(main, ["--config", str(path), "queue", *map(str, args)]).output  # noqa: E731
    assert "SLA level 2" in queue("show", climbing)
    shown = queue("show", closed)
    assert "due -" in shown and "SLA level" not in shown
    listed = [line for line in queue("list", "--status", "dismissed").splitlines() if line.startswith(str(closed))]
    assert listed and "OVERDUE" not in listed[0] and " in " not in listed[0]
