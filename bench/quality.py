"""Detector quality on the labelled development set, through the real `brandwatch scan` path.

    PYTHONPATH=src python bench/quality.py [--set tests/data/devset.jsonl]
                                           [--config config/brandwatch.yaml] [--rules DIR] [--errors]
    PYTHONPATH=src python bench/quality.py --set tests/data/leaks/devset.jsonl --errors
    PYTHONPATH=src python bench/quality.py --set tests/data/endorsements/devset.jsonl \
                                           --config tests/data/endorsements/config.yaml

A set whose labels carry `expected` (one endorsement class per post, with `disclosure`) is scored by
`bench/endorsement_quality.py`: expected-finding accuracy, recall per class, disclosure accuracy.

Each dev-set line is a scan input post plus `labels` {complaint, topic, disclosure, endorsement,
leaks: [{kind, value}], nlra} and a one-line `reason`; a set may carry only some of them (a leak set
only `leaks`), and only the detectors it labels are scored. Posts are parsed by the same code as
`brandwatch scan` and analysed by the same Analyzer with the VADER backend and the bundled rules.
Prints precision / recall / F1 per detector; for leaks per category (secret, pii, confidential) and
per rule, and the share of ordinary (no-leak) posts flagged (bench/leak_scoring.py). Prints the
acceptance targets (issue 16's for leaks: precision >= 0.97 and recall >= 0.95 per category, <= 0.2 %
of ordinary posts flagged); exit status 1 when a target is missed. `--errors` lists the posts judged
wrongly: misses, false alarms, kind mix-ups, flagged ordinary posts (leaked values described, never
printed).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from brandwatch.config import load_settings
from brandwatch.model.analysis import Analysis
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.scan_io import mention_from_post
from brandwatch.sentiment.vader import VaderBackend
from endorsement_quality import ExpectedReport  # bench/ is on the path when this script runs
from leak_scoring import LeakScore

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"complaint F1": 0.85, "disclosure accuracy": 0.90}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: bool, expected: bool) -> None:
        self.tp += predicted and expected
        self.fp += predicted and not expected
        self.fn += expected and not predicted

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (f"{name:<28} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn})")


def _backend(settings, choice: str):
    if choice == "vader":
        return VaderBackend()
    from brandwatch.sentiment.select import open_backend

    backend, notice = open_backend(settings)
    print(f"sentiment backend: {backend.description}" + (f" ({notice})" if notice else ""))
    return backend


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", "--set", dest="devset", type=Path, default=ROOT / "tests/data/devset.jsonl",
                        help="the labelled set (JSON lines); a set with its own rosters needs --config too")
    parser.add_argument("--config", type=Path, default=ROOT / "config/brandwatch.yaml")
    parser.add_argument("--rules", type=Path, default=None, help="a rule directory instead of the bundled rules")
    parser.add_argument("--sentiment", choices=["vader", "config"], default="vader",
                        help="vader (default), or the backend the config selects (e.g. a trained model)")
    parser.add_argument("--errors", action="store_true", help="list the ids of posts judged wrongly")
    parser.add_argument("--sweep", action="store_true",
                        help="complaint P/R/F1 at other thresholds (settings.complaints.threshold)")
    args = parser.parse_args(argv)
    settings = load_settings(args.config)
    analyzer = Analyzer(settings, _backend(settings, args.sentiment), load_roster(settings.rosters.employees, settings.rosters.partners),
                        load_rules(args.rules, settings), fingerprint_key=b"quality-bench-key")
    rows = [json.loads(line) for line in args.devset.read_text(encoding="utf-8").splitlines() if line.strip()]
    mentions = [mention_from_post(json.dumps(row), number) for number, row in enumerate(rows, start=1)]
    began = time.perf_counter()
    analyses = analyzer.analyze(mentions)
    elapsed = time.perf_counter() - began
    report = ExpectedReport() if rows and "expected" in rows[0].get("labels", {}) else Report()
    for row, analysis in zip(rows, analyses):
        report.add(row, analysis)
    print(f"dev set: {args.devset} ({len(rows)} posts), analysed in {elapsed:.2f} s "
          f"({len(rows) / elapsed:.0f} posts/s, {analyzer.sentiment.name} sentiment, "
          f"{args.rules or 'bundled'} rules)")
    ok = report.print()
    if args.sweep and isinstance(report, Report):
        report.print_sweep()
    if args.errors:
        report.print_errors()
    return 0 if ok else 1


class Report:
    """Every detector the set labels: a label missing from a post leaves that detector unscored for it."""

    def __init__(self) -> None:
        self.complaint, self.endorsement, self.nlra = Counts(), Counts(), Counts()
        self.leaks = LeakScore()
        self.topic_right = self.topic_total = 0
        self.disclosure_right = self.disclosure_total = 0
        self.confusion: dict[tuple[str, str], int] = {}
        self.errors: dict[str, list[str]] = {}
        self.scored: list[tuple[float, bool]] = []  # (complaint score, labelled complaint)
        self.labelled: set[str] = set()

    def add(self, row: dict, analysis: Analysis) -> None:
        labels, post_id = row["labels"], row["id"]
        self.labelled |= set(labels)
        if "complaint" in labels:
            self._complaint(post_id, labels, analysis)
        if "disclosure" in labels:
            status = analysis.disclosure.status
            self.disclosure_total += 1
            self.disclosure_right += status == labels["disclosure"]
            self.confusion[(labels["disclosure"], status)] = self.confusion.get((labels["disclosure"], status), 0) + 1
            self._error("disclosure", post_id, status != labels["disclosure"], f"{status} != {labels['disclosure']}")
        if "endorsement" in labels:
            kinds = {f.kind for f in analysis.findings if f.category == "endorsement"}
            expected = {labels["endorsement"]} if labels["endorsement"] else set()
            for kind in ("undisclosed", "ambiguous-disclosure"):
                self.endorsement.add(kind in kinds, kind in expected)
            self._error("endorsement", post_id, kinds != expected, f"{sorted(kinds)} != {sorted(expected)}")
        if "nlra" in labels:
            cautioned = any(f.category == "caution" for f in analysis.findings)
            self.nlra.add(cautioned, labels["nlra"])
            self._error("nlra", post_id, cautioned != labels["nlra"], f"{cautioned}")
        if "leaks" in labels:
            self.leaks.add(post_id, row["text"], labels["leaks"], [f for f in analysis.findings if f.category == "leak"])

    def _complaint(self, post_id: str, labels: dict, analysis: Analysis) -> None:
        complaint = analysis.complaint
        self.scored.append((complaint.score, labels["complaint"]))
        self.complaint.add(complaint.is_complaint, labels["complaint"])
        self._error("complaint", post_id, complaint.is_complaint != labels["complaint"], f"{complaint.score:.2f}")
        if complaint.is_complaint and labels["complaint"]:
            self.topic_total += 1
            self.topic_right += complaint.topic == labels.get("topic")
            self._error("topic", post_id, complaint.topic != labels.get("topic"),
                        f"{complaint.topic} != {labels.get('topic')}")

    def _error(self, detector: str, post_id: str, wrong: bool, note: str) -> None:
        if wrong:
            self.errors.setdefault(detector, []).append(f"{post_id} ({note})")

    def print(self) -> bool:
        checks = []
        if "complaint" in self.labelled:
            print(self.complaint.line("complaint"))
            print(f"{'complaint topic accuracy':<28} {_ratio(self.topic_right, self.topic_total)}  "
                  f"(on complaints found)")
            checks.append(("complaint F1", self.complaint.f1))
        if "disclosure" in self.labelled:
            print(f"{'disclosure status accuracy':<28} {_ratio(self.disclosure_right, self.disclosure_total)}")
            print("  confusion (label -> judged): " + ", ".join(
                f"{a}->{b} {n}" for (a, b), n in sorted(self.confusion.items())))
            checks.append(("disclosure accuracy", self.disclosure_right / max(1, self.disclosure_total)))
        if "endorsement" in self.labelled:
            print(self.endorsement.line("endorsement findings"))
        if "nlra" in self.labelled:
            print(self.nlra.line("NLRA caution"))
        ok = True
        for name, value in checks:
            met = value >= TARGETS[name]
            ok &= met
            print(f"target {name} >= {TARGETS[name]:.2f}: {value:.3f} {'met' if met else 'MISSED'}")
        if "leaks" in self.labelled:
            print()
            ok &= self.leaks.print()
        return ok

    def print_sweep(self) -> None:
        print("\ncomplaint threshold sweep (for information; the threshold is a config setting):")
        for step in range(3, 8):
            counts = Counts()
            for score, expected in self.scored:
                counts.add(score >= step / 10, expected)
            print("  " + counts.line(f"threshold {step / 10:.1f}"))

    def print_errors(self) -> None:
        for detector, items in sorted(self.errors.items()):
            print(f"\n{detector}: {len(items)}")
            for item in items:
                print(f"  {item}")
        self.leaks.print_errors()


def _ratio(right: int, total: int) -> str:
    return f"{right / total:.3f}  ({right}/{total})" if total else "n/a"


if __name__ == "__main__":
    sys.exit(main())
