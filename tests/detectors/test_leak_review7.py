"""Defects the read-only review of the leaks7 round found (issue 16), each beside the neighbours that
must keep working: the config-section reading of weak-shaped provider keys, admin-command contexts,
env-lookup fallbacks, dotted phones and card parameters."""

from __future__ import annotations

import pytest

MD5 = "9a0364b9e99bb480dd25e1f0284c8555"
HEX37 = "4be1f0a9c27d3e58b61a0f9d2c4e7b8a1d3f5c6"[:37]
HEX64 = "3f9c1e7a5b2d4f6e8a0c1b3d5e7f9a2c4b6d8e0f1a3c5e7b9d2f4a6c8e0b1d3f"
UUID = "6f1c2b9e-4d7a-4e3b-9c81-2a5f0d7e3b64"
DD_KEY = "7c1e94b02fa85d3e6b0a19c47f2d8e53"


def leaks(result, kind=None):
    return [f for f in result.findings if f.category == "leak" and (kind is None or f.kind == kind)]


def rules_of(result):
    return sorted({f.rule for f in leaks(result)})


# --- 1. the config-section reading stays inside its section ---------------------------------------

@pytest.mark.parametrize("text", [
    f"notifications:\n  provider: twilio\n  from: Acme\ncache:\n  key: {MD5}",
    f"sms_provider: twilio\nwebhook_key: {MD5}",
    f"Twilio\nkeynote: {MD5}",
    f"cdn: cloudflare\ncache_key: {HEX37}",
    f"datadog:\n  enabled: false\nbuild:\n  cache_key: {MD5}",
    f"[datadog]\nenabled = false\n[cache]\nkey = {MD5}",
    f"Datadog\nkeyboard: {MD5}",
    f"monitoring: datadog\nhockey_key: {MD5}",
    f"source: heroku-router\nstatus: 200\nidempotency-key: {UUID}",
    f"heroku:\n  app: acme\nmonkey: {UUID}",
    f"Linode.\nkey: {HEX64}",
    f"datadog:\n  enabled: true\n  build:\n    cache_key: {MD5}",
])
def test_when_a_key_line_lies_outside_the_providers_section_or_is_no_secret_name_then_it_is_quiet(analyze, text):
    assert leaks(analyze(text)) == []


@pytest.mark.parametrize("text,rule", [
    (f"datadog:\n  site: datadoghq.eu\n  enabled: true\n  api_key: {DD_KEY}", "datadog-api-key"),
    (f"agents:\n  datadog:\n    site: datadoghq.eu\n    api_key: {DD_KEY}", "datadog-api-key"),
    (f"[datadog]\nsite = datadoghq.eu\napikey = \"{DD_KEY}\"", "datadog-api-key"),
    (f"\"datadog\": {{\n  \"site\": \"datadoghq.eu\",\n  \"apiKey\": \"{DD_KEY}\"\n}}", "datadog-api-key"),
    (f"monitoring:\n  host: https://api.datadoghq.com\n  api_key: {DD_KEY}", "datadog-api-key"),
    (f"twilio:\n  account: main\n  auth_token: {MD5}", "twilio-auth-token"),
    (f"linode:\n  region: eu-central\n  token: {HEX64}", "linode-token"),
])
def test_when_a_weak_key_sits_in_its_providers_section_then_that_providers_rule_finds_it(analyze, text, rule):
    assert rule in rules_of(analyze(text))


# --- 10. the section tests name the rule, not just the kind ---------------------------------------

OKTA = "00Rk2jWq8NvX4TzLp7mB0sHc9YdE3fGa6uJi5KoQ1w"


@pytest.mark.parametrize("text", [
    f"okta:\n  orgUrl: https://acme.okta.com\n  token: {OKTA}",
    f"client:\n  orgUrl: https://acme.okta.com\n  token: {OKTA}",
    f"[okta]\norg_url = https://dev-4417.okta.com\napi_token = \"{OKTA}\"",
])
def test_when_an_okta_token_sits_in_its_section_then_the_okta_rule_names_it(analyze, text):
    assert "okta-api-token" in rules_of(analyze(text))


@pytest.mark.parametrize("text", [
    f"datadog:\n  site: datadoghq.eu\n  api_key: {DD_KEY}",
    f"[datadog]\nsite = datadoghq.eu\napi_key = \"{DD_KEY}\"",
])
def test_when_a_datadog_key_sits_in_its_section_then_the_datadog_rule_names_it(analyze, text):
    assert "datadog-api-key" in rules_of(analyze(text))
