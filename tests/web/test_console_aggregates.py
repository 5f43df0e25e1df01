"""The console's counts equal a naive computation over every row, on SQLite and on PostgreSQL.

The queue page's facet counts, the dashboard's open findings by age, its SLA breaches, its daily
complaint and sentiment charts and its per-rule statistics are computed by queries shaped for speed
(bench/console.py) and, for the charts, from `mention_facts`, which database triggers keep. Here a
small random database, with odd analyses on purpose, is counted both ways; then posts are edited,
re-dated and deleted and the charts are compared again.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, insert, select, update

from brandwatch.review.rule_stats import RuleStats, rule_stats
from brandwatch.store.db import session_factory
from brandwatch.store.models import OPEN_STATUSES, Author, Finding, Mention
from brandwatch.testing.worked_queue import history_allowed
from brandwatch.web import dashboard_data
from brandwatch.web.dashboard_data import AGE_BUCKETS, OLDEST_BUCKET, SENTIMENTS, TOPICS, build_dashboard
from brandwatch.web.queue_view import UNASSIGNED, parse_filter, queue_page

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
STATUSES = [*OPEN_STATUSES, "resolved", "dismissed"]


def _analysis(rng: random.Random) -> object:
    """Mostly what the analysis stage writes, with the shapes a reader must survive mixed in."""
    shape = rng.random()
    if shape < 0.05:
        return None
    if shape < 0.08:
        return {"error": "model unavailable"}
    if shape < 0.10:
        return {"edit": {"previous_version": "v1", "previous": "earlier text"}}
    complaint = rng.random() < 0.4
    return {"sentiment": {"label": rng.choice([*SENTIMENTS, "mixed", None]), "score": 0.5},
            "complaint": {"is_complaint": complaint, "score": 0.7,
                          "topic": rng.choice([*TOPICS, None, "billing"]) if complaint or rng.random() < 0.2 else None},
            "disclosure": {"status": "missing", "evidence": None}}


def _seed(engine, rng: random.Random, mentions: int = 240, findings: int = 400) -> None:
    with engine.begin() as connection:
        connection.execute(insert(Author), [{"id": 1, "platform": "x", "external_id": "a1", "handle": "dana",
                                             "followers": 5, "updated_at": NOW}])
        connection.execute(insert(Mention), [
            {"id": i, "platform": "x", "external_id": f"p{i}", "author_id": 1, "text": f"post {i}",
             # from 40 days back to a day ahead (clock skew), across day boundaries
             "created_at": NOW - timedelta(minutes=rng.randint(-1440, 40 * 1440)), "collected_at": NOW,
             "metrics": {}, "status": "analysed", "analysis": _analysis(rng)} for i in range(1, mentions + 1)])
    with history_allowed(engine), engine.begin() as connection:
        connection.execute(insert(Finding), [_finding(i, rng, mentions) for i in range(1, findings + 1)])


def _finding(i: int, rng: random.Random, mentions: int) -> dict:
    status = rng.choice(STATUSES)
    created = NOW - timedelta(minutes=rng.randint(0, 120 * 1440))
    return {"id": i, "mention_id": (i - 1) % mentions + 1, "rule_id": f"rule-{i % 7}",
            "category": rng.choice(["leak", "complaint", "endorsement", "caution"]), "kind": "k",
            "severity": rng.choice(["low", "medium", "high", "critical"]), "start": 0, "end": 4, "preview": "p",
            "status": status, "assignee": rng.choice([None, "ann", "bob"]), "team": rng.choice([None, "care", "security"]),
            "priority": rng.randint(0, 3), "author_reach": rng.randint(0, 100),
            "dismiss_reason": rng.choice(["false_positive", "duplicate", None]) if status == "dismissed" else None,
            "due_at": rng.choice([None, created + timedelta(hours=rng.choice([1, 4, 24, 72]))]),
            "created_at": created, "updated_at": created, "explanation": {}}


def _all_findings(session) -> list[Finding]:
    return list(session.scalars(select(Finding)))


def _naive_daily(session, now: datetime, days: int = 30) -> tuple[dict, dict]:
    """What the dashboard computed before mention_facts: every recent post's JSON, read in Python."""
    first = (now - timedelta(days=days - 1)).date()
    day_list = [first + timedelta(days=i) for i in range(days)]
    complaints: Counter[tuple[date, str]] = Counter()
    sentiments: Counter[tuple[date, str]] = Counter()
    for created_at, analysis in session.execute(select(Mention.created_at, Mention.analysis)):
        if created_at < datetime.combine(first, datetime.min.time(), now.tzinfo) or not isinstance(analysis, dict):
            continue
        day = created_at.astimezone(timezone.utc).date()
        complaint = analysis.get("complaint") or {}
        if complaint.get("is_complaint"):
            complaints[(day, complaint.get("topic") if complaint.get("topic") in TOPICS else "other")] += 1
        label = (analysis.get("sentiment") or {}).get("label")
        if label in SENTIMENTS:
            sentiments[(day, label)] += 1
    series = {t: tuple(float(complaints[(d, t)]) for d in day_list) for t in TOPICS}
    totals = {d: sum(sentiments[(d, s)] for s in SENTIMENTS) for d in day_list}
    share = {s: tuple(sentiments[(d, s)] / totals[d] if totals[d] else None for d in day_list)
             for s in ("negative", "positive")}
    return series, share


def _assert_daily_as_naive(factory) -> None:
    with factory() as session:
        complaints, sentiment = dashboard_data._daily_analysis(session, NOW, 30)
        assert (complaints.series, sentiment.series) == _naive_daily(session, NOW)
        assert complaints.total() > 0 and any(v for values in sentiment.series.values() for v in values)


@pytest.fixture
def seeded(engine):
    _seed(engine, random.Random(19))
    return session_factory(engine)


def test_when_the_dashboard_counts_then_every_number_equals_a_naive_count_over_all_rows(engine, seeded):
    with seeded() as session:
        findings = _all_findings(session)
        by_age: dict[str, Counter] = {}
        breaches = Counter({s: 0 for s in ("critical", "high", "medium", "low")})
        for f in findings:
            if f.status not in OPEN_STATUSES:
                continue
            age = NOW - f.created_at
            bucket = next((name for name, limit in AGE_BUCKETS if age < limit), OLDEST_BUCKET)
            by_age.setdefault(f.category, Counter())[bucket] += 1
            if f.due_at is not None and f.due_at < NOW:
                breaches[f.severity] += 1
        data = build_dashboard(session, NOW)
        assert data.open_by_age == {category: dict(counts) for category, counts in by_age.items()}
        assert data.breaches_by_severity == dict(breaches)
        assert data.open_total == sum(f.status in OPEN_STATUSES for f in findings)
        assert list(data.open_by_age) == sorted(by_age)
    _assert_daily_as_naive(seeded)


def test_when_posts_are_edited_redated_and_deleted_then_the_charts_still_equal_a_naive_count(engine, seeded):
    rng = random.Random(7)
    with engine.begin() as connection:
        ids = list(connection.scalars(select(Mention.id).order_by(Mention.id)))
        for mention_id in ids[:60]:  # re-analysed, an edit marker, or the analysis cleared
            connection.execute(update(Mention).where(Mention.id == mention_id).values(analysis=_analysis(rng)))
        for mention_id in ids[60:90]:  # moved across day boundaries and out of the window
            connection.execute(update(Mention).where(Mention.id == mention_id).values(
                created_at=NOW - timedelta(minutes=rng.randint(0, 45 * 1440))))
        connection.execute(update(Mention).where(Mention.id.in_(ids[90:100])).values(status="failed"))
        unreferenced = [i for i in ids[100:] if i > 400][:20] or ids[-5:]
        connection.execute(delete(Finding).where(Finding.mention_id.in_(unreferenced)))
        connection.execute(delete(Mention).where(Mention.id.in_(unreferenced)))
        connection.execute(insert(Mention), [
            {"id": 10_000 + i, "platform": "reddit", "external_id": f"new{i}", "text": "new", "created_at": NOW - timedelta(hours=i),
             "collected_at": NOW, "metrics": {}, "status": "analysed", "analysis": _analysis(rng)} for i in range(30)])
    _assert_daily_as_naive(seeded)


@pytest.mark.parametrize("query", [{}, {"category": ["complaint"]}, {"team": ["security"], "overdue": ["1"]},
                                   {"status": ["claimed", "resolved"], "assignee": [UNASSIGNED, "ann"]},
                                   {"severity": ["high"], "status": ["dismissed"]}])
def test_when_the_queue_page_counts_then_total_overdue_and_facets_equal_a_naive_count(engine, seeded, query):
    criteria, page = parse_filter(query)
    with seeded() as session:
        findings = _all_findings(session)
        data = queue_page(session, criteria, page, NOW)

    def value(f: Finding, name: str) -> str | None:
        got = getattr(f, name)
        return UNASSIGNED if name == "assignee" and got is None else got

    def kept(f: Finding, skip: str | None = None) -> bool:
        if skip != "status" and f.status not in (criteria.statuses or OPEN_STATUSES):
            return False
        for name in ("category", "severity", "team", "assignee"):
            wanted = query.get(name)
            if name != skip and wanted and value(f, name) not in wanted:
                return False
        return skip == "overdue" or not criteria.overdue or (f.due_at is not None and f.due_at < NOW)

    assert data.total == sum(kept(f) for f in findings)
    assert data.overdue_count == sum(kept(f, "overdue") and f.due_at is not None and f.due_at < NOW for f in findings)
    chosen_states = set(OPEN_STATUSES) | set(criteria.statuses)
    for name, values in data.facets.items():
        naive = Counter(value(f, name) for f in findings if kept(f, name) and f.status in chosen_states)
        shown = {v.value: v.count for v in values if v.count is not None}
        assert {k: n for k, n in shown.items() if n} == {k: n for k, n in naive.items() if k is not None}, name


def test_when_rule_statistics_are_read_then_they_equal_a_naive_count_per_rule(engine, seeded):
    since = NOW - timedelta(days=90)
    with seeded() as session:
        findings = [f for f in _all_findings(session) if f.created_at >= since]
        stats = rule_stats(session, since=since)
        dashboard = build_dashboard(session, NOW)
    naive = []
    for rule in sorted({f.rule_id for f in findings}):
        mine = [f for f in findings if f.rule_id == rule]
        dismissed = [f for f in mine if f.status == "dismissed"]
        naive.append(RuleStats(rule, len(mine), sum(f.status == "resolved" for f in mine),
                               sum(f.dismiss_reason == "false_positive" for f in dismissed),
                               sum(f.dismiss_reason != "false_positive" for f in dismissed),
                               sum(f.status in OPEN_STATUSES for f in mine)))
    assert stats == naive
    assert dashboard.precision == tuple(s for s in naive if s.confirmed + s.false_positives)
