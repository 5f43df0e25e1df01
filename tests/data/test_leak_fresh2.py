"""The fresh leak batch (tests/data/leaks/fresh2.jsonl, issue 16 round 2) stays consistent with its source.

Labels are checked by construction, never by running a detector: the committed file is what
authoring/fresh_round2.py renders, every label is an exact substring of a guideline kind, and every
labelled value with a checksum or numbering plan passes it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import phonenumbers
import pytest

LEAKS_DIR = Path(__file__).resolve().parent / "leaks"
sys.path.insert(0, str(LEAKS_DIR / "authoring"))

import fresh_round2
from fakes import FAMOUS_TEST_CARDS, checksum_token_valid, iban_valid, luhn_valid

# The phone numbers in fresh2.jsonl were drawn with this version of phonenumbers' metadata.
PHONENUMBERS_BUILT_WITH = "9.0.43"
CHECKSUM_TOKEN = re.compile(r"\b(gh[pousr]_|npm_)[A-Za-z0-9]{36}\b")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in fresh_round2.OUT.read_text(encoding="utf-8").splitlines()]


def _values(rows: list[dict], context_prefix: str) -> list[str]:
    return [leak["value"] for row in rows if row["reason"].split(" | ")[1].startswith(context_prefix)
            for leak in row["labels"]["leaks"]]


def test_committed_file_is_what_the_source_renders():
    if phonenumbers.__version__ != PHONENUMBERS_BUILT_WITH:
        pytest.skip("phone numbers are drawn against another phonenumbers metadata version")
    assert fresh_round2.main(["--check"]) == 0, "run tests/data/leaks/authoring/fresh_round2.py and commit fresh2.jsonl"


def test_size_labels_and_negatives(rows):
    assert len(rows) >= 400
    negatives = [row for row in rows if not row["labels"]["leaks"]]
    assert len(negatives) >= 200 and all(row["reason"].startswith("negative/") for row in negatives)
    assert len({row["id"] for row in rows}) == len(rows) == len({row["text"] for row in rows})
    for row in rows:
        for leak in row["labels"]["leaks"]:
            assert leak["kind"] in {"secret", "pii", "confidential"} and leak["value"] in row["text"], row["id"]


def test_checksummed_values_pass(rows):
    tokens = [m.group(0) for row in rows if row["labels"]["leaks"] for leak in row["labels"]["leaks"]
              for m in CHECKSUM_TOKEN.finditer(leak["value"])]
    assert len(tokens) >= 10 and all(checksum_token_valid(t, 4) for t in tokens)
    broken = [m.group(0) for row in rows if row["reason"].startswith("negative/broken-checksum")
              for m in CHECKSUM_TOKEN.finditer(row["text"])]
    assert broken and not any(checksum_token_valid(t, 4) for t in broken)
    cards = [re.sub(r"\D", "", v) for v in _values(rows, "card-")]
    assert len(cards) >= 15
    assert all(12 <= len(c) <= 19 and luhn_valid(c) and c not in FAMOUS_TEST_CARDS for c in cards)
    ibans = _values(rows, "iban-")
    assert len(ibans) >= 15 and all(iban_valid(v) for v in ibans)


def test_labelled_phone_numbers_are_valid_for_their_region(rows):
    checked = 0
    for row in rows:
        context = row["reason"].split(" | ")[1]
        if not context.startswith("phone-"):
            continue
        region = context.rsplit("-", 1)[1]
        value = re.split(r" (?:ext\.?|x|extension|Durchwahl|poste) ?\d", row["labels"]["leaks"][0]["value"])[0]
        if value.startswith("00"):
            value = "+" + value[2:]
        number = phonenumbers.parse(value, region)
        assert phonenumbers.is_valid_number(number), (row["id"], value)
        checked += 1
    assert checked >= 60
