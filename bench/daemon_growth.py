"""Where a running daemon's memory goes: the daemon's jobs run cycle after cycle in this process.

Each cycle appends --posts-per-cycle generated posts to the replay file, then runs the jobs the
scheduler runs (collect, analyse, deliver, heartbeat, and the leader's SLA sweep and spike check).
After a warm-up, tracemalloc snapshots taken every --every cycles are diffed, so what the loop keeps
across cycles shows up by source line; RSS next to the traced Python heap says whether growth is
Python objects or native memory (SQLite's page cache, the allocator).

Usage: python bench/daemon_growth.py [--cycles 80] [--posts-per-cycle 400] [--top 12] [--no-trace]
Prints one JSON line per snapshot and, traced, the source lines whose retained memory grew most.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import json
import sys
import tempfile
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))
from bench.corpus import generate  # noqa: E402
from bench.daemon_soak import rss_mib, write_config  # noqa: E402


def sqlite_memory_mib() -> float:
    """SQLite's own allocations in this process (page caches, schema, statements), from its C API."""
    import _sqlite3

    used = ctypes.CDLL(_sqlite3.__file__).sqlite3_memory_used
    used.restype = ctypes.c_int64
    return used() / 2**20


def malloc_in_use_mib() -> tuple[float, float]:
    """glibc's heap: bytes handed out and bytes held free (fragmentation), from mallinfo2."""
    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in
                    ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
                     "fordblks", "keepcost")]

    libc = ctypes.CDLL(None)
    libc.mallinfo2.restype = MallInfo2
    info = libc.mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20, info.fordblks / 2**20


def rss_kinds_mib() -> dict[str, float]:
    """RSS split: anonymous memory (heaps) against file-backed pages (mapped files: SQLite's -shm, libraries)."""
    kinds = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("RssAnon:", "RssFile:", "RssShmem:")):
            kinds[line.split(":")[0]] = round(int(line.split()[1]) / 1024, 1)
    return kinds


def python_arenas() -> int | None:
    """obmalloc's arenas in use (1 MiB each on 3.10+): what the Python heap holds from the OS. Live bytes can
    stay flat while this grows, when a periodic peak leaves arenas pinned by a few surviving objects."""
    reader, writer = os.pipe()
    saved = os.dup(2)
    os.dup2(writer, 2)
    try:
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(writer)
    chunks = []
    while chunk := os.read(reader, 1 << 16):
        chunks.append(chunk)
    os.close(reader)
    for line in b"".join(chunks).decode().splitlines():
        if "arenas allocated current" in line:
            return int(line.split("=")[1].replace(",", ""))
    return None  # tracemalloc wraps the allocator and obmalloc then reports nothing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=80)
    parser.add_argument("--posts-per-cycle", type=int, default=400)
    parser.add_argument("--warmup", type=int, default=30,
                        help="cycles before tracing starts (the detectors' 8,192-text memos fill first)")
    parser.add_argument("--every", type=int, default=25, help="cycles between snapshots")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--no-trace", action="store_true", help="RSS only (tracemalloc slows the loop ~2x)")
    args = parser.parse_args()

    from brandwatch.config import load_settings
    from brandwatch.daemon.service import Daemon
    from brandwatch.store.db import make_engine, upgrade

    root = Path(tempfile.mkdtemp(prefix="bw-growth-"))
    posts_file = root / "posts.jsonl"
    posts_file.touch()
    settings = load_settings(write_config(root, posts_file, None))
    engine = make_engine(settings.database_url)
    upgrade(engine)
    daemon = Daemon(settings, engine)
    daemon._start()
    posts = generate(10_000_000, seed=11)
    fed = 0
    snapshot = None
    for cycle in range(1, args.cycles + 1):
        with posts_file.open("a", encoding="utf-8") as handle:
            for _ in range(args.posts_per_cycle):
                post = next(posts)
                post["id"] = f"growth-{fed}"
                post["created_at"] = datetime.now(timezone.utc).isoformat()
                handle.write(json.dumps(post) + "\n")
                fed += 1
        for name in daemon.collection.configured:
            daemon.collection.run(name)
        while daemon.analysis.drain().analysed:
            pass
        daemon.deliver()
        daemon.heartbeat()
        daemon.sla()
        daemon.spikes()
        if cycle == args.warmup and not args.no_trace:
            # Traced from here on: what the start-up built is not counted, what each cycle keeps is.
            tracemalloc.start(8)
        if cycle < args.warmup or (cycle - args.warmup) % args.every:
            continue
        gc.collect()
        traced = tracemalloc.get_traced_memory()[0] / 2**20 if tracemalloc.is_tracing() else float("nan")
        print(json.dumps({"cycle": cycle, "fed": fed, "rss_mib": round(rss_mib(os.getpid()), 1),
                          "python_heap_mib": round(traced, 1),
                          "sqlite_mib": round(sqlite_memory_mib(), 1),
                          "malloc_used_mib": round(malloc_in_use_mib()[0], 1),
                          "malloc_free_mib": round(malloc_in_use_mib()[1], 1),
                          "python_arenas": python_arenas(),
                          **rss_kinds_mib()}), flush=True)
        if args.no_trace:
            continue
        current = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
        if snapshot is not None:
            for stat in current.compare_to(snapshot, "traceback")[: args.top]:
                if stat.size_diff <= 0:
                    continue
                print(f"  +{stat.size_diff / 1024:.1f} KiB in {stat.count_diff:+d} blocks")
                for line in stat.traceback.format()[-8:]:
                    print("    " + line)
        snapshot = current
    daemon._finish()
    engine.dispose()


if __name__ == "__main__":
    main()
