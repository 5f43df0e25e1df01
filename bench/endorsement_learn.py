"""Does a small learned text reader generalise across writers better than the cue lists? (issue 27)

    PYTHONPATH=src python bench/endorsement_learn.py [--misses] [--out bench/endorsement_learn.txt]

1. Scores every labelled, non-frozen endorsement batch with the current code (accuracy, recall per
   class) and sorts each miss by the sub-decision that failed: the tie (who is an insider), the
   praise reading, the NLRA topic, solicitation intent, the suppression threat, the disclosure.
2. Derives yes/no sub-labels for the semantic sub-decisions from each post's expected class and case
   (`SUBLABELS`), and trains one `LinearReader` per sub-decision (hashed n-grams, logistic regression).
3. Leave-one-batch-out: for each batch (a different writer each), trains on all the others, reads the
   held-out batch, and scores the rules alone against the rules with the model's evidence blended in
   (`BLEND`, thresholds fixed before the first run). Also reports the two guarded groups: customers
   praising staff must stay `none`, negated disclosures must not count as disclosed.

The frozen hard set is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from brandwatch.config import load_settings
from brandwatch.detectors import pipeline
from brandwatch.detectors.endorsements import conduct_findings, find_promotion
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.scan_io import mention_from_post
from brandwatch.sentiment.vader import VaderBackend
from endorsement_blend import Verdict, blended_findings  # bench/ is on the path
from endorsement_quality import CLASSES, guarded_case, predicted_class
from text_reader import LinearReader, Rows, features

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests/data/endorsements"
BATCHES = {"devset": (DATA / "devset.jsonl", DATA / "config.yaml"),
           **{name: (DATA / name / "posts.jsonl", DATA / name / "config.yaml")
              for name in ("fresh", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6")}}
ENDORSED = {"employee-undisclosed", "partner-undisclosed", "ambiguous-disclosure", "officer-review-undisclosed"}


def _praise(expected: str, case: str) -> bool | None:
    if expected in ENDORSED or case.endswith("clear-disclosure") or case.startswith(("lookalike-handle", "negated")):
        return True
    if case in ("customer/no-disclosure", "customer/vague-disclosure", "customer-praise", "nlra-plus-praise"):
        return True
    if case.startswith("nlra/") or case in ("insider-neutral", "brand-polite-reply", "staff-polite-reply", "news",
                                            "nlra-lookalike") or expected in ("review-suppression", "review-solicitation"):
        return False
    return None  # not known from the label


def _work(expected: str, case: str) -> bool | None:
    if expected == "nlra-caution" or case.startswith(("nlra-plus", "nlra-family")):
        return True
    if case.startswith(("former", "past-tie", "family/nlra")):
        return None  # the topic may be there; the label says only that the author is not employed now
    return False


def _solicit(expected: str, case: str) -> bool | None:
    if expected == "review-solicitation":
        return True
    return None if case == "customer-review-ask" else False


def _threat(expected: str, case: str) -> bool | None:
    if expected == "review-suppression":
        return True
    return None if case == "customer-threat" else False


SUBLABELS = {"praise": _praise, "work": _work, "solicit": _solicit, "threat": _threat}


OFF = 2.0  # a threshold no probability reaches


@dataclass(frozen=True)
class Blend:
    """Per sub-decision: the model alone adds a reading the rules missed at or above `add`; it removes
    a praise or work reading the rules took from a single weak cue below `veto`."""

    add: tuple[tuple[str, float], ...] = (("praise", OFF), ("work", OFF), ("solicit", OFF), ("threat", OFF))
    veto: tuple[tuple[str, float], ...] = (("praise", -1.0), ("work", -1.0))

    def adds(self, name: str) -> float:
        return dict(self.add)[name]

    def vetoes(self, name: str) -> float:
        return dict(self.veto).get(name, -1.0)

    def with_add(self, name: str, value: float) -> "Blend":
        return replace(self, add=tuple((k, value if k == name else v) for k, v in self.add))

    def with_veto(self, name: str, value: float) -> "Blend":
        return replace(self, veto=tuple((k, value if k == name else v) for k, v in self.veto))

    def describe(self) -> str:
        show = lambda v: "off" if v >= OFF or v < 0 else f"{v:.2f}"  # noqa: E731
        return ("add " + " ".join(f"{k}={show(v)}" for k, v in self.add) + "; veto "
                + " ".join(f"{k}={show(v)}" for k, v in self.veto))


RULES_ONLY = Blend()
ADD_CHOICES = (0.7, 0.8, 0.9, 0.95, OFF)
VETO_CHOICES = (-1.0, 0.05, 0.1, 0.2)


@dataclass
class Post:
    batch: str
    row: dict
    reading: object
    names: tuple[str, ...]
    rules_class: str
    rules_disclosure: str
    features: tuple = ()
    ruled_out: bool = False  # a complaint or not about the brand: the reader adds no praise

    @property
    def expected(self) -> str:
        return self.row["labels"]["expected"]

    @property
    def case(self) -> str:
        return self.row["labels"].get("case", "")


class _Recorder:
    name = "recorder"
    reads = frozenset()

    def __init__(self) -> None:
        self.readings: list = []

    def detect(self, reading) -> list:
        self.readings.append(reading)
        return []


MASK_NAMES = True  # --no-mask: read posts as the live path does, without the brand's names replaced


def read_batch(name: str) -> list[Post]:
    posts_path, config = BATCHES[name]
    settings = load_settings(config)
    analyzer = Analyzer(settings, VaderBackend(), load_roster(settings.rosters.employees, settings.rosters.partners),
                        load_rules(None, settings), fingerprint_key=b"quality-bench-key")
    recorder = _Recorder()
    analyzer.detectors = (*analyzer.detectors, recorder)
    rows = [json.loads(line) for line in posts_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ruled_out: list[bool] = []
    pipeline.find_promotion = _recording_promotion(ruled_out)
    try:
        analyses = analyzer.analyze([mention_from_post(json.dumps(row), n) for n, row in enumerate(rows, 1)])
    finally:
        pipeline.find_promotion = find_promotion
    assert len(ruled_out) == len(rows) == len(recorder.readings)
    names = tuple(n for b in settings.brands for n in (b.name, *b.aliases, *b.products))
    return [Post(name, row, reading, names, _rules_class(reading), analysis.disclosure.status,
                 features(reading.text, names if MASK_NAMES else ()), out)
            for row, reading, analysis, out in zip(rows, recorder.readings, analyses, ruled_out)]


def _recording_promotion(ruled_out: list[bool]):
    """`find_promotion` as the pipeline calls it, noting whether a rule ruled the post out: not about the
    brand, or a complaint whose praise did not override it (then no praise span is returned)."""
    def recorded(hits, positive, is_complaint, *args, **kwargs):
        # passes along whatever else the pipeline gives, so a new argument of find_promotion needs no change here
        promotion = find_promotion(hits, positive, is_complaint, *args, **kwargs)
        about_brand = args[2] if len(args) > 2 else kwargs.get("about_brand", True)
        ruled_out.append(not about_brand or (is_complaint and promotion.praise is None))
        return promotion
    return recorded


def _rules_class(r) -> str:
    """The class from the cues alone (the shipped reader left out)."""
    findings = conduct_findings(r.relationship, r.promotion, r.disclosure, r.text, r.aligned, r.topics,
                                r.brand_account, r.hits)
    return predicted_class(_Findings(tuple(findings)))


def failed_subdecision(post: Post, predicted: str) -> str:
    """Which sub-decision a wrong class comes from, read from the rules' own reading of the post."""
    reading, expected = post.reading, post.expected
    relationship = reading.relationship
    if "review-suppression" in (expected, predicted):
        return "suppression threat"
    if "review-solicitation" in (expected, predicted):
        return "solicitation intent"
    if (expected != "none") != (relationship is not None) and expected != "review-suppression":
        return "tie/insider"
    if "nlra-caution" in (expected, predicted):
        return "NLRA topic"
    if {expected, predicted} & {"ambiguous-disclosure"} or post.rules_disclosure != post.row["labels"].get(
            "disclosure", post.rules_disclosure):
        return "disclosure vagueness"
    if "officer-review-undisclosed" in (expected, predicted):
        return "officer testimonial"
    return "praise/endorsement"


def score(pairs: list[tuple[str, str]]) -> dict:
    right = sum(a == b for a, b in pairs)
    recall = {}
    for name in CLASSES:
        support = sum(a == name for a, _ in pairs)
        if support:
            recall[name] = sum(a == name == b for a, b in pairs) / support
    return {"accuracy": right / len(pairs), "recall": recall, "n": len(pairs)}


def guarded(posts: list[Post], classes: list[str]) -> dict:
    """Staff-praise posts judged `none`, and negated disclosures judged not disclosed."""
    staff = [(p, c) for p, c in zip(posts, classes) if guarded_case(p.row) == "staff-praise"]
    negated = [(p, c) for p, c in zip(posts, classes) if guarded_case(p.row) == "negated-disclosure"]
    return {"staff-praise none": (sum(c == "none" for _, c in staff), len(staff)),
            "negated not-disclosed": (sum(p.rules_disclosure != "clear" for p, _ in negated), len(negated))}


def blended_class(post: Post, p: dict[str, float], blend: Blend) -> str:
    """The class the rules give once the model's readings are blended in, by the live code's path
    (`endorsement_blend.blended_findings`; docs/detectors.md)."""
    r = post.reading
    verdict = Verdict(p, dict(blend.add), dict(blend.veto))
    findings = blended_findings(r.relationship, r.promotion, r.disclosure, r.text, r.aligned, r.topics,
                                r.brand_account, r.hits, verdict, post.ruled_out)
    return predicted_class(_Findings(tuple(findings)))


@dataclass(frozen=True)
class _Findings:
    findings: tuple


def train_readers(posts: list[Post]) -> dict[str, LinearReader]:
    readers = {}
    for name, label_of in SUBLABELS.items():
        chosen = [(p, label_of(p.expected, p.case)) for p in posts]
        chosen = [(p, y) for p, y in chosen if y is not None]
        rows = Rows.stack([p.features for p, _ in chosen])
        readers[name] = LinearReader.train(rows, [y for _, y in chosen])
    return readers


def read_probabilities(readers: dict[str, LinearReader], posts: list[Post]) -> list[dict[str, float]]:
    rows = Rows.stack([p.features for p in posts])
    columns = {name: reader.probabilities(rows) for name, reader in readers.items()}
    return [{name: float(columns[name][i]) for name in readers} for i in range(len(posts))]


def sub_auc(readers, posts) -> dict[str, float]:
    probabilities = read_probabilities(readers, posts)
    out = {}
    for name, label_of in SUBLABELS.items():
        pairs = [(pr[name], label_of(p.expected, p.case)) for p, pr in zip(posts, probabilities)]
        pos = [s for s, y in pairs if y is True]
        neg = [s for s, y in pairs if y is False]
        if pos and neg:
            out[name] = float(np.mean([(a > b) + 0.5 * (a == b) for a in pos for b in neg]))
    return out


def choose_blend(training: dict[str, list[Post]]) -> Blend:
    """Thresholds chosen by leave-one-batch-out inside the training batches only: each sub-decision in
    turn takes the setting with the best mean batch accuracy, and stays off unless it strictly helps."""
    out_of_fold: list[tuple[Post, dict[str, float]]] = []
    for inner in training:
        readers = train_readers([p for name, batch in training.items() if name != inner for p in batch])
        out_of_fold += list(zip(training[inner], read_probabilities(readers, training[inner])))

    def value(blend: Blend) -> float:
        by_batch = defaultdict(list)
        for post, probabilities in out_of_fold:
            by_batch[post.batch].append(blended_class(post, probabilities, blend) == post.expected)
        return float(np.mean([np.mean(v) for v in by_batch.values()]))

    blend, best = RULES_ONLY, value(RULES_ONLY)
    for name in ("threat", "solicit", "work", "praise"):
        for choice in sorted(ADD_CHOICES, reverse=True):
            trial = blend.with_add(name, choice)
            if (got := value(trial)) > best + 1e-9:
                blend, best = trial, got
    for name in ("work", "praise"):
        for choice in sorted(VETO_CHOICES):
            trial = blend.with_veto(name, choice)
            if (got := value(trial)) > best + 1e-9:
                blend, best = trial, got
    return blend


def _fmt(result: dict) -> str:
    recall = " ".join(f"{k.split('-')[0][:6]}={v:.2f}" for k, v in result["recall"].items())
    return f"acc {result['accuracy']:.3f}  {recall}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each rules miss with its sub-decision")
    parser.add_argument("--no-mask", action="store_true", help="read posts as the live path does: names masked by capitalisation only, not from the config")
    parser.add_argument("--current-only", action="store_true", help="step 1 only: the current code per batch")
    args = parser.parse_args(argv)
    global MASK_NAMES
    MASK_NAMES = not args.no_mask
    began = time.process_time()
    posts = {name: read_batch(name) for name in BATCHES}
    print(f"read {sum(map(len, posts.values()))} posts in {time.process_time() - began:.0f} s CPU\n")

    print("1. current code per batch")
    failures: dict[str, Counter] = {}
    for name, batch in posts.items():
        print(f"  {name:<9} n={len(batch):<4} {_fmt(score([(p.expected, p.rules_class) for p in batch]))}")
        failures[name] = Counter(failed_subdecision(p, p.rules_class) for p in batch
                                 if p.rules_class != p.expected)
    print("  misses by failed sub-decision:")
    kinds = sorted({k for c in failures.values() for k in c})
    for kind in kinds:
        print(f"    {kind:<22} " + " ".join(f"{n}={failures[n][kind]}" for n in posts) +
              f"  total={sum(failures[n][kind] for n in posts)}")
    if args.misses:
        for name, batch in posts.items():
            for p in batch:
                if p.rules_class != p.expected:
                    print(f"    {name} {p.row['id']} {p.expected}->{p.rules_class} "
                          f"[{failed_subdecision(p, p.rules_class)}] {p.case}")

    if args.current_only:
        return 0
    print("\n2/3. leave one batch out: rules alone vs rules + model (thresholds chosen inside the training batches)")
    totals = defaultdict(list)
    pooled = defaultdict(list)
    for held in posts:
        began = time.process_time()
        training = {name: batch for name, batch in posts.items() if name != held}
        blend = choose_blend(training)
        readers = train_readers([p for batch in training.values() for p in batch])
        test = posts[held]
        probabilities = read_probabilities(readers, test)
        rules = score([(p.expected, p.rules_class) for p in test])
        blended_classes = [blended_class(p, pr, blend) for p, pr in zip(test, probabilities)]
        blended = score([(p.expected, c) for p, c in zip(test, blended_classes)])
        auc = sub_auc(readers, test)
        print(f"  held out {held} ({time.process_time() - began:.0f} s CPU); reader AUC "
              + " ".join(f"{k}={v:.2f}" for k, v in auc.items()))
        print(f"    chosen on the other batches: {blend.describe()}")
        print(f"    rules  {_fmt(rules)}")
        print(f"    blend  {_fmt(blended)}")
        g_rules, g_blend = guarded(test, [p.rules_class for p in test]), guarded(test, blended_classes)
        print(f"    guarded rules {g_rules}  blend {g_blend}")
        changed = [(p, c) for p, c in zip(test, blended_classes) if c != p.rules_class]
        fixed = sum(c == p.expected for p, c in changed)
        broke = sum(p.rules_class == p.expected for p, _ in changed)
        print(f"    changed {len(changed)}: fixed {fixed}, broke {broke}")
        for p, c in changed:
            mark = "+" if c == p.expected else "-" if p.rules_class == p.expected else "~"
            print(f"      {mark} {p.row['id']} {p.expected}: {p.rules_class}->{c}  {p.row['text'][:90]!r}")
        totals["rules"].append(rules["accuracy"])
        totals["blend"].append(blended["accuracy"])
        pooled["rules"] += [p.expected == p.rules_class for p in test]
        pooled["blend"] += [p.expected == c for p, c in zip(test, blended_classes)]
        for k, v in auc.items():
            totals[f"auc {k}"].append(v)
    print("\nmean over held-out batches (each batch weighs the same): "
          + ", ".join(f"{k} {np.mean(v):.3f}" for k, v in totals.items()))
    print("pooled over all held-out posts: " + ", ".join(f"{k} {np.mean(v):.3f} ({sum(v)}/{len(v)})"
                                                       for k, v in pooled.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
