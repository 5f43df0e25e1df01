"""The leak development set (tests/data/leaks/) stays consistent with its sources and its guideline.

Checks the labels by construction, never by running a detector: ids, substrings, kinds and counts;
the committed file equals what the authoring scripts render; and every labelled value that has a
checksum or a numbering plan passes it, while the look-alikes meant to fail do fail.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import phonenumbers
import pytest

LEAKS_DIR = Path(__file__).resolve().parent / "leaks"
AUTHORING = LEAKS_DIR / "authoring"
sys.path.insert(0, str(AUTHORING))

import build_leak_devset
from fakes import FAMOUS_TEST_CARDS, checksum_token_valid, iban_valid, luhn_valid
from providers import PROVIDERS, provider_names

GUIDELINE_KINDS = {"secret", "pii", "confidential"}  # tests/data/README.md, "Label semantics"
TOP_LEVEL_KEYS = ["id", "platform", "author", "author_description", "created_at", "text", "labels", "reason"]
LABEL_KEYS = {"complaint", "topic", "disclosure", "endorsement", "leaks", "nlra"}
CHECKSUM_TOKEN = re.compile(r"\b(gh[pousr]_|npm_)[A-Za-z0-9]{36}\b")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    lines = (LEAKS_DIR / "devset.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _values(row: dict, group_prefix: str) -> list[str]:
    if not row["reason"].startswith(group_prefix):
        return []
    return [leak["value"] for leak in row["labels"]["leaks"]]


def test_every_line_has_the_devset_format(rows):
    for row in rows:
        assert list(row) == TOP_LEVEL_KEYS, row["id"]
        assert set(row["labels"]) == LABEL_KEYS, row["id"]
        assert row["platform"] in {"x", "reddit"}, row["id"]
        assert re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\dZ", row["created_at"]), row["id"]


def test_ids_and_texts_are_unique(rows):
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    texts = [row["text"] for row in rows]
    assert len(texts) == len(set(texts))


def test_every_label_is_a_guideline_kind_and_a_substring_of_its_text(rows):
    for row in rows:
        for leak in row["labels"]["leaks"]:
            assert set(leak) == {"kind", "value"}, row["id"]
            assert leak["kind"] in GUIDELINE_KINDS, row["id"]
            assert leak["value"] and leak["value"] in row["text"], row["id"]


def test_size_and_hard_negatives(rows):
    assert len(rows) >= 1500
    negatives = [row for row in rows if not row["labels"]["leaks"]]
    assert len(negatives) >= 800
    assert all(row["reason"].startswith("negative/") for row in negatives)
    for kind in GUIDELINE_KINDS:
        assert sum(leak["kind"] == kind for row in rows for leak in row["labels"]["leaks"]) >= 150, kind


def test_committed_file_is_what_the_sources_render(rows):
    rendered = build_leak_devset.render()
    if phonenumbers.__version__ == build_leak_devset.PHONENUMBERS_BUILT_WITH:
        assert build_leak_devset.main(["--check"]) == 0, "run tests/data/leaks/authoring/build_leak_devset.py and commit devset.jsonl"
        return
    # Another metadata version may draw other phone numbers; everything else must still match.
    def comparable(row: dict) -> bool:
        return not row["reason"].startswith(build_leak_devset.PHONE_GROUPS)

    assert [r for r in rows if comparable(r)] == [r for r in rendered if comparable(r)]


def test_at_least_100_providers_appear_in_posts(rows):
    assert len(provider_names()) >= 100
    shown = {row["reason"].split(" | ")[1].split(":", 1)[1] for row in rows
             if row["reason"].startswith("secret/provider")}
    assert shown == {name for name, _, _ in PROVIDERS}


def test_checksummed_tokens_pass_when_labelled_and_fail_when_not(rows):
    labelled = [v for row in rows for v in _values(row, "secret/") if CHECKSUM_TOKEN.fullmatch(v)]
    assert len(labelled) >= 20
    assert all(checksum_token_valid(v, 4) for v in labelled)
    broken = [m.group(0) for row in rows if row["reason"].startswith("negative/broken-checksum")
              for m in CHECKSUM_TOKEN.finditer(row["text"])]
    assert len(broken) >= 20
    assert not any(checksum_token_valid(v, 4) for v in broken)


def test_labelled_cards_are_luhn_valid_12_to_19_digits_and_not_famous_test_cards(rows):
    cards = [re.sub(r"[ -]", "", v) for row in rows for v in _values(row, "pii/card")]
    assert len(cards) >= 40
    lengths = set()
    for number in cards:
        assert number.isdigit() and 12 <= len(number) <= 19, number
        assert luhn_valid(number), number
        assert number not in FAMOUS_TEST_CARDS
        lengths.add(len(number))
    assert lengths >= {12, 13, 14, 15, 16, 17, 18, 19}


def test_labelled_ibans_pass_mod_97_and_the_bad_ones_fail(rows):
    ibans = [v for row in rows for v in _values(row, "pii/iban")]
    assert len(ibans) >= 30 and all(iban_valid(v) for v in ibans)
    assert any(v.islower() or v[2:] != v[2:].upper() for v in ibans)  # any case
    bad = [m.group(0) for row in rows if row["reason"].startswith("negative/bad-iban")
           for m in re.finditer(r"[A-Z]{2}\d\d(?: [A-Z0-9]{1,4})+", row["text"])]
    assert bad and not any(iban_valid(v) for v in bad)


def test_labelled_phones_are_valid_for_their_region(rows):
    regions = set()
    for row in rows:
        if not row["reason"].startswith("pii/phone"):
            continue
        region = row["reason"].split(" | ")[1].rsplit("-", 1)[1]
        regions.add(region)
        for value in _values(row, "pii/phone"):
            number = re.split(r" (?:ext\.?|x|Durchwahl) ", value)[0]
            assert phonenumbers.is_valid_number(phonenumbers.parse(number, region)), (row["id"], value)
    assert len(regions) >= 12
