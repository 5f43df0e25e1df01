"""Bulk-resolving 10,000 findings by filter among 1,000,000, one sealed audit event each (target: < 30 s).

Usage: python bench/bulk_resolve.py [--findings 1000000] [--target 10000]
                                    [--database-url URL] [--db bench/out/bulk.db] [--full-verify]

Builds the schema through the real migrations, bulk-inserts the findings (all `new`, each with its
sealed `create` event, as intake writes them) with Core executemany, claims the target findings with a
bulk claim by ids, then times what `brandwatch queue resolve --filter 'status=claimed team=T'` does:
the filter's id query plus review.bulk.bulk_act. Afterwards every chain the bulk actions touched is
re-verified (seal, link and position of each event, and the finding's state); --full-verify runs
`audit verify` over the whole trail too (minutes at a million findings).
With --database-url a PostgreSQL database is used; it must be empty or hold only this bench's data.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import func, insert, select, text  # noqa: E402

from brandwatch.config import Settings  # noqa: E402
from brandwatch.review.audit_chain import event_mac, mac_of  # noqa: E402
from brandwatch.review.bulk import bulk_act  # noqa: E402
from brandwatch.review.selection import parse_selection, selected_ids  # noqa: E402
from brandwatch.review.service import ReviewService  # noqa: E402
from brandwatch.review.states import Action  # noqa: E402
from brandwatch.store.db import make_engine, session_factory, upgrade  # noqa: E402
from brandwatch.store.models import Author, Finding, Mention, ReviewEvent, User  # noqa: E402

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
RULES_PER_MENTION = 1000  # findings per mention: (mention, rule) is unique
TEAMS = [f"team-{i:02d}" for i in range(20)]
TARGET_TEAM = "payments-oncall"
REVIEWER = "bench-reviewer"
CHUNK = 20_000


def seed(engine, findings: int, target: int, key: bytes) -> None:
    mentions = (findings + RULES_PER_MENTION - 1) // RULES_PER_MENTION
    with engine.begin() as connection:
        connection.execute(insert(User), [{"name": REVIEWER, "role": "reviewer", "password_hash": "bench",
                                           "created_at": NOW, "disabled": False}])
        connection.execute(insert(Author), [{"id": 1, "platform": "x", "external_id": "a1", "handle": "someone",
                                             "followers": 10, "updated_at": NOW}])
        connection.execute(insert(Mention), [
            {"id": m + 1, "platform": "x", "external_id": f"p{m}", "author_id": 1, "text": "a post", "created_at": NOW,
             "collected_at": NOW, "metrics": {}, "status": "analysed"} for m in range(mentions)])
    # Every hundredth finding (up to `target`) belongs to the target team, so they are spread over the table.
    step = max(findings // target, 1)
    for start in range(0, findings, CHUNK):
        rows, events = [], []
        for i in range(start, min(start + CHUNK, findings)):
            finding_id = i + 1
            team = TARGET_TEAM if i % step == 0 and i // step < target else TEAMS[i % len(TEAMS)]
            created = NOW - timedelta(minutes=i % 10_000)
            rows.append({"id": finding_id, "mention_id": i // RULES_PER_MENTION + 1,
                         "rule_id": f"rule-{i % RULES_PER_MENTION:04d}", "category": "leak", "kind": "secret",
                         "severity": "high", "start": 0, "end": 4, "preview": "AKIA…", "explanation": {},
                         "status": "new", "team": team, "priority": 2, "author_reach": 10,
                         "due_at": created + timedelta(hours=4), "created_at": created, "updated_at": created})
            note = "raised by rule bench"
            events.append({"finding_id": finding_id, "actor": "brandwatch", "at": created, "action": "create",
                           "from_status": None, "to_status": "new", "note": note, "seq": 1, "prev_mac": "",
                           "mac": event_mac(key, finding_id=finding_id, seq=1, prev_mac="", actor="brandwatch",
                                            at=created, action="create", from_status=None, to_status="new",
                                            note=note)})
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":  # COPY: executemany would spend minutes on round trips
                _copy(connection, "findings", rows)
                _copy(connection, "review_events", events)
            else:
                connection.execute(insert(Finding), rows)
                connection.execute(insert(ReviewEvent), events)
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            for table in ("findings", "mentions", "review_events"):
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                        f"(SELECT MAX(id) FROM {table}))"))
            connection.execute(text("ANALYZE"))
    else:
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))


def _copy(connection, table: str, rows: list[dict]) -> None:
    import json

    columns = list(rows[0])
    cursor = connection.connection.driver_connection.cursor()
    with cursor.copy(f"COPY {table} ({', '.join(chr(34) + c + chr(34) for c in columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([json.dumps(v) if isinstance(v, dict) else v for v in (row[c] for c in columns)])


def verify_touched(factory, key: bytes, ids: list[int]) -> int:
    """Re-check every event of the touched chains; returns how many problems were found."""
    problems = 0
    with factory() as session:
        for start in range(0, len(ids), 1000):
            part = ids[start:start + 1000]
            status = dict(session.execute(select(Finding.id, Finding.status).where(Finding.id.in_(part))).all())
            previous: dict[int, ReviewEvent] = {}
            for event in session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id.in_(part))
                                         .order_by(ReviewEvent.finding_id, ReviewEvent.id)):
                before = previous.get(event.finding_id)
                expected_seq = before.seq + 1 if before else 1
                expected_prev = before.mac if before else ""
                if event.mac != mac_of(key, event) or event.seq != expected_seq or event.prev_mac != expected_prev:
                    problems += 1
                previous[event.finding_id] = event
            problems += sum(1 for finding_id, head in previous.items() if head.to_status != status[finding_id])
            session.expunge_all()
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--findings", type=int, default=1_000_000)
    parser.add_argument("--target", type=int, default=10_000)
    parser.add_argument("--database-url")
    parser.add_argument("--db", type=Path, default=Path("bench/out/bulk.db"))
    parser.add_argument("--full-verify", action="store_true")
    args = parser.parse_args()
    if args.database_url:
        url = args.database_url
    else:
        args.db.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{args.db}"
    settings = Settings.model_validate({"data_dir": str(args.db.parent.resolve())})
    engine = make_engine(url)
    upgrade(engine)
    factory = session_factory(engine)
    service = ReviewService(factory, settings, clock=lambda: NOW)
    with factory() as session:
        if session.scalar(select(func.count()).select_from(Finding)):
            sys.exit("the database already holds findings; give an empty one")
    started = time.perf_counter()
    seed(engine, args.findings, args.target, service.key)
    print(f"seeded {args.findings:,} findings with sealed create events in {time.perf_counter() - started:.1f} s")

    selection = parse_selection(f"status=new team={TARGET_TEAM}")
    started = time.perf_counter()
    with factory() as session:
        ids = selected_ids(session, selection, NOW)
    claimed = bulk_act(service, ids, Action.CLAIM, REVIEWER)
    claim_seconds = time.perf_counter() - started
    print(f"bulk claim by filter: {len(claimed.done):,} findings in {claim_seconds:.2f} s")

    selection = parse_selection(f"status=claimed team={TARGET_TEAM}")
    started = time.perf_counter()
    with factory() as session:
        ids = selected_ids(session, selection, NOW)
    resolved = bulk_act(service, ids, Action.RESOLVE, REVIEWER)
    resolve_seconds = time.perf_counter() - started
    print(f"bulk resolve by filter: {len(resolved.done):,} findings in {resolve_seconds:.2f} s "
          f"({len(resolved.refused)} refused)")

    with factory() as session:
        events = session.scalar(select(func.count()).select_from(ReviewEvent)
                                .where(ReviewEvent.action == "resolve"))
    problems = verify_touched(factory, service.key, ids)
    print(f"resolve events: {events:,} (one per finding: {events == len(resolved.done) == args.target}); "
          f"touched chains re-verified: {problems} problems")
    if args.full_verify:
        from brandwatch.review.audit_verify import verify_trail

        started = time.perf_counter()
        with factory() as session:
            report = verify_trail(session, service.key)
        print(f"audit verify (whole trail): {'ok' if report.ok else report.problems[:5]} "
              f"in {time.perf_counter() - started:.0f} s")
    print(f"{engine.dialect.name}, python {platform.python_version()}, {platform.machine()}, "
          f"target < 30 s: {'met' if resolve_seconds < 30 else 'MISSED'}")


if __name__ == "__main__":
    main()
