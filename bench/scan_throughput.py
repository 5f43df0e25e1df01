"""Throughput of `brandwatch scan` end to end (process start included), on the vader backend.

Usage: python bench/scan_throughput.py [--posts 10000] [--runs 3]
Prints posts/s for the full CLI over a generated corpus, and the cold start of a one-post scan.
"""

from __future__ import annotations

import argparse
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


def run_scan(posts_file: Path, config: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    started = time.perf_counter()
    with posts_file.open() as stdin:
        subprocess.run([sys.executable, "-m", "brandwatch", "--config", str(config), "scan"], stdin=stdin,
                       stdout=subprocess.DEVNULL, check=True, env=env, cwd=REPO)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        posts = tmp_dir / "posts.jsonl"
        posts.write_text("".join(json.dumps(p) + "\n" for p in generate(args.posts)), encoding="utf-8")
        one = tmp_dir / "one.jsonl"
        one.write_text(json.dumps({"id": "1", "text": "@acme my order is 3 weeks late"}) + "\n")
        config = tmp_dir / "bench.yaml"
        # The example config's brand and rosters, with the vader backend forced.
        example = (REPO / "config" / "brandwatch.yaml").read_text()
        config.write_text(example.replace("backend: auto", "backend: vader")
                          .replace("employees: employees.csv", f"employees: {REPO / 'config/employees.csv'}")
                          .replace("partners: partners.csv", f"partners: {REPO / 'config/partners.csv'}"))
        times = [run_scan(posts, config) for _ in range(args.runs)]
        cold = [run_scan(one, config) for _ in range(args.runs)]
    best = min(times)
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"scan of {args.posts} posts (vader, full CLI incl. start-up): best {best:.2f} s "
          f"= {args.posts / best:,.0f} posts/s (median {statistics.median(times):.2f} s over {args.runs} runs)")
    print(f"cold scan of one post (vader): best {min(cold):.2f} s, median {statistics.median(cold):.2f} s")


if __name__ == "__main__":
    main()
