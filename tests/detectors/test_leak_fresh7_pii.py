"""PII kinds the fresh leak batch of round 7 found (tests/data/leaks/fresh7.jsonl), each with the
neighbours that must not change: version strings read as dotted phones, a card given as a query or
form value, team mailboxes in config."""

from __future__ import annotations

import pytest


def leaks(result, kind=None):
    return [f for f in result.findings if f.category == "leak" and (kind is None or f.kind == kind)]


def spans(text, result, kind=None):
    return [text[f.start:f.end] for f in leaks(result, kind)]


# --- versions are not dotted phone numbers ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "updated the Acme agent from 6.17.27.7851 to 10.4.2.1188, still leaks memory",
    "Acme desktop 3.61.48.2207 crashes on start",
    "pinned the Acme sdk at 7.12.30.5514 until they fix the regression",
])
def test_when_a_version_has_a_one_digit_major_and_four_groups_then_it_is_not_a_phone(analyze, text):
    assert leaks(analyze(text), "pii") == []


@pytest.mark.parametrize("number", ["617.27.78.51", "06.12.34.56.78"])
def test_when_a_phone_is_dotted_the_national_way_then_it_is_still_found(analyze, number):
    text = f"Acme courier lost my parcel, call me on {number}"
    assert spans(text, analyze(text), "pii") == [number]


# --- a card as a key's value in a query string or form body -------------------------------------

@pytest.mark.parametrize("text,card", [
    ("card_number=6011628232387912&exp=0729 <- the Acme checkout posts this in the URL", "6011628232387912"),
    ("POST /pay cc=4556737586899855;cvv=123 is what the Acme form sends", "4556737586899855"),
])
def test_when_a_card_is_the_value_of_a_card_key_then_it_is_found_and_masked(analyze, text, card):
    [finding] = leaks(analyze(text), "pii")
    assert text[finding.start:finding.end] == card
    assert card not in finding.preview and card not in str(finding.to_contract())


@pytest.mark.parametrize("text", [
    "session=6011628232387912&lang=en in the Acme link, is that normal?",
    "https://acme.example/track?id=4556737586899855&step=2",
])
def test_when_a_card_shaped_number_is_another_keys_value_then_it_is_quiet(analyze, text):
    assert leaks(analyze(text), "pii") == []


# --- team mailboxes are not a person's address ---------------------------------------------------

def test_when_config_names_a_team_mailbox_then_only_the_personal_address_is_a_leak(analyze):
    text = "alerting:\n  email_to: oncall@fernway.io\n  cc: ops@fernway.io\n  owner: rowan.kessler84@gmail.com"
    assert spans(text, analyze(text), "pii") == ["rowan.kessler84@gmail.com"]


# --- a mailto: link (found probing after the batch) --------------------------------------------

def test_when_an_address_is_written_as_a_mailto_link_then_it_is_found(analyze):
    text = '<a href="mailto:ines.varga84@gmail.com">write me</a>, the Acme form bounces'
    assert spans(text, analyze(text), "pii") == ["ines.varga84@gmail.com"]


def test_when_a_url_carries_user_and_password_then_the_password_host_is_still_no_address(analyze):
    text = "redis://:S3cr3tXyz@cache.prod.example.net:6379 is in the leaked config"
    assert leaks(analyze(text), "pii") == []
