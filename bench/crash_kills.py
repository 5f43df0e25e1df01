"""Crash bench: SIGKILL `brandwatch run` at random moments, then check nothing was lost or duplicated.

Posts (every third leaks an AWS-shaped key) go to a replay source; leak findings are routed to a
webhook served by this script, which records each delivery's Idempotency-Key. The daemon is started
and SIGKILLed --kills times after a random 0.3-3 s (start-up, collection, analysis and delivery all get
hit), then one last daemon runs until every post is analysed and every notification delivered.
Checks: every post is exactly one mention, every (mention, rule) finding exists once, every secret post
has its leak finding, and the webhook duplicate rate (deliveries beyond one per idempotency key: the
at-least-once guarantee's cost).

Usage: python bench/crash_kills.py [--kills 100] [--posts 300] [--database-url postgresql+psycopg://...]
(a PostgreSQL URL gets a fresh schema, dropped afterwards). Prints a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(REPO / "src"))

KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def make_posts(count: int, rng: random.Random) -> tuple[list[dict], int]:
    posts, secrets, now = [], 0, datetime.now(timezone.utc)
    for number in range(count):
        if number % 3 == 0:
            secrets += 1
            key = "AKIA" + "".join(rng.choice(KEY_ALPHABET) for _ in range(16))
            text = f"pushing the Acme Cloud build {number}, env has {key} oops"
        else:
            text = f"Acme Rocket post {number}: arrived and works"
        posts.append({"id": f"p{number}", "text": text, "author": f"user{number % 23}", "platform": "x",
                      "created_at": (now - timedelta(minutes=count - number)).isoformat()})
    return posts, secrets


class Receiver(BaseHTTPRequestHandler):
    keys: list[str] = []

    def do_POST(self):  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        Receiver.keys.append(self.headers.get("Idempotency-Key") or "")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def wait_started(path: Path, offset: int, daemon: subprocess.Popen, bound: float = 120) -> bool:
    deadline = time.monotonic() + bound
    while time.monotonic() < deadline and daemon.poll() is None:
        with path.open("rb") as handle:
            handle.seek(offset)
            if b"brandwatch daemon started" in handle.read():
                return True
        time.sleep(0.1)
    return False


def fresh_schema(base: str) -> tuple[str, callable]:
    from sqlalchemy import create_engine, text

    schema, admin = f"bench_{uuid.uuid4().hex[:10]}", create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop():
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}", drop


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--database-url")
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    drop = lambda: None  # noqa: E731
    url = args.database_url
    if url:
        url, drop = fresh_schema(url)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        posts, secrets = make_posts(args.posts, rng)
        (root / "posts.jsonl").write_text("".join(json.dumps(p) + "\n" for p in posts), encoding="utf-8")
        config = {
            "brands": [{"name": "Acme", "products": ["Acme Rocket", "Acme Cloud"]}],
            "sources": [{"name": "replay", "type": "replay", "path": str(root / "posts.jsonl"), "interval": "1s",
                         "jitter": "0s", "batch_size": 10, "rate_per_second": 40}],
            "sentiment": {"backend": "vader"}, "data_dir": str(root / "var"),
            "channels": [{"name": "hook", "type": "webhook", "url": f"http://127.0.0.1:{server.server_port}/h",
                          "secret_env": "BENCH_HOOK_SECRET"}],
            "routing": [{"match": {"category": "leak"}, "team": "security", "channels": ["hook"]}],
            "daemon": {"analysis_batch_size": 8, "analysis_interval": "0.3s", "outbox_interval": "0.5s",
                       "heartbeat_interval": "0.5s", "stale_after": "5s"},
        }
        if url:
            config["database"] = {"url": url}
        (root / "brandwatch.yaml").write_text(json.dumps(config), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "BRANDWATCH_FINGERPRINT_KEY": "bench-key-0123456789",
               "BENCH_HOOK_SECRET": "bench-hook-secret-0123456789"}
        command = [sys.executable, "-m", "brandwatch", "--config", str(root / "brandwatch.yaml"), "run", "--no-console"]
        log = (root / "daemon.log").open("ab")
        started = time.monotonic()
        kills_in_startup = 0
        for round_number in range(args.kills):
            log.flush()
            mark = (root / "daemon.log").stat().st_size
            daemon = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
            # A bench: random moments on purpose (tests use injected points). One round in three is killed
            # during start-up (migrations, model loading); the others a random time after it started
            # working, so that on a slow machine kills still land in collection, analysis and delivery.
            if round_number % 3 and wait_started(root / "daemon.log", mark, daemon):
                time.sleep(rng.uniform(0.0, 3.0))
            else:
                kills_in_startup += 1
                time.sleep(rng.uniform(0.3, 3.0))
            daemon.send_signal(signal.SIGKILL)
            daemon.wait()
        from sqlalchemy import func, select

        from brandwatch.store.db import make_engine, session_factory
        from brandwatch.store.models import Finding, Mention, OutboxMessage

        engine = make_engine(url or f"sqlite:///{root / 'var' / 'brandwatch.db'}")
        factory = session_factory(engine)

        def counts():
            from sqlalchemy.exc import OperationalError, ProgrammingError

            try:
                return _counts()
            except (OperationalError, ProgrammingError):  # every kill landed before the first start finished
                return 0, -1

        def _counts():
            with factory() as session:
                analysed = session.scalar(select(func.count()).select_from(Mention).where(Mention.status == "analysed"))
                pending = session.scalar(select(func.count()).select_from(OutboxMessage)
                                         .where(OutboxMessage.status == "pending"))
            return analysed, pending

        after_kills = counts()
        finisher = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and counts() != (args.posts, 0):
            time.sleep(1)
        finisher.send_signal(signal.SIGTERM)
        finisher.wait(timeout=30)
        with factory() as session:
            ids = list(session.scalars(select(Mention.external_id)))
            keys = list(session.execute(select(Finding.mention_id, Finding.rule_id)).all())
            leaks = session.scalar(select(func.count(func.distinct(Finding.mention_id))).where(Finding.category == "leak"))
            failed = session.scalar(select(func.count()).select_from(Mention).where(Mention.status == "failed"))
        engine.dispose()
        delivered = list(Receiver.keys)
        summary = {
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": platform.platform(),
            "database": "postgresql" if url else "sqlite", "kills": args.kills, "posts": args.posts,
            "analysed_after_kills": after_kills[0], "mentions": len(ids), "lost": args.posts - len(set(ids)),
            "duplicated_mentions": len(ids) - len(set(ids)), "duplicated_findings": len(keys) - len(set(keys)),
            "secret_posts": secrets, "secret_posts_with_leak_finding": leaks, "failed_mentions": failed,
            "webhook_deliveries": len(delivered), "distinct_idempotency_keys": len(set(delivered)),
            "duplicate_rate": round((len(delivered) - len(set(delivered))) / max(len(set(delivered)), 1), 4),
            "kills_timed_from_spawn": kills_in_startup, "seconds": round(time.monotonic() - started, 1),
        }
    drop()
    server.shutdown()
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
