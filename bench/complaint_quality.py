"""Complaint, topic and sentiment quality on the complaint corpus, through brandwatch's Analyzer.

    PYTHONPATH=src python bench/complaint_quality.py [--model DIR] [--split validation] [--choose]
                                                     [--corpus data/complaints/corpus.jsonl]

Each post is judged with its own brand configured (name and X handle), exactly as the daemon would
for a site watching that brand. Without --model the default lexicon path (VADER) runs; with it the
multi-task model. --choose sweeps the model's cue share and threshold on the split and prints the
best pair (the values in config.py were chosen this way on the validation split).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from brandwatch.config import Brand, Complaints, Settings
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.model.post import Author, Post
from brandwatch.rules import load_rules
from brandwatch.sentiment.complaint_corpus import read_posts
from brandwatch.sentiment.metrics import score
from brandwatch.sentiment.multitask_scoring import binary_macro_f1


def _analyzers(posts, backend, complaints: Complaints) -> dict[str, Analyzer]:
    out = {}
    for post in posts:
        if post.brand not in out:
            settings = Settings(brands=[Brand(name=post.brand, handles={"x": [post.handle]})], complaints=complaints)
            out[post.brand] = Analyzer(settings, backend, None, load_rules(None, settings), fingerprint_key=b"k" * 32)
    return out


def _mention(post) -> Post:
    from datetime import datetime, timezone

    return Post(platform="x", external_id=post.id, text=post.text, author=Author(handle="someone"),
                   created_at=datetime(2026, 11, 1, tzinfo=timezone.utc))


def judge(posts, backend, complaints: Complaints):
    analyzers = _analyzers(posts, backend, complaints)
    started = time.perf_counter()
    sentiments = backend.analyze([p.text for p in posts])
    analyses = [analyzers[p.brand].analyze_one(_mention(p), s) for p, s in zip(posts, sentiments)]
    return analyses, time.perf_counter() - started


def report(posts, analyses, label: str) -> dict:
    expected = [p.complaint for p in posts]
    predicted = [a.complaint.is_complaint for a in analyses]
    tp = sum(e and g for e, g in zip(expected, predicted))
    precision = tp / max(1, sum(predicted))
    recall = tp / max(1, sum(expected))
    topical = [(p.topic, a.complaint.topic) for p, a in zip(posts, analyses) if p.complaint and a.complaint.is_complaint]
    neutral = [a.sentiment.label == "neutral" for p, a in zip(posts, analyses) if p.sentiment == "neutral"]
    out = {"posts": len(posts), "complaint_macro_f1": binary_macro_f1(expected, predicted), "precision": precision,
           "recall": recall, "topic_accuracy": sum(e == g for e, g in topical) / max(1, len(topical)),
           "sentiment_macro_recall": score([p.sentiment for p in posts], [a.sentiment.label for a in analyses]).macro_recall,
           "neutral_kept_neutral": sum(neutral) / max(1, len(neutral))}
    print(f"{label}: {len(posts)} posts  complaint macro-F1 {out['complaint_macro_f1']:.3f} (P {precision:.3f} "
          f"R {recall:.3f})  topic acc {out['topic_accuracy']:.3f}  sentiment macro-recall "
          f"{out['sentiment_macro_recall']:.3f}  neutral kept neutral {out['neutral_kept_neutral']:.3f} "
          f"({len(neutral)} neutral posts)")
    return out


def choose(posts, backend) -> tuple[float, float]:
    """The (cue share, threshold) with the best complaint macro-F1 on these posts."""
    best = (-1.0, 0.0, 0.5)
    for share in (0.0, 0.25, 0.5, 0.75, 1.0):
        analyses, _ = judge(posts, backend, Complaints(model_cue_share=share, model_threshold=0.0))
        scores = [a.complaint.score for a in analyses]
        for threshold in [t / 20 for t in range(2, 19)]:
            f1 = binary_macro_f1([p.complaint for p in posts], [s >= threshold for s in scores])
            print(f"  cue share {share:.2f} threshold {threshold:.2f}: macro-F1 {f1:.3f}", file=sys.stderr)
            best = max(best, (f1, share, threshold))
    print(f"chosen: cue share {best[1]}, threshold {best[2]} (macro-F1 {best[0]:.3f})")
    return best[1], best[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--split", default="validation")
    parser.add_argument("--choose", action="store_true")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    posts = [p for p in read_posts(args.corpus) if args.split == "all" or p.split == args.split]
    if args.model:
        from brandwatch.sentiment.multitask_runtime import MultiTaskBackend

        backend = MultiTaskBackend(args.model, threads=args.threads)
    else:
        from brandwatch.sentiment.vader import VaderBackend

        backend = VaderBackend()
    complaints = Complaints()
    if args.choose and args.model:
        share, threshold = choose(posts, backend)
        complaints = Complaints(model_cue_share=share, model_threshold=threshold)
    analyses, seconds = judge(posts, backend, complaints)
    name = "multitask" if args.model else "vader"
    report(posts, analyses, f"{name} all")
    for lang in sorted({p.lang for p in posts}):
        chosen = [(p, a) for p, a in zip(posts, analyses) if p.lang == lang]
        report([p for p, _ in chosen], [a for _, a in chosen], f"{name} {lang}")
    print(f"{len(posts) / seconds:.0f} posts/s through the Analyzer")


if __name__ == "__main__":
    main()
