"""Fresh leak batch, round 7 (issue 16): renders tests/data/leaks/fresh7.jsonl.

Written by helper leaks7 on 2026-12-04 (04:05-04:30 UTC) from issue 16, the leak set's labelling
decisions (tests/data/leaks/README.md) and providers' public format facts (prefixes, lengths,
alphabets) as the writer knew them, before reading any rule or detector file in this round. No
scanner's rules, test strings or fixtures and no public labelled corpus were looked at; every value is
drawn from a fixed seed, so none is a real credential.

The batch puts credentials where scanners meet them in real files and posts: .env lines, YAML, TOML,
INI, XML and JSON config, shell `export`, curl headers and `-u`, CLI flags, connection URLs, docker and
kubectl commands, git diffs, PowerShell, Python/JS/Go/Java assignments, escaped private keys in JSON
and base64 Kubernetes secrets; then PII in national and international writings, and hard negatives
(placeholders, documentation values, hashes, UUIDs, commit SHAs, versions, order numbers, public keys,
redacted values, names, ordinary tech talk). It uses the brands and configuration of round 5
(`../config5.yaml`). The low-level generator (checksummed tokens, Luhn, mod-97, valid phones, public
IPs) is round 3's, imported. Slot syntax as in rounds 3 and 5: `{secret:x}`, `{pii:x}` become labels,
`{v:x}` is an unlabelled value, `{brand}` a brand.

    .venv/bin/python tests/data/leaks/authoring/fresh7.py [--check]
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import sys
from pathlib import Path

import fresh_round3 as g

OUT = Path(__file__).resolve().parents[1] / "fresh7.jsonl"
SEED = 20261207
SLOT = re.compile(r"\{(secret|pii|v):(\w+)\}")
BRANDS = ["Halden", "Orrery", "Pipkin", "Velluto"]
AUTHORS = ["maren.holt", "kojo_builds", "ilse_dev", "taro.sre", "vera_k", "ptolemy_ops", "selin.codes",
           "bram_vd", "odalys_r", "hugo.mx", "anika_s", "rui_pinto", "yerlan_k", "cass.io", "moana_t",
           "edvard_n", "lucia.g", "kiri_ops"]
PLATFORMS = ["x", "reddit", "mastodon", "bluesky", "hackernews", "threads", "linkedin"]

ALNUM = g.ALNUM
HEX = g.HEX
URLSAFE = g.URLSAFE
B64 = g.B64
UPPER_ALNUM = g.UPPER_ALNUM
LOWER_ALNUM = string.ascii_lowercase + string.digits
LETTERS = string.ascii_letters


def r(alphabet: str, n: int, prefix: str = "", suffix: str = ""):
    return lambda rng: prefix + g.rand(rng, alphabet, n) + suffix


def b64of(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def uuid(rng: random.Random) -> str:
    return g.uuid4(rng)


# --- provider formats (facts from public format descriptions; values random) ---------------------

def slack_bot(rng):
    return f"xoxb-{g.rand(rng, string.digits, 11)}-{g.rand(rng, string.digits, 13)}-{g.rand(rng, ALNUM, 24)}"


def slack_user(rng):
    return (f"xoxp-{g.rand(rng, string.digits, 11)}-{g.rand(rng, string.digits, 12)}-"
            f"{g.rand(rng, string.digits, 13)}-{g.hexs(rng, 32)}")


def slack_app(rng):
    return f"xapp-1-A{g.rand(rng, UPPER_ALNUM, 10)}-{g.rand(rng, string.digits, 13)}-{g.hexs(rng, 64)}"


def slack_hook(rng):
    return (f"https://hooks.slack.com/services/T{g.rand(rng, UPPER_ALNUM, 10)}/B{g.rand(rng, UPPER_ALNUM, 10)}/"
            f"{g.rand(rng, ALNUM, 24)}")


def discord_hook(rng):
    return f"https://discord.com/api/webhooks/{g.rand(rng, string.digits, 19)}/{g.rand(rng, URLSAFE, 68)}"


def telegram_bot(rng):
    return f"{rng.randint(10**8, 10**10 - 1)}:AA{g.rand(rng, URLSAFE, 33)}"


def github_fine(rng):
    return f"github_pat_11{g.rand(rng, UPPER_ALNUM, 20)}_{g.rand(rng, ALNUM, 59)}"


def azure_storage_key(rng):
    return g.rand(rng, B64, 86) + "=="


def azure_client_secret(rng):
    return g.rand(rng, ALNUM, 3) + "8Q~" + g.rand(rng, ALNUM + "_~.-", 34)


def anthropic(rng):
    return "sk-ant-api03-" + g.rand(rng, URLSAFE, 93) + "AA"


def openai_project(rng):
    return "sk-proj-" + g.rand(rng, URLSAFE, 64) + "T3BlbkFJ" + g.rand(rng, URLSAFE, 64)


def bedrock(rng):
    raw = f"BedrockAPIKey-{g.rand(rng, LOWER_ALNUM, 4)}-at-{g.rand(rng, string.digits, 12)}:{g.rand(rng, B64, 60)}"
    return "ABSK" + b64of(raw.encode())


def mapbox_secret(rng):
    payload = json.dumps({"u": g.rand(rng, string.ascii_lowercase, 7), "a": g.rand(rng, LOWER_ALNUM, 25)},
                         separators=(",", ":"))
    head = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"sk.{head}.{g.rand(rng, URLSAFE, 22)}"


def teams_hook(rng):
    return (f"https://{g.rand(rng, string.ascii_lowercase, 6)}.webhook.office.com/webhookb2/{uuid(rng)}@{uuid(rng)}"
            f"/IncomingWebhook/{g.hexs(rng, 32)}/{uuid(rng)}")


def atlassian(rng):
    return "ATATT3xFfGF0" + g.rand(rng, URLSAFE, 170) + "=" + g.hexs(rng, 8).upper()


def terraform(rng):
    return g.rand(rng, ALNUM, 14) + ".atlasv1." + g.rand(rng, ALNUM, 67)


def postman(rng):
    return f"PMAK-{g.hexs(rng, 24)}-{g.hexs(rng, 34)}"


def sendgrid(rng):
    return f"SG.{g.rand(rng, URLSAFE, 22)}.{g.rand(rng, URLSAFE, 43)}"


def braintree(rng):
    return f"access_token$production${g.rand(rng, LOWER_ALNUM, 16)}${g.hexs(rng, 32)}"


def hubspot(rng):
    return "pat-na1-" + uuid(rng)


def gitlab_cbt(rng):
    return f"glcbt-{g.hexs(rng, 2)}_{g.rand(rng, URLSAFE, 20)}"


def kube_b64(rng):
    return b64of(g.password(rng).encode())


def basic_cred(rng):
    return b64of(f"{rng.choice(['deploy', 'svc_sync', 'ci-bot', 'admin'])}:{g.password(rng)}".encode())


def user_pass(rng):
    return f"{rng.choice(['deploy', 'ops', 'jenkins', 'svc-orders', 'admin'])}:{g.password(rng)}"


def db_url(scheme: str, port: int):
    def make(rng):
        user = rng.choice(["app", "orders_rw", "report", "svc", "etl"])
        host = rng.choice(["db.prod", "10.0.4.12", "pg-main", "mongo-1.cluster", "cache"]) + rng.choice(
            ["", ".eu-west-1.rds.amazonaws.com", ".internal-net.io"])
        return f"{scheme}://{user}:{g.url_password(rng)}@{host}:{port}/{rng.choice(['orders', 'app', 'main'])}"
    return make


def pem_header(kind: str):
    return lambda rng: f"-----BEGIN {kind}PRIVATE KEY-----"


def pem_escaped(opening: str):
    def make(rng):
        lines = [opening + g.rand(rng, B64, 64 - len(opening))] + g.pem_body(rng, 5)
        return "\\n".join(lines)
    return make


def pem_lines(opening: str):
    def make(rng):
        lines = [opening + g.rand(rng, B64, 64 - len(opening))] + g.pem_body(rng, 3)
        return "\n".join(lines)
    return make


def b64_pem(rng):
    body = "\n".join([g.rand(rng, B64, 64) for _ in range(6)])
    return b64of(f"-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE{body}\n-----END EC PRIVATE KEY-----\n".encode())


# --- PII ----------------------------------------------------------------------------------------

def card_len(prefix: str, length: int, sizes: list[int], sep: str):
    def make(rng):
        return g.group(g.luhn_complete(rng, prefix, length), sizes, sep) if sep else g.luhn_complete(
            rng, prefix, length)
    return make


def phone(region: str, form: str, ext: str = ""):
    def make(rng):
        value = g.phone(rng, region, form)
        return value + (ext + str(rng.randint(10, 999)) if ext else "")
    return make


# --- negatives ----------------------------------------------------------------------------------

def sha(n: int):
    return lambda rng: g.hexs(rng, n)


def ssh_pub(rng):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.rand(rng, B64, 43)


V = {
    # providers
    "ghp": lambda rng: g.checksum_token(rng, "ghp_"),
    "gho": lambda rng: g.checksum_token(rng, "gho_"),
    "ghs": lambda rng: g.checksum_token(rng, "ghs_"),
    "npm": lambda rng: g.checksum_token(rng, "npm_"),
    "github_fine": github_fine,
    "glpat": r(URLSAFE, 20, "glpat-"),
    "glrt": r(URLSAFE, 20, "glrt-"),
    "gldt": r(URLSAFE, 20, "gldt-"),
    "glcbt": gitlab_cbt,
    "slack_bot": slack_bot, "slack_user": slack_user, "slack_app": slack_app, "slack_hook": slack_hook,
    "discord_hook": discord_hook, "telegram": telegram_bot, "teams_hook": teams_hook,
    "stripe_sk": r(ALNUM, 99, "sk_live_"),
    "stripe_rk": r(ALNUM, 99, "rk_live_"),
    "stripe_whsec": r(ALNUM, 32, "whsec_"),
    "aws_id": g.aws_key_id,
    "aws_secret": r(B64, 40),
    "google": r(URLSAFE, 35, "AIza"),
    "openai": openai_project, "anthropic": anthropic, "bedrock": bedrock,
    "hf": r(LETTERS, 34, "hf_"),
    "groq": r(ALNUM, 52, "gsk_"),
    "replicate": r(ALNUM, 37, "r8_"),
    "pplx": r(ALNUM, 48, "pplx-"),
    "cohere": r(ALNUM, 40),
    "mistral": r(ALNUM, 32),
    "pypi": lambda rng: "pypi-AgEIcHlwaS5vcmc" + g.rand(rng, URLSAFE, 140),
    "dckr": r(URLSAFE, 27, "dckr_pat_"),
    "heroku": r(URLSAFE, 58, "HRKU-AA"),
    "do": r(HEX, 64, "dop_v1_"),
    "shpat": r(HEX, 32, "shpat_"),
    "shpss": r(HEX, 32, "shpss_"),
    "sendgrid": sendgrid,
    "mailgun": r(HEX, 32, "key-"),
    "twilio_sk": r(HEX, 32, "SK"),
    "twilio_secret": r(ALNUM, 32),
    "linear": r(ALNUM, 40, "lin_api_"),
    "postman": postman,
    "nrak": r(UPPER_ALNUM, 27, "NRAK-"),
    "pulumi": r(HEX, 40, "pul-"),
    "terraform": terraform,
    "rubygems": r(HEX, 48, "rubygems_"),
    "nuget": r(LOWER_ALNUM, 43, "oy2"),
    "jfrog": r(ALNUM, 69, "AKCp"),
    "hubspot": hubspot,
    "snyk": uuid,
    "sonar": r(HEX, 40, "squ_"),
    "sourcegraph": r(HEX, 40, "sgp_"),
    "fly": r(URLSAFE, 43, "fo1_"),
    "square": r(URLSAFE, 60, "EAAA"),
    "square_secret": r(URLSAFE, 43, "sq0csp-"),
    "braintree": braintree,
    "notion": lambda rng: "ntn_" + g.rand(rng, string.digits, 11) + g.rand(rng, ALNUM, 35),
    "dropbox": r(URLSAFE, 135, "sl.B"),
    "mapbox": mapbox_secret,
    "atlassian": atlassian,
    "okta": r(URLSAFE, 40, "00"),
    "cf_token": r(URLSAFE, 40),
    "cf_global": r(HEX, 37),
    "cf_origin": lambda rng: "v1.0-" + g.hexs(rng, 24) + "-" + g.hexs(rng, 146),
    "dd_api": r(HEX, 32),
    "dd_app": r(HEX, 40),
    "alibaba_id": r(ALNUM, 18, "LTAI5t"),
    "alibaba_secret": g.alibaba_secret,
    "azure_key": azure_storage_key,
    "azure_client": azure_client_secret,
    "meta": r(ALNUM, 180, "EAAG"),
    "x_bearer": lambda rng: "AAAAAAAAAAAAAAAAAAAAA" + g.rand(rng, ALNUM, 30) + "%3D" + g.rand(rng, ALNUM, 50),
    "sumo_key": r(ALNUM, 64),
    "vault": r(URLSAFE, 90, "hvs.CAESI"),
    "databricks": r(HEX, 32, "dapi"),
    "grafana_sa": lambda rng: f"glsa_{g.rand(rng, ALNUM, 32)}_{g.hexs(rng, 8)}",
    "doppler": r(ALNUM, 43, "dp.pt."),
    "supabase": r(HEX, 40, "sbp_"),
    "jwt": g.jwt,
    # credentials in context
    "password": g.password,
    "url_password": g.url_password,
    "user_pass": user_pass,
    "basic": basic_cred,
    "kube_b64": kube_b64,
    "b64_pem": b64_pem,
    "pg_url": db_url("postgresql", 5432),
    "mysql_url": db_url("mysql", 3306),
    "mongo_url": db_url("mongodb", 27017),
    "redis_url": db_url("redis", 6379),
    "amqp_url": db_url("amqp", 5672),
    "ftp_url": db_url("ftp", 21),
    "hdr_rsa": pem_header("RSA "),
    "hdr_pk": pem_header(""),
    "hdr_ec": pem_header("EC "),
    "hdr_openssh": pem_header("OPENSSH "),
    "pem_esc_pk": pem_escaped("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
    "pem_esc_rsa": pem_escaped("MIIEpAIBAAKCAQEA"),
    "pem_rsa": pem_lines("MIIEowIBAAKCAQEA"),
    "pem_openssh": pem_lines("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"),
    "pem_ec": pem_lines("MHcCAQEEI"),
    "uuid": uuid,
    # PII
    "card13": card_len("4", 13, [4, 4, 5], " "),
    "card14": card_len("36", 14, [4, 6, 4], " "),
    "card15": card_len("37", 15, [4, 6, 5], "-"),
    "card16s": card_len("5", 16, [4, 4, 4, 4], " "),
    "card16d": card_len("4", 16, [4, 4, 4, 4], "-"),
    "card16n": card_len("6011", 16, [], ""),
    "card19": card_len("62", 19, [4, 4, 4, 4, 3], " "),
    "card19n": card_len("4", 19, [], ""),
    "card12": card_len("6759", 12, [4, 4, 4], " "),
    "iban": lambda rng: g.iban(rng, "grouped"),
    "iban_c": lambda rng: g.iban(rng, "compact"),
    "iban_l": lambda rng: g.iban(rng, "lower-grouped"),
    "ipv4": g.public_ipv4,
    "ipv6": g.public_ipv6,
    "email": g.email,
    "ssn": g.ssn,
    # negatives and unlabelled values
    "sha1": sha(40), "sha256": sha(64), "md5": sha(32), "short_sha": sha(7),
    "ssh_pub": ssh_pub,
    "order": lambda rng: str(rng.randint(10**9, 10**10 - 1)),
    "tracking": lambda rng: "1Z" + g.rand(rng, UPPER_ALNUM, 16),
    "broken_ghp": lambda rng: g.broken_checksum_token(rng, "ghp_"),
    "pk_live": r(ALNUM, 99, "pk_live_"),
    "imei": lambda rng: g.luhn_complete(rng, "35", 15),
    "ver": lambda rng: f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}.{rng.randint(100, 9999)}",
    "private_ip": lambda rng: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    "lan_ip": lambda rng: f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    "num4": lambda rng: str(rng.randint(1000, 9999)),
}


def p(group: str, context: str, why: str, text: str, renders: int = 1) -> tuple[str, str, str, str, int]:
    return (group, context, why, text, renders)


SP, CTX, PK = "secret/provider", "secret/context", "secret/private-key"

SECRETS = [
    # .env lines and shell export
    p(SP, "env:OpenAI", ".env line", "pasting my .env so someone can spot the typo\nOPENAI_API_KEY={secret:openai}\nMODEL=gpt-4o-mini\n{brand} bot still says 401"),
    p(SP, "env:Anthropic", ".env line", "ANTHROPIC_API_KEY={secret:anthropic}\nLOG_LEVEL=debug\n^ that's the whole .env of the {brand} summariser, why is it rate limited"),
    p(SP, "export:Groq", "shell export", "export GROQ_API_KEY={secret:groq} && python bench.py  -- {brand} eval finally runs"),
    p(SP, "export:HuggingFace", "shell export", "$ export HF_TOKEN={secret:hf}\n$ huggingface-cli whoami\nInvalid user token?? fresh from the settings page"),
    p(SP, "env:Replicate", ".env line", "REPLICATE_API_TOKEN={secret:replicate} in .env.local, next dev picks it up but vercel doesn't"),
    p(SP, "env:Perplexity", "dotenv", "PPLX_API_KEY={secret:pplx}\nanyone else getting 429s from sonar today?"),
    p(SP, "env:Cohere", "named env", "COHERE_API_KEY={secret:cohere}\nembed-v3 works locally but not in the {brand} container"),
    p(SP, "env:Mistral", "named env", "MISTRAL_API_KEY=\"{secret:mistral}\"   # la plateforme key, rotating next week"),
    p(SP, "export:Bedrock", "shell export", "export AWS_BEARER_TOKEN_BEDROCK={secret:bedrock}\naws bedrock-runtime converse ... still AccessDenied"),
    p(SP, "env:Stripe", ".env", "STRIPE_SECRET_KEY={secret:stripe_sk}\nSTRIPE_WEBHOOK_SECRET={secret:stripe_whsec}\n{brand} checkout env for staging (it's the live one oops)"),
    p(SP, "env:Docker", ".env", "DOCKERHUB_USERNAME={brand}ci\nDOCKERHUB_TOKEN={secret:dckr}"),
    p(SP, "export:Heroku", "shell export", "export HEROKU_API_KEY={secret:heroku}\nheroku apps --all  # why is this empty"),
    p(SP, "env:NewRelic", ".env", "NEW_RELIC_API_KEY={secret:nrak}\nNEW_RELIC_APP_NAME={brand}-web"),
    p(SP, "env:Datadog", ".env", "DD_API_KEY={secret:dd_api}\nDD_APP_KEY={secret:dd_app}\nDD_SITE=datadoghq.eu"),
    p(SP, "env:Linear", "env", "LINEAR_API_KEY={secret:linear} -- the {brand} triage bot is posting twice per issue, any idea?"),
    p(SP, "env:Notion", "env", "NOTION_TOKEN={secret:notion}\nNOTION_DB=roadmap\nsync script dies with object_not_found"),
    p(SP, "env:Supabase", "env", "SUPABASE_ACCESS_TOKEN={secret:supabase} supabase link --project-ref {v:short_sha}"),
    p(SP, "env:Doppler", "env", "DOPPLER_TOKEN={secret:doppler} doppler run -- npm start   # ironic, i know"),
    # YAML / TOML / INI / XML / JSON config
    p(SP, "yaml:Slack", "YAML config", "```yaml\nslack:\n  bot_token: {secret:slack_bot}\n  app_token: {secret:slack_app}\n  channel: '#{brand}-alerts'\n```\nsocket mode never connects"),
    p(SP, "yaml:SlackWebhook", "YAML alertmanager", "alertmanager.yml:\nreceivers:\n- name: oncall\n  slack_configs:\n  - api_url: {secret:slack_hook}\n    send_resolved: true"),
    p(SP, "yaml:Discord", "YAML", "notify:\n  discord:\n    webhook: {secret:discord_hook}\n# {brand} uptime bot"),
    p(SP, "toml:Cloudflare", "TOML", "wrangler.toml, sorry for the wall:\n[vars]\nCF_API_TOKEN = \"{secret:cf_token}\"\nZONE = \"{brand}.example\""),
    p(SP, "toml:PyPI", "pypirc-like TOML", "[tool.poetry.http-basic.pypi]\nusername = \"__token__\"\npassword = \"{secret:pypi}\""),
    p(SP, "ini:AWS", "INI credentials", "~/.aws/credentials\n[{brand}-prod]\naws_access_key_id = {secret:aws_id}\naws_secret_access_key = {secret:aws_secret}\nregion = eu-north-1"),
    p(SP, "ini:Alibaba", "INI", "[default]\naccess_key_id = {secret:alibaba_id}\naccess_key_secret = {secret:alibaba_secret}\n; aliyun cli profile for {brand} oss"),
    p(SP, "xml:NuGet", "XML nuget.config", "<packageSourceCredentials>\n  <{brand}Feed>\n    <add key=\"Username\" value=\"build\" />\n    <add key=\"ClearTextPassword\" value=\"{secret:nuget}\" />\n  </{brand}Feed>\n</packageSourceCredentials>"),
    p(SP, "xml:JFrog", "XML maven settings", "<server>\n  <id>{brand}-artifactory</id>\n  <username>ci</username>\n  <password>{secret:jfrog}</password>\n</server>\nmaven still 401s on deploy"),
    p(CTX, "xml-attr:password", "XML attribute", "<connectionStrings>\n  <add name=\"Orders\" connectionString=\"Server=sql01;Database=orders;User Id=app;Password={secret:password};\" />\n</connectionStrings>"),
    p(SP, "json:Postman", "JSON", "{\n  \"postman_api_key\": \"{secret:postman}\",\n  \"workspace\": \"{brand} QA\"\n}"),
    p(SP, "json:HubSpot", "JSON", "config.json -> {\"hubspot\": {\"accessToken\": \"{secret:hubspot}\", \"portal\": 4417}}  hubspot says expired but it's new"),
    p(SP, "json:Mapbox", "JSON", "{\"mapbox\": {\"secretToken\": \"{secret:mapbox}\", \"style\": \"streets-v12\"}}"),
    p(SP, "yaml:Atlassian", "YAML", "jira:\n  url: https://{brand}.atlassian.net\n  email: ops@{brand}.example\n  api_token: {secret:atlassian}"),
    p(SP, "yaml:Okta", "YAML", "okta:\n  orgUrl: https://{brand}.okta.com\n  token: {secret:okta}"),
    p(SP, "yaml:Teams", "YAML", "teams_webhook_url: {secret:teams_hook}\nnotify_on: [failure]"),
    p(SP, "toml:Sourcegraph", "TOML", "[sourcegraph]\nendpoint = \"https://sourcegraph.{brand}.example\"\naccess_token = \"{secret:sourcegraph}\""),
    p(SP, "yaml:Sonar", "CI YAML", "sonar:\n  stage: test\n  variables:\n    SONAR_TOKEN: {secret:sonar}\n  script: sonar-scanner"),
    p(SP, "ini:Terraform", "terraformrc", "credentials \"app.terraform.io\" {\n  token = \"{secret:terraform}\"\n}"),
    p(SP, "yaml:Pulumi", "CI YAML", "env:\n  PULUMI_ACCESS_TOKEN: {secret:pulumi}\n  STACK: {brand}/prod"),
    p(SP, "yaml:RubyGems", "credentials YAML", "~/.gem/credentials\n---\n:rubygems_api_key: {secret:rubygems}"),
    p(SP, "yaml:Azure", "YAML", "azure:\n  tenant_id: {v:uuid}\n  client_id: {v:uuid}\n  client_secret: {secret:azure_client}"),
    p(SP, "conn:AzureStorage", "connection string", "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName={brand}media;AccountKey={secret:azure_key};EndpointSuffix=core.windows.net"),
    p(SP, "json:Vault", "JSON", "{\"vault_addr\": \"https://vault.{brand}.example:8200\", \"vault_token\": \"{secret:vault}\"}"),
    # curl, headers, CLI flags
    p(SP, "curl-bearer:GitHub", "curl header", "curl -H 'Authorization: Bearer {secret:ghp}' https://api.github.com/repos/{brand}/app/actions/runs | jq '.total_count'"),
    p(SP, "curl-bearer:GitLabFine", "curl header", "curl -s -H \"Authorization: Bearer {secret:github_fine}\" https://api.github.com/user  -> 401, fine-grained token just made"),
    p(SP, "curl-header:GitLab", "curl header", "curl --header \"PRIVATE-TOKEN: {secret:glpat}\" \"https://gitlab.com/api/v4/projects?owned=true\""),
    p(SP, "curl-bearer:Cloudflare", "curl header", "curl https://api.cloudflare.com/client/v4/user/tokens/verify -H \"Authorization: Bearer {secret:cf_token}\""),
    p(SP, "curl-header:CloudflareGlobal", "curl header", "curl -X GET \"https://api.cloudflare.com/client/v4/zones\" -H \"X-Auth-Email: ops@{brand}.example\" -H \"X-Auth-Key: {secret:cf_global}\""),
    p(SP, "curl-bearer:DigitalOcean", "curl header", "curl -X GET -H \"Content-Type: application/json\" -H \"Authorization: Bearer {secret:do}\" \"https://api.digitalocean.com/v2/droplets\""),
    p(SP, "curl-header:Shopify", "curl header", "curl -X GET https://{brand}.myshopify.com/admin/api/2024-10/orders.json -H 'X-Shopify-Access-Token: {secret:shpat}'"),
    p(SP, "curl-bearer:SendGrid", "curl header", "curl --request POST --url https://api.sendgrid.com/v3/mail/send --header 'Authorization: Bearer {secret:sendgrid}' --header 'Content-Type: application/json'"),
    p(SP, "curl-u:Mailgun", "curl -u", "curl -s --user 'api:{secret:mailgun}' https://api.mailgun.net/v3/mg.{brand}.example/messages -F to=me@x.example"),
    p(SP, "curl-u:Twilio", "curl -u", "curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC{v:md5}/Messages.json -u {secret:twilio_sk}:{secret:twilio_secret} --data-urlencode 'Body=hi'"),
    p(CTX, "curl-u:basic", "curl -u user:pass", "curl -u {secret:user_pass} https://jenkins.{brand}.example/job/deploy/build -X POST"),
    p(CTX, "header:Basic", "Authorization Basic", "nginx log of the request:\nGET /admin HTTP/1.1\nAuthorization: Basic {secret:basic}\nUser-Agent: curl/8.5.0"),
    p(SP, "header:Okta", "SSWS header", "http GET https://{brand}.okta.com/api/v1/users 'Authorization: SSWS {secret:okta}'"),
    p(SP, "curl-bearer:Meta", "curl query", "curl -i -X GET \"https://graph.facebook.com/v19.0/me/accounts?access_token={secret:meta}\""),
    p(SP, "curl-bearer:X", "curl header", "curl \"https://api.x.com/2/tweets/search/recent?query={brand}\" -H \"Authorization: Bearer {secret:x_bearer}\""),
    p(SP, "curl-header:Databricks", "curl header", "curl -n -H \"Authorization: Bearer {secret:databricks}\" https://adb-{v:num4}.azuredatabricks.net/api/2.0/clusters/list"),
    p(SP, "curl-bearer:Grafana", "curl header", "curl -H \"Authorization: Bearer {secret:grafana_sa}\" https://grafana.{brand}.example/api/dashboards/home"),
    p(CTX, "cli-flag:password=", "--password=", "mysql --host=127.0.0.1 --user=root --password={secret:password} {brand}_orders < dump.sql"),
    p(CTX, "cli-flag:-p", "-p flag", "docker exec -it db mysql -uroot -p{secret:password} -e 'show databases'"),
    p(CTX, "cli-flag:--token", "--token flag", "vault login --method=token --no-print --token {secret:vault}"),
    p(SP, "cli-flag:npm", "CLI", "npm config set //registry.npmjs.org/:_authToken {secret:npm}"),
    p(SP, "cli-flag:Fly", "CLI flag", "fly deploy --access-token {secret:fly} -a {brand}-api"),
    p(CTX, "cli-flag:docker-login", "docker login -p", "docker login registry.{brand}.example -u deploy -p {secret:password}"),
    p(SP, "cli:docker-env", "docker run -e", "docker run -d -e SENDGRID_API_KEY={secret:sendgrid} -p 8080:8080 {brand}/mailer:latest"),
    p(SP, "cli:kubectl", "kubectl literal", "kubectl create secret generic stripe --from-literal=STRIPE_KEY={secret:stripe_rk} -n payments"),
    p(CTX, "cli:kubectl-password", "kubectl literal", "kubectl -n {brand} create secret generic pg --from-literal=username=app --from-literal=password={secret:password}"),
    p(SP, "cli:gh", "CLI", "echo {secret:gho} | gh auth login --with-token   <- works on mac, not in the runner"),
    p(SP, "cli:telegram", "URL", "curl \"https://api.telegram.org/bot{secret:telegram}/sendMessage?chat_id=-100{v:num4}&text=deploy+done\""),
    # connection URLs
    p(CTX, "url:postgres", "connection URL", "DATABASE_URL={secret:pg_url}\nprisma migrate deploy just hangs"),
    p(CTX, "url:mysql", "connection URL", "SQLALCHEMY_DATABASE_URI = \"{secret:mysql_url}\""),
    p(CTX, "url:mongo", "connection URL", "mongosh \"{secret:mongo_url}\" --eval 'db.stats()'"),
    p(CTX, "url:redis", "connection URL", "CELERY_BROKER_URL={secret:redis_url} -- workers keep dropping"),
    p(CTX, "url:amqp", "connection URL", "spring.rabbitmq.addresses={secret:amqp_url}"),
    p(CTX, "url:ftp", "connection URL", "lftp {secret:ftp_url} -e 'mirror -R dist/ /www; quit'"),
    p(SP, "url:GitLab-clone", "clone URL", "git remote set-url origin https://gitlab-ci-token:{secret:glcbt}@gitlab.com/{brand}/infra.git"),
    p(SP, "url:GitHub-clone", "clone URL", "git clone https://x-access-token:{secret:ghs}@github.com/{brand}/deploy-scripts.git"),
    # git diffs
    p(SP, "diff:Stripe", "diff + line", "oops, from yesterday's PR:\n@@ -3,2 +3,2 @@\n-STRIPE_KEY=${STRIPE_KEY}\n+STRIPE_KEY={secret:stripe_sk}"),
    p(CTX, "diff:password", "diff - line", "this is the 'cleanup' commit lol:\n-  db_password: \"{secret:password}\"\n+  db_password: \"${DB_PASSWORD}\"\nstill in history though"),
    p(SP, "diff:Square", "diff + line", "diff --git a/config/pay.yml b/config/pay.yml\n+square_access_token: {secret:square}\n+square_app_secret: {secret:square_secret}"),
    p(SP, "diff:Braintree", "diff + line", "+BRAINTREE_ACCESS_TOKEN={secret:braintree}\n+BRAINTREE_ENV=production"),
    # PowerShell
    p(CTX, "powershell:SecureString", "ConvertTo-SecureString", "$secpw = ConvertTo-SecureString '{secret:password}' -AsPlainText -Force\nNew-PSDrive -Name Z -PSProvider FileSystem -Root \\\\fs01\\{brand} -Credential (New-Object PSCredential('svc_backup', $secpw))"),
    p(SP, "powershell:Dropbox", "PowerShell var", "$env:DROPBOX_TOKEN = \"{secret:dropbox}\"\n.\\sync.ps1 -Folder {brand}"),
    # code assignments
    p(SP, "python:Stripe", "Python", "import stripe\nstripe.api_key = \"{secret:stripe_sk}\"\nstripe.Charge.list(limit=3)"),
    p(SP, "python:Google", "Python", "genai.configure(api_key=\"{secret:google}\")  # {brand} demo, works on colab only"),
    p(CTX, "python:password", "Python", "conn = psycopg.connect(host='db1', user='report', password='{secret:password}', dbname='{brand}')"),
    p(SP, "js:Slack", "JS", "const client = new WebClient('{secret:slack_user}');\nawait client.chat.postMessage({ channel: 'C0{v:num4}', text: 'deploy ok' });"),
    p(SP, "js:Linear", "JS", "const linear = new LinearClient({ apiKey: \"{secret:linear}\" })"),
    p(SP, "go:Twilio", "Go", "client := twilio.NewRestClientWithParams(twilio.ClientParams{\n    Username: \"{secret:twilio_sk}\",\n    Password: \"{secret:twilio_secret}\",\n})"),
    p(CTX, "go:password", "Go const", "const dbPassword = \"{secret:password}\" // TODO move to vault"),
    p(SP, "java:Sumo", "Java", "private static final String SUMO_ACCESS_KEY = \"{secret:sumo_key}\";"),
    p(SP, "java:Snyk", "Java", "String snykToken = \"{secret:snyk}\"; // SNYK_TOKEN for the {brand} scanner job"),
    p(SP, "python:JWT", "Python header", "headers = {\"Authorization\": f\"Bearer {secret:jwt}\"}\nr = requests.get(\"https://api.{brand}.example/v2/orders\", headers=headers)"),
    p(SP, "cf:origin", "CF origin", "CF_ORIGIN_CA_KEY={secret:cf_origin}"),
    # private keys
    p(PK, "json-escaped:pkcs8", "service-account JSON", "{\"type\": \"service_account\", \"project_id\": \"{brand}-prod\", \"private_key_id\": \"{v:sha1}\", \"private_key\": \"{secret:hdr_pk}\\n{v:pem_esc_pk}\\n-----END PRIVATE KEY-----\\n\", \"client_email\": \"sync@{brand}-prod.iam.gserviceaccount.com\"}"),
    p(PK, "json-escaped:rsa", "JSON escaped RSA", "terraform output is weird: {\"tls_key\": \"{secret:hdr_rsa}\\n{v:pem_esc_rsa}\\n-----END RSA PRIVATE KEY-----\"}"),
    p(PK, "plain:openssh", "pasted key", "can someone tell me why ssh says invalid format?\n{secret:hdr_openssh}\n{v:pem_openssh}\n-----END OPENSSH PRIVATE KEY-----"),
    p(PK, "yaml:ec", "YAML block", "tls:\n  key: |\n    {secret:hdr_ec}\n    {v:pem_ec}\n    -----END EC PRIVATE KEY-----"),
    p(PK, "plain:rsa", "pasted key", "deploy key for the {brand} box (I'll rotate it, promise):\n{secret:hdr_rsa}\n{v:pem_rsa}\n-----END RSA PRIVATE KEY-----"),
    p(PK, "kube-b64:tls", "base64 PEM", "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n  tls.key: {secret:b64_pem}"),
    p(CTX, "kube-b64:password", "kube Secret data", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {brand}-db\ntype: Opaque\ndata:\n  username: YXBw\n  password: {secret:kube_b64}"),
    p(SP, "kubeconfig:token", "kubeconfig", "users:\n- name: {brand}-admin\n  user:\n    token: {secret:jwt}"),
]

PHONE_PLAN = [
    ("DE", "national", ""), ("FR", "dotted", ""), ("IT", "international", ""), ("ES", "national", ""),
    ("MX", "international", ""), ("JP", "national", ""), ("AU", "national", ""), ("NZ", "international", ""),
    ("ZA", "national", ""), ("NG", "international", ""), ("KE", "00", ""), ("PL", "national", ""),
    ("PT", "international", ""), ("BE", "dotted", ""), ("CH", "00", ""), ("IE", "national", ""),
    ("CA", "national", " ext. "), ("US", "dotted", " x"), ("GB", "national", " ext "), ("CL", "international", ""),
    ("CO", "international", ""), ("TH", "national", ""), ("MY", "international", ""), ("SG", "international", ""),
]
PHONE_TEXTS = [
    "{brand} courier never rang, my number is {phone} if anyone from support reads this",
    "call me back on {phone} please, third time asking @{brand}help",
    "Sprzedam rower {brand}, tel. {phone}, odbiór osobisty",
    "whatsapp me at {phone} about the {brand} bike swap",
    "Bitte zurückrufen unter {phone}, es geht um meine {brand} Bestellung",
    "my mobile: {phone} (after 6pm). the {brand} form wouldn't accept it",
]

PII = [
    p("pii/card", "card-13", "13-digit card", "card {pii:card13} declined at {brand} twice, bank says fine??"),
    p("pii/card", "card-14", "Diners 14", "paid with Diners {pii:card14} exp 09/28 and {brand} charged twice"),
    p("pii/card", "card-15", "Amex dashes", "amex {pii:card15} cvv in DM. {brand} refund still pending"),
    p("pii/card", "card-16-spaces", "16 spaces", "my card number is {pii:card16s}, can you check why the {brand} payment bounced"),
    p("pii/card", "card-16-dashes", "16 dashes", "Karte: {pii:card16d} — {brand} hat zweimal abgebucht"),
    p("pii/card", "card-16-none", "16 compact", "card_number={pii:card16n}&exp=0729 <- {brand} checkout form posts this in the URL"),
    p("pii/card", "card-19", "19 UnionPay", "UnionPay {pii:card19} not accepted by {brand} web shop"),
    p("pii/card", "card-19-none", "19 compact", "Visa {pii:card19n} keeps failing 3DS at {brand}"),
    p("pii/card", "card-12", "Maestro 12", "maestro {pii:card12} got charged by {brand} after I cancelled"),
    p("pii/iban", "iban-grouped", "IBAN", "refund to IBAN {pii:iban} please, {brand} support keeps asking"),
    p("pii/iban", "iban-compact", "IBAN compact", "iban:{pii:iban_c} bic whatever, just send the {brand} refund"),
    p("pii/iban", "iban-lower", "IBAN lower", "ok here: {pii:iban_l} (account of my mum) for the {brand} deposit"),
    p("pii/iban", "iban-json", "IBAN JSON", "{\"payout\": {\"iban\": \"{pii:iban_c}\", \"name\": \"R. Pinto\"}} why does {brand} reject this"),
    p("pii/ip", "ipv4-home", "home IP", "{brand} blocked my home IP {pii:ipv4}, can you whitelist it"),
    p("pii/ip", "ipv4-log", "ssh log", "Failed password for root from {pii:ipv4} port 52113 ssh2 -- that's my own laptop, {brand} VPN is down"),
    p("pii/ip", "ipv6", "home IPv6", "my router's public v6 is {pii:ipv6} and {brand} geo-blocks it as 'abroad'"),
    p("pii/ip", "ipv6-config", "wg config", "[Peer]\nEndpoint = [{pii:ipv6}]:51820\n# my home box, {brand} app can't reach it"),
    p("pii/email", "email", "email", "contact me directly at {pii:email}, the {brand} ticket form eats replies"),
    p("pii/email", "email-caps", "email in JSON", "{\"customer\": \"{pii:email}\", \"order\": {v:order}}  {brand} api returned this for someone else's account!!"),
    p("pii/email", "email-prose", "email", "{brand} sent MY invoice to {pii:email}, not me"),
    p("pii/ssn", "ssn", "SSN", "the {brand} loan form wants my SSN {pii:ssn} in a plain email, no thanks"),
    p("pii/combined", "phone+email", "both", "reach me at {pii:email} or {pii:phone_fr}, {brand} order lost"),
]

NEG = [
    p("negative/placeholder", "env", "placeholder", "OPENAI_API_KEY=<your-token>\nANTHROPIC_API_KEY=<your-key-here>\ncopy .env.example and fill these in"),
    p("negative/placeholder", "env", "xxxx", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx  # fill in from dashboard"),
    p("negative/placeholder", "env", "variable ref", "DATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/{brand}"),
    p("negative/placeholder", "yaml", "CI secret ref", "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}"),
    p("negative/placeholder", "cli", "changeme", "default login for the {brand} appliance is admin / changeme, change it on first boot"),
    p("negative/placeholder", "curl", "placeholder bearer", "curl -H \"Authorization: Bearer $GITHUB_TOKEN\" https://api.github.com/user"),
    p("negative/placeholder", "curl", "placeholder user", "curl -u username:password https://api.{brand}.example/v1/ping  (replace with yours)"),
    p("negative/placeholder", "cli", "flag placeholder", "mysql -u root -p$MYSQL_ROOT_PASSWORD -e 'select 1'"),
    p("negative/placeholder", "powershell", "read-host", "$pw = Read-Host -AsSecureString 'Password'\n$cred = New-Object PSCredential('svc', $pw)"),
    p("negative/placeholder", "kube", "template", "data:\n  password: {{ .Values.db.password | b64enc }}"),
    p("negative/placeholder", "xml", "empty", "<password></password>\n<username>${env.REPO_USER}</username>"),
    p("negative/placeholder", "json", "redacted", "{\"api_key\": \"[REDACTED]\", \"token\": \"********\"} <- {brand} logs mask it fine"),
    p("negative/placeholder", "diff", "moved to env", "-API_KEY=${API_KEY:-}\n+API_KEY=${API_KEY:?missing}"),
    p("negative/demo", "docs", "AWS docs pair", "the docs use AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, don't paste yours"),
    p("negative/demo", "docs", "docs prose", "Per the Stripe docs, secret keys start with sk_live_ and publishable ones with pk_live_; never ship the former to the browser"),
    p("negative/public-key", "stripe", "publishable", "const stripe = Stripe('{v:pk_live}'); // publishable key, fine in the browser"),
    p("negative/public-key", "ssh", "public key", "add this to authorized_keys on the {brand} box: {v:ssh_pub} maren@laptop"),
    p("negative/public-key", "pem", "public key", "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{v:md5}\n-----END PUBLIC KEY-----\nthat's the verifier key for {brand} webhooks"),
    p("negative/broken-checksum", "token", "bad checksum", "is {v:broken_ghp} a real token format or did the tutorial make it up?"),
    p("negative/hash", "sha256", "download checksum", "sha256sum {brand}-cli-{v:ver}.tar.gz\n{v:sha256}  {brand}-cli.tar.gz"),
    p("negative/hash", "commit", "commit SHA", "bisected it: commit {v:sha1} broke the {brand} export, {v:short_sha} before it is fine"),
    p("negative/hash", "md5", "etag", "ETag: \"{v:md5}\" and the CDN still serves the old {brand} bundle"),
    p("negative/uuid", "uuid", "request id", "x-request-id: {v:uuid} -- {brand} support asked for this"),
    p("negative/uuid", "uuid", "trace", "trace {v:uuid} shows 4s in the {brand} auth service"),
    p("negative/version", "version", "versions", "updated {brand} agent from {v:ver} to 10.4.2.1188, still leaks memory"),
    p("negative/order-number", "order", "order", "order number {v:order}, {brand} says shipped, tracking {v:tracking} says nothing"),
    p("negative/order-number", "order", "order spaced", "Bestellnummer 3021 4471 9902 — {brand} antwortet nicht"),
    p("negative/imei", "imei", "imei", "IMEI {v:imei} blacklisted after the {brand} repair?"),
    p("negative/ip-private", "ip", "private", "{brand} hub at {v:lan_ip} stops answering, gateway {v:private_ip}"),
    p("negative/ip-private", "ip", "docs range", "example: ssh admin@203.0.113.7 then ping 2001:db8::1"),
    p("negative/ssh-remote", "ssh", "git remote", "git remote add origin git@github.com:{brand}/firmware.git && git push -u origin main"),
    p("negative/person-name", "names", "people", "shoutout to Maren Holt and Kojo Mensah from {brand} support, sorted my refund in a day"),
    p("negative/everyday", "tech-talk", "tech talk", "rotate your API keys every 90 days and never commit .env files; {brand} learned the hard way"),
    p("negative/everyday", "tech-talk", "password prose", "my password manager generated a 24-char password and the {brand} site caps it at 16. why"),
    p("negative/everyday", "tech-talk", "token talk", "the bearer token expires after an hour, so the {brand} app should refresh it, but it logs me out instead"),
    p("negative/public-contact", "phone", "published line", "{brand} customer line is 1-800-555-0142 (published on their site), wait time 40 min"),
    p("negative/masked-card", "card", "masked", "charged on card ending 4417 (**** **** **** 4417) twice by {brand}"),
    p("negative/identifier", "sku", "sku", "{brand} part no. 7720-3341-0918-2 is out of stock again"),
    p("negative/placeholder", "email", "placeholder", "send it to you@example.com or name@domain.com — {brand} docs literally say this"),
    p("negative/placeholder", "url", "placeholder url", "mongodb://<username>:<password>@cluster0.mongodb.net/test is what the {brand} wiki shows"),
]
NEGATIVE_ROUNDS = 3
TEMPLATE_GROUPS = [SECRETS, PII, NEG]


def fill(rng: random.Random, text: str, brand: str) -> tuple[str, list[dict]]:
    leaks: list[dict] = []
    text = text.replace("{brand}", brand)

    def sub(match: re.Match) -> str:
        kind, name = match.group(1), match.group(2)
        value = V[name](rng)
        if kind != "v":
            leaks.append({"kind": kind, "value": value})
        return value
    return SLOT.sub(sub, text), leaks


V["phone_fr"] = phone("FR", "international")


def render() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    seen: set[str] = set()

    def add(text: str, leaks: list[dict], reason: str) -> None:
        if text in seen:
            return
        seen.add(text)
        rows.append(g.leak_row(rng, f"fr7-{len(rows) + 1:04d}", PLATFORMS, AUTHORS, text, leaks, reason))

    for templates in TEMPLATE_GROUPS:
        rounds = NEGATIVE_ROUNDS if templates is NEG else 1
        for _ in range(rounds):
            for group_name, context, why, text, renders in templates:
                for _ in range(renders):
                    filled, leaks = fill(rng, text, rng.choice(BRANDS))
                    add(filled, leaks, f"{group_name} | {context} | {why}")
    for i, (region, form, ext) in enumerate(PHONE_PLAN):
        value = phone(region, form, ext)(rng)
        text = PHONE_TEXTS[i % len(PHONE_TEXTS)].replace("{brand}", rng.choice(BRANDS)).replace("{phone}", value)
        add(text, [{"kind": "pii", "value": value}], f"pii/phone | phone-{form}-{region} | private number shared")
    return rows


def main(argv: list[str]) -> int:
    return g.write_batch(OUT, render(), argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
