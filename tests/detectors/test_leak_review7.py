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
    (f"{{\n  \"provider\": \"Linode\",\n  \"apiKey\": \"{HEX64}\",\n  \"retries\": 3\n}}", "linode-token"),
    (f"sms:\n  provider: twilio\n  auth_token: {MD5}", "twilio-auth-token"),
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


def secret_spans(text, result):
    return [text[f.start:f.end] for f in leaks(result, "secret")]


# --- 2. sudo -S: only a password piped into a login, not a line piped into tee -------------------

@pytest.mark.parametrize("text", [
    'echo "net.ipv4.ip_forward=1" | sudo -S tee -a /etc/sysctl.conf',
    "echo 'fs.inotify.max_user_watches=524288' | sudo -S tee -a /etc/sysctl.d/90-watch.conf",
    "echo 'Lq8Zt3Rw9Vn2ab' | sudo -S tee /etc/motd",
    'echo "vm.swappiness=10" | sudo -S sysctl -p -',
])
def test_when_a_config_line_is_piped_into_sudo_then_it_is_no_password(analyze, text):
    assert leaks(analyze(text)) == []


@pytest.mark.parametrize("text,value", [
    ("echo 'Lq8Zt3Rw9Vn2' | sudo -S apt update", "Lq8Zt3Rw9Vn2"),
    ('echo "Harbor_9921rusty" | sudo -kS systemctl restart nginx', "Harbor_9921rusty"),
    ("printf 'Harbor_9921rusty\\n' | sudo -S apt upgrade", "Harbor_9921rusty"),
    ('sudo -S apt-get install -y nginx <<< "Granite!4471otter"', "Granite!4471otter"),
])
def test_when_a_password_is_piped_or_fed_to_sudo_then_exactly_it_is_found(analyze, text, value):
    result = analyze(text)
    assert secret_spans(text, result) == [value]
    assert "credential-piped-to-login" in rules_of(result)


# --- 3. /p: is a password only for the tools whose switch it is -----------------------------------

@pytest.mark.parametrize("text", [
    r"psexec \\buildbox msbuild Acme.sln /p:Configuration=Release",
    'runas /user:CORP\\ops "dotnet build /p:TreatWarningsAsErrors=true"',
    r"psexec \\buildbox msbuild Acme.sln /p:OutDir=C:\out",
    r'runas /user:admin "cmd /p:Harbor_9921rusty"',
    r"psexec \\web01 -u ops -p $RDP_PASS ipconfig",
])
def test_when_a_build_property_or_runas_switch_follows_an_admin_tool_then_it_is_no_password(analyze, text):
    assert leaks(analyze(text)) == []


@pytest.mark.parametrize("text,value", [
    ("xfreerdp /v:10.0.3.4 /u:admin /p:Lq8Zt3Rw9Vn2 /cert:ignore", "Lq8Zt3Rw9Vn2"),
    ("xfreerdp /v:10.0.3.4 /u:admin '/p:Lq8Zt3Rw9Vn2' /cert:ignore", "Lq8Zt3Rw9Vn2"),
    ("cmdkey /generic:TERMSRV/rdp01 /user:CORP\\ops /pass:Harbor_9921rusty", "Harbor_9921rusty"),
    (r"psexec \\web01 -u CORP\ops -p Harbor_9921rusty ipconfig", "Harbor_9921rusty"),
])
def test_when_a_password_switch_of_its_own_tool_carries_a_literal_then_it_is_found(analyze, text, value):
    result = analyze(text)
    assert value in secret_spans(text, result)
    assert "credential-in-admin-command" in rules_of(result)


# --- 4. CI variables are plain config; secrets are not ----------------------------------------------

@pytest.mark.parametrize("text", [
    "gh variable set REGION -b us-east-1",
    "gh variable set AWS_REGION --body eu-west-1",
    "glab variable set DEPLOY_ENV -v production-eu",
    "gh secret set DEPLOY_TOKEN -v private --body \"$DEPLOY_TOKEN\"",
])
def test_when_a_ci_variable_holds_plain_config_then_it_is_quiet(analyze, text):
    assert leaks(analyze(text)) == []


@pytest.mark.parametrize("text,value", [
    ('gh secret set DEPLOY_TOKEN --body "Rk2jWq8NvX4TzLp7mB0sHc9YdE3fGa6u"', "Rk2jWq8NvX4TzLp7mB0sHc9YdE3fGa6u"),
    ('glab variable set DB_PASSWORD -v "Harbor_9921rusty"', "Harbor_9921rusty"),
    ("glab variable set SENTRY_DSN_KEY --masked --value Qw8Zt3Lm9Vn2Bc7Xr4Pd1Hs6", "Qw8Zt3Lm9Vn2Bc7Xr4Pd1Hs6"),
    ("echo 'Harbor_9921rusty' | gh secret set DB_PASSWORD", "Harbor_9921rusty"),
])
def test_when_a_ci_secret_is_set_from_a_literal_then_it_is_found(analyze, text, value):
    result = analyze(text)
    assert value in secret_spans(text, result)


# --- 8 and 9. env-lookup fallbacks: secret literals in every language's form, never a path of words --

@pytest.mark.parametrize("text", [
    'os.getenv("DB_SECRET", "prod/acme/db-credentials")',
    'secret_name = os.environ.get("AWS_SECRET_NAME", "acme/prod/api-token")',
    "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?required}",
    'String pw = System.getenv("DB_PASSWORD") ?? "";',
])
def test_when_an_env_fallback_is_a_path_of_words_or_empty_then_it_is_quiet(analyze, text):
    assert leaks(analyze(text)) == []


@pytest.mark.parametrize("text,value", [
    ("spring.datasource.password=${DB_PASSWORD:Harbor_9921rusty}", "Harbor_9921rusty"),
    ("$pass = getenv('DB_PASSWORD') ?: 'Harbor_9921rusty';", "Harbor_9921rusty"),
    ('var pw = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "Harbor_9921rusty";', "Harbor_9921rusty"),
    ('password = os.environ.get("DB_PASSWORD") or "Harbor_9921rusty"', "Harbor_9921rusty"),
    ('let pw = env::var("DB_PASSWORD").unwrap_or("Harbor_9921rusty".to_string());', "Harbor_9921rusty"),
])
def test_when_a_secret_is_the_fallback_of_an_env_lookup_in_any_language_then_it_is_found(analyze, text, value):
    result = analyze(text)
    assert secret_spans(text, result) == [value]
    assert "credential-in-env-fallback" in rules_of(result)


# --- 5. a Russian number dotted 8.XXX.XXX.XX.XX is a phone, not a version ---------------------------

@pytest.mark.parametrize("text", [
    "звоните 8.495.123.45.67 по заказу Acme",
])
def test_when_a_russian_number_is_dotted_in_pairs_then_it_is_a_phone(analyze, text):
    assert "pii-phone" in {f.kind for f in leaks(analyze(text))} or any(
        "phone" in f.rule for f in leaks(analyze(text)))


@pytest.mark.parametrize("text", [
    "Acme app 6.17.27.7851 crashes on start",
    "updated the Acme driver to 8.4.3.12.5 and the fan still screams",
])
def test_when_a_single_major_version_is_dotted_then_it_stays_no_phone(analyze, text):
    assert not any("phone" in f.rule or "phone" in f.kind for f in leaks(analyze(text)))


# --- 6. card-named query keys are whole words ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "https://shop.acme.example/p?panel=4532015112830366&x=1",
    "metrics?cardinality=4532015112830366&window=5m",
    "GET /search?capacity=4532015112830366&sort=asc",
])
def test_when_a_number_follows_a_key_that_only_starts_like_card_then_it_is_no_card(analyze, text):
    assert not any("card" in f.rule for f in leaks(analyze(text)))


@pytest.mark.parametrize("text", [
    "POST /pay card_number=4532015112830366&exp=0729",
    "checkout?cc_num=4532015112830366&cvv=123",
    "form body: pan=4532015112830366&amount=12",
    "CARD_NO=4532015112830366; EXP=07/29",
])
def test_when_a_card_named_key_carries_a_luhn_number_then_it_is_a_card(analyze, text):
    assert any("card" in f.rule for f in leaks(analyze(text)))


# --- 7. a service-account key id stands for the file unless the key itself was found ---------------

KEY_ID = "5b1e0c44d7a9f3e2816b0c9d4e7fa21358c6b9d0"


def test_when_a_service_account_file_is_cut_inside_its_private_key_then_the_key_id_still_stands(analyze):
    text = ('{"type": "service_account", "private_key_id": "' + KEY_ID + '", '
            '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQ..."} cut')
    result = analyze(text)
    assert "gcp-service-account-key" in rules_of(result)
    assert [f.severity for f in leaks(result) if f.rule == "gcp-service-account-key"] == ["critical"]


def test_when_the_private_key_itself_is_found_then_its_id_is_no_second_finding(analyze):
    text = ('{"type": "service_account", "project_id": "acme-prod", "private_key_id": "' + KEY_ID + '", '
            '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n'
            'q3Zk9Pv2Lw8sXyTn4R1aBcD0eFgH5iJkLmN6oPqRsTuV7wXyZ2aBcDeF8gHiJkLmN9o\\n-----END PRIVATE KEY-----\\n"}')
    result = analyze(text)
    assert "gcp-service-account-key" not in rules_of(result)
    assert any(f.rule.startswith("private-key") for f in leaks(result))


# --- 9. a login call with the user in a variable still passes its password literally --------------

@pytest.mark.parametrize("text,value", [
    ("ftp.login(user, 'Mango_2291velvet')", "Mango_2291velvet"),
    ('server.login(cfg.smtp_user, "Kestrel!2291harbor")', "Kestrel!2291harbor"),
])
def test_when_a_login_call_takes_a_variable_user_and_a_literal_password_then_it_is_found(analyze, text, value):
    result = analyze(text)
    assert secret_spans(text, result) == [value]


@pytest.mark.parametrize("text", [
    "ftp.login(user, password)",
    'client.login(user, "password") is the sample in the Acme SDK readme',
    "ftp.login(user, '')",
])
def test_when_a_login_call_passes_no_literal_secret_then_it_is_quiet(analyze, text):
    assert leaks(analyze(text)) == []
