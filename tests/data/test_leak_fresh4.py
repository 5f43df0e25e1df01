"""The fresh leak batch of round 4 (tests/data/leaks/fresh4.jsonl, issue 16): consistent with its
source, and scored at the figures reached after the round's fixes.

The batch is mostly ordinary posts and hard negatives, so its first job is the share of ordinary posts
flagged (issue 16's target: at most 0.2 %); the floors below are the figures reached on it after the
fixes by class (tests/data/leaks/README.md, "Fresh batch, round 4"), so a change that brings back a
class of false alarm, or loses recall, fails here.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import phonenumbers
import pytest

from brandwatch.config import load_settings
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.scan_io import mention_from_post
from brandwatch.sentiment.vader import VaderBackend

LEAKS_DIR = Path(__file__).resolve().parent / "leaks"
ROOT = LEAKS_DIR.parents[2]
sys.path.insert(0, str(LEAKS_DIR / "authoring"))
sys.path.insert(0, str(ROOT / "bench"))

import fresh_round3  # noqa: E402
import fresh_round4  # noqa: E402
from leak_scoring import LeakScore  # noqa: E402

PHONENUMBERS_BUILT_WITH = "9.0.43"
CHECKSUM_TOKEN = re.compile(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b")
# The figures reached after round 4's fixes (first pass in the README); the categories' floors sit at
# them, rounded down.
FLOORS = {"secret": (1.0, 0.98), "pii": (1.0, 1.0), "confidential": (0.95, 0.95)}
MAX_ORDINARY_FLAGGED = 0.0


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in fresh_round4.OUT.read_text(encoding="utf-8").splitlines()]


def test_committed_file_is_what_the_source_renders():
    if phonenumbers.__version__ != PHONENUMBERS_BUILT_WITH:
        pytest.skip("phone numbers are drawn against another phonenumbers metadata version")
    assert fresh_round4.main(["--check"]) == 0, "run tests/data/leaks/authoring/fresh_round4.py and commit fresh4.jsonl"


def test_mostly_ordinary_posts_with_enough_leaks_to_watch_recall(rows):
    negatives = [row for row in rows if not row["labels"]["leaks"]]
    assert len(negatives) >= 400 and len(rows) - len(negatives) >= 140
    assert all(row["reason"].startswith("negative/") for row in negatives)
    assert len({row["id"] for row in rows}) == len(rows) == len({row["text"] for row in rows})
    assert {leak["kind"] for row in rows for leak in row["labels"]["leaks"]} == {"secret", "pii", "confidential"}
    for row in rows:
        for leak in row["labels"]["leaks"]:
            assert leak["value"] in row["text"], row["id"]
    assert len({row["reason"].split(" | ")[0] for row in negatives}) >= 30


def test_labelled_values_pass_their_checks_and_negatives_fail_them(rows):
    tokens = [m.group(0) for row in rows for leak in row["labels"]["leaks"] for m in CHECKSUM_TOKEN.finditer(leak["value"])]
    assert tokens and all(fresh_round3.checksum_token_valid(t) for t in tokens)
    broken = [m.group(0) for row in rows if row["reason"].startswith("negative/broken-checksum")
              for m in CHECKSUM_TOKEN.finditer(row["text"])]
    assert broken and not any(fresh_round3.checksum_token_valid(t) for t in broken)
    cards = [re.sub(r"\D", "", leak["value"]) for row in rows if row["reason"].startswith("pii/card")
             for leak in row["labels"]["leaks"]]
    assert cards and all(fresh_round3.luhn_valid(c) for c in cards)
    ibans = [leak["value"] for row in rows if row["reason"].startswith("pii/iban") for leak in row["labels"]["leaks"]]
    assert ibans and all(fresh_round3.iban_valid(v) for v in ibans)


def _score(path: Path) -> LeakScore:
    settings = load_settings(LEAKS_DIR / "config.yaml")
    analyzer = Analyzer(settings, VaderBackend(), load_roster(settings.rosters.employees, settings.rosters.partners),
                        load_rules(None, settings), fingerprint_key=b"fresh4-test-key")
    lines = path.read_text(encoding="utf-8").splitlines()
    score = LeakScore()
    mentions = [mention_from_post(line, number) for number, line in enumerate(lines, start=1)]
    for line, analysis in zip(lines, analyzer.analyze(mentions)):
        row = json.loads(line)
        score.add(row["id"], row["text"], row["labels"]["leaks"], [f for f in analysis.findings if f.category == "leak"])
    return score


def test_scored_at_the_floors_reached():
    score = _score(fresh_round4.OUT)
    flagged = score.ordinary_flagged / score.ordinary
    assert flagged <= MAX_ORDINARY_FLAGGED, score.errors.get("ordinary flagged")
    for kind, (precision, recall) in FLOORS.items():
        tally = score.categories[kind]
        assert tally.precision >= precision and tally.recall >= recall, (kind, tally.line(kind), score.errors)


# The ordinary posts written to find false alarms after the first scoring (probes4.jsonl; tuned on, so
# a regression guard, not a forecast). These still raise a finding: they need the sense of a word
# (a code-name word in its ordinary meaning, a marker talked about rather than shown), README "Still open".
PROBES_STILL_FLAGGED = {"pr4-0033", "pr4-0037", "pr4-0038", "pr4-0043", "pr4-0077", "pr4-0078",
                        "pr4-0082", "pr4-0084", "pr4-0088", "pr4-0246", "pr4-0247", "pr4-0248",
                        "pr4-0249", "pr4-0275", "pr4-0398", "pr4-0399", "pr4-0417", "pr4-0419",
                        "pr4-0420", "pr4-0421", "pr4-0424", "pr4-0425", "pr4-0426", "pr4-0428",
                        "pr4-0430"}


def test_probed_ordinary_posts_stay_quiet_but_the_known_open_ones():
    score = _score(LEAKS_DIR / "probes4.jsonl")
    assert score.ordinary == 467
    flagged = {line.split(" ")[0] for line in score.errors.get("ordinary flagged", [])}
    assert flagged <= PROBES_STILL_FLAGGED, sorted(flagged - PROBES_STILL_FLAGGED)
