"""CPU time of the scan's analysis alone (parse → sentiment → rules → detectors → masked JSON line), in
one process, start-up excluded, and the cumulative time of its main stages under cProfile.

Usage: PYTHONPATH=src python bench/analysis_cpu.py [--posts 5000]
Run it in two checkouts one after the other for a before/after: CPU seconds (`time.process_time`)
move far less than wall time when other processes share the cores.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import secrets
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))
from bench.corpus import generate  # noqa: E402
from bench.pipeline_profile import bench_config  # noqa: E402

STAGES = {"analyse_batch": "scan_runner.py", "read_cues": "linguistic.py", "judge": "complaints.py",
          "analyze": "vader.py", "ties": "insiders.py", "safe_contract": "secrecy.py", "match": "matcher.py",
          "detect_many": "language.py", "_score": "vader.py", "parse_line": "scan_io.py"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=5000)
    args = parser.parse_args()
    from brandwatch.config import load_settings
    from brandwatch.detectors.pipeline import Analyzer
    from brandwatch.rosters import load_roster
    from brandwatch.rules import load_rules
    from brandwatch.scan_runner import analyse_batch
    from brandwatch.sentiment.select import open_backend

    settings = load_settings(bench_config(Path(tempfile.mkdtemp())))
    analyzer = Analyzer(settings, open_backend(settings)[0],
                        load_roster(settings.rosters.employees, settings.rosters.partners),
                        load_rules(None, settings), fingerprint_key=secrets.token_bytes(32))
    # Three corpora: the scan remembers language and sentiment per text, so neither the warm-up nor
    # the timed pass may be the posts the profile reads.
    warm_up, batches, profiled = (_batches(count, seed) for count, seed in ((256, 8), (args.posts, 7), (args.posts, 9)))
    analyse_batch(analyzer, warm_up[0])
    cpu = time.process_time()
    for batch in batches:
        analyse_batch(analyzer, batch)
    cpu = time.process_time() - cpu
    print(f"analysis of {args.posts:,} posts, one process, no profiler: {cpu:.2f} CPU-s = "
          f"{args.posts / cpu:,.0f} posts per CPU-second")
    profiler = cProfile.Profile()
    profiler.enable()
    for batch in profiled:
        analyse_batch(analyzer, batch)
    profiler.disable()
    print("cumulative time per stage under cProfile:")
    for (file, _line, function), (_cc, calls, _own, cumulative, _callers) in pstats.Stats(profiler).stats.items():
        if STAGES.get(function) and file.endswith(STAGES[function]):
            print(f"  {function:14s} {Path(file).name:15s} {calls:7d} calls {cumulative:7.2f} s")


def _batches(count: int, seed: int) -> list[list[tuple[int, str]]]:
    lines = [json.dumps(p) for p in generate(count, seed=seed)]
    return [list(enumerate(lines[i:i + 256], start=i + 1)) for i in range(0, len(lines), 256)]


if __name__ == "__main__":
    main()
