"""Train the complaint reader shipped with the default install (src/brandwatch/data/complaint_reader.json).

    PYTHONPATH=src python scripts/train_complaint_reader.py [--out PATH] [--corpus-only]

Training posts: the complaint corpus's train split (data/complaints) plus the hand-written labelled
batches (tests/data/devset.jsonl, tests/data/complaints_fresh, tests/data/complaints_fresh2,
data/complaints/handwritten_*.jsonl), each
hand-written post counting four times, as in the held-out-writer runs of
bench/complaint_reader_experiment.py that chose these settings. Never the frozen sets. Each post is
lower-cased and its own brand masked exactly as the complaint detector does. Deterministic: the same
files give the same weights.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from brandwatch.config import Brand, Settings, load_settings
from brandwatch.detectors.brand import BrandTerms
from brandwatch.detectors.complaints import mask_brand
from brandwatch.detectors.reading import plain_lower
from brandwatch.sentiment.complaint_corpus import read_posts
from brandwatch.sentiment.complaint_reader import save
from brandwatch.sentiment.complaint_reader_training import fit

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "brandwatch" / "data" / "complaint_reader.json"
HAND_WRITTEN = ((ROOT / "tests/data/devset.jsonl", ROOT / "config/brandwatch.yaml"),
                (ROOT / "tests/data/complaints_fresh/posts.jsonl", ROOT / "tests/data/complaints_fresh/config.yaml"),
                (ROOT / "tests/data/complaints_fresh2/posts.jsonl", ROOT / "tests/data/complaints_fresh2/config.yaml"))
HAND_WRITTEN_EMPHASIS = 4.0
# Posts written for the reader (data/complaints/README.md, "Hand-written additions").
READER_ADDITIONS = (ROOT / "data" / "complaints" / "handwritten_comparisons.jsonl",
                    ROOT / "data" / "complaints" / "handwritten_varied.jsonl")


def corpus_examples() -> list[tuple[str, bool]]:
    out = []
    for post in read_posts():
        if post.split == "train":
            terms = BrandTerms.from_settings(Settings(brands=[Brand(name=post.brand, handles={"x": [post.handle]})]))
            out.append((mask_brand(terms, plain_lower(post.text)), post.complaint))
    return out


def hand_written_examples() -> list[tuple[str, bool]]:
    out = []
    for posts, config in HAND_WRITTEN:
        terms = BrandTerms.from_settings(load_settings(config))
        for line in posts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if "complaint" in row["labels"]:
                    out.append((mask_brand(terms, plain_lower(row["text"])), bool(row["labels"]["complaint"])))
    return out + addition_examples()


def addition_examples() -> list[tuple[str, bool]]:
    out = []
    lines = [line for path in READER_ADDITIONS for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if line.strip():
            row = json.loads(line)
            terms = BrandTerms.from_settings(Settings(brands=[Brand(name=row["brand"], handles={"x": [row["handle"]]})]))
            out.append((mask_brand(terms, plain_lower(row["text"])), bool(row["complaint"])))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--corpus-only", action="store_true", help="leave the hand-written batches out")
    args = parser.parse_args()
    corpus = corpus_examples()
    hand = [] if args.corpus_only else hand_written_examples()
    examples = corpus + hand
    reader = fit([t for t, _ in examples], [y for _, y in examples],
                 emphasis=[1.0] * len(corpus) + [HAND_WRITTEN_EMPHASIS] * len(hand),
                 description=f"logistic regression on {len(corpus)} corpus posts and {len(hand)} hand-written posts "
                             f"(scripts/train_complaint_reader.py)")
    save(reader, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB): {reader.description}")


if __name__ == "__main__":
    main()
