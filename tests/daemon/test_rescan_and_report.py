"""`rules rescan` adds only new findings; `report complaints` computes its figures and writes charts."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from brandwatch.config import Settings
from brandwatch.daemon.analysis import AnalysisWorker
from brandwatch.daemon.engine import make_analyzer, open_analysis_inputs
from brandwatch.daemon.rescan import rescan_mentions
from brandwatch.reports.complaints import complaint_report
from brandwatch.reports.render import write_report
from brandwatch.rules import load_rules
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import Finding, Mention, ReviewEvent

from bwtest import REPO

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
ZEBRA_RULE = """rules:
  - id: test-zebracorn
    title: Zebracorn code name
    description: An internal code name that must not appear in public.
    category: leak
    kind: confidential
    severity: high
    keywords: [zebracorn]
    match: {phrase: zebracorn}
    examples:
      match: ["the zebracorn launch is near", "Zebracorn ships soon"]
      no_match: ["a zebra and a unicorn", "nothing to see here"]
"""


def test_when_a_rule_is_added_then_rescan_adds_only_its_findings(engine, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANDWATCH_FINGERPRINT_KEY", "test-key-0123456789")
    settings = Settings.model_validate({"brands": [{"name": "Acme"}], "sentiment": {"backend": "vader"},
                                        "data_dir": str(tmp_path / "var")})
    factory = session_factory(engine)
    texts = ["Acme zebracorn launch slipped again, AKIAQ3EGUVNT5XJ2LWPM", "Acme is fine", "zebracorn at Acme"]
    with transaction(factory) as session:
        for n, text in enumerate(texts):
            session.add(Mention(platform="x", external_id=str(n), text=text, created_at=NOW - timedelta(days=1)))
    inputs = open_analysis_inputs(settings)
    bundled = make_analyzer(settings, inputs, load_rules(None, settings))
    AnalysisWorker(factory, settings, lambda: bundled, lambda: NOW).drain()
    with factory() as session:
        before = {(f.id, f.rule_id) for f in session.scalars(select(Finding))}
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    (rules / "zebra.yaml").write_text(ZEBRA_RULE, encoding="utf-8")
    extended = make_analyzer(settings, inputs, load_rules(rules, settings))
    result = rescan_mentions(factory, settings, extended, NOW - timedelta(days=7), lambda: NOW)
    again = rescan_mentions(factory, settings, extended, NOW - timedelta(days=7), lambda: NOW)
    with factory() as session:
        after = {(f.id, f.rule_id) for f in session.scalars(select(Finding))}
    added = after - before
    assert before <= after
    assert sorted(rule for _, rule in added) == ["test-zebracorn", "test-zebracorn"]
    assert (result.mentions, result.created) == (3, 2) and again.created == 0


def _complaint(session, mention_id: int, kind: str, created: datetime, rule: str, due: datetime,
               actions: list[tuple[str, timedelta, str]]) -> None:
    finding = Finding(mention_id=mention_id, rule_id=rule, category="complaint", kind=kind, severity="medium",
                      start=0, end=1, preview="x", status="new", created_at=created, due_at=due)
    session.add(finding)
    session.flush()
    session.add(ReviewEvent(finding_id=finding.id, actor="brandwatch", at=created, action="create", to_status="new"))
    for action, after, to in actions:
        session.add(ReviewEvent(finding_id=finding.id, actor="dana", at=created + after, action=action, to_status=to))


def test_when_complaints_were_handled_then_the_report_has_counts_medians_breaches_and_charts(engine, tmp_path):
    factory = session_factory(engine)
    day1, day2 = NOW - timedelta(days=3), NOW - timedelta(days=1)
    with transaction(factory) as session:
        mentions = [Mention(platform="x", external_id=str(n), text="t", created_at=posted, collected_at=posted)
                    for n, posted in enumerate((day1, day2, day2))]
        session.add_all(mentions)
        session.flush()
        _complaint(session, mentions[0].id, "product", day1, "cue-broken", day1 + timedelta(hours=4),
                   [("claim", timedelta(hours=1), "claimed"), ("resolve", timedelta(hours=5), "resolved")])
        _complaint(session, mentions[1].id, "staff", day2, "cue-rude", day2 + timedelta(hours=1),
                   [("claim", timedelta(hours=3), "claimed"), ("resolve", timedelta(hours=9), "resolved")])
        _complaint(session, mentions[2].id, "product", day2, "cue-broken", day2 + timedelta(hours=1), [])
    with factory() as session:
        report = complaint_report(session, NOW - timedelta(days=7), NOW)
    assert report.total == 3 and report.by_topic["product"] == 2 and report.by_topic["staff"] == 1
    assert report.by_day[day1.date()]["product"] == 1 and report.by_day[day2.date()]["staff"] == 1
    assert len(report.by_day) == 8  # every day of the period, empty ones too
    assert report.median_first_action == timedelta(hours=2)
    assert report.median_resolution == timedelta(hours=7)
    assert report.sla_breaches == 2  # one acted on late, one never acted on and past due
    assert report.top_rules[0] == ("cue-broken", 2)
    out = write_report(report, tmp_path / "out" / "weekly.html", "html")
    html = out.read_text(encoding="utf-8")
    charts = sorted((tmp_path / "out" / "weekly-charts").glob("*.png"))
    assert len(charts) == 2 and all(p.read_bytes()[:4] == b"\x89PNG" for p in charts)
    assert 'src="weekly-charts/weekly-per-day.png"' in html and "7 h 00 min" in html


def test_complaints_are_counted_on_the_day_they_were_posted_with_a_note_for_late_ones(engine, tmp_path):
    factory = session_factory(engine)
    october = datetime(2026, 10, 5, 9, 0, tzinfo=timezone.utc)
    posted_this_week = NOW - timedelta(days=4)
    with transaction(factory) as session:
        backfilled = Mention(platform="x", external_id="old", text="t", created_at=october, collected_at=NOW)
        late = Mention(platform="x", external_id="late", text="t", created_at=posted_this_week,
                       collected_at=posted_this_week + timedelta(days=2))
        on_time = Mention(platform="x", external_id="now", text="t", created_at=posted_this_week,
                          collected_at=posted_this_week + timedelta(minutes=5))
        session.add_all([backfilled, late, on_time])
        session.flush()
        found = NOW - timedelta(hours=2)  # a backfill found all three today
        for mention in (backfilled, late, on_time):
            _complaint(session, mention.id, "product", found, "cue-broken", found + timedelta(days=1), [])
    with factory() as session:
        week = complaint_report(session, NOW - timedelta(days=7), NOW)
        autumn = complaint_report(session, october - timedelta(days=1), october + timedelta(days=1))
    assert week.total == 2 and week.by_day[posted_this_week.date()]["product"] == 2
    assert week.by_day[found.date()]["product"] == 0  # not the day brandwatch found them
    assert (week.arrived_late, week.found_about_earlier_posts, week.oldest_earlier_post) == (1, 1, october)
    assert autumn.total == 1 and autumn.by_day[october.date()]["product"] == 1 and autumn.arrived_late == 1
    text = write_report(week, tmp_path / "week.md", "md").read_text(encoding="utf-8")
    assert "1 of these complaints arrived late" in text
    assert "1 complaint found in this period is about a post written before it, the oldest written 2026-10-05" in text
