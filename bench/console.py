"""Server-side time of the console's pages over a large queue and a month of recent mentions.

Usage: python bench/console.py [--findings 1000000] [--recent-mentions 100000] [--runs 10]
                               [--db bench/out/console.db | --database-url postgresql+psycopg://...] [--reuse]

Builds the database with bench/queue_page.py's generator (real migrations, Core executemany: about a
quarter of the findings open, created over a year), then adds `--recent-mentions` analysed posts spread
over the last 30 days with the analysis JSON the daemon stores (sentiment, complaint, disclosure,
language, rules), and gives the same analysis to the generator's own posts of that month. Then it
times in-process, without HTTP or interpreter start-up, what each page computes: the queue page (one
page of rows + total + overdue count + five faceted counts + masked post excerpts) under a few filters,
one finding page, and the dashboard's numbers (also part by part).

With `--database-url` (PostgreSQL) the data lives in the schema `bench_console`, dropped and rebuilt
unless `--reuse`; nothing else in that database is touched.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import importlib.util  # noqa: E402

# bench/queue_page.py's generator, loaded by path: bench/ is not a package on sys.path.
_spec = importlib.util.spec_from_file_location("bench_queue_page",
                                               Path(__file__).resolve().with_name("queue_page.py"))
bench_queue = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_queue)
NOW, build = bench_queue.NOW, bench_queue.build

from sqlalchemy import bindparam, func, insert, select, text, update  # noqa: E402

from brandwatch.config import Settings  # noqa: E402
from brandwatch.review.queries import list_queue  # noqa: E402
from brandwatch.review.rule_stats import rule_stats  # noqa: E402
from brandwatch.store.db import make_engine, session_factory, upgrade  # noqa: E402
from brandwatch.store.models import Finding, Mention  # noqa: E402
from brandwatch.web import dashboard_data  # noqa: E402
from brandwatch.web.dashboard_data import build_dashboard  # noqa: E402
from brandwatch.web.finding_view import load_finding_page  # noqa: E402
from brandwatch.web.queue_view import parse_filter, queue_page  # noqa: E402
from brandwatch.web.rule_catalog import RuleCatalog  # noqa: E402

PG_SCHEMA = "bench_console"
CHUNK = 20_000
# A month of posts as the daemon sees them: most are neutral chatter, a fifth negative, about one in
# eight a complaint (topic mix below); a few carry no usable sentiment label.
LABELS = ["neutral"] * 55 + ["positive"] * 22 + ["negative"] * 20 + ["unknown"] * 3
TOPICS = ["product"] * 50 + ["staff"] * 20 + ["policy"] * 20 + [None] * 10


def analysis(rng: random.Random) -> dict:
    label = rng.choice(LABELS)
    complaint = rng.random() < 0.125 or (label == "negative" and rng.random() < 0.3)
    return {"sentiment": {"label": label, "score": round(rng.random(), 3),
                          "scores": {"negative": 0.2, "neutral": 0.5, "positive": 0.3}},
            "complaint": {"is_complaint": complaint, "score": round(rng.random(), 3),
                          "topic": rng.choice(TOPICS) if complaint else None},
            "disclosure": {"status": "missing", "evidence": None},
            "sentiment_backend": "vader", "language": {"code": "en", "judged": True},
            "rules": ["complaint-product-broken"] if complaint else []}


def add_recent_mentions(url: str, count: int, seed: int = 11) -> float:
    """`count` analysed posts over the 30 days before NOW, plus analysis for the generator's posts of that month."""
    rng = random.Random(seed)
    engine = make_engine(url)
    started = time.perf_counter()
    with engine.begin() as connection:
        first_id = connection.scalar(select(func.max(Mention.id))) + 1
        authors = connection.scalar(text("SELECT max(id) FROM authors"))
        month_start = NOW - timedelta(days=30)
        old_ids = connection.scalars(select(Mention.id).where(Mention.created_at >= month_start)).all()
    # Core executemany UPDATE keyed by id: one statement, many parameter sets.
    statement = update(Mention).where(Mention.id == bindparam("mention_id")).values(analysis=bindparam("a", type_=Mention.analysis.type))
    for start in range(0, len(old_ids), CHUNK):
        with engine.begin() as connection:
            connection.execute(statement, [{"mention_id": i, "a": analysis(rng)} for i in old_ids[start:start + CHUNK]])
    for first in range(first_id, first_id + count, CHUNK):
        with engine.begin() as connection:
            connection.execute(insert(Mention), [
                {"id": i, "platform": "reddit", "external_id": f"r{i}", "author_id": rng.randint(1, authors),
                 "text": f"recent post {i} about the Acme Rocket",
                 "created_at": NOW - timedelta(seconds=rng.randint(0, 30 * 86400 - 1)),
                 "collected_at": NOW, "metrics": {}, "status": "analysed", "analysed_at": NOW,
                 "analysis": analysis(rng)}
                for i in range(first, min(first + CHUNK, first_id + count))])
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    return time.perf_counter() - started


def timed(function, runs: int) -> tuple[float, float, float]:
    """First call, then median and max of `runs` more (milliseconds)."""
    timings = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return timings[0], statistics.median(timings[1:]), max(timings[1:])


def prepare(args) -> str:
    if args.database_url:
        admin = make_engine(args.database_url)
        if not args.reuse:
            with admin.begin() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{PG_SCHEMA}" CASCADE')
                connection.exec_driver_sql(f'CREATE SCHEMA "{PG_SCHEMA}"')
        admin.dispose()
        separator = "&" if "?" in args.database_url else "?"
        url = f"{args.database_url}{separator}options=-csearch_path%3D{PG_SCHEMA}"
    else:
        args.db.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{args.db}"
        if not args.reuse:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    if args.reuse:  # an earlier run's database gets this checkout's migrations (indexes, facts) first
        started = time.perf_counter()
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        print(f"upgraded to this checkout's schema in {time.perf_counter() - started:.1f} s")
    else:
        print(f"built {args.findings:,} findings in {build(url, args.findings):.1f} s")
        print(f"added {args.recent_mentions:,} recent mentions in {add_recent_mentions(url, args.recent_mentions):.1f} s")
    fold_counters(url)
    return url


def fold_counters(url: str) -> None:
    """Compact the counter tables as the daemon's leader sweep does (every SLA interval): a bulk load
    leaves one delta row per finding. Code before migration 0017 has no counters: nothing to do."""
    try:
        from brandwatch.store.finding_counters import fold
    except ImportError:
        return
    engine = make_engine(url)
    started = time.perf_counter()
    with engine.begin() as connection:
        removed = fold(connection)
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    print(f"folded {removed:,} counter rows in {time.perf_counter() - started:.1f} s")


def describe(url: str) -> str:
    engine = make_engine(url)
    with engine.connect() as connection:
        findings = connection.scalar(select(func.count()).select_from(Finding))
        open_ = connection.scalar(select(func.count()).select_from(Finding).where(
            text("findings.status IN ('new', 'claimed', 'escalated', 'released', 'reopened')")))
        recent = connection.scalar(select(func.count()).select_from(Mention).where(
            Mention.created_at >= NOW - timedelta(days=30), Mention.analysis.is_not(None)))
        if engine.dialect.name == "sqlite":
            database = f"SQLite {__import__('sqlite3').sqlite_version}"
        else:
            database = connection.exec_driver_sql("SHOW server_version").scalar()
            database = f"PostgreSQL {database}"
    engine.dispose()
    return (f"{database}; {findings:,} findings ({open_:,} open), {recent:,} analysed mentions in the last 30 days; "
            f"{platform.machine()}, Python {platform.python_version()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--findings", type=int, default=1_000_000)
    parser.add_argument("--recent-mentions", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("bench/out/console.db"))
    parser.add_argument("--database-url", help="PostgreSQL URL (the bench uses its own schema there)")
    parser.add_argument("--reuse", action="store_true", help="keep the database built by an earlier run")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    url = prepare(args)
    print(describe(url))
    engine = make_engine(url)
    factory = session_factory(engine)
    cases = {
        "queue page, default filters": "",
        "queue page, category=complaint": "category=complaint",
        "queue page, team=security&overdue=1": "team=security&overdue=1",
        "queue page, status=claimed&assignee=reviewer3": "status=claimed&assignee=reviewer3",
    }
    for name, query in cases.items():
        params: dict[str, list[str]] = {}
        for pair in filter(None, query.split("&")):
            key, value = pair.split("=")
            params.setdefault(key, []).append(value)
        criteria, page = parse_filter(params)

        def run(criteria=criteria, page=page):
            with factory() as session:
                queue_page(session, criteria, page, NOW)

        report(name, timed(run, args.runs))

        def rows_only(criteria=criteria):
            with factory() as session:
                list_queue(session, criteria, NOW)

        report("  its rows alone", timed(rows_only, args.runs))

    def page_of(function):
        def run():
            with factory() as session:
                function(session)
        return run

    report("finding page data", timed(page_of(lambda s: load_finding_page(s, min(12_345, args.findings), Settings(), RuleCatalog({}).rules)),
                                      args.runs))
    report("dashboard data", timed(page_of(lambda s: build_dashboard(s, NOW)), args.runs))
    parts = {"  daily complaints and sentiment": lambda s: dashboard_data._daily_analysis(s, NOW, 30),
             "  open findings by age, breaches": lambda s: dashboard_data._open_summary(s, NOW),
             "  ten most overdue": lambda s: dashboard_data._overdue(s, NOW),
             "  per-rule statistics (90 days)": lambda s: rule_stats(s, since=NOW - timedelta(days=90))}
    for name, function in parts.items():
        report(name, timed(page_of(function), args.runs))
    engine.dispose()


def report(name: str, figures: tuple[float, float, float]) -> None:
    cold, median, worst = figures
    print(f"{name}: first {cold:.0f} ms, then median {median:.0f} ms, max {worst:.0f} ms")


if __name__ == "__main__":
    main()
