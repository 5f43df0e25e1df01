"""Throughput of `brandwatch scan` end to end (process start included), on the vader backend, side by
side with detect-secrets scanning the same posts in the same run.

Usage: python bench/scan_throughput.py [--posts 10000] [--runs 3] [--workers N] [--no-peer] [--before-src DIR]
Prints posts/s for the full CLI over a generated corpus (best and median of --runs whole processes),
the same for `detect-secrets scan` over a file of the same post texts one per line (runs interleaved
with brandwatch's, so both see the same machine load), their ratio, and the cold start of a one-post scan.
--before-src DIR (the src/ folder of another checkout, e.g. an export of main) times that code too, in
the same interleaved runs, for a before/after on one machine load. Each figure also comes as posts per
CPU-second (user + system of the process and its workers), which other load on a shared machine
stretches far less than wall time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.corpus import generate  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


# CPU seconds (user + system) of a finished process and the workers it waited for: on a shared machine
# the fairer figure, since other processes' load stretches wall time but not this.
CPU: dict[str, list[float]] = {}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(label: str, command: list[str], **kwargs) -> float:
    cpu, started = _children_cpu(), time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **kwargs)
    CPU.setdefault(label, []).append(_children_cpu() - cpu)
    return time.perf_counter() - started


def run_scan(posts_file: Path, config: Path, workers: int | None = None, src: Path = REPO / "src",
             label: str = "brandwatch") -> float:
    env = dict(os.environ, PYTHONPATH=str(src))
    extra = ["--workers", str(workers)] if workers else []
    with posts_file.open() as stdin:
        return timed(label, [sys.executable, "-m", "brandwatch", "--config", str(config), "scan", *extra],
                     stdin=stdin, env=env, cwd=REPO)


def run_detect_secrets(texts_file: Path) -> float:
    """The whole `detect-secrets scan FILE` process, default plugins and filters."""
    return timed("detect-secrets", [sys.executable, "-m", "detect_secrets", "scan", texts_file.name],
                 cwd=texts_file.parent)


def rate(count: int, seconds: list[float], label: str) -> str:
    cpu = statistics.median(CPU[label])
    return (f"best {min(seconds):.2f} s = {count / min(seconds):,.0f} posts/s, "
            f"median {statistics.median(seconds):.2f} s = {count / statistics.median(seconds):,.0f} posts/s; "
            f"median CPU {cpu:.2f} s = {count / cpu:,.0f} posts per CPU-second")


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
                before_times.append(run_scan(posts, config, args.workers, args.before_src.resolve(), "before"))
        cold = [run_scan(one, config, label="cold") for _ in range(args.runs)]
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
    workers = args.workers or "default"
    print(f"brandwatch scan of {args.posts} posts (vader, {workers} workers, full CLI incl. start-up): "
          f"{rate(args.posts, times, 'brandwatch')} over {args.runs} runs")
    if before_times:
        print(f"the same scan with {args.before_src}: {rate(args.posts, before_times, 'before')} over {args.runs} runs; "
              f"this checkout is {statistics.median(before_times) / statistics.median(times):.2f}x as fast "
              f"(median wall), {statistics.median(CPU['before']) / statistics.median(CPU['brandwatch']):.2f}x "
              f"(median CPU)")
    if peer:
        print(f"detect-secrets scan of the same {args.posts} post texts (whole process): "
              f"{rate(args.posts, peer_times, 'detect-secrets')} over {args.runs} runs")
        print(f"brandwatch / detect-secrets: {statistics.median(peer_times) / statistics.median(times):.2f}x "
              f"(median wall), {statistics.median(CPU['detect-secrets']) / statistics.median(CPU['brandwatch']):.2f}x "
              f"(median CPU; brandwatch with {args.workers or 'the default'} workers, detect-secrets in one process)")
    else:
        print("detect-secrets: not installed or --no-peer, skipped")
    print(f"cold scan of one post (vader): best {min(cold):.2f} s, median {statistics.median(cold):.2f} s")


if __name__ == "__main__":
    main()
