"""The first page of `brandwatch queue list` over 1,000,000 findings on SQLite (target: < 200 ms).

Usage: python bench/queue_page.py [--findings 1000000] [--db bench/out/queue.db] [--reuse] [--runs 20]

Builds the database through the real migrations (so the indexes measured are the shipped ones),
bulk-inserts with Core executemany, then times in-process — no interpreter start-up — the exact
statement `queue list` runs (review.queries.queue_query, default filters, page size 50).
About a quarter of the findings are open, as in a queue that has been worked for a year.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import insert  # noqa: E402

from brandwatch.review.queries import QueueFilter, queue_query  # noqa: E402
from brandwatch.store.db import make_engine, upgrade  # noqa: E402
from brandwatch.store.models import Author, Finding, Mention  # noqa: E402

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
STATUSES = (["new"] * 15 + ["claimed"] * 5 + ["escalated"] * 2 + ["released"] + ["reopened"] * 2
            + ["resolved"] * 45 + ["dismissed"] * 30)
SEVERITIES = ["low"] * 40 + ["medium"] * 35 + ["high"] * 20 + ["critical"] * 5
RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}
CATEGORIES = [("complaint", "product"), ("complaint", "staff"), ("leak", "secret"), ("leak", "pii"),
              ("endorsement", "undisclosed"), ("caution", "nlra")]
RULES_PER_MENTION = 2
CHUNK = 50_000


def build(url: str, findings: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    engine = make_engine(url)
    upgrade(engine)
    started = time.perf_counter()
    mentions = findings // RULES_PER_MENTION
    authors = max(mentions // 50, 1)
    with engine.begin() as connection:
        connection.execute(insert(Author), [
            {"id": i, "platform": "x", "external_id": f"a{i}", "handle": f"user{i}", "followers": rng.randint(0, 10**6),
             "updated_at": NOW} for i in range(1, authors + 1)])
    for first in range(1, mentions + 1, CHUNK):
        with engine.begin() as connection:
            connection.execute(insert(Mention), [
                {"id": i, "platform": "x", "external_id": str(i), "author_id": rng.randint(1, authors),
                 "text": f"post {i} about the Acme Rocket", "created_at": NOW - timedelta(minutes=i % 525_600),
                 "collected_at": NOW, "metrics": {}, "status": "analysed"}
                for i in range(first, min(first + CHUNK, mentions + 1))])
    # The audit trigger refuses a finding born in any state but `new` (a real one reaches the others
    # through sealed review events). The page reads never meet it: it is lifted for the bulk insert
    # of a year's worth of already-worked findings and put back as the migration wrote it.
    with engine.begin() as connection:
        born_new = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'findings_born_new'").scalar()
        if born_new:
            connection.exec_driver_sql("DROP TRIGGER findings_born_new")
    for first in range(1, findings + 1, CHUNK):
        with engine.begin() as connection:
            connection.execute(insert(Finding), [_finding(i, rng) for i in range(first, min(first + CHUNK, findings + 1))])
        print(f"  {min(first + CHUNK - 1, findings):>9,} findings", end="\r", file=sys.stderr)
    print(file=sys.stderr)
    if born_new:
        with engine.begin() as connection:
            connection.exec_driver_sql(born_new)
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    return time.perf_counter() - started


def _finding(i: int, rng: random.Random) -> dict:
    severity = rng.choice(SEVERITIES)
    category, kind = rng.choice(CATEGORIES)
    created = NOW - timedelta(seconds=rng.randint(0, 365 * 86400))
    status = rng.choice(STATUSES)
    return {"id": i, "mention_id": (i - 1) // RULES_PER_MENTION + 1, "rule_id": f"rule-{(i - 1) % RULES_PER_MENTION}-{kind}",
            "rule_hash": None, "category": category, "kind": kind, "severity": severity, "start": 0, "end": 10,
            "preview": "AKIA…" if category == "leak" else "the Acme Rocket broke", "fingerprint": None,
            "score": 0.9, "explanation": {}, "brand": "Acme", "status": status,
            "assignee": f"reviewer{i % 7}" if status in ("claimed", "escalated") else None,
            "team": {"leak": "security", "complaint": "care"}.get(category, "legal"),
            "priority": RANK[severity], "author_reach": rng.randint(0, 10**6), "dismiss_reason": None,
            "due_at": created + timedelta(hours=24), "created_at": created, "updated_at": created}


def measure(url: str, criteria: QueueFilter, runs: int) -> tuple[float, list[float], str]:
    engine = make_engine(url)
    statement = queue_query(criteria, NOW)
    timings = []
    with engine.connect() as connection:
        compiled = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
        plan = "\n".join(f"    {row[-1]}" for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
        for _ in range(runs + 1):
            started = time.perf_counter()
            rows = connection.execute(statement).all()
            timings.append((time.perf_counter() - started) * 1000)
    engine.dispose()
    assert len(rows) == criteria.limit, f"expected a full page, got {len(rows)} rows"
    return timings[0], timings[1:], plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--findings", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("bench/out/queue.db"))
    parser.add_argument("--reuse", action="store_true", help="keep an existing database instead of rebuilding")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    url = f"sqlite:///{args.db}"
    if not (args.reuse and args.db.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        seconds = build(url, args.findings)
        print(f"built {args.findings:,} findings in {seconds:.1f} s "
              f"({args.findings / seconds:,.0f} rows/s, Core executemany)")
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"SQLite {__import__('sqlite3').sqlite_version}, database {args.db.stat().st_size / 2**20:,.0f} MiB")
    cases = {"default (open, priority order)": QueueFilter(limit=50),
             "--category complaint": QueueFilter(categories=("complaint",), limit=50),
             "--team security --overdue": QueueFilter(teams=("security",), overdue=True, limit=50),
             "--status claimed --assignee reviewer3": QueueFilter(statuses=("claimed",), assignees=("reviewer3",), limit=50),
             "page 100 (offset 4950)": QueueFilter(limit=50, offset=4950)}
    for name, criteria in cases.items():
        cold, warm, plan = measure(url, criteria, args.runs)
        print(f"{name}: first {cold:.1f} ms, then median {statistics.median(warm):.2f} ms, "
              f"max {max(warm):.2f} ms over {len(warm)} runs")
        if name.startswith("default"):
            print(plan)


if __name__ == "__main__":
    main()
