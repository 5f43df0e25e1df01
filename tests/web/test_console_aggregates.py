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
from sqlalchemy import delete, func, insert, select, update

from brandwatch.config import Settings
from brandwatch.review.bulk import bulk_act
from brandwatch.review.rule_stats import RuleStats, rule_stats
from brandwatch.review.service import ReviewService
from brandwatch.review.states import Action, DismissReason
from brandwatch.store.db import make_engine, session_factory, upgrade
from brandwatch.store.finding_counters import fold
from brandwatch.store.models import OPEN_STATUSES, Author, Finding, FindingCount, FindingRuleCount, Mention
from brandwatch.testing.worked_queue import history_allowed
from brandwatch.web import dashboard_data
from brandwatch.web.dashboard_data import AGE_BUCKETS, OLDEST_BUCKET, SENTIMENTS, TOPICS, build_dashboard
from brandwatch.web.console_counts import facet_counts
from tests.review.helpers import add_accounts
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


QUEUE_QUERIES = [{}, {"category": ["complaint"]}, {"team": ["security"], "overdue": ["1"]},
                 {"status": ["claimed", "resolved"], "assignee": [UNASSIGNED, "ann"]},
                 {"severity": ["high"], "status": ["dismissed"]}]


@pytest.mark.parametrize("query", QUEUE_QUERIES)
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


def _naive_rule_stats(findings: list[Finding]) -> list[RuleStats]:
    naive = []
    for rule in sorted({f.rule_id for f in findings}):
        mine = [f for f in findings if f.rule_id == rule]
        dismissed = [f for f in mine if f.status == "dismissed"]
        naive.append(RuleStats(rule, len(mine), sum(f.status == "resolved" for f in mine),
                               sum(f.dismiss_reason == "false_positive" for f in dismissed),
                               sum(f.dismiss_reason != "false_positive" for f in dismissed),
                               sum(f.status in OPEN_STATUSES for f in mine)))
    return naive


def test_when_rule_statistics_are_read_then_they_equal_a_naive_count_per_rule(engine, seeded):
    since = NOW - timedelta(days=90)
    with seeded() as session:
        findings = [f for f in _all_findings(session) if f.created_at >= since]
        stats = rule_stats(session, since=since)
        dashboard = build_dashboard(session, NOW)
    naive = _naive_rule_stats(findings)
    assert stats == naive
    assert dashboard.precision == tuple(s for s in naive if s.confirmed + s.false_positives)


# --- The maintained counters (migration 0017_issue19_console_counters) under every kind of write ---------

def _assert_console_as_naive(engine, factory) -> None:
    """Every count the console shows, from the counters, equals a naive count over the rows now."""
    test_when_the_dashboard_counts_then_every_number_equals_a_naive_count_over_all_rows(engine, factory)
    test_when_rule_statistics_are_read_then_they_equal_a_naive_count_per_rule(engine, factory)
    for query in QUEUE_QUERIES:
        test_when_the_queue_page_counts_then_total_overdue_and_facets_equal_a_naive_count(engine, factory, query)


def _counter_rows(engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {model.__tablename__: connection.scalar(select(func.count()).select_from(model))
                for model in (FindingCount, FindingRuleCount)}


def test_when_findings_are_triaged_edited_purged_and_folded_then_every_count_still_equals_a_naive_count(
        engine, seeded):
    rng = random.Random(23)
    add_accounts(seeded, "ann", role="lead")
    service = ReviewService(seeded, Settings(), clock=lambda: NOW)
    ids = list(range(1, 401))
    # bulk triage through the review service, as the console's bulk bar does
    bulk_act(service, ids[:150], Action.CLAIM, "ann")
    bulk_act(service, ids[:60], Action.DISMISS, "ann", reason=DismissReason.FALSE_POSITIVE)
    bulk_act(service, ids[60:100], Action.RESOLVE, "ann")
    bulk_act(service, ids[100:120], Action.RELEASE, "ann")
    bulk_act(service, ids[230:260], Action.REOPEN, "ann")  # the closed ones among them
    with history_allowed(engine), engine.begin() as connection:
        for finding_id in ids[150:230]:  # every other column a count depends on, one finding at a time
            connection.execute(update(Finding).where(Finding.id == finding_id).values(**rng.choice([
                {"team": rng.choice([None, "care", "legal"])}, {"assignee": rng.choice([None, "bob", "cy"])},
                {"severity": rng.choice(["low", "critical"])}, {"category": rng.choice(["leak", "caution"])},
                {"due_at": rng.choice([None, NOW + timedelta(hours=rng.randint(-48, 48))])},
                {"created_at": NOW - timedelta(minutes=rng.randint(0, 100 * 1440))},
                {"rule_id": f"rule-renamed-{finding_id}"},
                {"dismiss_reason": rng.choice([None, "duplicate", "false_positive"])},
                {"priority": 3, "preview": "counts nothing"}])))
        connection.execute(delete(Finding).where(Finding.id.in_(ids[260:300])))  # a purge
        connection.execute(insert(Finding), [{**_finding(i, rng, 240), "rule_id": f"rule-new-{i % 3}"}
                                             for i in range(1_000, 1_040)])  # 40 posts: one rule each
    _assert_console_as_naive(engine, seeded)
    unfolded = _counter_rows(engine)
    with engine.begin() as connection:
        removed = fold(connection)
    assert removed > 0 and sum(_counter_rows(engine).values()) == sum(unfolded.values()) - removed
    with engine.connect() as connection:  # one row per key, none that sums to nothing
        keys = connection.execute(select(FindingCount.status, FindingCount.category, FindingCount.severity,
                                         FindingCount.team, FindingCount.assignee, FindingCount.n)).all()
    assert len({k[:5] for k in keys}) == len(keys) and all(k.n for k in keys)
    _assert_console_as_naive(engine, seeded)
    with engine.begin() as connection:  # folding again changes nothing
        assert fold(connection) == 0
    _assert_console_as_naive(engine, seeded)


@pytest.mark.parametrize("since, until", [
    (NOW - timedelta(days=90), None),  # the dashboard's: a part day at the start
    (datetime(2026, 9, 1, tzinfo=timezone.utc), datetime(2026, 10, 1, tzinfo=timezone.utc)),  # whole days only
    (NOW - timedelta(days=40, hours=5), NOW - timedelta(days=3, hours=1)),  # part days at both ends
    (NOW - timedelta(hours=30), NOW - timedelta(hours=2)),  # across one midnight, no whole day
    (NOW - timedelta(hours=5), NOW - timedelta(hours=2)),  # within one day
    (None, NOW - timedelta(days=10, minutes=7)), (None, None), (NOW, NOW - timedelta(days=1))])
def test_when_rule_statistics_cover_any_period_then_they_equal_a_naive_count(engine, seeded, since, until):
    with seeded() as session:
        findings = [f for f in _all_findings(session)
                    if (since is None or f.created_at >= since) and (until is None or f.created_at < until)]
        stats = rule_stats(session, since=since, until=until)
    assert stats == _naive_rule_stats(findings)
    if since is None or until is None or until - since > timedelta(days=1):  # not compared on nothing
        assert stats


def test_when_a_writer_is_open_while_the_counters_are_folded_then_its_change_is_neither_lost_nor_counted_twice(
        engine, seeded):
    """Two writers on findings of the same key never wait for each other, and a fold between a writer's
    change and its commit leaves that change to be counted once it commits."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: nothing runs beside a fold there")
    with engine.connect() as first, engine.connect() as second:
        first.exec_driver_sql("SET lock_timeout = '20s'")
        second.exec_driver_sql("SET lock_timeout = '5s'")  # a wait on a shared counter row would fail here
        open_ids = first.scalars(select(Finding.id).where(Finding.status == "new").limit(2)).all()
        first.execute(update(Finding).where(Finding.id == open_ids[0]).values(team="moved"))
        second.execute(update(Finding).where(Finding.id == open_ids[1]).values(team="moved"))
        second.commit()
        with engine.begin() as connection:
            fold(connection)
        first.commit()
    _assert_console_as_naive(engine, seeded)
    with seeded() as session:
        moved = [c for c in facet_counts(session, OPEN_STATUSES, NOW) if c.team == "moved"]
    assert sum(c.count for c in moved) == 2


def test_when_the_counters_migration_meets_existing_findings_then_it_counts_them(database_url):
    engine = make_engine(database_url)
    try:
        upgrade(engine, "0016_issue25_spike_episodes")
        _seed(engine, random.Random(5))
        upgrade(engine)
        assert all(_counter_rows(engine).values())
        _assert_console_as_naive(engine, session_factory(engine))
    finally:
        engine.dispose()
