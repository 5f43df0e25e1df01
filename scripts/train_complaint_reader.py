"""Train the complaint reader and its topic reader shipped with the default install
(src/brandwatch/data/complaint_reader.json, complaint_topic_reader.json).

    PYTHONPATH=src python scripts/train_complaint_reader.py [--out PATH] [--topic-out PATH] [--corpus-only]

Training posts: the complaint corpus's train split (data/complaints) plus the hand-written labelled
batches (tests/data/devset.jsonl, tests/data/complaints_fresh, tests/data/complaints_fresh2,
data/complaints/handwritten_*.jsonl), each
hand-written post counting four times, as in the held-out-writer runs of
bench/complaint_reader_experiment.py that chose these settings. Never the frozen sets. Each post is
lower-cased and its own brand masked exactly as the complaint detector does. Deterministic: the same
files give the same weights. The topic reader learns from the complaints among the same posts that
carry a topic (the corpus's train split and the labelled batches; not the reader-only additions).
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
from brandwatch.sentiment.complaint_reader_training import fit, fit_topics
from brandwatch.sentiment.complaint_topic_reader import save as save_topics

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "brandwatch" / "data" / "complaint_reader.json"
TOPIC_OUT = ROOT / "src" / "brandwatch" / "data" / "complaint_topic_reader.json"
HAND_WRITTEN = ((ROOT / "tests/data/devset.jsonl", ROOT / "config/brandwatch.yaml"),
                (ROOT / "tests/data/complaints_fresh/posts.jsonl", ROOT / "tests/data/complaints_fresh/config.yaml"),
                (ROOT / "tests/data/complaints_fresh2/posts.jsonl", ROOT / "tests/data/complaints_fresh2/config.yaml"))
HAND_WRITTEN_EMPHASIS = 4.0
# Posts written for the reader (data/complaints/README.md, "Hand-written additions").
READER_ADDITIONS = (ROOT / "data" / "complaints" / "handwritten_comparisons.jsonl",
                    ROOT / "data" / "complaints" / "handwritten_varied.jsonl")
# Complaints written for the topic reader only, one topic each (data/complaints/README.md).
TOPIC_ADDITIONS = (ROOT / "data" / "complaints" / "handwritten_topics.jsonl",)


def corpus_examples() -> list[tuple[str, bool]]:
    out = []
    for post in read_posts():
        if post.split == "train":
            terms = BrandTerms.from_settings(Settings(brands=[Brand(name=post.brand, handles={"x": [post.handle]})]))
            out.append((mask_brand(terms, plain_lower(post.text)), post.complaint))
    return out


def hand_written_examples() -> list[tuple[str, bool]]:
    return [(text, complaint) for text, complaint, _ in labelled_batches()] + addition_examples()


def labelled_batches() -> list[tuple[str, bool, str | None]]:
    """(masked text, complaint, topic) of every post of the hand-written labelled batches."""
    out = []
    for posts, config in HAND_WRITTEN:
        terms = BrandTerms.from_settings(load_settings(config))
        for line in posts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if "complaint" in row["labels"]:
                    out.append((mask_brand(terms, plain_lower(row["text"])), bool(row["labels"]["complaint"]),
                                row["labels"].get("topic")))
    return out


def topic_examples() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The complaints of the corpus's train split and of the hand-written batches, with their topics."""
    corpus = []
    for post in read_posts():
        if post.split == "train" and post.complaint:
            terms = BrandTerms.from_settings(Settings(brands=[Brand(name=post.brand, handles={"x": [post.handle]})]))
            corpus.append((mask_brand(terms, plain_lower(post.text)), post.topic))
    hand = [(text, topic) for text, complaint, topic in labelled_batches() if complaint and topic]
    return corpus, hand + topic_addition_examples()


def topic_addition_examples() -> list[tuple[str, str]]:
    """(masked text, topic) of the complaints written for the topic reader."""
    out = []
    for path in TOPIC_ADDITIONS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                terms = BrandTerms.from_settings(Settings(brands=[Brand(name=row["brand"], handles={"x": [row["handle"]]})]))
                out.append((mask_brand(terms, plain_lower(row["text"])), row["topic"]))
    return out


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
    parser.add_argument("--topic-out", type=Path, default=TOPIC_OUT)
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
    if args.corpus_only:
        return
    corpus_topics, hand_topics = topic_examples()
    topics = corpus_topics + hand_topics
    topic_reader = fit_topics([t for t, _ in topics], [k for _, k in topics],
                              emphasis=[1.0] * len(corpus_topics) + [HAND_WRITTEN_EMPHASIS] * len(hand_topics),
                              description=f"softmax regression on {len(corpus_topics)} corpus complaints and "
                                          f"{len(hand_topics)} hand-written ones (scripts/train_complaint_reader.py)")
    topic_out = args.topic_out
    save_topics(topic_reader, topic_out)
    print(f"wrote {topic_out} ({topic_out.stat().st_size // 1024} KiB): {topic_reader.description}")


if __name__ == "__main__":
    main()
