"""Figures on the frozen hard complaint set (tests/data/frozen/complaints), measured once per model.

    PYTHONPATH=src python bench/frozen_complaints.py [--model DIR] [--set DIR]

The set is never tuned on (its README): this script only reports. --set scores any folder of the same shape
(posts.jsonl + config.yaml), e.g. tests/data/complaints_fresh. All three brands of its config.yaml
are configured together, as a site watching them would; posts go through the real Analyzer.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from brandwatch.config import load_settings
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.model.post import Author, Post
from brandwatch.rules import load_rules
from brandwatch.sentiment.metrics import score
from brandwatch.sentiment.multitask_scoring import binary_macro_f1

FROZEN = Path(__file__).resolve().parents[1] / "tests" / "data" / "frozen" / "complaints"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--set", type=Path, default=FROZEN, help="folder with posts.jsonl and config.yaml")
    parser.add_argument("--misses", action="store_true", help="list wrong complaint decisions (never on the frozen set)")
    parser.add_argument("--topics", action="store_true",
                        help="topic confusion matrix and per-language topic accuracy on complaints found, with the "
                             "wrong topics listed (never on the frozen set)")
    args = parser.parse_args()
    folder = args.set
    settings = load_settings(folder / "config.yaml")
    if args.model:
        from brandwatch.sentiment.multitask_runtime import MultiTaskBackend

        backend, name = MultiTaskBackend(args.model, threads=2), "multitask model + cues"
    else:
        from brandwatch.sentiment.vader import VaderBackend

        backend, name = VaderBackend(), "default lexicon (VADER + cues)"
    analyzer = Analyzer(settings, backend, None, load_rules(None, settings), fingerprint_key=b"k" * 32)
    rows = [json.loads(line) for line in (folder / "posts.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    mentions = [Post(platform=r["platform"], external_id=r["id"], text=r["text"], author=Author(handle=r["author"]),
                        created_at=datetime.fromisoformat(r["created_at"].replace("Z", "+00:00"))) for r in rows]
    analyses = analyzer.analyze(mentions)
    labels = [r["labels"] for r in rows]
    expected = [lab["complaint"] for lab in labels]
    predicted = [a.complaint.is_complaint for a in analyses]
    tp = sum(e and p for e, p in zip(expected, predicted))
    found = [(lab["topic"], a.complaint.topic) for lab, a in zip(labels, analyses) if lab["complaint"] and a.complaint.is_complaint]
    sentiment = score([lab["sentiment"] for lab in labels], [a.sentiment.label for a in analyses])
    judged = {"en", "es", "fr", "de", "pt"}
    language_ok = sum(a.language.code == lab["language"] or (lab["language"] not in judged and not a.language.judged)
                      for lab, a in zip(labels, analyses))
    routed = sum(1 for lab, a in zip(labels, analyses) if lab["language"] not in judged and not a.language.judged)
    print(f"{name}: {len(rows)} posts")
    print(f"  complaint macro-F1 {binary_macro_f1(expected, predicted):.3f} (P {tp / max(1, sum(predicted)):.3f} "
          f"R {tp / max(1, sum(expected)):.3f})")
    print(f"  topic accuracy {sum(e == g for e, g in found) / max(1, len(found)):.3f} on {len(found)} complaints found")
    print(f"  sentiment macro-recall {sentiment.macro_recall:.3f}, accuracy {sentiment.accuracy:.3f}")
    print(f"  language: detected or routed correctly {language_ok}/{len(rows)}; other-language posts routed "
          f"for a human read {routed}/{sum(1 for lab in labels if lab['language'] not in judged)}")
    for lang in ("en", "es", "fr", "de", "pt"):
        idx = [i for i, lab in enumerate(labels) if lab["language"] == lang]
        print(f"  {lang}: complaint macro-F1 {binary_macro_f1([expected[i] for i in idx], [predicted[i] for i in idx]):.3f} ({len(idx)} posts)")

    if (args.misses or args.topics) and folder.resolve() == FROZEN.resolve():
        raise SystemExit("--misses and --topics would show frozen posts; they are for tuning sets only")
    if args.topics:
        _print_topics(rows, labels, analyses)
    if args.misses:
        for r, e, p in zip(rows, expected, predicted):
            if e != p:
                print(f"  {'MISS' if e else 'FA  '} {r['id']} {r['text']}")


TOPIC_ORDER = ("product", "staff", "policy", "other")


def _print_topics(rows: list[dict], labels: list[dict], analyses: list) -> None:
    """Gold x predicted topic counts and per-language accuracy, on the complaints that were found."""
    found = [(r, lab, a) for r, lab, a in zip(rows, labels, analyses) if lab["complaint"] and a.complaint.is_complaint]
    print("  topic confusion (rows gold, columns predicted):")
    print("    " + " " * 8 + "".join(f"{t:>9}" for t in TOPIC_ORDER))
    for gold in TOPIC_ORDER:
        cells = [sum(1 for _, lab, a in found if lab["topic"] == gold and a.complaint.topic == t) for t in TOPIC_ORDER]
        print(f"    {gold:<8}" + "".join(f"{c:>9}" for c in cells))
    for lang in ("en", "es", "fr", "de", "pt"):
        some = [(lab, a) for _, lab, a in found if lab["language"] == lang]
        right = sum(1 for lab, a in some if lab["topic"] == a.complaint.topic)
        print(f"  {lang}: topic accuracy {right / max(1, len(some)):.3f} ({right}/{len(some)} complaints found)")
    for r, lab, a in found:
        if lab["topic"] != a.complaint.topic:
            print(f"  TOPIC {r['id']} gold {lab['topic']} got {a.complaint.topic} [{lab['language']}] {r['text']}")


if __name__ == "__main__":
    main()
