"""Throughput of the trained multi-task model through brandwatch, beside a plain transformers.pipeline.

    PYTHONPATH=src python bench/multitask_throughput.py --model var/models/sentiment [--posts 3000]
        [--threads 2] [--peer-src /path/to/other/checkout/src] [--skip-pipeline]

In one run, on the same texts (the complaint corpus and rated sentences, repeated to --posts):
1. brandwatch's `MultiTaskBackend` (onnxruntime, no torch) with the graph the model chose, and the
   other graph if present (float32 / int8);
2. `transformers.pipeline("text-classification")` over the same encoder (all-MiniLM-L6-v2 with a
   3-class head; the same compute per post as our model, weights aside), batch 32, max 64 tokens;
3. a cold one-post `brandwatch scan` with the trained model (process start included);
4. the default lexicon `scan` (VADER) of --posts posts here and, with --peer-src, with another
   checkout's code in alternating runs: the cost of this branch's additions to the default path.
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

REPO = Path(__file__).resolve().parents[1]


def texts(count: int) -> list[str]:
    from brandwatch.sentiment.complaint_corpus import read_posts
    from brandwatch.sentiment.training_data import load_corpora

    pool = [p.text for p in read_posts()] + [r.text for rows in load_corpora().values() for r in rows]
    pool = pool[::3]
    return (pool * (count // len(pool) + 1))[:count]


def rate(function, items) -> float:
    started = time.perf_counter()
    function(items)
    return len(items) / (time.perf_counter() - started)


def ours(model: Path, items: list[str], threads: int) -> None:
    from brandwatch.sentiment.multitask_runtime import MultiTaskBackend

    manifest = json.loads((model / "multitask.json").read_text())
    graphs = [manifest["graph"]] + [g for g in ("model.onnx", "model.int8.onnx")
                                    if g != manifest["graph"] and (model / g).is_file()]
    for graph in graphs:
        backend = MultiTaskBackend(model, threads=threads, graph=graph)
        backend.analyze(items[:64])  # warm-up
        runs = [rate(backend.analyze, items) for _ in range(2)]
        chosen = " (chosen)" if graph == manifest["graph"] else ""
        print(f"brandwatch MultiTaskBackend {graph}{chosen}: {max(runs):,.0f} posts/s (best of 2)")


def pipeline(items: list[str], threads: int) -> None:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline as hf_pipeline
    from transformers.utils import logging as hf_logging

    from brandwatch.sentiment.base_model import default_base

    hf_logging.set_verbosity_error()
    torch.set_num_threads(threads)
    base = default_base().path
    model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=3).eval()
    classify = hf_pipeline("text-classification", model=model, tokenizer=AutoTokenizer.from_pretrained(base),
                           device=-1, batch_size=32, truncation=True, max_length=64)
    classify(items[:64])
    runs = [rate(lambda xs: list(classify(xs)), items) for _ in range(2)]
    print(f"transformers.pipeline (torch, same encoder): {max(runs):,.0f} posts/s (best of 2)")


def scan_seconds(src: Path, posts: Path, config: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(src), OMP_WAIT_POLICY="PASSIVE", BRANDWATCH_AUTO_TRAIN="0")
    started = time.perf_counter()
    with posts.open() as stdin:
        subprocess.run([sys.executable, "-m", "brandwatch", "--config", str(config), "scan"], stdin=stdin,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env, cwd=REPO)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--posts", type=int, default=3000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peer-src", type=Path, default=None)
    parser.add_argument("--skip-pipeline", action="store_true")
    args = parser.parse_args()
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    items = texts(args.posts)
    ours(args.model, items, args.threads)
    if not args.skip_pipeline:
        pipeline(items, args.threads)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        one = tmp_dir / "one.jsonl"
        one.write_text(json.dumps({"id": "1", "text": "@acme my order is 3 weeks late"}) + "\n")
        trained = tmp_dir / "trained.yaml"
        trained.write_text(f"brands: [{{name: Acme, handles: {{x: [acme]}}}}]\nsentiment:\n  backend: auto\n"
                           f"  model: nobody-here/not-cached\n  local_model_dir: {args.model.resolve()}\n")
        cold = [scan_seconds(REPO / "src", one, trained) for _ in range(args.runs)]
        print(f"cold one-post scan with the trained model: best {min(cold):.2f} s, median {statistics.median(cold):.2f} s")
        from bench.corpus import generate

        posts = tmp_dir / "posts.jsonl"
        posts.write_text("".join(json.dumps(p) + "\n" for p in generate(args.posts)), encoding="utf-8")
        lexicon = tmp_dir / "lexicon.yaml"
        example = (REPO / "config" / "brandwatch.yaml").read_text()
        lexicon.write_text(example.replace("backend: auto", "backend: vader")
                           .replace("employees: employees.csv", f"employees: {REPO / 'config/employees.csv'}")
                           .replace("partners: partners.csv", f"partners: {REPO / 'config/partners.csv'}"))
        here, peer = [], []
        for _ in range(args.runs):
            here.append(scan_seconds(REPO / "src", posts, lexicon))
            if args.peer_src:
                peer.append(scan_seconds(args.peer_src, posts, lexicon))
        print(f"lexicon scan of {args.posts} posts, this checkout: best {args.posts / min(here):,.0f} posts/s")
        if peer:
            print(f"lexicon scan of {args.posts} posts, {args.peer_src}: best {args.posts / min(peer):,.0f} posts/s "
                  f"(this checkout takes {min(here) / min(peer) - 1:+.1%} time)")


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
