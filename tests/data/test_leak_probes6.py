"""Probes of the scoped exceptions (tests/data/leaks/probes6.jsonl, issue 16): a real leak beside an
innocent use that a rule excuses must report, and innocent uses spread over several sentences must
not raise new false alarms beyond the known open ones. Written with the rules open: a regression
guard, not a forecast (tests/data/leaks/authoring/probes_round6.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from brandwatch.config import load_settings
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.scan_io import mention_from_post
from brandwatch.sentiment.vader import VaderBackend

LEAKS_DIR = Path(__file__).resolve().parent / "leaks"
sys.path.insert(0, str(LEAKS_DIR / "authoring"))

import probes_round6  # noqa: E402

# Innocent posts that still raise a finding once marker exceptions cover only their own sentence: the
# innocent sense is carried into the next sentence by a repeat ("Inside it says CONFIDENTIAL again",
# "Past the tape: RESTRICTED"). Only 0015 (a second-hand crate "says CONFIDENTIAL" one sentence on) was
# flagged with post-wide exceptions too. Open: reading when a marker's sense carries to the next sentence
# without letting "private and confidential" mail hide a marked document (the reason for the scoping).
ORDINARY_STILL_FLAGGED = {"pr6-0013", "pr6-0014", "pr6-0015", "pr6-0022", "pr6-0023"}
# A code-name word's ordinary sense holds wherever the post writes it the same way again (`scope:
# repeats`), which quiets "The Kittiwake has the best view" after "the Kittiwake pub" but also the
# product tag in "#foxglove #wildflowers ... Halden's #foxglove frame": one sense per post.
LEAKS_STILL_MISSED = {("pr6-0007", "foxglove")}


def _leak_values_by_post():
    settings = load_settings(LEAKS_DIR / "config5.yaml")
    analyzer = Analyzer(settings, VaderBackend(), load_roster(settings.rosters.employees, settings.rosters.partners),
                        load_rules(None, settings), fingerprint_key=b"probes6-test-key")
    lines = probes_round6.OUT.read_text(encoding="utf-8").splitlines()
    analyses = analyzer.analyze([mention_from_post(line, n) for n, line in enumerate(lines, 1)])
    for line, analysis in zip(lines, analyses):
        post = json.loads(line)
        yield post, [f for f in analysis.findings if f.category == "leak"]


def test_the_probe_file_is_rendered_from_its_source():
    assert probes_round6.main(["--check"]) == 0, "run tests/data/leaks/authoring/probes_round6.py"


def test_a_leak_beside_an_excused_use_reports_and_innocent_posts_stay_within_the_known_open_ones():
    missed, flagged = [], set()
    for post, found in _leak_values_by_post():
        labels = post["labels"]["leaks"]
        if not labels and found:
            flagged.add(post["id"])
        for label in labels:  # each leak is the last occurrence of its value; the innocent use comes first
            start = post["text"].rindex(label["value"])
            end = start + len(label["value"])
            if not any(f.kind == label["kind"] and f.start < end and f.end > start for f in found):
                missed.append((post["id"], label["value"]))
    assert set(missed) <= LEAKS_STILL_MISSED, sorted(set(missed) - LEAKS_STILL_MISSED)
    assert flagged <= ORDINARY_STILL_FLAGGED, sorted(flagged - ORDINARY_STILL_FLAGGED)
