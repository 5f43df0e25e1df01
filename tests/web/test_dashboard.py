"""The dashboard: server-rendered SVG charts and the numbers behind them."""

from __future__ import annotations

from datetime import timedelta

from brandwatch.store.db import session_factory
from brandwatch.testing.console_demo import DEMO_NOW
from brandwatch.web import charts
from brandwatch.web.dashboard_data import build_dashboard


def test_when_opened_then_four_svg_charts_are_rendered(reviewer):
    html = reviewer.get("/dashboard").text
    assert html.count("<svg ") == 4
    for title in ("Complaints per day by topic", "Share of negative and positive posts",
                  "Open findings by category and age", "Precision per rule from reviewer decisions"):
        assert f"<title>{title}</title>" in html


def test_when_findings_are_past_due_then_breaches_are_counted_by_severity(demo_engine):
    with session_factory(demo_engine)() as session:
        data = build_dashboard(session, DEMO_NOW)
    assert data.breaches_by_severity["high"] >= 1 and data.breaches_by_severity["critical"] == 0
    with session_factory(demo_engine)() as session:
        later = build_dashboard(session, DEMO_NOW + timedelta(hours=2))
    assert later.breaches_by_severity["critical"] == 2  # the same key, leaked in two posts
    assert [o.late_by for o in later.overdue] == sorted((o.late_by for o in later.overdue), reverse=True)


def test_when_reviewers_decided_then_precision_per_rule_follows_their_decisions(demo_engine):
    with session_factory(demo_engine)() as session:
        stats = {s.rule_id: s for s in build_dashboard(session, DEMO_NOW).precision}
    assert stats["complaint-support-unresponsive"].precision == 1.0  # resolved
    assert stats["endorsement-ambiguous-hashtag"].precision == 0.0  # dismissed as false positive


def test_when_posts_were_analysed_then_complaints_are_counted_per_day_and_topic(demo_engine):
    with session_factory(demo_engine)() as session:
        data = build_dashboard(session, DEMO_NOW)
    today = data.complaints.days.index(DEMO_NOW.date())
    assert sum(series[today] for series in data.complaints.series.values()) >= 4
    assert set(data.complaints.series) == {"product", "staff", "policy", "other"}


def test_when_labels_hold_markup_then_the_chart_escapes_them():
    svg = charts.stacked_bars(["<b>day</b>"], {"<script>x</script>": [3.0]}, "t & <t>")
    assert "<script>" not in svg and "&lt;script&gt;x&lt;/script&gt;" in svg and "<b>" not in svg
    assert 'aria-label="t &amp; &lt;t&gt;"' in svg
