"""Profile the full `brandwatch scan` path (parse → sentiment → rules → detectors → JSON) in-process.

Usage: python bench/pipeline_profile.py [--posts 100000] [--profile-posts 20000] [--top 25]
Times the scan of --posts generated posts on the vader backend with the example config, then profiles
a --profile-posts slice with cProfile and prints where the time goes (own time per function).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import platform
import pstats
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))
from bench.corpus import generate  # noqa: E402


def bench_config(directory: Path) -> Path:
    text = (REPO / "config" / "brandwatch.yaml").read_text().replace("backend: auto", "backend: vader")
    text = text.replace("employees: employees.csv", f"employees: {REPO / 'config/employees.csv'}")
    text = text.replace("partners: partners.csv", f"partners: {REPO / 'config/partners.csv'}")
    path = directory / "bench.yaml"
    path.write_text(text)
    return path


def scan_in_process(posts: Path, config: Path, workers: int | None = None) -> None:
    from brandwatch.cli import main

    with posts.open(encoding="utf-8") as stdin, open(os.devnull, "w") as sink, \
            contextlib.redirect_stdout(sink):
        saved = sys.stdin
        sys.stdin = stdin
        try:
            extra = ["--workers", str(workers)] if workers else []
            main(["--config", str(config), "scan", *extra], standalone_mode=False)
        finally:
            sys.stdin = saved


def write_posts(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for post in generate(count, seed=7):
            out.write(json.dumps(post, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--profile-posts", type=int, default=20_000)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        config = bench_config(tmp_dir)
        full, part = tmp_dir / "posts.jsonl", tmp_dir / "part.jsonl"
        write_posts(full, args.posts)
        write_posts(part, args.profile_posts)
        scan_in_process(part, config)  # warm-up: imports, rule compilation, lexicon load
        timings = {}
        for workers in (1, None):
            started = time.perf_counter()
            scan_in_process(full, config, workers)
            timings[workers] = time.perf_counter() - started
        profiler = cProfile.Profile()
        profiler.enable()
        scan_in_process(part, config, workers=1)  # in-process, so the profile sees the pipeline itself
        profiler.disable()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for workers, seconds in timings.items():
        label = "1 process" if workers == 1 else "default workers (one per core)"
        print(f"scan of {args.posts:,} posts (vader, {label}): {seconds:.2f} s = {args.posts / seconds:,.0f} posts/s")
    report = io.StringIO()
    stats = pstats.Stats(profiler, stream=report).strip_dirs().sort_stats("tottime")
    stats.print_stats(args.top)
    print(f"\nprofile of {args.profile_posts:,} posts, top {args.top} functions by own time:")
    print("\n".join(line for line in report.getvalue().splitlines() if line.strip())[:6000])


if __name__ == "__main__":
    main()
