"""The generated provider rules: no drift from their table, coverage, prefilter, checksums decide."""

from __future__ import annotations

import sys

import pytest
from rulefiles import REPO

from brandwatch.rules.selftest import run_examples
from brandwatch.rules.validators import VALIDATORS

sys.path.insert(0, str(REPO))  # the generator lives in scripts/, outside the installed package
from scripts.secret_formats import build
from scripts.secret_formats.table import FORMATS

GENERATED = "rules/secrets-providers.yaml"

# Providers the issue names, each by a rule id that must exist.
REQUIRED = {
    "twitter-bearer-token", "twitter-api-key", "twitter-api-secret", "facebook-access-token",
    "slack-app-token", "slack-config-token", "slack-refresh-token", "slack-legacy-token", "heroku-api-key",
    "cloudflare-api-token", "cloudflare-global-api-key", "cloudflare-origin-ca-key", "datadog-api-key",
    "newrelic-user-api-key", "okta-api-token", "microsoft-teams-webhook", "discord-webhook-url",
    "dockerhub-pat", "notion-integration-token", "dropbox-access-token", "mapbox-secret-token",
    "anthropic-api-key", "groq-api-key", "perplexity-api-key", "cohere-api-key", "replicate-api-token",
    "huggingface-token", "aws-bedrock-api-key", "alibaba-access-key-id", "terraform-cloud-token",
    "pulumi-access-token", "rubygems-api-key", "nuget-api-key", "jfrog-api-key", "hubspot-private-app-token",
    "snyk-api-token", "sonarqube-token", "sumologic-access-key", "sourcegraph-access-token",
    "flyio-access-token", "shopify-access-token", "square-access-token", "braintree-access-token",
    "twilio-auth-token", "sendgrid-api-key", "mailgun-api-key", "postman-api-key", "linear-api-key",
    "atlassian-api-token", "digitalocean-token", "azure-storage-account-key", "azure-sas-token",
    "azure-ad-client-secret", "gcp-service-account-key", "kubeconfig-client-key",
    "kubernetes-secret-manifest", "putty-private-key", "pgp-private-key", "json-web-token",
    "gitlab-personal-access-token", "gitlab-runner-token", "gitlab-pipeline-trigger-token",
    "gitlab-deploy-token", "gitlab-job-token", "gitlab-oauth-app-secret", "gitlab-scim-token",
    "gitlab-feed-token", "gitlab-incoming-mail-token", "gitlab-agent-token", "gitlab-feature-flags-token",
    "gitlab-runner-registration-token",
}


@pytest.fixture(scope="module")
def generated(bundled):
    return [rule for rule in bundled.rules if rule.source.startswith(GENERATED + ":")]


def test_when_the_generator_runs_then_the_committed_rule_file_and_docs_are_its_output():
    assert (REPO / GENERATED).read_text(encoding="utf-8") == build.render_rules()
    assert (REPO / "docs" / "secret-formats.md").read_text(encoding="utf-8") == build.render_docs()


def test_when_bundled_rules_load_then_at_least_150_providers_have_secret_formats(bundled, generated):
    providers = {rule.provider for rule in bundled.rules if rule.kind == "secret" and rule.provider}
    assert len(providers) >= 150
    assert {rule.id for rule in generated} == {fmt.rule_id for fmt in FORMATS}
    assert REQUIRED <= {rule.id for rule in generated}


def test_when_the_bundled_examples_run_then_every_generated_rule_passes(bundled, generated):
    report = run_examples(bundled)
    assert [str(failure) for failure in report.failures] == []
    thin = [r.id for r in generated if len(r.examples_match) < 2 or len(r.examples_no_match) < 3]
    assert thin == []


def test_when_a_rule_is_generated_then_a_keyword_or_its_screened_shape_gates_it(generated):
    # Rules without keywords run only where the engine's RE2 screen says their regex can match;
    # that is meant only for prefixes too short to be a useful keyword.
    unkeyed = {rule.id for rule in generated if not rule.keywords}
    short_prefix = {fmt.rule_id for fmt in FORMATS if (len(fmt.prefix) < 3 or len(set(fmt.prefix)) == 1)
                    and not fmt.context and not fmt.keywords}
    assert unkeyed == short_prefix
    # One repeated character as a keyword hits at every position of a long run of it.
    assert [k for rule in generated for k in rule.keywords if len(set(k)) == 1] == []
    assert len(unkeyed) <= 6


@pytest.mark.parametrize("fmt", [f for f in FORMATS if not f.checksum and not f.prefix],
                         ids=lambda f: f.rule_id)
def test_when_a_shape_is_weak_then_context_words_and_entropy_guard_it(fmt):
    # A weak shape (no distinctive prefix, no checksum) needs the provider named near the value,
    # unless a hand-written regex pins something else distinctive (a URL, a marker).
    assert fmt.context or fmt.regex or fmt.keywords
    assert fmt.entropy_floor() is not None


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.checksum], ids=lambda f: f.rule_id)
def test_when_a_format_has_a_checksum_then_its_fakes_pass_and_broken_ones_fail(fmt):
    good, broken, _ = fmt.fakes()
    check = VALIDATORS[fmt.checksum]
    assert check(good) is True
    if broken is not None:
        assert check(broken) is False


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.checksum and f.maker], ids=lambda f: f.rule_id)
def test_when_a_checksum_fails_then_no_secret_rule_reports_the_value(bundled, fmt):
    _, broken, _ = fmt.fakes()
    if broken is None:
        pytest.skip("this format's validator checks length, not a checksum")
    hits = [h.rule.id for h in bundled.match(f"look: {fmt.frame.format(v=broken)}") if h.rule.id == fmt.rule_id]
    assert hits == []


@pytest.mark.parametrize("text", [
    "ghp_1234567890abcdefghijklmnopqrstuvwxyz",
    "my token is ghp_1234567890abcdefghijklmnopqrstuvwxyz lol",
    "npm_1234567890abcdefghijklmnopqrstuvwxyz",
])
def test_when_a_github_or_npm_token_fails_its_crc_then_it_is_not_a_secret(bundled, text):
    assert [h.rule.id for h in bundled.match(text) if h.rule.kind == "secret"] == []


def test_when_fakes_are_generated_twice_then_they_are_identical():
    assert [f.fakes() for f in FORMATS[:40]] == [f.fakes() for f in FORMATS[:40]]


def test_when_a_rule_id_is_generated_then_it_is_unique_and_the_check_mode_agrees(capsys):
    ids = [fmt.rule_id for fmt in FORMATS]
    assert len(ids) == len(set(ids))
    assert build.main(["--check"]) == 0


# Posts that name a provider beside ids, hashes and numbers that are not keys.
PROVIDER_NAME_NEAR_IDS = [
    "datadog agent image pinned to sha256:9b1c4e7a2f0d3b6c8e5a1f4d7b0c3e6a9f2d5b8c1e4a7f0d3b6c9e2a5f8d1b4c",
    "twilio incident 3f6c2a9e-1b4d-4e8f-a2c5-7d9e1f3b5a6c resolved, texts flowing again",
    "spotify wrapped! https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC on repeat",
    "heroku deploy of v212 (commit 5e8b2c7a9d1f4e6b3a0c8d2f5b7e9a1c3d5f7b9e) went fine",
    "jira PROJ-48213 is blocked on the confluence page 'Q3 launch plan v2'",
    "tweet https://twitter.com/acme/status/1790123456789012345 got 2M views lol",
    "sentry issue ACME-WEB-3K9 spiking, event id 9f3c5e8a1b2d4c6e8f0a1b3c5d7e9f1a",
    "codecov says coverage dropped on 7d3f9a1c5e8b2d4f6a0c3e7b9d1f5a8c2e4b6d0f, sigh",
    "discord server 1098765432109876543 is where the beta testers hang out",
    "okta outage again?? status page says incident #00482 under investigation",
    "stripe payout po_1OaBcDeFgHiJkLmN0pQrStUv landed, finally",
    "my notion page 'Trip to Lisbon' has the itinerary: notion.so/Trip-8f2c4e6a9b1d3f5a7c9e1b3d5f7a9c2e",
    "slack message from #general: meeting moved to 3pm, room B-204",
    "algolia search for 'blue sneakers size 42' returns nothing on the acme store",
    "mixpanel funnel shows 38.2% drop at checkout step 3 since the update",
    "kraken listed a new coin, order id OQCLML-BW3P3-BUCMWZ",
]


@pytest.mark.parametrize("text", PROVIDER_NAME_NEAR_IDS)
def test_when_a_post_names_a_provider_beside_an_id_then_no_provider_rule_fires(bundled, text):
    assert [h.rule.id for h in bundled.match(text) if h.rule.source.startswith(GENERATED + ":")] == []


def test_when_a_provider_is_named_well_before_a_weak_value_then_it_is_still_found(bundled):
    # Fresh leak batch (tests/data/leaks/fresh2.jsonl): the provider, then what the key is for, then the key.
    value = "7tEi89PDCrJteyKG79n4aizRmgrLZU8PcpHJUTzS"
    text = f"Cohere key for the staging account, please don't abuse: {value}"
    assert [(h.rule.id, h.value) for h in bundled.match(text)] == [("cohere-api-key", value)]
    far = "Cohere " + "is what we use for summaries in the support inbox, and also for search, " * 2 + value
    assert [h.rule.id for h in bundled.match(far) if h.rule.id == "cohere-api-key"] == []


def test_when_a_telegram_token_sits_in_a_bot_api_url_then_it_is_found(bundled):
    # The Bot API puts the token right after "bot" in the path: https://api.telegram.org/bot<token>/...
    token = "4377057136:AAxpJgcqV0XYFt2__qWGklb2RferH9dvi9q"
    text = f"curl https://api.telegram.org/bot{token}/getUpdates returns 409"
    assert [(h.rule.id, h.value) for h in bundled.match(text)] == [("telegram-bot-token", token)]
    assert [h for h in bundled.match(f"robot{token}") if h.rule.id == "telegram-bot-token"] == []


def test_when_an_alibaba_secret_follows_its_key_id_then_the_pair_is_found(bundled):
    # SDK calls and CSV exports give the pair side by side, with no provider word:
    # DefaultProfile.getProfile(region, "LTAI…", "<secret>").
    key_id, secret = "LTAIQV9N1svqycawZrBWunf0", "od9SAAkJkzdKN6DB7dJMNziODm7E3D"
    text = f'DefaultProfile.getProfile("cn-hangzhou", "{key_id}", "{secret}"); // OSS upload'
    assert {(h.rule.id, h.value) for h in bundled.match(text)} >= {
        ("alibaba-access-key-id", key_id), ("alibaba-access-key-secret", secret)}


@pytest.mark.parametrize("value", ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2"])
def test_when_a_post_quotes_stripes_published_docs_test_key_then_no_rule_reports_it(bundled, value):
    text = f'the docs use "secret_key": "{value}" and STRIPE_KEY={value}, copied it to try'
    assert [h.rule.id for h in bundled.match(text) if h.rule.kind == "secret"] == []
