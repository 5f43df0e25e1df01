"""Wall time of a one-post `brandwatch scan` in a fresh process (start-up included), median of N runs.

    PYTHONPATH=src python bench/cold_scan.py [--runs 5] [--cache-dir DIR]

Each run is a new interpreter, so it pays every import and model load a user's first command pays. The
caches under --cache-dir (rule trees, language model) are warmed by one untimed run first unless
--empty-cache is given, in which case every timed run starts from an empty cache folder.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POST = {"id": "1", "platform": "x", "author": "someone", "created_at": "2026-12-01T10:00:00Z",
        "text": "@acme my Rocket stopped charging again, third time this month"}


def run_once(post_file: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds user + system): on a shared machine the CPU figure is the steadier one."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "brandwatch", "scan", str(post_file)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--empty-cache", action="store_true")
    parser.add_argument("--src", type=Path, default=None, help="brandwatch source tree to time (PYTHONPATH)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bw-cold-"))
    post_file = work / "one.jsonl"
    post_file.write_text(json.dumps(POST) + "\n", encoding="utf-8")
    cache = args.cache_dir or work / "cache"
    env = dict(os.environ, BRANDWATCH_CACHE_DIR=str(cache))
    if args.src:
        env["PYTHONPATH"] = str(args.src.resolve())
    times = []
    if not args.empty_cache:
        run_once(post_file, env)
    for _ in range(args.runs):
        if args.empty_cache:
            shutil.rmtree(cache, ignore_errors=True)
        times.append(run_once(post_file, env))
    shutil.rmtree(work, ignore_errors=True)
    label = "empty cache" if args.empty_cache else "warm cache"
    walls, cpus = [w for w, _ in times], [c for _, c in times]
    print(f"cold one-post scan, {label}: wall median {statistics.median(walls):.2f} s best {min(walls):.2f} s; "
          f"CPU median {statistics.median(cpus):.2f} s best {min(cpus):.2f} s "
          f"(walls {', '.join(f'{t:.2f}' for t in walls)}); load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
