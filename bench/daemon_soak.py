"""Soak: `brandwatch run` against a steady stream of posts, watching memory and backlog.

A feeder appends generated posts (bench/corpus.py: realistic lengths, scripts and findings) to the
replay source's file at --rate posts/s; the daemon collects, analyses and records findings as in
production. Every --sample seconds the daemon's RSS and the number of mentions waiting for analysis
are recorded. Acceptance: 30 minutes at 50 posts/s with steady RSS and no backlog growth.

Usage: python bench/daemon_soak.py --minutes 30 [--rate 50] [--database-url URL]
Prints one line per sample and a JSON summary (also written to bench/out/).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Python puts this script's folder first on sys.path, where bench/queue.py would shadow the standard
# library's `queue` (psycopg imports it); import bench modules as the `bench` package instead.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))
from bench.corpus import generate  # noqa: E402


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def workers_rss_mib(pid: int) -> float:
    """The daemon's child processes (its forked analysis workers) together."""
    children = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        children += task.read_text().split()
    total = 0.0
    for child in children:
        try:
            total += rss_mib(int(child))
        except (FileNotFoundError, ProcessLookupError):
            continue  # exited between the listing and the read
    return total


def write_config(root: Path, posts: Path, database_url: str | None) -> Path:
    config = {
        "brands": [{"name": "Acme", "aliases": ["Acme Corp"], "products": ["Acme Rocket", "Acme Cloud"]}],
        "confidential": {"code_names": ["Bluebird"], "internal_domains": ["corp.acme.example"]},
        "sources": [{"name": "soak", "type": "replay", "path": str(posts), "interval": "2s", "jitter": "0s",
                     "batch_size": 200}],
        "sentiment": {"backend": "vader"},
        "data_dir": str(root / "var"),
        "daemon": {"analysis_batch_size": 128, "analysis_interval": "1s", "heartbeat_interval": "5s"},
    }
    if database_url:
        config["database"] = {"url": database_url}
    path = root / "brandwatch.yaml"
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    return path


class Feeder(threading.Thread):
    """Appends posts at a steady rate, in small bursts, with fresh ids."""

    def __init__(self, path: Path, rate: float, stop: threading.Event):
        super().__init__(daemon=True)
        self.path, self.rate, self.stop = path, rate, stop
        self.fed = 0

    def run(self) -> None:
        posts = generate(10_000_000, seed=11)
        started = time.monotonic()
        with self.path.open("a", encoding="utf-8") as handle:
            while not self.stop.is_set():
                due = int((time.monotonic() - started) * self.rate)
                while self.fed < due:
                    post = next(posts)
                    post["id"] = f"soak-{self.fed}"
                    post["created_at"] = datetime.now(timezone.utc).isoformat()
                    handle.write(json.dumps(post) + "\n")
                    self.fed += 1
                handle.flush()
                self.stop.wait(0.2)


def counts(url: str) -> dict[str, int]:
    from sqlalchemy import func, select

    from brandwatch.store.db import make_engine, session_factory
    from brandwatch.store.models import Finding, Mention

    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            statuses = dict(session.execute(select(Mention.status, func.count()).group_by(Mention.status)).all())
            findings = session.scalar(select(func.count()).select_from(Finding))
    except Exception:  # noqa: BLE001 - the schema appears once the daemon has migrated it
        statuses, findings = {}, 0
    finally:
        engine.dispose()
    return {"pending": statuses.get("pending", 0), "analysed": statuses.get("analysed", 0),
            "failed": statuses.get("failed", 0), "findings": findings or 0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--rate", type=float, default=50, help="posts per second fed to the replay file")
    parser.add_argument("--sample", type=float, default=30, help="seconds between samples")
    parser.add_argument("--database-url", help="PostgreSQL URL (default: SQLite in a temp folder)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bw-soak-"))
    posts = root / "posts.jsonl"
    posts.touch()
    config = write_config(root, posts, args.database_url)
    url = args.database_url or f"sqlite:///{root / 'var' / 'brandwatch.db'}"
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    log = (root / "daemon.log").open("wb")
    daemon = subprocess.Popen([sys.executable, "-m", "brandwatch", "--config", str(config), "run"],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    stop = threading.Event()
    feeder = Feeder(posts, args.rate, stop)
    samples = []
    try:
        time.sleep(5)  # start-up: migrations, rules, sentiment backend
        feeder.start()
        started = time.monotonic()
        while time.monotonic() - started < args.minutes * 60:
            time.sleep(min(args.sample, max(0.0, args.minutes * 60 - (time.monotonic() - started))))
            if daemon.poll() is not None:
                raise SystemExit(f"the daemon exited with {daemon.returncode}; see {root / 'daemon.log'}")
            figures = counts(url)
            # End to end: fed to the file but not analysed yet (uncollected lines plus pending mentions).
            waiting = feeder.fed - figures["analysed"] - figures["failed"]
            sample = {"t_s": round(time.monotonic() - started), "fed": feeder.fed, "waiting": waiting,
                      "rss_mib": round(rss_mib(daemon.pid), 1),
                      "workers_rss_mib": round(workers_rss_mib(daemon.pid), 1), **figures}
            samples.append(sample)
            print(json.dumps(sample), flush=True)
    finally:
        stop.set()
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(timeout=30)
    backlogs = [s["waiting"] for s in samples]
    half = len(backlogs) // 2
    summary = {
        "minutes": args.minutes, "rate_per_s": args.rate, "database": "postgresql" if args.database_url else "sqlite",
        "fed": feeder.fed, "analysed": samples[-1]["analysed"] if samples else 0,
        "findings": samples[-1]["findings"] if samples else 0,
        "rss_mib_first_sample": samples[0]["rss_mib"] if samples else None,
        "rss_mib_last_sample": samples[-1]["rss_mib"] if samples else None,
        "workers_rss_mib_first_sample": samples[0]["workers_rss_mib"] if samples else None,
        "workers_rss_mib_last_sample": samples[-1]["workers_rss_mib"] if samples else None,
        "backlog_max": max(backlogs, default=0), "backlog_last": backlogs[-1] if backlogs else 0,
        "backlog_mean_first_half": round(sum(backlogs[:half]) / half, 1) if half else None,
        "backlog_mean_second_half": round(sum(backlogs[half:]) / (len(backlogs) - half), 1) if half else None,
        "sigterm_exit_code": code, "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "samples": samples,
    }
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"daemon_soak-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}.json"
    target.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "samples"}, indent=2))
    print(f"written to {target}; daemon log in {root / 'daemon.log'}")


if __name__ == "__main__":
    main()
