"""Keeps the labelled development set and the bundled sample posts internally consistent.

These tests check the data, not a detector: schema, unique ids, every leak value present in its post,
labels that agree with each other and with the rosters, fake card numbers and IBANs that pass their
checksums, and committed files that match what the authoring sources render.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pytest

from brandwatch.rosters import load_roster

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "data" / "devset.jsonl"
SAMPLES = ROOT / "src" / "brandwatch" / "data" / "sample_posts.jsonl"
AUTHORING = ROOT / "tests" / "data" / "authoring"

LABEL_KEYS = {"complaint", "topic", "disclosure", "endorsement", "leaks", "nlra"}
TOPICS = {"product", "staff", "policy", "other"}
DISCLOSURES = {"clear", "ambiguous", "missing"}
ENDORSEMENT_FOR_DISCLOSURE = {"missing": "undisclosed", "ambiguous": "ambiguous-disclosure", "clear": None}
LEAK_KINDS = {"secret", "pii", "confidential"}
# An author outside the rosters counts as an endorser only by saying they work for Acme.
SELF_IDENTIFIED = re.compile(
    r"work(?:ing|s)?\s+(?:at|for|on)\s+(?:the\s+)?@?acme|acme\s+(?:corp\s+)?(?:employee|staff|engineer|intern|"
    r"marketing|support|warehouse|designer|team|associate|product|sales|retail)|\bat\s+@?acme\b|"
    r"(?:engineer|designer|associate|manager|rep|lead|intern|marketer|PM)\s+(?:at|@)\s*@?acme",
    re.IGNORECASE)


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def devset() -> list[dict]:
    return _read(DEVSET)


@pytest.fixture(scope="module")
def samples() -> list[dict]:
    return _read(SAMPLES)


@pytest.fixture(scope="module")
def roster():
    return load_roster(ROOT / "config" / "employees.csv", ROOT / "config" / "partners.csv")


def _moment(post: dict) -> datetime:
    return datetime.fromisoformat(post["created_at"].replace("Z", "+00:00"))


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _iban_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    numeric = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(numeric) % 97 == 1


def test_when_devset_is_read_then_it_has_enough_posts_with_unique_sequential_ids(devset):
    assert len(devset) >= 450
    assert [p["id"] for p in devset] == [f"d{i:04d}" for i in range(1, len(devset) + 1)]


def test_when_a_dev_post_is_read_then_it_has_every_field_with_the_right_type(devset):
    for post in devset:
        assert set(post) == {"id", "platform", "author", "author_description", "created_at", "text",
                             "labels", "reason"}, post["id"]
        assert post["platform"] in {"x", "reddit"}, post["id"]
        assert post["author"] and isinstance(post["author"], str), post["id"]
        assert post["author_description"] is None or isinstance(post["author_description"], str)
        assert _moment(post).tzinfo is not None, post["id"]
        assert post["text"].strip() and post["reason"].strip(), post["id"]
        assert set(post["labels"]) == LABEL_KEYS, post["id"]


def test_when_a_post_is_a_complaint_then_it_has_a_topic_and_otherwise_none(devset):
    for post in devset:
        labels = post["labels"]
        assert isinstance(labels["complaint"], bool)
        assert (labels["topic"] in TOPICS) if labels["complaint"] else labels["topic"] is None, post["id"]


def test_when_an_endorsement_is_labelled_then_it_matches_the_disclosure(devset):
    for post in devset:
        labels = post["labels"]
        assert labels["disclosure"] in DISCLOSURES, post["id"]
        if labels["endorsement"] is not None:
            assert labels["endorsement"] == ENDORSEMENT_FOR_DISCLOSURE[labels["disclosure"]], post["id"]


def _is_endorser(post: dict, roster) -> bool:
    if roster.lookup(post["platform"], post["author"], _moment(post)):
        return True
    return bool(SELF_IDENTIFIED.search(post["text"]) or SELF_IDENTIFIED.search(post["author_description"] or ""))


def test_when_an_endorsement_is_labelled_then_the_author_is_an_active_roster_member_or_self_identified(devset, roster):
    for post in devset:
        if post["labels"]["endorsement"] is not None or post["labels"]["nlra"]:
            assert _is_endorser(post, roster), post["id"]


def test_when_a_roster_member_posts_outside_their_period_then_no_endorsement_is_labelled(devset, roster):
    handles = {(p, h.casefold()) for p in ("x", "reddit") for h in roster.accounts(p)}
    outside = [p for p in devset if (p["platform"], p["author"].casefold()) in handles
               and not roster.lookup(p["platform"], p["author"], _moment(p))]
    assert outside, "the dev set should hold roster posts from outside an employment or partnership period"
    for post in outside:
        if not SELF_IDENTIFIED.search(post["text"]):
            assert post["labels"]["endorsement"] is None, post["id"]


def test_when_a_leak_is_labelled_then_its_exact_value_occurs_in_the_text(devset):
    for post in devset:
        for leak in post["labels"]["leaks"]:
            assert set(leak) == {"kind", "value"} and leak["kind"] in LEAK_KINDS, post["id"]
            assert leak["value"] and leak["value"] in post["text"], (post["id"], leak["value"])


def test_when_a_card_or_iban_is_labelled_as_pii_then_its_checksum_is_valid(devset):
    checked = 0
    for post in devset:
        for leak in post["labels"]["leaks"]:
            compact = re.sub(r"[ -]", "", leak["value"])
            if leak["kind"] == "pii" and compact.isdigit() and 13 <= len(compact) <= 19:
                assert _luhn_ok(compact), (post["id"], leak["value"])
                checked += 1
            elif leak["kind"] == "pii" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
                assert _iban_ok(compact), (post["id"], leak["value"])
                checked += 1
    assert checked >= 10


def test_when_the_bundled_samples_are_read_then_they_use_the_scan_input_format_without_labels(samples, devset):
    assert len(samples) >= 220
    ids = [p["id"] for p in samples]
    assert len(set(ids)) == len(ids)
    dev_texts = {p["text"] for p in devset}
    for post in samples:
        assert set(post) - {"author_description"} == {"id", "platform", "author", "created_at", "text"}, post["id"]
        assert "2026-10-01" <= post["created_at"][:10] <= "2026-11-20", post["id"]
        assert post["text"] not in dev_texts, post["id"]


def test_when_the_authoring_sources_are_rendered_then_they_match_the_committed_files(devset, samples):
    sys.path.insert(0, str(AUTHORING))
    try:
        import build
        assert build.build_dev() == devset
        assert build.build_samples() == samples
    finally:
        sys.path.remove(str(AUTHORING))
