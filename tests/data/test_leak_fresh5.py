"""The fresh leak batch of round 5 (tests/data/leaks/fresh5.jsonl, issue 16): consistent with its
source, with the shape its brief asked for (at least 500 posts, 300 ordinary ones, 150 with leaks over
all three kinds), and every labelled value valid for its format.

The batch uses brands, code names, internal domains and ticket prefixes no earlier set uses
(tests/data/leaks/config5.yaml), so it measures how configured names the detector was never tuned on
are read.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
import pytest
import yaml

from brandwatch.config import load_settings
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.scan_io import mention_from_post
from brandwatch.sentiment.vader import VaderBackend

LEAKS_DIR = Path(__file__).resolve().parent / "leaks"
sys.path.insert(0, str(LEAKS_DIR / "authoring"))
sys.path.insert(0, str(LEAKS_DIR.parents[2] / "bench"))

import fresh_round3  # noqa: E402
import fresh_round5  # noqa: E402
from leak_scoring import LeakScore  # noqa: E402

PHONENUMBERS_BUILT_WITH = "9.0.43"
CHECKSUM_TOKEN = re.compile(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in fresh_round5.OUT.read_text(encoding="utf-8").splitlines()]


def test_committed_file_is_what_the_source_renders():
    if phonenumbers.__version__ != PHONENUMBERS_BUILT_WITH:
        pytest.skip("phone numbers are drawn against another phonenumbers metadata version")
    assert fresh_round5.main(["--check"]) == 0, "run tests/data/leaks/authoring/fresh_round5.py and commit fresh5.jsonl"


def test_shape_asked_for(rows):
    negatives = [row for row in rows if not row["labels"]["leaks"]]
    assert len(rows) >= 500 and len(negatives) >= 300 and len(rows) - len(negatives) >= 150
    assert all(row["reason"].startswith("negative/") for row in negatives)
    assert len({row["id"] for row in rows}) == len(rows) == len({row["text"] for row in rows})
    assert {leak["kind"] for row in rows for leak in row["labels"]["leaks"]} == {"secret", "pii", "confidential"}
    for row in rows:
        for leak in row["labels"]["leaks"]:
            assert leak["value"] in row["text"], row["id"]
    assert len({row["platform"] for row in rows}) >= 6


def test_every_post_reads_as_a_mention(rows):
    lines = fresh_round5.OUT.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        assert mention_from_post(line, number).text == rows[number - 1]["text"]


def test_brands_and_names_are_the_batch_own(rows):
    config = yaml.safe_load((LEAKS_DIR / "config5.yaml").read_text(encoding="utf-8"))
    assert [brand["name"] for brand in config["brands"]] == fresh_round5.BRANDS
    assert config["confidential"]["code_names"] == fresh_round5.CODE_NAMES
    assert config["confidential"]["internal_domains"] == fresh_round5.INTERNAL_DOMAINS
    assert config["confidential"]["ticket_prefixes"] == fresh_round5.TICKET_PREFIXES
    earlier = (LEAKS_DIR / "config.yaml").read_text(encoding="utf-8").lower()
    for name in fresh_round5.BRANDS + fresh_round5.CODE_NAMES:
        assert name.lower() not in earlier


def _folded(value: str) -> str:
    value = re.sub("[\u200b\u200c\u200d\u2060]", "", unicodedata.normalize("NFKC", value))
    return value.translate(str.maketrans("\u0430\u0435\u043e\u0440\u0456\u0441\u039a\u0422\u041c\u041d\u041e",
                                         "aeopicKTMHO"))


def test_labelled_values_pass_their_checks(rows):
    tokens = [m.group(0) for row in rows for leak in row["labels"]["leaks"] for m in CHECKSUM_TOKEN.finditer(leak["value"])]
    assert tokens and all(fresh_round3.checksum_token_valid(t) for t in tokens)
    broken = [m.group(0) for row in rows if row["reason"].startswith("negative/broken-checksum")
              for m in CHECKSUM_TOKEN.finditer(row["text"])]
    assert broken and not any(fresh_round3.checksum_token_valid(t) for t in broken)
    cards = [re.sub(r"\D", "", leak["value"]) for row in rows if row["reason"].startswith("pii/card")
             for leak in row["labels"]["leaks"]]
    assert len(cards) >= 7 and all(fresh_round3.luhn_valid(c) and 12 <= len(c) <= 19 for c in cards)
    ibans = [leak["value"] for row in rows if row["reason"].startswith("pii/iban") for leak in row["labels"]["leaks"]]
    assert ibans and all(fresh_round3.iban_valid(v) for v in ibans)
    names = {name.replace(" ", "").lower() for name in fresh_round5.CODE_NAMES}
    for row in rows:
        if row["reason"].startswith("confidential/code-name"):
            value = _folded(row["labels"]["leaks"][0]["value"])
            assert re.sub(r"[\s#_-]", "", value).lower().removesuffix("2") in names, row["id"]


# The figures reached after round 5's fixes (tests/data/leaks/README.md, "Fresh batch, round 5"),
# rounded down: a change that brings back a class of false alarm, or loses recall, fails here. The
# two ordinary posts still flagged open a sentence with a one-word code name that is also a plant's
# name ("Foxglove is blooming…"): a sentence's first capital is not discounted, so that full-width
# and look-alike code names written there stay found.
FLOORS = {"secret": (1.0, 1.0), "pii": (1.0, 0.98), "confidential": (0.90, 1.0)}
ORDINARY_STILL_FLAGGED = {"fr5-0152", "fr5-0393"}


def test_scored_at_the_floors_reached():
    settings = load_settings(LEAKS_DIR / "config5.yaml")
    analyzer = Analyzer(settings, VaderBackend(), load_roster(settings.rosters.employees, settings.rosters.partners),
                        load_rules(None, settings), fingerprint_key=b"fresh5-test-key")
    lines = fresh_round5.OUT.read_text(encoding="utf-8").splitlines()
    score = LeakScore()
    mentions = [mention_from_post(line, number) for number, line in enumerate(lines, start=1)]
    for line, analysis in zip(lines, analyzer.analyze(mentions)):
        row = json.loads(line)
        score.add(row["id"], row["text"], row["labels"]["leaks"], [f for f in analysis.findings if f.category == "leak"])
    flagged = {line.split(" ")[0] for line in score.errors.get("ordinary flagged", [])}
    assert flagged <= ORDINARY_STILL_FLAGGED, sorted(flagged - ORDINARY_STILL_FLAGGED)
    for kind, (precision, recall) in FLOORS.items():
        tally = score.categories[kind]
        assert tally.precision >= precision and tally.recall >= recall, (kind, tally.line(kind), score.errors)


# Ordinary posts written after the round's first fixes to find more false alarms (probes5.jsonl; read
# with the rules open, so a regression guard, not a forecast). These still raise a finding: they need a
# word's sense (a marker word in scare quotes, a news report of a marked memo, a sentence-initial animal
# sharing a code name). An NDA for another employer ("(not Halden)"), a sticker on flea-market
# furniture, a marker heading a joke about the writer's cat and "DO NOT FORWARD chain letters" are quiet
# since h16b.
PROBES_STILL_FLAGGED = {"pr5-0002", "pr5-0003", "pr5-0031"}


def test_probed_ordinary_posts_stay_quiet_but_the_known_open_ones():
    import probes_round5

    assert probes_round5.main(["--check"]) == 0, "run tests/data/leaks/authoring/probes_round5.py"
    settings = load_settings(LEAKS_DIR / "config5.yaml")
    analyzer = Analyzer(settings, VaderBackend(), load_roster(settings.rosters.employees, settings.rosters.partners),
                        load_rules(None, settings), fingerprint_key=b"probes5-test-key")
    lines = probes_round5.OUT.read_text(encoding="utf-8").splitlines()
    flagged = set()
    for line, analysis in zip(lines, analyzer.analyze([mention_from_post(line, n) for n, line in enumerate(lines, 1)])):
        if any(f.category == "leak" for f in analysis.findings):
            flagged.add(json.loads(line)["id"])
    assert flagged <= PROBES_STILL_FLAGGED, sorted(flagged - PROBES_STILL_FLAGGED)
