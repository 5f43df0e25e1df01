"""Checksum and number-plan validators accept real shapes and reject look-alikes."""

from __future__ import annotations

import pytest

from brandwatch.rules.validators import VALIDATORS


@pytest.mark.parametrize("name, value, valid", [
    ("luhn", "4282 3768 5860 9055", True),
    ("luhn", "4282 3768 5860 9056", False),
    ("luhn", "0000 0000 0000 0000", False),  # one repeated digit is never a real card
    ("iban", "DE62 3702 7575 8118 7643 83", True),
    ("iban", "DE62 3702 7575 8118 7643 84", False),
    ("iban", "DE62370275758118764", False),  # wrong length for Germany
    ("us-ssn", "536-22-8197", True),
    ("us-ssn", "666-22-8197", False),
    ("us-ssn", "901-22-8197", False),
    ("us-ssn", "536-00-8197", False),
    ("phone", "(415) 555-0132", True),
    ("phone", "+44 20 7946 0958", True),
    ("phone", "123-456-7890", False),
    ("github-token", "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", True),
    ("github-token", "ghp_mavzfVABqZ5YsOOlB1f46RfHk7hp3I4XLQxE", False),
    ("jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", True),
    ("jwt", "eyJzzzzzzzzzzzzz.eyJzzzzzzzzzzzzz.abcdefghijklmnop", False),
])
def test_when_a_value_is_validated_then_the_verdict_matches_its_checksum(name, value, valid):
    assert VALIDATORS[name](value) is valid


@pytest.mark.parametrize("name", sorted(VALIDATORS))
def test_when_a_validator_gets_garbage_then_it_says_no_without_raising(name):
    for junk in ("", "_", "\udcff", "٣٣٣-٢٢-٨١٩٧", "x" * 10_000, "ghp_" + "é" * 36):
        assert VALIDATORS[name](junk) is False
