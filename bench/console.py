"""Server-side time of the console's pages over a large SQLite queue.

Usage: python bench/console.py [--findings 200000] [--db bench/out/console.db] [--reuse] [--runs 10]

Builds the database with bench/queue.py's generator (real migrations, Core executemany), then times
in-process, without HTTP or interpreter start-up, what each page computes: the queue page (one page
of rows + total + overdue count + five faceted counts + masked post excerpts), one finding page, and
the dashboard's numbers.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import importlib.util  # noqa: E402

# bench/queue.py's generator, loaded by path: its name would shadow the standard library's `queue`.
_spec = importlib.util.spec_from_file_location("bench_queue", Path(__file__).resolve().with_name("queue.py"))
bench_queue = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_queue)
NOW, build = bench_queue.NOW, bench_queue.build

from brandwatch.config import Settings  # noqa: E402
from brandwatch.store.db import make_engine, session_factory  # noqa: E402
from brandwatch.web.dashboard_data import build_dashboard  # noqa: E402
from brandwatch.web.finding_view import load_finding_page  # noqa: E402
from brandwatch.web.queue_view import parse_filter, queue_page  # noqa: E402
from brandwatch.web.rule_catalog import RuleCatalog  # noqa: E402


def timed(function, runs: int) -> tuple[float, float]:
    timings = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return timings[0], statistics.median(timings[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--findings", type=int, default=200_000)
    parser.add_argument("--db", type=Path, default=Path("bench/out/console.db"))
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{args.db}"
    if not (args.reuse and args.db.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        print(f"built {args.findings:,} findings in {build(url, args.findings):.1f} s")
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, "
          f"SQLite {__import__('sqlite3').sqlite_version}")
    engine = make_engine(url)
    factory = session_factory(engine)
    cases = {
        "queue page, default filters": "",
        "queue page, category=complaint": "category=complaint",
        "queue page, team=security&overdue=1": "team=security&overdue=1",
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

        cold, warm = timed(run, args.runs)
        print(f"{name}: first {cold:.0f} ms, then median {warm:.0f} ms")

    def finding():
        with factory() as session:
            load_finding_page(session, 12345, Settings(), RuleCatalog({}).rules)

    def dashboard():
        with factory() as session:
            build_dashboard(session, NOW)

    for name, function in (("finding page data", finding), ("dashboard data", dashboard)):
        cold, warm = timed(function, args.runs)
        print(f"{name}: first {cold:.0f} ms, then median {warm:.0f} ms")
    engine.dispose()


if __name__ == "__main__":
    main()
