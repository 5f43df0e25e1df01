"""Throughput of `brandwatch scan` end to end (process start included), on the vader backend, side by
side with detect-secrets scanning the same posts in the same run.

Usage: python bench/scan_throughput.py [--posts 10000] [--runs 3] [--workers N] [--no-peer] [--before-src DIR]
Prints posts/s for the full CLI over a generated corpus (best and median of --runs whole processes),
the same for `detect-secrets scan` over a file of the same post texts one per line (runs interleaved
with brandwatch's, so both see the same machine load), their ratio, and the cold start of a one-post scan.
--before-src DIR (the src/ folder of another checkout, e.g. an export of main) times that code too, in
the same interleaved runs, for a before/after on one machine load.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.corpus import generate  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def run_scan(posts_file: Path, config: Path, workers: int | None = None, src: Path = REPO / "src") -> float:
    env = dict(os.environ, PYTHONPATH=str(src))
    extra = ["--workers", str(workers)] if workers else []
    started = time.perf_counter()
    with posts_file.open() as stdin:
        subprocess.run([sys.executable, "-m", "brandwatch", "--config", str(config), "scan", *extra], stdin=stdin,
                       stdout=subprocess.DEVNULL, check=True, env=env, cwd=REPO)
    return time.perf_counter() - started


def run_detect_secrets(texts_file: Path) -> float:
    """The whole `detect-secrets scan FILE` process, default plugins and filters."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "detect_secrets", "scan", texts_file.name], stdout=subprocess.DEVNULL,
                   check=True, cwd=texts_file.parent)
    return time.perf_counter() - started


def rate(count: int, seconds: list[float]) -> str:
    return (f"best {min(seconds):.2f} s = {count / min(seconds):,.0f} posts/s, "
            f"median {statistics.median(seconds):.2f} s = {count / statistics.median(seconds):,.0f} posts/s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None, help="scan --workers (default: scan's own)")
    parser.add_argument("--no-peer", action="store_true", help="skip detect-secrets")
    parser.add_argument("--before-src", type=Path, default=None, help="another checkout's src/ to time alongside")
    args = parser.parse_args()
    peer = not args.no_peer and importlib.util.find_spec("detect_secrets") is not None
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        generated = list(generate(args.posts))
        posts = tmp_dir / "posts.jsonl"
        posts.write_text("".join(json.dumps(p) + "\n" for p in generated), encoding="utf-8")
        texts = tmp_dir / "posts.txt"  # detect-secrets reads lines: one post per line, newlines folded
        texts.write_text("".join(" ".join(p["text"].splitlines()) + "\n" for p in generated), encoding="utf-8")
        one = tmp_dir / "one.jsonl"
        one.write_text(json.dumps({"id": "1", "text": "@acme my order is 3 weeks late"}) + "\n")
        config = tmp_dir / "bench.yaml"
        # The example config's brand and rosters, with the vader backend forced.
        example = (REPO / "config" / "brandwatch.yaml").read_text()
        config.write_text(example.replace("backend: auto", "backend: vader")
                          .replace("employees: employees.csv", f"employees: {REPO / 'config/employees.csv'}")
                          .replace("partners: partners.csv", f"partners: {REPO / 'config/partners.csv'}"))
        times, peer_times, before_times = [], [], []
        for _ in range(args.runs):  # interleaved: a burst of load from other processes hits all alike
            times.append(run_scan(posts, config, args.workers))
            if peer:
                peer_times.append(run_detect_secrets(texts))
            if args.before_src:
                before_times.append(run_scan(posts, config, args.workers, args.before_src.resolve()))
        cold = [run_scan(one, config) for _ in range(args.runs)]
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
    workers = args.workers or "default"
    print(f"brandwatch scan of {args.posts} posts (vader, {workers} workers, full CLI incl. start-up): "
          f"{rate(args.posts, times)} over {args.runs} runs")
    if before_times:
        print(f"the same scan with {args.before_src}: {rate(args.posts, before_times)} over {args.runs} runs; "
              f"this checkout is {statistics.median(before_times) / statistics.median(times):.2f}x as fast (medians)")
    if peer:
        print(f"detect-secrets scan of the same {args.posts} post texts (whole process): "
              f"{rate(args.posts, peer_times)} over {args.runs} runs")
        print(f"brandwatch / detect-secrets (medians): {statistics.median(peer_times) / statistics.median(times):.1f}x")
    else:
        print("detect-secrets: not installed or --no-peer, skipped")
    print(f"cold scan of one post (vader): best {min(cold):.2f} s, median {statistics.median(cold):.2f} s")


if __name__ == "__main__":
    main()
