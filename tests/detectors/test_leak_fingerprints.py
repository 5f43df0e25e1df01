"""One leaked value is one fingerprint group, however it is written; each written form keeps its own span."""

from __future__ import annotations

import pytest

from brandwatch.detectors.leaks import leak_findings
from brandwatch.rules.matcher import RuleHit
from brandwatch.rules.schema import Rule

KEY = b"leak-fingerprint-test-key"


def rule(rule_id: str, kind: str, hint: str | None = None) -> Rule:
    return Rule(id=rule_id, title="t", description="d", category="leak", kind=kind, signal=None, topic=None,
                severity="high", source="t:1", content_hash="h" * 64, fingerprint=hint)


CARD, EMAIL, TOKEN = rule("pii-payment-card", "pii"), rule("pii-email-address", "pii"), rule("vendor-token", "secret")
TOKEN_VALUE = "ghp_R8vTq2LmXw9KpZs4NcYb7HdJf3GaUe6Qo1Vi"


def marks(rule_: Rule, *values: str) -> list[str]:
    return [leak_findings([RuleHit(rule_, 0, len(v), v, 1.0, {})], KEY)[0].fingerprint for v in values]


@pytest.mark.parametrize("rule_, writings", [
    (CARD, ["4929 3813 3266 4295", "4929-3813-3266-4295", "4929381332664295"]),
    (EMAIL, ["Ana.Lopez@Example.com", "ana.lopez@example.com", "ANA.LOPEZ@EXAMPLE.COM"]),
    (TOKEN, [TOKEN_VALUE, TOKEN_VALUE[:10] + "\u200b" + TOKEN_VALUE[10:],
             "".join(chr(ord(c) + 0xFEE0) for c in TOKEN_VALUE)]),
])
def test_every_writing_of_a_value_forms_one_group(rule_, writings):
    assert len(set(marks(rule_, *writings))) == 1


def test_a_case_sensitive_token_in_another_case_is_another_secret():
    assert len(set(marks(TOKEN, TOKEN_VALUE, TOKEN_VALUE.lower()))) == 2


def test_a_rule_hint_chooses_the_form():
    account = rule("vendor-account-number", "secret", hint="digits")
    assert len(set(marks(account, "1234-5678-90", "1234567890"))) == 1
    assert len(set(marks(rule("vendor-account-number", "secret"), "1234-5678-90", "1234567890"))) == 2


def test_two_writings_in_one_post_keep_two_spans_with_one_fingerprint():
    text = "card 4929 3813 3266 4295 or 4929-3813-3266-4295"
    hits = [RuleHit(CARD, 5, 24, text[5:24], 1.0, {}), RuleHit(CARD, 28, 47, text[28:47], 1.0, {})]
    spans = leak_findings(hits, KEY)
    assert [(s.start, s.end) for s in spans] == [(5, 24), (28, 47)]
    assert spans[0].fingerprint == spans[1].fingerprint
    assert spans[0].explanation["fingerprint_form"] == "card"


def test_the_bundled_card_rule_groups_a_card_with_spaces_dashes_or_none(analyze):
    found = [f for text in ("my card 4282 3768 5860 9055 got charged twice", "card 4282-3768-5860-9055 declined",
                            "charged on card 4282376858609055 again")
             for f in analyze(text).findings if f.rule == "pii-payment-card"]
    assert len(found) == 3 and len({f.fingerprint for f in found}) == 1
