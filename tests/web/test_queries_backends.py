"""The console's own queries (queue counts, dashboard, finding page) on SQLite and on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from brandwatch.store.db import session_factory
from brandwatch.store.models import Finding, Mention
from brandwatch.testing.console_demo import DEMO_NOW, DEMO_SETTINGS, LEAKED_KEY, seed_demo
from brandwatch.web.dashboard_data import build_dashboard
from brandwatch.web.finding_view import load_finding_page
from brandwatch.web.queue_view import parse_filter, queue_page


def test_when_the_demo_queue_is_read_then_counts_and_pages_agree_on_every_backend(engine):
    seed_demo(engine)
    factory = session_factory(engine)
    with factory() as session:
        criteria, page = parse_filter({"category": ["complaint"]})
        data = queue_page(session, criteria, page, DEMO_NOW)
        assert data.total == len(data.rows) == 5
        assert {v.value: v.count for v in data.facets["category"]} == {
            "leak": 4, "endorsement": 2, "complaint": 5, "caution": 1}
        assert data.overdue_count == 1
        dashboard = build_dashboard(session, DEMO_NOW)
        assert dashboard.open_total == 12
        assert sum(dashboard.breaches_by_severity.values()) == 4
        assert dashboard.open_by_age["leak"] == {"< 4h": 4}
        leak_id = session.scalar(select(Finding.id).join(Mention).where(Mention.external_id == "1861001"))
        finding = load_finding_page(session, leak_id, DEMO_SETTINGS, {})
        assert LEAKED_KEY not in str(finding.api())
