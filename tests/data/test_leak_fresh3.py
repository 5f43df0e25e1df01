"""The fresh leak batch of round 3 (tests/data/leaks/fresh3.jsonl, issue 16) stays consistent with its source.

Checked by construction, never by running a detector: the committed file is what
authoring/fresh_round3.py renders, labels are exact substrings of a guideline kind, about half the
posts are hard negatives, and labelled values with a checksum or numbering plan pass it.
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

import fresh_round3

# fresh3.jsonl's phone numbers were drawn against this metadata version of phonenumbers.
PHONENUMBERS_BUILT_WITH = "9.0.43"
CHECKSUM_TOKEN = re.compile(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in fresh_round3.OUT.read_text(encoding="utf-8").splitlines()]


def test_committed_file_is_what_the_source_renders():
    if phonenumbers.__version__ != PHONENUMBERS_BUILT_WITH:
        pytest.skip("phone numbers are drawn against another phonenumbers metadata version")
    assert fresh_round3.main(["--check"]) == 0, "run tests/data/leaks/authoring/fresh_round3.py and commit fresh3.jsonl"


def test_size_kinds_and_share_of_negatives(rows):
    assert len(rows) >= 420
    negatives = [row for row in rows if not row["labels"]["leaks"]]
    assert 0.5 <= len(negatives) / len(rows) <= 0.6
    assert all(row["reason"].startswith("negative/") for row in negatives)
    assert len({row["id"] for row in rows}) == len(rows) == len({row["text"] for row in rows})
    kinds = {leak["kind"] for row in rows for leak in row["labels"]["leaks"]}
    assert kinds == {"secret", "pii", "confidential"}
    for row in rows:
        for leak in row["labels"]["leaks"]:
            assert leak["value"] in row["text"], row["id"]


def test_checksummed_values_pass_and_broken_ones_fail(rows):
    labelled = [m.group(0) for row in rows for leak in row["labels"]["leaks"]
                for m in CHECKSUM_TOKEN.finditer(leak["value"])]
    assert len(labelled) >= 8 and all(fresh_round3.checksum_token_valid(t) for t in labelled)
    broken = [m.group(0) for row in rows if row["reason"].startswith("negative/broken-checksum")
              for m in CHECKSUM_TOKEN.finditer(row["text"])]
    assert broken and not any(fresh_round3.checksum_token_valid(t) for t in broken)
    cards = [re.sub(r"\D", "", leak["value"]) for row in rows if row["reason"].startswith("pii/card")
             for leak in row["labels"]["leaks"]]
    assert len(cards) >= 5 and all(12 <= len(c) <= 19 and fresh_round3.luhn_valid(c) for c in cards)
    assert not set(cards) & fresh_round3.FAMOUS_TEST_CARDS
    ibans = [leak["value"] for row in rows if row["reason"].startswith("pii/iban") for leak in row["labels"]["leaks"]]
    assert len(ibans) >= 3 and all(fresh_round3.iban_valid(v) for v in ibans)
    bad = [m.group(0) for row in rows if row["reason"].startswith("negative/bad-iban")
           for m in re.finditer(r"[A-Z]{2}\d{2}(?: [A-Z0-9]{1,4})+", row["text"])]
    assert bad and not any(fresh_round3.iban_valid(v) for v in bad)


def test_labelled_phone_numbers_are_valid_for_their_region(rows):
    phones = [row for row in rows if row["reason"].startswith("pii/phone")]
    assert len(phones) >= 30
    for row in phones:
        region = row["reason"].split(" | ")[1].rsplit("-", 1)[1]
        value = re.split(r" (?:ext\.?|x) ?\d", row["labels"]["leaks"][0]["value"])[0]
        if value.startswith("00"):
            value = "+" + value[2:]
        assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), (row["id"], value)


def test_values_corrected_after_the_first_scoring_keep_their_format(rows):
    labelled = [leak["value"] for row in rows for leak in row["labels"]["leaks"]]
    aws = [v for v in labelled if v.startswith("AKIA")]
    assert aws and all(re.fullmatch(r"AKIA[A-Z2-7]{16}", v) for v in aws)
    ages = [v for v in labelled if v.startswith("AGE-SECRET-KEY-1")]
    assert ages and all(_bech32_ok(v) for v in ages)
    urls = [v for v in labelled if re.match(r"\w+(?:\+\w+)?://[^/\s:]+:", v)]
    assert urls and all(re.fullmatch(r"[^#?\s]+", v.split("://", 1)[1].rsplit("@", 1)[0]) for v in urls)


def _bech32_ok(value: str) -> bool:
    hrp, data = value.lower().rsplit("1", 1)
    alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    expanded = [ord(ch) >> 5 for ch in hrp] + [0] + [ord(ch) & 31 for ch in hrp]
    return fresh_round3._bech32_polymod(expanded + [alphabet.index(ch) for ch in data]) == 1
