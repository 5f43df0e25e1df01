"""Secret kinds the fresh leak batch of round 7 found (tests/data/leaks/fresh7.jsonl), each with the
neighbours that must not change: a service-account key id flagged beside its own key, and a
weak-shaped provider token under a config section that names the provider."""

from __future__ import annotations

import pytest


def leaks(result, kind=None):
    return [f for f in result.findings if f.category == "leak" and (kind is None or f.kind == kind)]


def spans(text, result, kind=None):
    return [text[f.start:f.end] for f in leaks(result, kind)]


# --- a service-account file: the key is the finding, not its id ----------------------------------

KEY_ID = "5b1e0c44d7a9f3e2816b0c9d4e7fa21358c6b9d0"


def test_when_a_service_account_file_carries_its_private_key_then_the_key_id_is_not_a_second_finding(analyze):
    text = ('{"type": "service_account", "project_id": "acme-prod", "private_key_id": "' + KEY_ID + '", '
            '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n'
            'q3Zk9Pv2Lw8sXyTn4R1aBcD0eFgH5iJkLmN6oPqRsTuV7wXyZ2aBcDeF8gHiJkLmN9o\\n-----END PRIVATE KEY-----\\n"}')
    found = leaks(analyze(text), "secret")
    assert found and all(KEY_ID not in text[f.start:f.end] for f in found)
    assert any(text[f.start:f.end].startswith("-----BEGIN PRIVATE KEY-----") for f in found)


def test_when_a_service_account_file_is_cut_before_its_key_then_the_key_id_still_stands_for_it(analyze):
    text = '{"type": "service_account", "project_id": "acme-prod", "private_key_id": "' + KEY_ID + '"} still live?'
    assert spans(text, analyze(text), "secret") == [KEY_ID]


# --- an Okta token under a config section -------------------------------------------------------

OKTA = "00Rk2jWq8NvX4TzLp7mB0sHc9YdE3fGa6uJi5KoQ1w"


@pytest.mark.parametrize("text", [
    f"okta:\n  orgUrl: https://acme.okta.com\n  token: {OKTA}",
    f"[okta]\norg_url = https://dev-4417.okta.com\napi_token = \"{OKTA}\"",
    f"client:\n  orgUrl: https://acme.okta.com\n  token: {OKTA}",
])
def test_when_an_okta_token_sits_under_an_okta_section_or_org_url_then_it_is_found(analyze, text):
    # The Okta rule itself, not a generic assignment rule that catches `token:` lines anyway.
    found = [f for f in leaks(analyze(text), "secret") if text[f.start:f.end] == OKTA]
    assert "okta-api-token" in {f.rule for f in found}


def test_when_okta_is_only_talked_about_above_a_key_line_then_the_value_is_quiet(analyze):
    text = f"okta was down again this morning\nmeanwhile our sprint board:\nkey: {OKTA} is the epic id"
    assert leaks(analyze(text), "secret") == []


# The section reading is one rule shape for every weak-shaped format, not Okta's alone.
DD_KEY = "7c1e94b02fa85d3e6b0a19c47f2d8e53"


@pytest.mark.parametrize("text", [
    f"datadog:\n  site: datadoghq.eu\n  api_key: {DD_KEY}",
    f"[datadog]\nsite = datadoghq.eu\napi_key = \"{DD_KEY}\"",
])
def test_when_a_weak_shaped_key_sits_under_its_providers_section_then_it_is_found(analyze, text):
    # The Datadog rule itself: a generic `api_key` assignment rule would find the value alone.
    found = [f for f in leaks(analyze(text), "secret") if text[f.start:f.end] == DD_KEY]
    assert "datadog-api-key" in {f.rule for f in found}


@pytest.mark.parametrize("text", [
    "datadog:\n  site: datadoghq.eu\n  api_key: ${DD_API_KEY}",
    "datadog:\n  site: datadoghq.eu\n  api_key: <your-datadog-api-key>",
    "okta:\n  orgUrl: https://acme.okta.com\n  token: 00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    f"datadog pricing doubled this year, wow\nunrelated, my keyboard macro list:\nkey: {DD_KEY}",
])
def test_when_a_providers_section_holds_a_placeholder_or_prose_names_it_then_it_is_quiet(analyze, text):
    assert leaks(analyze(text), "secret") == []


# --- a secret hard-coded as the default of an environment lookup (found probing after the batch) ----

@pytest.mark.parametrize("text,value", [
    ('const secret = process.env.JWT_SECRET || "q8Zt3LwR9vNc2BdE7fGa6uJi5KoX";', "q8Zt3LwR9vNc2BdE7fGa6uJi5KoX"),
    ('SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "k9#Lw2Rt8Vn3Bc7Xq1Mp6Hd4Fs0Gj5Ty")', "k9#Lw2Rt8Vn3Bc7Xq1Mp6Hd4Fs0Gj5Ty"),
    ('password = ENV.fetch("DB_PASSWORD", "Harbor_9921rusty")', "Harbor_9921rusty"),
    ("db:\n  environment:\n    POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-Granite!4471otter}", "Granite!4471otter"),
])
def test_when_a_secret_is_the_fallback_of_an_env_lookup_then_exactly_the_fallback_is_found(analyze, text, value):
    found = leaks(analyze(text), "secret")
    assert [text[f.start:f.end] for f in found] == [value]
    assert all(value not in f.preview for f in found)


@pytest.mark.parametrize("text", [
    'const port = process.env.PORT || "3000";',
    'const secret = process.env.JWT_SECRET || "";',
    'SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "changeme")',
    "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}",
    "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}",
])
def test_when_the_fallback_is_empty_a_placeholder_or_not_a_secret_then_it_is_quiet(analyze, text):
    assert leaks(analyze(text), "secret") == []


# --- registry logins in .npmrc and secrets given to admin commands (found probing after the batch) --

@pytest.mark.parametrize("text,value", [
    ("registry=https://npm.acme.io/\n//npm.acme.io/:_auth=ZGVwbG95OkdyYW5pdGUhNDQ3MW90dGVy", "ZGVwbG95OkdyYW5pdGUhNDQ3MW90dGVy"),
    ('gh secret set DEPLOY_TOKEN --body "Rk2jWq8NvX4TzLp7mB0sHc9YdE3fGa6u"', "Rk2jWq8NvX4TzLp7mB0sHc9YdE3fGa6u"),
    ("rabbitmqctl add_user acme_ingest 'Mango_9921velvet'", "Mango_9921velvet"),
    ("ssh-keygen -p -P 'Otter_5512cobalt' -N '' -f ~/.ssh/id_rsa", "Otter_5512cobalt"),
])
def test_when_a_login_or_secret_is_given_to_a_tool_then_it_is_found(analyze, text, value):
    assert value in spans(text, analyze(text), "secret")


@pytest.mark.parametrize("text", [
    "//npm.acme.io/:_auth=${NPM_AUTH}",
    "gh secret set DEPLOY_TOKEN < token.txt",
    'gh secret set DEPLOY_TOKEN --body "$DEPLOY_TOKEN"',
    "ssh-keygen -t ed25519 -N '' -f ~/.ssh/acme_ci",
])
def test_when_the_tool_reads_the_secret_from_elsewhere_then_it_is_quiet(analyze, text):
    assert leaks(analyze(text), "secret") == []


# --- provider formats found missing while probing: a Doppler service token names its config -------

@pytest.mark.parametrize("value", [
    "dp.st.prd.7rDVFvMfSbdKfOi3AmB4QQLLbbhZunnQOgaB184sl1i",
    "fc-829af48d9d59ce6ca6b0b9658d7dbc03",
    "sk-lf-5501419b-f414-4b87-a717-8d32506afcb4",
    "mlsn.68d0225072322208bb5ec1d5f6ea2b5991661a7e38d6315f35645d282760ee88",
])
def test_when_a_token_of_a_newly_covered_format_is_pasted_then_it_is_found(analyze, value):
    text = f"oops, pasted this in the Acme channel: {value}"
    assert spans(text, analyze(text), "secret") == [value]


# --- logins passed positionally, piped to sudo, or as Windows-style switches (probing) -------------

@pytest.mark.parametrize("text,value", [
    ('Connection conn = DriverManager.getConnection(url, "app", "Lq8Zt3Rw9Vn2");', "Lq8Zt3Rw9Vn2"),
    ("$pdo = new PDO($dsn, 'report', 'Tundra.5521granite');", "Tundra.5521granite"),
    ("smtplib.SMTP('smtp.acme.io').login('alerts@acme.io', 'Kestrel!2291harbor')", "Kestrel!2291harbor"),
    ("echo 'Lq8Zt3Rw9Vn2' | sudo -S apt update", "Lq8Zt3Rw9Vn2"),
    ("xfreerdp /v:10.0.3.4 /u:admin /p:Lq8Zt3Rw9Vn2 /cert:ignore", "Lq8Zt3Rw9Vn2"),
])
def test_when_a_password_is_passed_to_a_login_call_or_tool_then_it_is_found(analyze, text, value):
    assert value in spans(text, analyze(text), "secret")


@pytest.mark.parametrize("text", [
    "Connection conn = DriverManager.getConnection(url, user, pass);",
    'ftp.login("anonymous", "")',
    'echo "$SUDO_PASS" | sudo -S apt update',
    "xfreerdp /v:10.0.3.4 /u:admin /p:$RDP_PASS",
])
def test_when_the_login_takes_variables_or_nothing_then_it_is_quiet(analyze, text):
    assert leaks(analyze(text), "secret") == []
