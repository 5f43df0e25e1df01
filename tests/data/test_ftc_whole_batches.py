"""Keeps the issue 27 whole-post batches (tests/data/endorsements/{fresh,holdout,holdout2,…,holdout9}/)
consistent: schema and classes, roster labels that agree with the roster on the brand's local
calendar, and each committed file equal to what its source renders. Each batch has its own brand."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import pytest

from brandwatch.config import load_settings
from brandwatch.rosters import load_roster

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "tests" / "data" / "endorsements"
BATCHES = {"fresh": ("ftc_fresh", 2028, "f"), "holdout": ("ftc_holdout", 2029, "h"),
           "holdout2": ("ftc_holdout2", 2030, "g"), "holdout3": ("ftc_holdout3", 2031, "k"),
           "holdout4": ("ftc_holdout4", 2032, "p"),
           "holdout5": ("ftc_holdout5", 2033, "q"), "holdout6": ("ftc_holdout6", 2034, "r"),
           "holdout7": ("ftc_holdout7", 2035, "s"),
           "holdout8": ("ftc_holdout8", 2036, "t"), "holdout9": ("ftc_holdout9", 2037, "u")}
CLASSES = {"employee-undisclosed", "partner-undisclosed", "ambiguous-disclosure", "officer-review-undisclosed",
           "review-solicitation", "review-suppression", "nlra-caution", "none"}
FROM_ROSTER = ("roster-", "senior-promotion", "nlra/roster", "nlra-plus", "coworkers-promo", "former-after-end")


def rows_of(batch: str) -> list[dict]:
    return [json.loads(line) for line in (FOLDER / batch / "posts.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("batch", BATCHES)
def test_when_a_batch_is_read_then_every_post_has_a_class_a_disclosure_and_a_reason(batch):
    rows = rows_of(batch)
    prefix = BATCHES[batch][2]
    assert [r["id"] for r in rows] == [f"{prefix}{i:04d}" for i in range(1, len(rows) + 1)]
    assert {r["labels"]["expected"] for r in rows} == CLASSES
    for row in rows:
        labels = row["labels"]
        assert labels["disclosure"] in {"clear", "ambiguous", "missing"}, row["id"]
        assert row["reason"].strip() and labels["case"].strip(), row["id"]
        if labels["expected"] == "ambiguous-disclosure":
            assert labels["disclosure"] == "ambiguous", row["id"]
        if labels["expected"] in ("employee-undisclosed", "partner-undisclosed"):
            assert labels["disclosure"] == "missing", row["id"]


@pytest.mark.parametrize("batch", BATCHES)
def test_when_a_label_rests_on_the_roster_then_the_roster_agrees_on_the_local_date(batch):
    settings = load_settings(FOLDER / batch / "config.yaml")
    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    zone = settings.brands[0].zone
    for row in rows_of(batch):
        case, expected = row["labels"]["case"], row["labels"]["expected"]
        if row["author_description"] or not case.startswith(FROM_ROSTER):
            continue
        moment = datetime.fromisoformat(row["created_at"].replace("Z", "+00:00"))
        entry = roster.lookup(row["platform"], row["author"], moment, zone)
        if case == "former-after-end" or (case.startswith("roster-date/") and expected == "none"):
            assert entry is None, row["id"]
        else:
            assert entry is not None, row["id"]


@pytest.mark.parametrize("batch", BATCHES)
def test_when_a_source_is_rendered_then_it_equals_the_committed_batch(batch):
    sys.path.insert(0, str(ROOT / "tests" / "data" / "authoring"))
    try:
        import build
        module, seed, prefix = BATCHES[batch]
        assert build.build_whole(module, seed, prefix) == rows_of(batch)
    finally:
        sys.path.remove(str(ROOT / "tests" / "data" / "authoring"))
