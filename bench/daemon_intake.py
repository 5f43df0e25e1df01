"""Replay → findings: how many mentions per second `brandwatch run --once` takes from a replay file to
analysed mentions with their findings, audit events and notifications stored.

    python bench/daemon_intake.py [--posts 50000] [--database-url URL] [--instances 2]
                                  [--before-src DIR] [--profile N]

SQLite (default, a fresh file): one `run --once` process over --posts generated posts (bench/corpus.py),
timed whole (start-up, collection, analysis, intake). PostgreSQL (--database-url, a database this
script may empty): `collect --once` stores the posts first (timed on its own), then --instances
`run --once` processes analyse them side by side, as several daemons on one database do; the
analysis figure is the posts over the wall time until the last of them exits. Every run checks that
each mention was analysed once and that no (mention, rule) has two findings.

--before-src DIR times another checkout's src/ on the same posts right after, for a before/after on
one machine load. --profile N runs `run --once` over the first N posts under cProfile (SQLite) and
prints the largest cumulative entries. Figures come with CPU seconds (user + system of the child
processes), which other load on a shared machine stretches less than wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# This script's folder first on sys.path would let bench modules shadow the standard library's.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(REPO))
from bench.corpus import generate  # noqa: E402


def write_inputs(root: Path, posts: int, database_url: str | None, workers: int | None = None) -> Path:
    replay = root / "posts.jsonl"
    with replay.open("w", encoding="utf-8") as handle:
        for post in generate(posts, seed=13):
            handle.write(json.dumps(post, ensure_ascii=False) + "\n")
    config = {
        "brands": [{"name": "Acme", "aliases": ["Acme Corp"], "products": ["Acme Rocket", "Acme Cloud"]}],
        "confidential": {"code_names": ["Bluebird"], "internal_domains": ["corp.acme.example"]},
        "sources": [{"name": "bench", "type": "replay", "path": str(replay), "batch_size": 500}],
        "sentiment": {"backend": "vader"},
        "data_dir": str(root / "var"),
        "daemon": {"analysis_batch_size": 256},
    }
    if workers is not None:
        config["daemon"]["analysis_workers"] = workers
    if database_url:
        config["database"] = {"url": database_url}
    path = root / "brandwatch.yaml"
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    return path


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def brandwatch(config: Path, src: Path, *args: str, prefix: tuple[str, ...] = ("-m", "brandwatch")
               ) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(src))
    return subprocess.Popen([sys.executable, *prefix, "--config", str(config), *args], env=env, cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_all(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        _, err = process.communicate()
        if process.returncode != 0:
            raise SystemExit(f"brandwatch exited {process.returncode}:\n{err.decode(errors='replace')[-3000:]}")


def timed(config: Path, src: Path, commands: list[tuple[str, ...]]) -> tuple[float, float]:
    cpu, started = _children_cpu(), time.perf_counter()
    wait_all([brandwatch(config, src, *command) for command in commands])
    return time.perf_counter() - started, _children_cpu() - cpu


def reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def check(url: str, posts: int) -> dict[str, int]:
    """Every post analysed exactly once; no (mention, rule) recorded twice."""
    from sqlalchemy import create_engine, func, select

    sys.path.insert(0, str(REPO / "src"))
    from brandwatch.store.models import Finding, Mention

    engine = create_engine(url)
    with engine.connect() as connection:
        statuses = dict(connection.execute(select(Mention.status, func.count()).group_by(Mention.status)).all())
        findings = connection.scalar(select(func.count()).select_from(Finding))
        pairs = connection.scalar(select(func.count()).select_from(
            select(Finding.mention_id, Finding.rule_id).distinct().subquery()))
    engine.dispose()
    if statuses.get("analysed", 0) != posts or findings != pairs:
        raise SystemExit(f"wrong result: {statuses}, {findings} findings over {pairs} (mention, rule) pairs")
    return {"analysed": statuses["analysed"], "findings": findings}


def measure(posts: int, src: Path, database_url: str | None, instances: int, workers: int | None = None) -> dict:
    root = Path(tempfile.mkdtemp(prefix="bw-intake-"))
    config = write_inputs(root, posts, database_url, workers)
    if database_url is None:
        url = f"sqlite:///{root / 'var' / 'brandwatch.db'}"
        wall, cpu = timed(config, src, [("run", "--once")])
        result = {"database": "sqlite", "instances": 1, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}
    else:
        url = database_url
        reset_postgres(url)
        timed(config, src, [("db", "upgrade")])
        collect_wall, collect_cpu = timed(config, src, [("collect", "--once")])
        wall, cpu = timed(config, src, [("run", "--once")] * instances)
        result = {"database": "postgresql", "instances": instances, "collect_wall_s": round(collect_wall, 2),
                  "collect_posts_per_s": round(posts / collect_wall), "wall_s": round(wall, 2),
                  "cpu_s": round(cpu, 2)}
    result.update(check(url, posts), posts=posts, mentions_per_s=round(posts / wall),
                  mentions_per_cpu_s=round(posts / cpu), src=str(src))
    return result


def profile(posts: int, src: Path, top: int = 30) -> None:
    root = Path(tempfile.mkdtemp(prefix="bw-intake-profile-"))
    config = write_inputs(root, posts, None)
    out = root / "run.prof"
    wait_all([brandwatch(config, src, "run", "--once", prefix=("-m", "cProfile", "-o", str(out), "-m", "brandwatch"))])
    stats = pstats.Stats(str(out))
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--database-url", default=None, help="PostgreSQL URL (its public schema is emptied)")
    parser.add_argument("--instances", type=int, default=2, help="run --once processes on PostgreSQL")
    parser.add_argument("--before-src", type=Path, default=None, help="another checkout's src/ to time too")
    parser.add_argument("--analysis-workers", type=lambda v: v if v == "auto" else int(v), default=None, metavar="N",
                        help="daemon.analysis_workers for the 'after' run (default: the daemon's own choice)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile run --once over N posts")
    args = parser.parse_args()
    if args.profile:
        profile(args.profile, REPO / "src")
        return
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}", flush=True)
    sources = [("after", REPO / "src")] + ([("before", args.before_src.resolve())] if args.before_src else [])
    for label, src in sources:
        workers = args.analysis_workers if label == "after" else None
        result = measure(args.posts, src, args.database_url, args.instances, workers)
        print(f"{label}: {json.dumps(result)}", flush=True)
        print(f"{label}: {result['posts']} posts, {result['database']} x{result['instances']}: "
              f"{result['mentions_per_s']:,} mentions/s ({result['mentions_per_cpu_s']:,} per CPU-second), "
              f"{result['findings']:,} findings", flush=True)


if __name__ == "__main__":
    main()
