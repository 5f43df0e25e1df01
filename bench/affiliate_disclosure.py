"""Precision / recall / F1 of "disclosed" on affiliate and sponsor disclosure sets, per kind of post.

    PYTHONPATH=src python bench/affiliate_disclosure.py \
        --set tests/data/endorsements/affiliate_descriptions [--config config/brandwatch.yaml] [--errors]

The set is a folder with posts.jsonl whose labels carry `disclosed` (bool) and optionally `ambiguous`
(README.md there gives the guideline). Posts go through the same parsing and Analyzer as
`brandwatch scan`, and "disclosed" is read from the scan contract's disclosure {status, evidence,
stated} in three ways, one line each per kind (youtube, pinterest):
- strict:   status `clear` only (a clear term where readers see it);
- placed:   `clear`, or `ambiguous` with evidence "buried: ..." (a clear term placed where readers miss
            it is still a disclosure; only its prominence is in doubt);
- stated:   the contract's `stated` flag: placed, or `ambiguous` on an affiliate wording ("(aff)", "affiliate links below", "buying
            through my links helps the channel"): the issue-27 guideline keeps these `ambiguous` because
            they never say the author is paid, but they do state the tie, and public affiliate-disclosure
            corpora label them disclosed. A vague term alone (#sp, #collab, a bare "partner", "thanks")
            counts in none of the three.
"stated" is the reading the targets are checked on (issue 27, hidden public corpora: F1 >= 0.85 on
YouTube, >= 0.90 on Pinterest); exit status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from brandwatch.config import load_settings
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.model.analysis import Disclosure
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.scan_io import mention_from_post
from brandwatch.sentiment.vader import VaderBackend

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"youtube": 0.85, "pinterest": 0.90}


READINGS = ("strict", "placed", "stated")


def reads_disclosed(disclosure: Disclosure, reading: str = "stated") -> bool:
    if reading == "stated":
        return disclosure.stated
    if disclosure.status == "clear":
        return True
    return reading == "placed" and disclosure.status == "ambiguous" and (disclosure.evidence or "").startswith("buried:")


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="folder", type=Path,
                        default=ROOT / "tests/data/endorsements/affiliate_descriptions")
    parser.add_argument("--config", type=Path, default=ROOT / "config/brandwatch.yaml")
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms with their evidence")
    args = parser.parse_args(argv)
    settings = load_settings(args.config)
    analyzer = Analyzer(settings, VaderBackend(), load_roster(settings.rosters.employees, settings.rosters.partners),
                        load_rules(None, settings), fingerprint_key=b"affiliate-bench-key")
    lines = (args.folder / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    analyses = analyzer.analyze([mention_from_post(json.dumps(row), n) for n, row in enumerate(rows, start=1)])
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # (kind, reading) -> tp, fp, fn
    errors: list[str] = []
    for row, analysis in zip(rows, analyses):
        expected = bool(row["labels"]["disclosed"])
        for reading in READINGS:
            predicted = reads_disclosed(analysis.disclosure, reading)
            tally = counts[(row.get("platform") or "other", reading)]
            tally[0] += predicted and expected
            tally[1] += predicted and not expected
            tally[2] += expected and not predicted
        if predicted != expected:  # the "stated" reading
            kind = "miss" if expected else "false alarm"
            errors.append(f"{row['id']} {kind}: {row['reason']} -> {analysis.disclosure.status} "
                          f"({analysis.disclosure.evidence})")
    print(f"set: {args.folder} ({len(rows)} posts); readings: strict = clear; placed = clear or buried; "
          "stated = placed or an affiliate wording")
    ok = True
    for kind, reading in sorted(counts, key=lambda key: (key[0], READINGS.index(key[1]))):
        tp, fp, fn = counts[(kind, reading)]
        precision, recall, f1 = _f1(tp, fp, fn)
        target = TARGETS.get(kind) if reading == "stated" else None
        ok &= target is None or f1 >= target
        goal = f"  (target {target:.2f})" if target else ""
        print(f"{kind:<10} {reading:<7} disclosed P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
              f"(tp {tp}, fp {fp}, fn {fn}){goal}")
    if args.errors:
        print("\n".join(errors))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
