"""Server-side time of the dashboard's share-of-voice panel and the report's figures over a month of posts.

Usage: python bench/share_of_voice.py [--mentions 150000] [--runs 10]
                                      [--db bench/out/share_of_voice.db | --database-url postgresql+psycopg://...]

Stores `--mentions` analysed posts spread over the 30 days the panel shows (real migrations, Core executemany), each
with the `voices` list the daemon stores: about half about the brand Acme, the rest about one of three
competitors, one in five about two of them. The triggers of migration 0017 fill `mention_voices` as the
rows go in, so the insert rate printed includes their cost. Then it times in-process, without HTTP, what
the dashboard's panel computes (30 daily buckets, both charts and the table) and the weekly report's
figures, and checks that the panel counted every voice.

With `--database-url` the data lives in the schema `bench_share_of_voice`, dropped and rebuilt; nothing
else in that database is touched.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import func, insert, select  # noqa: E402

from brandwatch.config import Settings  # noqa: E402
from brandwatch.reports.share_of_voice import share_of_voice  # noqa: E402
from brandwatch.store.db import make_engine, session_factory, upgrade  # noqa: E402
from brandwatch.store.models import Mention, MentionVoice  # noqa: E402
from brandwatch.web.share_of_voice import share_of_voice_panel  # noqa: E402

PG_SCHEMA = "bench_share_of_voice"
CHUNK = 20_000
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
SETTINGS = Settings.model_validate({"brands": [{"name": "Acme"}],
                                    "competitors": [{"name": "Globex"}, {"name": "Initech"}, {"name": "Hooli"}]})
NAMES = [("Acme", False)] * 3 + [("Globex", True)] * 1 + [("Initech", True)] * 1 + [("Hooli", True)]


def _row(rng: random.Random, number: int) -> dict:
    named = {rng.choice(NAMES)}
    if rng.random() < 0.2:
        named.add(rng.choice(NAMES))
    label = rng.choice(("negative", "neutral", "neutral", "positive"))
    voices = [{"name": name, "competitor": competitor, "complaint": rng.random() < 0.12, "topic": None,
               "sentiment": label} for name, competitor in sorted(named)]
    analysis = {"voices": voices, "brand": next((n for n, c in sorted(named) if not c), None)}
    if all(competitor for _, competitor in named):
        analysis["competitor_only"] = True
    else:
        analysis["sentiment"] = {"label": label, "score": 0.8}
    created = NOW - timedelta(seconds=rng.randrange(29 * 86400))  # within the panel's 30 days
    return {"platform": "x", "external_id": f"sov-{number}", "source": "bench", "text": "t", "status": "analysed",
            "created_at": created, "collected_at": created, "metrics": {}, "analysis": analysis}


def _engine(args):
    if not args.database_url:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        Path(args.db).unlink(missing_ok=True)
        return make_engine(f"sqlite:///{args.db}")
    admin = make_engine(args.database_url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{PG_SCHEMA}" CASCADE')
        connection.exec_driver_sql(f'CREATE SCHEMA "{PG_SCHEMA}"')
    admin.dispose()
    separator = "&" if "?" in args.database_url else "?"
    return make_engine(f"{args.database_url}{separator}options=-csearch_path%3D{PG_SCHEMA}")


def _timed(runs: int, work) -> tuple[float, float]:
    work()  # a first run warms the caches; it is not counted
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=150_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--db", default="bench/out/share_of_voice.db")
    parser.add_argument("--database-url")
    args = parser.parse_args()
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    engine = _engine(args)
    upgrade(engine)
    rng = random.Random(25)
    started = time.perf_counter()
    for first in range(0, args.mentions, CHUNK):
        with engine.begin() as connection:
            connection.execute(insert(Mention), [_row(rng, n) for n in range(first, min(first + CHUNK, args.mentions))])
    elapsed = time.perf_counter() - started
    factory = session_factory(engine)
    with factory() as session:
        voices = session.scalar(select(func.count()).select_from(MentionVoice))
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE mention_voices")
    print(f"stored {args.mentions:,} mentions with {voices:,} voices in {elapsed:.1f} s "
          f"({args.mentions / elapsed:,.0f} mentions/s, triggers included) on {engine.dialect.name}")

    def panel() -> dict:
        with factory() as session:
            return share_of_voice_panel(session, SETTINGS, NOW)

    def weekly() -> None:
        with factory() as session:
            share_of_voice(session, (NOW - timedelta(days=29)).date(), NOW.date(), "week")

    counted = sum(int(row[2]) for row in panel()["share_of_voice"]["rows"])
    if counted != voices:
        sys.exit(f"the panel counted {counted} voices, the table holds {voices}")
    for name, work in (("dashboard panel (30 days, daily)", panel), ("report figures (30 days, weekly)", weekly)):
        median, worst = _timed(args.runs, work)
        print(f"{name}: median {median:.0f} ms (max {worst:.0f} ms) over {args.runs} runs")
    engine.dispose()


if __name__ == "__main__":
    main()
