"""Provider token formats, written from the providers' published format descriptions.

Each entry: (provider, environment-variable name people use, generator). A generator makes a fresh
random token in the provider's format (prefix, length, alphabet, and checksum where one exists).
Formats without a distinctive prefix are only ever shown next to their variable or provider name,
the way they appear in real pastes.
"""

from __future__ import annotations

import base64

from fakes import (
    ALNUM,
    B32,
    B64,
    B64URL,
    HEX,
    LOWER_ALNUM,
    UPPER_ALNUM,
    Fakes,
)


def _azure_client_secret(f: Fakes) -> str:
    return f.s(3, ALNUM) + "8Q~" + f.s(34, ALNUM + "~._-")


def _bedrock(f: Fakes) -> str:
    inner = f"BedrockAPIKey-{f.s(4, LOWER_ALNUM)}-at-{f.digits(12)}:{f.s(40, B64)}"
    return "ABSK" + base64.b64encode(inner.encode()).decode()


def _mapbox_secret(f: Fakes) -> str:
    head = base64.urlsafe_b64encode(f'{{"u":"{f.s(8, "abcdefghijklmnopqrstuvwxyz")}","a":"{f.s(25, LOWER_ALNUM)}"}}'.encode()).decode().rstrip("=")
    return f"sk.{head}.{f.s(22, B64URL)}"


def _discord_bot(f: Fakes) -> str:
    ident = base64.b64encode(f.digits(18).encode()).decode().rstrip("=")
    return f"{ident}.{f.s(6, B64URL)}.{f.s(38, B64URL)}"


def _x_bearer(f: Fakes) -> str:
    return "A" * 22 + f.s(22, ALNUM) + "%2F" + f.s(12, ALNUM) + "%3D" + f.s(50, ALNUM)


def _teams_webhook(f: Fakes) -> str:
    return (f"https://{f.s(8, 'abcdefghijklmnopqrstuvwxyz')}.webhook.office.com/webhookb2/{f.uuid()}@{f.uuid()}"
            f"/IncomingWebhook/{f.hex(32)}/{f.uuid()}/V2{f.s(40, B64URL)}")


def _gcp_refresh(f: Fakes) -> str:
    return "1//0" + f.s(60, B64URL)


def _onepassword_secret_key(f: Fakes) -> str:
    return "A3-" + "-".join(f.s(n, UPPER_ALNUM) for n in (6, 6, 5, 5, 5, 5))


PROVIDERS = [
    # --- source hosting, package registries, CI ---
    ("GitHub", "GITHUB_TOKEN", lambda f: f.checksum_token("ghp_")),
    ("GitHub OAuth", "GH_OAUTH_TOKEN", lambda f: f.checksum_token("gho_")),
    ("GitHub App", "GITHUB_APP_TOKEN", lambda f: f.checksum_token("ghs_")),
    ("GitHub user-to-server", "GH_USER_TOKEN", lambda f: f.checksum_token("ghu_")),
    ("GitHub refresh", "GH_REFRESH_TOKEN", lambda f: f.checksum_token("ghr_")),
    ("GitHub fine-grained", "GH_PAT", lambda f: f.github_fine_grained()),
    ("GitLab personal", "GITLAB_TOKEN", lambda f: "glpat-" + f.s(20, B64URL)),
    ("GitLab deploy", "GITLAB_DEPLOY_TOKEN", lambda f: "gldt-" + f.s(20, B64URL)),
    ("GitLab runner", "RUNNER_TOKEN", lambda f: "glrt-" + f.s(20, B64URL)),
    ("GitLab pipeline trigger", "TRIGGER_TOKEN", lambda f: "glptt-" + f.hex(40)),
    ("GitLab runner registration", "REGISTRATION_TOKEN", lambda f: "GR1348941" + f.s(20, B64URL)),
    ("GitLab feed", "GITLAB_FEED_TOKEN", lambda f: "glft-" + f.s(20, B64URL)),
    ("GitLab SCIM", "GITLAB_SCIM_TOKEN", lambda f: "glsoat-" + f.s(20, B64URL)),
    ("GitLab CI job", "CI_JOB_TOKEN", lambda f: "glcbt-" + f.s(2, HEX) + "_" + f.s(20, B64URL)),
    ("GitLab agent", "GITLAB_AGENT_TOKEN", lambda f: "glagent-" + f.s(50, B64URL)),
    ("GitLab OAuth app secret", "GITLAB_OAUTH_SECRET", lambda f: "gloas-" + f.hex(64)),
    ("GitLab incoming mail", "GITLAB_INCOMING_EMAIL_TOKEN", lambda f: "glimt-" + f.s(25, LOWER_ALNUM)),
    ("GitLab feature flags", "UNLEASH_INSTANCE_ID", lambda f: "glffct-" + f.s(20, B64URL)),
    ("npm", "NPM_TOKEN", lambda f: f.checksum_token("npm_")),
    ("PyPI", "PYPI_TOKEN", lambda f: "pypi-AgEIcHlwaS5vcmc" + f.s(70, B64URL)),
    ("RubyGems", "GEM_HOST_API_KEY", lambda f: "rubygems_" + f.hex(48)),
    ("NuGet", "NUGET_API_KEY", lambda f: "oy2" + f.s(43, LOWER_ALNUM)),
    ("crates.io", "CARGO_REGISTRY_TOKEN", lambda f: "cio" + f.s(32, ALNUM)),
    ("Clojars", "CLOJARS_TOKEN", lambda f: "CLOJARS_" + f.hex(60)),
    ("JFrog", "JFROG_API_KEY", lambda f: "AKCp" + f.s(69, ALNUM)),
    ("JFrog reference", "JFROG_ACCESS_TOKEN", lambda f: "cmVmdGtuOjAxOjE3" + f.s(48, ALNUM)),
    ("Docker Hub", "DOCKERHUB_TOKEN", lambda f: "dckr_pat_" + f.s(27, B64URL)),
    ("Docker Hub org", "DOCKER_ORG_TOKEN", lambda f: "dckr_oat_" + f.s(32, B64URL)),
    ("Bitbucket", "BITBUCKET_APP_PASSWORD", lambda f: "ATBB" + f.s(32, ALNUM) + f.s(8, "0123456789ABCDEF")),
    ("Buildkite", "BUILDKITE_API_TOKEN", lambda f: "bkua_" + f.hex(40)),
    ("CircleCI", "CIRCLECI_TOKEN", lambda f: "CCIPAT_" + f.s(22, ALNUM) + "_" + f.hex(40)),
    ("SonarQube", "SONAR_TOKEN", lambda f: f.pick(["squ_", "sqp_", "sqa_"]) + f.hex(40)),
    ("Snyk", "SNYK_TOKEN", lambda f: f.uuid()),
    ("Sourcegraph", "SRC_ACCESS_TOKEN", lambda f: "sgp_" + f.hex(16) + "_" + f.hex(40)),
    ("Codecov", "CODECOV_TOKEN", lambda f: f.uuid()),
    ("Octopus Deploy", "OCTOPUS_API_KEY", lambda f: "API-" + f.s(27, UPPER_ALNUM)),
    ("Harness", "HARNESS_API_KEY", lambda f: f"pat.{f.s(22, B64URL)}.{f.hex(24)}.{f.s(20, ALNUM)}"),
    ("Infracost", "INFRACOST_API_KEY", lambda f: "ico-" + f.s(32, ALNUM)),
    ("ReadMe", "README_API_KEY", lambda f: "rdme_" + f.hex(70)),
    # --- cloud and hosting ---
    ("AWS", "AWS_ACCESS_KEY_ID", lambda f: "AKIA" + f.s(16, B32)),
    ("AWS session", "AWS_ACCESS_KEY_ID", lambda f: "ASIA" + f.s(16, B32)),
    ("AWS secret", "AWS_SECRET_ACCESS_KEY", lambda f: f.s(40, B64)),
    ("AWS Bedrock", "AWS_BEARER_TOKEN_BEDROCK", _bedrock),
    ("Google Cloud", "GOOGLE_API_KEY", lambda f: "AIza" + f.s(35, B64URL)),
    ("Google OAuth", "GOOGLE_CLIENT_SECRET", lambda f: "GOCSPX-" + f.s(28, B64URL)),
    ("Google OAuth access", "GOOGLE_ACCESS_TOKEN", lambda f: "ya29." + f.s(120, B64URL)),
    ("Google OAuth refresh", "GOOGLE_REFRESH_TOKEN", _gcp_refresh),
    ("Firebase Cloud Messaging", "FCM_SERVER_KEY", lambda f: "AAAA" + f.s(7, B64URL) + ":APA91b" + f.s(134, B64URL)),
    ("Azure client secret", "AZURE_CLIENT_SECRET", _azure_client_secret),
    ("Azure storage", "AZURE_STORAGE_KEY", lambda f: f.b64_bytes(64)),
    ("Azure OpenAI", "AZURE_OPENAI_API_KEY", lambda f: f.hex(32)),
    ("Azure DevOps", "AZURE_DEVOPS_PAT", lambda f: f.s(52, "abcdefghijklmnopqrstuvwxyz234567")),
    ("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda f: "dop_v1_" + f.hex(64)),
    ("DigitalOcean OAuth", "DO_OAUTH_TOKEN", lambda f: "doo_v1_" + f.hex(64)),
    ("DigitalOcean refresh", "DO_REFRESH_TOKEN", lambda f: "dor_v1_" + f.hex(64)),
    ("Alibaba Cloud", "ALIBABA_CLOUD_ACCESS_KEY_ID", lambda f: "LTAI" + f.s(20, ALNUM)),
    ("Heroku", "HEROKU_API_KEY", lambda f: "HRKU-AA" + f.s(58, B64URL)),
    ("Heroku legacy", "HEROKU_API_KEY", lambda f: f.uuid()),
    ("Cloudflare API token", "CLOUDFLARE_API_TOKEN", lambda f: f.s(40, B64URL)),
    ("Cloudflare global key", "CLOUDFLARE_API_KEY", lambda f: f.hex(37)),
    ("Cloudflare Origin CA", "CF_ORIGIN_CA_KEY", lambda f: "v1.0-" + f.hex(24) + "-" + f.hex(146)),
    ("Fly.io", "FLY_API_TOKEN", lambda f: "FlyV1 fm2_" + f.s(160, B64)),
    ("Vercel", "VERCEL_TOKEN", lambda f: f.s(24, ALNUM)),
    ("Netlify", "NETLIFY_AUTH_TOKEN", lambda f: "nfp_" + f.s(36, ALNUM)),
    ("Render", "RENDER_API_KEY", lambda f: "rnd_" + f.s(32, ALNUM)),
    ("Railway", "RAILWAY_TOKEN", lambda f: f.uuid()),
    ("Supabase", "SUPABASE_ACCESS_TOKEN", lambda f: "sbp_" + f.hex(40)),
    ("PlanetScale", "PLANETSCALE_SERVICE_TOKEN", lambda f: "pscale_tkn_" + f.s(43, B64URL)),
    ("PlanetScale password", "PLANETSCALE_PASSWORD", lambda f: "pscale_pw_" + f.s(43, B64URL)),
    ("Linode", "LINODE_TOKEN", lambda f: f.hex(64)),
    ("Terraform Cloud", "TFE_TOKEN", lambda f: f.s(14, ALNUM) + ".atlasv1." + f.s(67, ALNUM)),
    ("Pulumi", "PULUMI_ACCESS_TOKEN", lambda f: "pul-" + f.hex(40)),
    ("HashiCorp Vault", "VAULT_TOKEN", lambda f: "hvs." + f.s(90, B64URL)),
    ("Doppler", "DOPPLER_TOKEN", lambda f: "dp.st." + f.s(43, ALNUM)),
    ("Tailscale", "TS_AUTHKEY", lambda f: "tskey-auth-k" + f.s(10, ALNUM) + "CNTRL-" + f.s(30, ALNUM)),
    ("ngrok", "NGROK_AUTHTOKEN", lambda f: "2" + f.s(26, ALNUM) + "_" + f.s(21, ALNUM)),
    ("Yandex Cloud", "YC_API_KEY", lambda f: "AQVN" + f.s(36, B64URL)),
    ("Databricks", "DATABRICKS_TOKEN", lambda f: "dapi" + f.hex(32)),
    ("Confluent", "CONFLUENT_CLOUD_API_SECRET", lambda f: f.s(64, B64)),
    ("Age", "SOPS_AGE_KEY", lambda f: "AGE-SECRET-KEY-1" + f.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")),
    ("1Password service account", "OP_SERVICE_ACCOUNT_TOKEN", lambda f: "ops_eyJ" + f.s(150, B64URL)),
    ("1Password secret key", "OP_SECRET_KEY", _onepassword_secret_key),
    # --- observability ---
    ("Datadog", "DD_API_KEY", lambda f: f.hex(32)),
    ("Datadog app", "DD_APP_KEY", lambda f: f.hex(40)),
    ("New Relic user", "NEW_RELIC_API_KEY", lambda f: "NRAK-" + f.s(27, UPPER_ALNUM)),
    ("New Relic ingest", "NEW_RELIC_INSERT_KEY", lambda f: "NRII-" + f.s(32, B64URL)),
    ("New Relic license", "NEW_RELIC_LICENSE_KEY", lambda f: f.hex(36) + "NRAL"),
    ("New Relic browser", "NEW_RELIC_BROWSER_KEY", lambda f: "NRJS-" + f.hex(19)),
    ("Sentry user", "SENTRY_AUTH_TOKEN", lambda f: "sntryu_" + f.hex(64)),
    ("Sentry org", "SENTRY_ORG_TOKEN", lambda f: "sntrys_eyJpYXQiOj" + f.s(100, B64URL)),
    ("Grafana Cloud", "GRAFANA_CLOUD_TOKEN", lambda f: "glc_eyJvIjoi" + f.s(100, B64URL)),
    ("Grafana service account", "GRAFANA_SA_TOKEN", lambda f: "glsa_" + f.s(32, ALNUM) + "_" + f.hex(8)),
    ("Dynatrace", "DT_API_TOKEN", lambda f: "dt0c01." + f.s(24, UPPER_ALNUM) + "." + f.s(64, UPPER_ALNUM)),
    ("Sumo Logic", "SUMO_ACCESS_KEY", lambda f: f.s(64, ALNUM)),
    ("Rollbar", "ROLLBAR_ACCESS_TOKEN", lambda f: f.hex(32)),
    ("PagerDuty", "PAGERDUTY_TOKEN", lambda f: "u+" + f.s(18, B64URL)),
    ("Honeycomb", "HONEYCOMB_API_KEY", lambda f: "hcaik_" + f.s(58, LOWER_ALNUM)),
    # --- AI providers ---
    ("OpenAI", "OPENAI_API_KEY", lambda f: "sk-proj-" + f.s(74, B64URL) + "T3BlbkFJ" + f.s(74, B64URL)),
    ("OpenAI legacy", "OPENAI_API_KEY", lambda f: "sk-" + f.s(20, ALNUM) + "T3BlbkFJ" + f.s(20, ALNUM)),
    ("OpenAI service account", "OPENAI_API_KEY", lambda f: "sk-svcacct-" + f.s(74, B64URL) + "T3BlbkFJ" + f.s(74, B64URL)),
    ("Anthropic", "ANTHROPIC_API_KEY", lambda f: "sk-ant-api03-" + f.s(93, B64URL) + "AA"),
    ("Anthropic admin", "ANTHROPIC_ADMIN_KEY", lambda f: "sk-ant-admin01-" + f.s(93, B64URL) + "AA"),
    ("Groq", "GROQ_API_KEY", lambda f: "gsk_" + f.s(52, ALNUM)),
    ("Perplexity", "PERPLEXITY_API_KEY", lambda f: "pplx-" + f.s(48, ALNUM)),
    ("Cohere", "COHERE_API_KEY", lambda f: f.s(40, ALNUM)),
    ("Replicate", "REPLICATE_API_TOKEN", lambda f: "r8_" + f.s(37, ALNUM)),
    ("Hugging Face", "HF_TOKEN", lambda f: "hf_" + f.s(34, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    ("Hugging Face org", "HF_ORG_TOKEN", lambda f: "api_org_" + f.s(34, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    ("OpenRouter", "OPENROUTER_API_KEY", lambda f: "sk-or-v1-" + f.hex(64)),
    ("xAI", "XAI_API_KEY", lambda f: "xai-" + f.s(80, ALNUM)),
    ("Mistral", "MISTRAL_API_KEY", lambda f: f.s(32, ALNUM)),
    ("DeepSeek", "DEEPSEEK_API_KEY", lambda f: "sk-" + f.hex(32)),
    ("Pinecone", "PINECONE_API_KEY", lambda f: "pcsk_" + f.s(5, ALNUM) + "_" + f.s(63, ALNUM)),
    ("LangSmith", "LANGSMITH_API_KEY", lambda f: "lsv2_pt_" + f.hex(32) + "_" + f.hex(10)),
    ("ElevenLabs", "ELEVENLABS_API_KEY", lambda f: "sk_" + f.hex(48)),
    ("Weights & Biases", "WANDB_API_KEY", lambda f: f.hex(40)),
    ("Fireworks AI", "FIREWORKS_API_KEY", lambda f: "fw_" + f.s(24, ALNUM)),
    ("Cerebras", "CEREBRAS_API_KEY", lambda f: "csk-" + f.s(48, LOWER_ALNUM)),
    ("Together AI", "TOGETHER_API_KEY", lambda f: f.hex(64)),
    ("Deepgram", "DEEPGRAM_API_KEY", lambda f: f.hex(40)),
    # --- communication ---
    ("Slack bot", "SLACK_BOT_TOKEN", lambda f: f"xoxb-{f.digits(12)}-{f.digits(13)}-{f.s(24, ALNUM)}"),
    ("Slack user", "SLACK_USER_TOKEN", lambda f: f"xoxp-{f.digits(12)}-{f.digits(12)}-{f.digits(13)}-{f.hex(32)}"),
    ("Slack app-level", "SLACK_APP_TOKEN", lambda f: f"xapp-1-A{f.s(10, UPPER_ALNUM)}-{f.digits(13)}-{f.hex(64)}"),
    ("Slack config", "SLACK_CONFIG_TOKEN", lambda f: f"xoxe.xoxp-1-{f.s(150, ALNUM)}"),
    ("Slack refresh", "SLACK_REFRESH_TOKEN", lambda f: f"xoxe-1-{f.s(140, ALNUM)}"),
    ("Slack legacy workspace", "SLACK_LEGACY_TOKEN", lambda f: f"xoxa-2-{f.digits(12)}-{f.digits(12)}-{f.digits(13)}-{f.hex(32)}"),
    ("Slack legacy refresh", "SLACK_XOXR", lambda f: f"xoxr-{f.digits(12)}-{f.digits(13)}-{f.s(24, ALNUM)}"),
    ("Slack session", "SLACK_SESSION", lambda f: f"xoxs-{f.digits(12)}-{f.digits(12)}-{f.digits(13)}-{f.hex(64)}"),
    ("Slack webhook", "SLACK_WEBHOOK_URL", lambda f: f"https://hooks.slack.com/services/T{f.s(8, UPPER_ALNUM)}/B{f.s(10, UPPER_ALNUM)}/{f.s(24, ALNUM)}"),
    ("Discord webhook", "DISCORD_WEBHOOK", lambda f: f"https://discord.com/api/webhooks/{f.digits(19)}/{f.s(68, B64URL)}"),
    ("Discord bot", "DISCORD_BOT_TOKEN", _discord_bot),
    ("Microsoft Teams webhook", "TEAMS_WEBHOOK_URL", _teams_webhook),
    ("Telegram", "TELEGRAM_BOT_TOKEN", lambda f: f"{f.digits(10)}:AA{f.s(33, B64URL)}"),
    ("Twilio API key", "TWILIO_API_KEY", lambda f: "SK" + f.hex(32)),
    ("Twilio auth token", "TWILIO_AUTH_TOKEN", lambda f: f.hex(32)),
    ("SendGrid", "SENDGRID_API_KEY", lambda f: "SG." + f.s(22, B64URL) + "." + f.s(43, B64URL)),
    ("Mailgun", "MAILGUN_API_KEY", lambda f: f"{f.hex(32)}-{f.hex(8)}-{f.hex(8)}"),
    ("Mailchimp", "MAILCHIMP_API_KEY", lambda f: f.hex(32) + "-us" + str(f.r.randint(2, 21))),
    ("Brevo", "BREVO_API_KEY", lambda f: "xkeysib-" + f.hex(64) + "-" + f.s(16, ALNUM)),
    ("Postmark", "POSTMARK_SERVER_TOKEN", lambda f: f.uuid()),
    ("Intercom", "INTERCOM_ACCESS_TOKEN", lambda f: "dG9rOj" + f.s(54, B64) + "="),
    ("X API bearer", "X_BEARER_TOKEN", _x_bearer),
    ("X API secret", "TWITTER_API_SECRET", lambda f: f.s(50, ALNUM)),
    ("Meta", "FB_ACCESS_TOKEN", lambda f: "EAA" + f.s(3, ALNUM) + "ZA" + f.s(150, ALNUM)),
    # --- payments and commerce ---
    ("Stripe", "STRIPE_SECRET_KEY", lambda f: "sk_live_" + f.s(99, ALNUM)),
    ("Stripe restricted", "STRIPE_RESTRICTED_KEY", lambda f: "rk_live_" + f.s(99, ALNUM)),
    ("Stripe webhook", "STRIPE_WEBHOOK_SECRET", lambda f: "whsec_" + f.s(32, ALNUM)),
    ("Square", "SQUARE_ACCESS_TOKEN", lambda f: "EAAA" + f.s(60, B64URL)),
    ("Square OAuth", "SQUARE_APP_SECRET", lambda f: "sq0csp-" + f.s(43, B64URL)),
    ("PayPal Braintree", "BRAINTREE_ACCESS_TOKEN", lambda f: f"access_token$production${f.s(16, LOWER_ALNUM)}${f.hex(32)}"),
    ("Shopify", "SHOPIFY_ACCESS_TOKEN", lambda f: "shpat_" + f.hex(32)),
    ("Shopify shared secret", "SHOPIFY_API_SECRET", lambda f: "shpss_" + f.hex(32)),
    ("Shopify custom app", "SHOPIFY_CUSTOM_TOKEN", lambda f: "shpca_" + f.hex(32)),
    ("Razorpay", "RAZORPAY_KEY_ID", lambda f: "rzp_live_" + f.s(14, ALNUM)),
    ("Flutterwave", "FLW_SECRET_KEY", lambda f: "FLWSECK-" + f.hex(32) + "-X"),
    ("GoCardless", "GOCARDLESS_ACCESS_TOKEN", lambda f: "live_" + f.s(40, B64URL)),
    ("Plaid", "PLAID_ACCESS_TOKEN", lambda f: "access-production-" + f.uuid()),
    ("Duffel", "DUFFEL_TOKEN", lambda f: "duffel_live_" + f.s(43, B64URL)),
    ("EasyPost", "EASYPOST_API_KEY", lambda f: "EZAK" + f.s(54, ALNUM)),
    ("Shippo", "SHIPPO_API_TOKEN", lambda f: "shippo_live_" + f.hex(40)),
    ("WooCommerce", "WC_CONSUMER_SECRET", lambda f: "cs_" + f.hex(40)),
    ("Adyen", "ADYEN_API_KEY", lambda f: "AQE" + f.s(5, ALNUM) + "+" + f.s(100, B64)),
    # --- productivity and SaaS ---
    ("Atlassian", "JIRA_API_TOKEN", lambda f: "ATATT3xFfGF0" + f.s(170, B64URL) + "=" + f.s(8, "0123456789ABCDEF")),
    ("Linear", "LINEAR_API_KEY", lambda f: "lin_api_" + f.s(40, ALNUM)),
    ("Notion", "NOTION_TOKEN", lambda f: "ntn_" + f.digits(11) + f.s(35, ALNUM)),
    ("Notion legacy", "NOTION_API_KEY", lambda f: "secret_" + f.s(43, ALNUM)),
    ("Dropbox", "DROPBOX_ACCESS_TOKEN", lambda f: "sl.u." + f.s(135, B64URL)),
    ("Airtable", "AIRTABLE_PAT", lambda f: "pat" + f.s(14, ALNUM) + "." + f.hex(64)),
    ("Asana", "ASANA_PAT", lambda f: f"2/{f.digits(16)}/{f.digits(16)}:{f.hex(32)}"),
    ("Figma", "FIGMA_TOKEN", lambda f: "figd_" + f.s(40, B64URL)),
    ("Contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda f: "CFPAT-" + f.s(43, B64URL)),
    ("HubSpot", "HUBSPOT_ACCESS_TOKEN", lambda f: f"pat-{f.pick(['na1', 'eu1'])}-{f.uuid()}"),
    ("Postman", "POSTMAN_API_KEY", lambda f: f"PMAK-{f.hex(24)}-{f.hex(34)}"),
    ("Okta", "OKTA_API_TOKEN", lambda f: "00" + f.s(40, B64URL)),
    ("Auth0", "AUTH0_CLIENT_SECRET", lambda f: f.s(64, B64URL)),
    ("Typeform", "TYPEFORM_TOKEN", lambda f: "tfp_" + f.s(44, ALNUM) + "_" + f.s(14, ALNUM)),
    ("Frame.io", "FRAMEIO_TOKEN", lambda f: "fio-u-" + f.s(64, B64URL)),
    ("Zendesk", "ZENDESK_API_TOKEN", lambda f: f.s(40, ALNUM)),
    ("Algolia", "ALGOLIA_ADMIN_KEY", lambda f: f.hex(32)),
    ("Mapbox", "MAPBOX_SECRET_TOKEN", _mapbox_secret),
    ("Adafruit IO", "ADAFRUIT_IO_KEY", lambda f: "aio_" + f.s(28, ALNUM)),
    ("LaunchDarkly", "LD_SDK_KEY", lambda f: "sdk-" + f.uuid()),
    ("Prefect", "PREFECT_API_KEY", lambda f: "pnu_" + f.s(36, ALNUM)),
    ("Scalingo", "SCALINGO_API_TOKEN", lambda f: "tk-us-" + f.s(48, B64URL)),
    ("Salesforce", "SF_ACCESS_TOKEN", lambda f: "00D" + f.s(12, ALNUM) + "!AQ" + f.s(4, ALNUM) + "." + f.s(90, ALNUM + "._")),
    ("Cloudinary", "CLOUDINARY_URL", lambda f: f"cloudinary://{f.digits(15)}:{f.s(27, B64URL)}@{f.s(8, 'abcdefghijklmnopqrstuvwxyz')}"),
]

# (provider, env, generator) whose token, if the checksum is broken, is not a secret.
CHECKSUM_PREFIXES = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"]


def provider_names() -> list[str]:
    """Distinct providers (one company split into token types counts once)."""
    names = set()
    for name, _, _ in PROVIDERS:
        names.add(name.split(" ")[0].rstrip(","))
    return sorted(names)
