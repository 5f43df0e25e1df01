"""Canonical leak values: the same card, e-mail or token however it is written; different values stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from brandwatch.config import Settings
from brandwatch.errors import RuleError
from brandwatch.rules import load_rules
from brandwatch.rules.canonical import FORMS, canonical, form_for, writing_pattern, written_forms
from rulefiles import one_rule, write_rules

ZWSP, ZWJ = "\u200b", "\u200d"


def fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


@pytest.mark.parametrize("form, writings", [
    ("card", ["4929 3813 3266 4295", "4929-3813-3266-4295", "4929381332664295", "4929.3813.3266.4295",
              fullwidth("4929381332664295"), f"4929{ZWSP}3813 3266\u00a04295"]),
    ("iban", ["DE89 3704 0044 0532 0130 00", "de89370400440532013000", "DE89-3704-0044-0532-0130-00"]),
    ("email", ["Ana.Lopez@Example.com", "ana.lopez@example.COM", f"ana.lo{ZWJ}pez@example.com",
               fullwidth("ana.lopez@example.com")]),
    ("exact", ["ghp_R8vTq2LmXw9KpZs4NcYb7HdJf3GaUe6Qo1Vi", f"ghp_R8vTq2LmXw9{ZWSP}KpZs4NcYb7HdJf3GaUe6Qo1Vi",
               fullwidth("ghp_R8vTq2LmXw9KpZs4NcYb7HdJf3GaUe6Qo1Vi")]),
    ("exact", ["9f3c2a7be41d05c8a6f2e19d7b3c40aa", "9F3C2A7BE41D05C8A6F2E19D7B3C40AA"]),  # hex keys ignore case
    ("phone", ["+1 415 555 0134", "+1 (415) 555-0134", "+1.415.555.0134", "+14155550134", "001 415 555 0134"]),
    ("phone", ["+44 (0)20 7946 0958", "+44 20 7946 0958", "0044 20 7946 0958"]),
    ("phone", ["+1 415 555 0134 ext. 12", "+1-415-555-0134 x12", "+14155550134 EXT 12"]),
    ("phone", ["(415) 555-0134 ext 7", "415.555.0134 x7"]),
    ("ip", ["2001:DB8:0:0::1", "2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001"]),
    ("text", ["INTERNAL USE ONLY", "internal  use\u00a0only", fullwidth("Internal") + " use only"]),
])
def test_every_writing_of_one_value_has_one_canonical_form(form, writings):
    assert len({canonical(w, form) for w in writings}) == 1


@pytest.mark.parametrize("form, first, second", [
    ("exact", "ghp_R8vTq2LmXw9KpZs4NcYb7HdJf3GaUe6Qo1Vi", "ghp_r8vtq2lmxw9kpzs4ncyb7hdjf3gaue6qo1vi"),  # case counts
    ("card", "4929 3813 3266 4295", "4929 3813 3266 4296"),
    ("email", "ana.lopez@example.com", "ana.lopes@example.com"),
    ("exact", "sk_live_AbCdEfGh12345678", "sk-live-AbCdEfGh12345678"),  # a token's own dashes count
    ("phone", "+1 415 555 0134 x12", "+1 415 555 0134 x13"),
])
def test_different_values_stay_apart(form, first, second):
    assert canonical(first, form) != canonical(second, form)


@given(st.text(max_size=40), st.sampled_from(FORMS))
def test_canonical_is_idempotent(value, form):
    once = canonical(value, form)
    assert canonical(once, form) == once


@pytest.mark.parametrize("rule_id, kind, form", [
    ("pii-payment-card", "pii", "card"), ("pii-iban", "pii", "iban"), ("pii-phone-number", "pii", "phone"),
    ("pii-email-address", "pii", "email"), ("pii-us-ssn-labelled", "pii", "digits"), ("pii-ipv6-address", "pii", "ip"),
    ("github-pat-classic", "secret", "exact"), ("confidential-marker", "confidential", "text"),
])
def test_without_a_hint_the_form_follows_the_rule_id_and_kind(rule_id, kind, form):
    assert form_for(rule_id, kind) == form


def test_a_hint_wins_over_the_id():
    assert form_for("pii-payment-card", "pii", "digits") == "digits"


def test_written_forms_cover_the_usual_groupings():
    assert {"4929 3813 3266 4295", "4929-3813-3266-4295", "4929381332664295"} <= written_forms("4929381332664295", "card")
    assert "DE89 3704 0044 0532 0130 00" in written_forms("de89370400440532013000", "iban")


@pytest.mark.parametrize("value, text, remains", [
    ("4929 3813 3266 4295", "refund to 4929-3813-3266-4295 or 4929381332664295 or ４９２９ 3813 3266 4295",
     "refund to [masked] or [masked] or [masked]"),
    ("Ana.Lopez@Example.com", "write ANA.LOPEZ@EXAMPLE.COM or ana.lo\u200bpez@example.com",
     "write [masked] or [masked]"),
    ("ghp_R8vTq2LmXw9KpZs4NcYb7HdJf3GaUe6Qo1Vi", f"token ghp_R8vTq2LmXw9{ZWSP}KpZs4NcYb7HdJf3GaUe6Qo1Vi and "
     + fullwidth("ghp_R8vTq2LmXw9KpZs4NcYb7HdJf3GaUe6Qo1Vi"), "token [masked] and [masked]"),
    ("4929 3813 3266 4295", "order 4929 3813 3266 4296 shipped", "order 4929 3813 3266 4296 shipped"),
])
def test_the_writing_pattern_finds_every_written_form_and_only_those(value, text, remains):
    assert writing_pattern(value).sub("[masked]", text) == remains


def test_a_rule_names_its_form_with_fingerprint(tmp_path):
    directory = write_rules(tmp_path, one_rule("      regex: 'acct-[0-9]{8}'\n", extra="    fingerprint: digits\n"))
    [rule] = load_rules(directory, Settings()).rules
    assert rule.fingerprint == "digits"


def test_an_unknown_fingerprint_form_is_an_error_naming_file_and_line(tmp_path):
    directory = write_rules(tmp_path, one_rule("      regex: 'acct-[0-9]{8}'\n", extra="    fingerprint: cards\n"))
    with pytest.raises(RuleError, match=r"rules\.yaml:8:18: rule 'test-rule': fingerprint 'cards' is not valid.*'card'"):
        load_rules(directory, Settings())


def test_fingerprint_belongs_only_to_leak_rules(tmp_path):
    directory = write_rules(tmp_path, one_rule("      regex: 'broken'\n", category="complaint", kind="product",
                                               extra="    fingerprint: exact\n"))
    with pytest.raises(RuleError, match="fingerprint belongs only to category 'leak'"):
        load_rules(directory, Settings())
