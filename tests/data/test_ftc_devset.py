"""Keeps the FTC/NLRA development set (tests/data/endorsements/) consistent: schema, classes, size,
roster dates on the brand's local calendar, and the committed file equal to what the sources render."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from brandwatch.config import load_settings
from brandwatch.rosters import load_roster

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "tests" / "data" / "endorsements"
CLASSES = {"employee-undisclosed", "partner-undisclosed", "ambiguous-disclosure", "officer-review-undisclosed",
           "review-solicitation", "review-suppression", "nlra-caution", "none"}
ROSTER_CLASSES = {"employee-undisclosed", "partner-undisclosed", "officer-review-undisclosed", "review-solicitation"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in (FOLDER / "devset.jsonl").read_text(encoding="utf-8").splitlines()]


def test_when_the_set_is_read_then_it_has_at_least_800_posts_of_every_class_and_platform(rows):
    assert len(rows) >= 800
    assert [r["id"] for r in rows] == [f"e{i:04d}" for i in range(1, len(rows) + 1)]
    classes = Counter(r["labels"]["expected"] for r in rows)
    assert set(classes) == CLASSES and min(classes.values()) >= 40
    assert {r["platform"] for r in rows} >= {"x", "reddit", "mastodon"}
    cases = Counter(r["labels"]["case"].split("/")[-1] for r in rows)
    assert cases["staff-praise"] >= 60 and cases["negated-disclosure"] >= 40


def test_when_a_post_is_labelled_then_it_has_a_class_a_disclosure_and_a_reason(rows):
    for row in rows:
        labels = row["labels"]
        assert labels["expected"] in CLASSES, row["id"]
        assert labels["disclosure"] in {"clear", "ambiguous", "missing"}, row["id"]
        assert row["reason"].strip() and labels["case"].strip(), row["id"]
        if labels["expected"] == "ambiguous-disclosure":
            assert labels["disclosure"] == "ambiguous", row["id"]
        if labels["expected"] in ("employee-undisclosed", "partner-undisclosed"):
            assert labels["disclosure"] == "missing", row["id"]


def test_when_a_roster_class_is_labelled_from_the_roster_then_the_author_is_active_on_the_local_date(rows):
    settings = load_settings(FOLDER / "config.yaml")
    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    zone = settings.brands[0].zone
    for row in rows:
        if row["author_description"] or row["labels"]["case"].startswith(("post-tie", "nlra/post-tie")):
            continue
        moment = datetime.fromisoformat(row["created_at"].replace("Z", "+00:00"))
        entry = roster.lookup(row["platform"], row["author"], moment, zone)
        if row["labels"]["expected"] in ROSTER_CLASSES or row["labels"]["case"] == "nlra/roster":
            assert entry is not None, row["id"]
        if row["labels"]["case"] in ("former-after-end",) or row["labels"]["case"].startswith("lookalike-handle"):
            assert entry is None, row["id"]


def test_when_the_sources_are_rendered_then_they_equal_the_committed_set(rows):
    sys.path.insert(0, str(ROOT / "tests" / "data" / "authoring"))
    try:
        import build
        assert build.build_ftc() == rows
    finally:
        sys.path.remove(str(ROOT / "tests" / "data" / "authoring"))
