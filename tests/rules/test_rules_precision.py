"""Short social posts full of look-alikes raise no leak: order numbers, tracking codes, hashes,
UUIDs, dates, prices, versions, handles and placeholder keys."""

from __future__ import annotations

import pytest

LOOK_ALIKES = [
    "@acmesupport order #4282376858609055 hasn't shipped, it's been 9 days 😡",
    "tracking number 1Z999AA10123456784 says delivered but nothing here",
    "USPS 9400 1000 0000 0000 0000 00 stuck in Memphis since 2024-05-12",
    "commit 3f2b8c1e9d4a4b7e8a216c0d5e9f1a23c4d5e6f7 fixed the crash 🙏",
    "request id 3f2b8c1e-9d4a-4b7e-8a21-6c0d5e9f1a23 in the error page",
    "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "paid $1,299.99 on 03/14/2024 for the Acme Rocket, refund ETA 10-14 days",
    "Acme Anvil v2.10.3 (build 20240512.1) release notes are up",
    "call 1-800-FLOWERS or 555-0100 lol",
    "flight UA 1234 at 14:35, gate B22, seat 12A ✈️",
    "my api_key is YOUR_API_KEY_HERE and it still fails, @acme docs are wrong",
    "set password=<your-password> in .env first",
    "AKIAIOSFODNN7EXAMPLE from the AWS docs doesn't work as a real key (obviously)",
    "postgres://user:password@localhost:5432/app is the default in the tutorial",
    "follow @acme_official and @acmesupport, use code SPRING25 for 25% off",
    "ISBN 978-3-16-148410-0 is the book I mentioned",
    "the bluebird on my feeder is back 🐦",
    "coordinates 51.5074, -0.1278 — meet at the Acme store",
    "score was 3-2-1 after the penalty shootout",
    "IBAN? just send it via the app. Ref: INV-2024-00017",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_a_post_only_has_look_alikes_then_no_leak_rule_fires(bundled, text):
    leaks = [(h.rule.id, h.value) for h in bundled.match(text) if h.rule.category == "leak"]
    assert leaks == []


def test_when_hundreds_of_look_alikes_precede_a_real_value_then_it_is_still_found(bundled):
    # 300 card-shaped numbers failing Luhn, then a real phone number and card: the hit cap counts
    # kept hits only, so look-alikes cannot use it up.
    text = "4282 3768 5860 9056 " * 300 + "call (415) 555-0232, card 4282 3768 5860 9055"
    found = {(h.rule.id, h.value) for h in bundled.match(text)}
    assert {("pii-phone-number", "(415) 555-0232"), ("pii-payment-card", "4282 3768 5860 9055")} <= found
