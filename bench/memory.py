"""Peak resident memory (RSS) of `brandwatch scan` and of the daemon with each sentiment backend.

Usage: python bench/memory.py [--posts 2000] [--model DIR]
Each scan runs as its own process; its peak RSS comes from the kernel's accounting (wait4 rusage).
The daemon is measured over `brandwatch run --once` (collect the posts from a replay file, analyse
them all, record findings) on a fresh SQLite database.
The transformers rows use a locally built base-sized model (random weights, real size).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))
from bench.corpus import generate  # noqa: E402


def peak_rss_mb(command: list[str], stdin_path: Path, env: dict[str, str]) -> float:
    with stdin_path.open() as stdin:
        process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, env=env, cwd=REPO)
        _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"command failed: {' '.join(command)}")
    return usage.ru_maxrss / 1024  # Linux reports kilobytes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--model", type=Path, default=None,
                        help="a transformers classifier to load instead of building the base-sized one "
                             "(the smoke test passes a tiny model)")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        posts = tmp_dir / "posts.jsonl"
        posts.write_text("".join(json.dumps(p) + "\n" for p in generate(args.posts)), encoding="utf-8")
        # Built in a child: a forked child's peak RSS starts at its parent's, so the parent must stay
        # small (it never imports torch) for the figures below to be the measured command's own.
        model, size = (args.model.resolve(), "given model") if args.model else (tmp_dir / "base", "base-sized")
        if args.model is None:
            build = ("import sys, pathlib, bench.sentiment_throughput as t; "
                     "t.build_base_sized_model(pathlib.Path(sys.argv[1]))")
            subprocess.run([sys.executable, "-c", build, str(model)], check=True, capture_output=True,
                           env=dict(env, PYTHONPATH=f"{REPO}{os.pathsep}{REPO / 'src'}"), cwd=REPO)
        variants = {
            "vader": "sentiment: {backend: vader}\n",
            f"transformers, torch float32 ({size})": f"sentiment: {{backend: transformers, model: '{model}'}}\n",
            f"transformers, onnxruntime int8 ({size})":
                f"sentiment: {{backend: transformers, model: '{model}', runtime: onnx, quantize: int8}}\n"
                f"data_dir: '{tmp_dir / 'var'}'\n",
        }
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        for name, config_text in variants.items():
            config = tmp_dir / "c.yaml"
            config.write_text(config_text)
            command = [sys.executable, "-m", "brandwatch", "--config", str(config), "scan"]
            if "onnx" in name:
                peak_rss_mb(command, posts, env)  # first run exports the model; measure the steady state
            print(f"peak RSS, scan of {args.posts} posts, {name}: {peak_rss_mb(command, posts, env):,.0f} MB")
            daemon_dir = tmp_dir / f"daemon-{len(name)}"
            daemon_config = tmp_dir / "d.yaml"
            # Same data_dir as the scan (so a cached ONNX export is reused), a database of its own.
            daemon_config.write_text(config_text.replace(f"data_dir: '{tmp_dir / 'var'}'\n", "")
                                     + f"data_dir: '{tmp_dir / 'var'}'\n"
                                     + f"database: {{url: 'sqlite:///{daemon_dir}.db'}}\n"
                                     + f"sources: [{{name: bench, type: replay, path: '{posts}'}}]\n")
            daemon = [sys.executable, "-m", "brandwatch", "--config", str(daemon_config), "run", "--once"]
            print(f"peak RSS, daemon run --once over {args.posts} posts, {name}: "
                  f"{peak_rss_mb(daemon, posts, env):,.0f} MB")


if __name__ == "__main__":
    main()
