"""Fresh leak batch, round 4 (issue 16): renders tests/data/leaks/fresh4.jsonl.

Written by helper h16fp on 2026-12-03 from the labelling guideline, the leak set's decisions
(tests/data/leaks/README.md) and issue 16 alone, before reading any rule regex for this round. The
batch leans on *ordinary* posts and hard negatives (order and tracking numbers, version strings, hashes,
colours, UUIDs, dates, prices, product codes, scores, ISBNs, flights, postcodes, documentation IPs,
documentation keys and placeholders, code-name words in their ordinary sense, "confidential" in
everyday speech, e-mail-looking handles, emoji), with about 150 true leaks so recall stays watched.

The value generator (checksummed tokens, Luhn cards, mod-97 IBANs, valid phones, public IPs) is
round 3's, imported; every template here is new. Slot syntax as in round 3: `{secret:x}`, `{pii:x}`,
`{confidential:x}` become labels, `{v:x}` is an unlabelled value, `{brand}` a brand.

    /work/main/.venv/bin/python tests/data/leaks/authoring/fresh_round4.py [--check]
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

OUT = Path(__file__).resolve().parents[1] / "fresh4.jsonl"
SEED = 20261204
SLOT = re.compile(r"\{(secret|pii|confidential|v):(\w+)\}")
AUTHORS = ["petra_lind", "omarcodes", "sunny.valdez", "kit_harlow", "bex_on_bikes", "tomas.ferreira",
           "nightowl_dev", "ruthie_bakes", "lars.e", "mo_salah_fan_22", "jules.writes", "ikenna_o",
           "the_real_dana", "yuki.m", "bramble_and_bean", "carlos_t_88", "femi.dev", "alina_p",
           "gregor_s", "mina.k", "sol_sweeps", "pat_the_pm", "hannes.b", "reza_ops"]
PLATFORMS = ["x", "x", "reddit", "bluesky", "mastodon"]


def isbn13(rng: random.Random) -> str:
    body = "978" + g.rand(rng, string.digits, 9)
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{check}"


def doc_ip(rng: random.Random) -> str:
    return rng.choice([f"192.0.2.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
                       f"203.0.113.{rng.randint(1, 254)}", f"2001:db8::{rng.randint(1, 0xfff):x}"])


def mapbox_secret(rng: random.Random) -> str:
    """Correction after the first scoring: a Mapbox token's middle part is base64url JSON (`{"u": user,
    "a": id}`); the first render glued random characters after `eyJ1Ijoi`. The value is rebuilt from
    the same draw, so no other value in the batch changes."""
    drawn = g.GEN["mapbox_sk"](rng)
    body, signature = drawn[len("sk.eyJ1Ijoi"):].split(".")
    claims = json.dumps({"u": "maps-" + body[:8].lower(), "a": body[8:33]}, separators=(",", ":"))
    return "sk." + base64.urlsafe_b64encode(claims.encode()).decode().rstrip("=") + "." + signature


V = {
    "mapbox_sk": mapbox_secret,
    "n1": lambda r: str(r.randint(1, 9)),
    "n4": lambda r: str(r.randint(1000, 9999)),
    "n5": lambda r: str(r.randint(10000, 99999)),
    "digits6": lambda r: g.rand(r, string.digits, 6),
    "digits7": lambda r: g.rand(r, string.digits, 7),
    "digits13": lambda r: g.rand(r, string.digits, 13),
    "digits16": lambda r: g.rand(r, string.digits, 16),
    "semver": lambda r: f"{r.randint(0, 14)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
    "build": lambda r: f"{r.randint(20, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 9)}",
    "isbn": isbn13,
    "doc_ip": doc_ip,
    "score": lambda r: f"{r.randint(0, 5)}-{r.randint(0, 5)}",
    "flight": lambda r: r.choice(["LH", "BA", "KL", "AF", "UA", "DL", "QF", "TK", "FR", "U2"]) + str(r.randint(10, 4999)),
    "gate": lambda r: r.choice("ABCDEFG") + str(r.randint(1, 60)),
    "seat": lambda r: f"{r.randint(1, 45)}{r.choice('ABCDEF')}",
    "postcode_uk": lambda r: r.choice(["SW1A 1AA", "M1 4BT", "LS6 2QD", "EH8 9YL", "BS1 5TR", "CF10 3NP"]),
    "plz": lambda r: str(r.randint(10115, 99998)),
    "zip": lambda r: f"{r.randint(10001, 99950)}",
    "hexcolor_lower": lambda r: "#" + g.hexs(r, 6),
    "rgb": lambda r: f"rgb({r.randint(0, 255)}, {r.randint(0, 255)}, {r.randint(0, 255)})",
    "digest": lambda r: "sha256:" + g.hexs(r, 64),
    "b64short": lambda r: g.rand(r, g.ALNUM, 22),
    "slug": lambda r: g.rand(r, g.ALNUM, 7),
    "ytid": lambda r: g.rand(r, g.URLSAFE, 11),
    "pct": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
    "temp": lambda r: f"{r.randint(-5, 38)}°C",
    "year": lambda r: str(r.randint(1998, 2026)),
    "mmdd": lambda r: f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2024, 2026)}",
    "us_date": lambda r: f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(24, 26)}",
    "rma": lambda r: "RMA" + g.rand(r, string.digits, 8),
    "case_no": lambda r: f"{r.randint(10, 99)}{g.rand(r, string.digits, 6)}",
    "vin": lambda r: g.rand(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17),
    "royalmail": lambda r: g.rand(r, string.ascii_uppercase, 2) + g.rand(r, string.digits, 9) + "GB",
    "fedex": lambda r: g.rand(r, string.digits, 12),
    "model": lambda r: r.choice(["SM-G991B", "A2894", "XQ-CT54", "MT-9920", "KX-TG6812", "HW-Q990C", "DCS-8300LH"]),
    "pin4_public": lambda r: r.choice(["0000", "1234"]),
    "lat": lambda r: f"{r.uniform(-60, 60):.5f}, {r.uniform(-120, 120):.5f}",
    "amount": lambda r: f"{r.randint(1, 9)},{r.randint(100, 999)}.{r.randint(0, 99):02d}",
    "pr": lambda r: str(r.randint(100, 48000)),
    "port": lambda r: r.choice(["8080", "5432", "6379", "3000", "443", "9200"]),
    "sha12": lambda r: g.hexs(r, 12),
    "md5": lambda r: g.hexs(r, 32),
    "sha1": lambda r: g.hexs(r, 40),
    "upper10": lambda r: g.rand(r, g.UPPER_ALNUM, 10),
    "handle": lambda r: r.choice(["@dana_k", "@lumora_fan", "@mx_jules", "@_ravi_", "@bikes.and.beans"]),
}
GEN = {**g.GEN, **V}

# (group, context, why, text, renders)
T = list[tuple[str, str, str, str, int]]

SECRETS: T = [
    ("secret/provider", "prose:GitHub", "token pasted while asking for help", "why does {brand}'s deploy hook say bad credentials?? token is {secret:ghp} and it worked yesterday", 2),
    ("secret/provider", "env:npm", "npm token in a pasted .npmrc", "my .npmrc for the {brand} monorepo:\n//registry.npmjs.org/:_authToken={secret:npm}\nstill 403 on publish", 1),
    ("secret/provider", "log:GitHub-app", "installation token in CI output", "CI log from the {brand} runner: using token {secret:ghs} for checkout... fatal: repository not found", 1),
    ("secret/provider", "prose:GitLab", "GitLab PAT in a question", "is it normal that {secret:glpat} works for clone but not for the {brand} registry push?", 2),
    ("secret/provider", "compose:GitLab-runner", "runner token in compose", "gitlab-runner register --url https://gitlab.com --token {secret:glrt}  # {brand} build box", 1),
    ("secret/provider", "yaml:Slack", "bot token in a values file", "slack:\n  bot_token: {secret:slack_bot}\n  channel: \"#alerts\"\n{brand} notifier never posts, any idea?", 1),
    ("secret/provider", "prose:Slack-webhook", "incoming webhook URL", "posting to {secret:slack_hook} from the {brand} integration returns invalid_payload, json looks fine to me", 1),
    ("secret/provider", "js:Stripe", "live secret key in code", "const stripe = require('stripe')('{secret:stripe_sk}'); // {brand} checkout, why is this 401", 1),
    ("secret/provider", "env:Stripe-webhook", "webhook signing secret", "STRIPE_WEBHOOK_SECRET={secret:stripe_whsec}\n{brand} says signature mismatch every single time", 1),
    ("secret/provider", "ini:AWS", "AWS credentials file", "[default]\naws_access_key_id = {secret:aws_id}\naws_secret_access_key = {secret:aws_secret}\nregion = eu-west-1\n(copied from the {brand} onboarding doc)", 2),
    ("secret/provider", "python:OpenAI", "OpenAI key in a notebook", "client = OpenAI(api_key=\"{secret:openai}\")  # {brand} summariser, rate limited already lol", 1),
    ("secret/provider", "shell:Anthropic", "Anthropic key exported", "export ANTHROPIC_API_KEY={secret:anthropic}\nthen the {brand} plugin still says no key found", 1),
    ("secret/provider", "prose:Groq", "Groq key shared", "here's my groq key for the {brand} hackathon demo, please don't abuse: {secret:groq}", 1),
    ("secret/provider", "prose:HuggingFace", "HF token in a tutorial comment", "huggingface-cli login --token {secret:hf}  <- this is what the {brand} readme told me to run", 1),
    ("secret/provider", "html:Google", "Maps key in HTML", "<script src=\"https://maps.googleapis.com/maps/api/js?key={secret:google_api}&callback=init\"></script> {brand} store locator is blank", 1),
    ("secret/provider", "env:SendGrid", "SendGrid key in env", "SENDGRID_API_KEY={secret:sendgrid}\n{brand} password reset mails stopped going out", 1),
    ("secret/provider", "prose:Twilio", "Twilio API key sid and secret", "twilio creds for the {brand} sms bot: sid {secret:twilio_sk} secret {secret:bearer_opaque}", 1),
    ("secret/provider", "prose:DigitalOcean", "DO token", "doctl auth init -t {secret:do_pat}  # {brand} staging droplet", 1),
    ("secret/provider", "shell:Docker", "Docker Hub PAT", "echo {secret:docker_pat} | docker login -u {brand}ci --password-stdin", 1),
    ("secret/provider", "env:Shopify", "Shopify admin token", "SHOPIFY_ADMIN_TOKEN={secret:shopify} for the {brand} store, webhooks firing twice", 1),
    ("secret/provider", "prose:Heroku", "Heroku key", "heroku says my key {secret:heroku} is invalid but I just made it for the {brand} app", 1),
    ("secret/provider", "json:Linear", "Linear key in settings json", "{\"linear.apiKey\": \"{secret:linear}\", \"team\": \"{brand}\"}", 1),
    ("secret/provider", "prose:Notion", "Notion integration secret", "notion integration for {brand} roadmap sync: {secret:notion} — says object_not_found", 1),
    ("secret/provider", "header:Postman", "Postman key header", "x-api-key: {secret:postman}\nthat's from my {brand} collection export", 1),
    ("secret/provider", "prose:NewRelic", "New Relic user key", "new relic key {secret:newrelic} (the {brand} agent docs said paste it here?)", 1),
    ("secret/provider", "env:Datadog", "Datadog API key next to its name", "DD_API_KEY={secret:datadog}\nDD_SITE=datadoghq.eu\n{brand} agent keeps crashing", 1),
    ("secret/provider", "prose:Pulumi", "Pulumi token", "PULUMI_ACCESS_TOKEN={secret:pulumi} pulumi up  # {brand} infra", 1),
    ("secret/provider", "hcl:Terraform-Cloud", "TFC token in credentials", "credentials \"app.terraform.io\" {\n  token = \"{secret:tfc}\"\n}\n{brand} workspace locked again", 1),
    ("secret/provider", "prose:Mapbox", "Mapbox secret token", "mapbox secret token for {brand} download api: {secret:mapbox_sk}", 1),
    ("secret/provider", "prose:Discord", "Discord webhook", "our {brand} status bot posts via {secret:discord_hook} and it 404s now", 1),
    ("secret/provider", "prose:Telegram", "Telegram bot token", "telegram bot for {brand} order alerts, token {secret:telegram}, getUpdates returns nothing", 1),
    ("secret/provider", "env:Vault", "Vault token", "VAULT_TOKEN={secret:vault} vault kv get secret/{brand}", 1),
    ("secret/provider", "yaml:Grafana", "Grafana service account token", "grafana:\n  token: {secret:grafana_sa}\n# {brand} dashboards provisioning", 1),
    ("secret/provider", "prose:Supabase", "Supabase access token", "supabase login --token {secret:supabase} then link the {brand} project", 1),
    ("secret/provider", "prose:Databricks", "Databricks PAT", "databricks token {secret:databricks} for the {brand} workspace, cluster won't start", 1),
    ("secret/provider", "file:age", "age identity", "# created: 2026-10-01\n# public key: age1qyqszqgpqyqszqgpqyqszqgp\n{secret:age}\n(my {brand} backup key file, is the format right?)", 1),
    ("secret/provider", "prose:Alibaba", "Alibaba access key id and secret", "aliyun configure: AccessKeyId {secret:alibaba} AccessKeySecret {secret:alibaba_secret}  ({brand} oss bucket)", 1),
    ("secret/provider", "env:Doppler", "Doppler service token", "DOPPLER_TOKEN={secret:doppler} doppler run -- npm start ({brand})", 1),
    ("secret/provider", "prose:PlanetScale", "PlanetScale password", "pscale password for {brand} main branch: {secret:planetscale}", 1),
    ("secret/provider", "prose:Replicate", "Replicate token", "REPLICATE_API_TOKEN={secret:replicate} — {brand} image gen demo", 1),
    ("secret/provider", "prose:Perplexity", "Perplexity key", "pplx key for {brand} research bot {secret:perplexity}", 1),
    ("secret/provider", "prose:RubyGems", "RubyGems key", "~/.gem/credentials\n---\n:rubygems_api_key: {secret:rubygems}\n{brand} gem push fails", 1),
    ("secret/provider", "prose:GitHub-fine", "fine-grained PAT", "fine grained token {secret:gh_fine} can't see the {brand} org repos, why", 1),
    ("secret/provider", "prose:Fly", "Fly.io token", "FLY_API_TOKEN={secret:fly} fly deploy -a {brand}-web", 1),
    ("secret/jwt", "header:JWT", "signed session JWT", "curl -H 'Authorization: Bearer {secret:jwt}' https://api.{brand}.example/v2/orders  -> 500", 2),
    ("secret/credential-url", "env:Postgres", "database URL with password", "DATABASE_URL={secret:pg_url}\nmigrations hang on the {brand} box", 2),
    ("secret/credential-url", "prose:Mongo", "Mongo SRV URL", "connecting compass to {secret:mongo_url} times out, {brand} analytics down", 1),
    ("secret/credential-url", "yaml:Redis", "Redis URL", "cache:\n  url: {secret:redis_url}\n{brand} sessions keep dropping", 1),
    ("secret/credential-url", "prose:AMQP", "AMQP URL", "celery broker = {secret:amqp_url}  ({brand} worker)", 1),
    ("secret/credential-url", "prose:FTP", "FTP URL", "uploading the {brand} catalogue to {secret:ftp_url} every night", 1),
    ("secret/credential-url", "prose:SMTP", "SMTP URL", "MAILER_DSN={secret:smtp_url} for {brand} newsletters", 1),
    ("secret/header", "curl:basic", "curl -u user:pass", "curl -u {secret:user_pass} https://{brand}.example/api/export.csv -o out.csv", 2),
    ("secret/header", "header:basic", "Basic auth header", "Authorization: Basic {secret:basic_b64}\nstill 401 from {brand}", 1),
    ("secret/header", "header:bearer", "opaque bearer token", "Authorization: Bearer {secret:bearer_opaque}\n{brand} api gives me 403 on /invoices", 1),
    ("secret/assignment", "env:password", "password assignment", "DB_PASSWORD={secret:password}\nDB_USER=app\n{brand} container won't connect", 2),
    ("secret/assignment", "yaml:password", "password in YAML", "spring:\n  datasource:\n    username: reporting\n    password: {secret:password}\n({brand} batch job)", 1),
    ("secret/assignment", "json:client-secret", "client secret in JSON", "{\"client_id\": \"{brand}-web\", \"client_secret\": \"{secret:bearer_opaque}\"}", 1),
    ("secret/assignment", "flag:mysql", "mysql -p", "mysql -h db.{brand}.example -u root -p{secret:password} orders", 1),
    ("secret/assignment", "powershell", "ConvertTo-SecureString", "$pw = ConvertTo-SecureString \"{secret:password}\" -AsPlainText -Force  # {brand} svc account", 1),
    ("secret/assignment", "xml:password", "XML attribute", "<add key=\"SmtpPassword\" value=\"{secret:password}\" />  in {brand}'s web.config", 1),
    ("secret/assignment", "azure:conn", "Azure storage account key", "DefaultEndpointsProtocol=https;AccountName={brand}media;AccountKey={secret:azure_key};EndpointSuffix=core.windows.net", 1),
    ("secret/private-key", "pem:rsa", "RSA private key pasted", "{brand} sftp rejects my key?\n{secret:pem_rsa}\n{v:pem_body}\n-----END RSA PRIVATE KEY-----", 1),
    ("secret/private-key", "pem:openssh", "OpenSSH private key", "{secret:pem_openssh}\n{v:pem_body}\n-----END OPENSSH PRIVATE KEY-----\nthis is id_ed25519 for the {brand} deploy box", 1),
    ("secret/private-key", "json:escaped", "escaped key in service-account JSON", "\"private_key\": \"{secret:pem_pkcs8}\\n{v:pem_body_escaped}\\n-----END PRIVATE KEY-----\\n\", ({brand} firebase)", 1),
    ("secret/private-key", "yaml:b64", "base64 key in a k8s secret", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {brand}-tls\ndata:\n  tls.key: {secret:b64_pem}", 1),
    ("secret/provider", "gitcreds:GitHub", "token in a git-credentials URL", "~/.git-credentials has https://{brand}-bot:{secret:ghp}@github.com and push still asks for a password", 1),
    ("secret/provider", "pypirc:PyPI-like", "npm token in a CI variable dump", "env dump from the failed {brand} job:\nCI=true\nNODE_AUTH_TOKEN={secret:npm}\nHOME=/root", 1),
    ("secret/provider", "kubeconfig:token", "kubeconfig bearer token", "users:\n- name: {brand}-admin\n  user:\n    token: {secret:jwt}\nkubectl get pods -> Unauthorized", 1),
    ("secret/provider", "prose:GitLab-deploy", "GitLab deploy token", "deploy token for the {brand} helm chart repo: {secret:gldt} (read_registry only, probably fine?)", 1),
    ("secret/provider", "prose:Slack-user", "Slack user token", "my slack user token {secret:slack_user} stopped working after {brand} SSO change", 1),
    ("secret/provider", "prose:Stripe-restricted", "restricted key", "rk for the {brand} reporting job: {secret:stripe_rk}", 1),
    ("secret/provider", "yaml:GitHub-actions", "token hardcoded in a workflow", "- uses: actions/checkout@v4\n  with:\n    token: {secret:gho}\n# {brand} release workflow", 1),
    ("secret/provider", "pt:AWS", "AWS key in Portuguese", "alguém sabe por que a {brand} recusa minha chave {secret:aws_id} com secret {secret:aws_secret}?", 1),
    ("secret/credential-url", "de:Postgres", "DB URL in German", "Verbindung zu {secret:pg_url} bricht ab, {brand} Support antwortet nicht", 1),
    ("secret/assignment", "toml:password", "password in TOML", "[database]\nhost = \"db.{brand}.example\"\npassword = \"{secret:password}\"", 1),
    ("secret/assignment", "diff:password", "password in a diff line", "+  SMTP_PASS: {secret:password}\n-  SMTP_PASS: ${SMTP_PASS}\noops, {brand} PR #{v:pr}", 1),
    ("secret/header", "curl:bearer", "bearer in curl", "curl https://api.{brand}.example/v1/users -H \"Authorization: Bearer {secret:bearer_opaque}\" | jq", 1),
    ("secret/private-key", "pem:ec", "EC key", "{secret:pem_ec}\n{v:pem_body}\n-----END EC PRIVATE KEY-----\n{brand} apple pay cert thing", 1),
]

PII: T = [
    ("pii/card", "prose:spaced", "card number in a complaint", "{brand} charged my card twice, it's {pii:card_spaced} can someone check??", 2),
    ("pii/card", "prose:dashed", "card with dashes", "the card ending... actually full number {pii:card_dashed} exp 09/28, refund it please {brand}", 1),
    ("pii/card", "prose:plain", "card without separators", "{brand} chat bot asked for my card so: {pii:card_plain}", 1),
    ("pii/iban", "prose:iban", "IBAN for a refund", "{brand} refund please to IBAN {pii:iban}, name on account is mine", 2),
    ("pii/iban", "de:iban", "IBAN in German", "Bitte die Erstattung auf {pii:iban} überweisen, {brand}. Danke!", 1),
    ("pii/email", "prose:email", "private e-mail shared", "{brand} support pls email me at {pii:email}, your form is broken", 2),
    ("pii/email", "es:email", "e-mail in Spanish", "{brand} escríbanme a {pii:email} porque el chat no funciona", 1),
    ("pii/card", "fr:card", "card in French", "{brand} a débité deux fois ma carte {pii:card_spaced}, remboursez svp", 1),
    ("pii/email", "de:email", "e-mail in German", "{brand} bitte an {pii:email} schreiben, Telefon geht nicht", 1),
    ("pii/ip", "prose:ipv4-server", "public IP of a home server", "port-forwarded my {brand} hub, reach it at {pii:ipv4}:8123 if you want to test", 1),
    ("pii/ssn", "prose:ssn", "SSN with wording", "{brand} payroll form asks for my SSN {pii:ssn} over chat?? is this legit", 1),
    ("pii/ssn", "prose:social", "social security number", "the {brand} rep literally read back my social security number {pii:ssn} out loud in the store", 1),
    ("pii/ip", "prose:ipv4", "public IP of a home router", "{brand} banned my home ip {pii:ipv4} for no reason, can't log in", 2),
    ("pii/ip", "log:ipv6", "public IPv6 in a log", "sshd: Failed password for pi from {pii:ipv6} port 51234 — my {brand} box at home", 1),
]

PHONE_TEXTS = [
    "{brand} please call me back on {phone}, been waiting 3 days",
    "mi número es {phone}, llámenme por favor {brand}",
    "ruft mich bitte unter {phone} an, {brand}, die Hotline legt immer auf",
    "appelez-moi au {phone} svp {brand}, la livraison est perdue",
    "text me at {phone} if the {brand} courier is lost again",
]
PHONE_PLAN = [("NZ", "national"), ("KR", "international"), ("CO", "international"), ("NG", "national"),
              ("US", "dotted"), ("GB", "national"), ("DE", "00"), ("BE", "international"),
              ("US", "national"), ("GB", "international"), ("DE", "national"), ("FR", "dotted"),
              ("ES", "international"), ("MX", "e164"), ("IT", "00"), ("NL", "national"), ("AU", "international"),
              ("IN", "e164"), ("BR", "national"), ("JP", "international"), ("CA", "dotted"), ("PL", "national"),
              ("SE", "international"), ("ZA", "national"), ("IE", "e164"), ("CH", "00")]

CONF: T = [
    ("confidential/code-name", "plain", "code name in prose", "heard {brand} is killing {confidential:cn_plain} before launch, the whole team got moved", 2),
    ("confidential/code-name", "hashtag", "code name as hashtag", "can't say much but {confidential:cn_hashtag} is going to blow people away 👀 #{brand}", 2),
    ("confidential/code-name", "upper", "code name in capitals", "{confidential:cn_upper} SLIPPED AGAIN. {brand} leadership pls", 1),
    ("confidential/code-name", "lower", "code name in lower case", "ok who else at {brand} is on the {confidential:cn_lower} beta, dm me", 1),
    ("confidential/code-name", "lookalike", "code name with a look-alike letter", "{confidential:cn_lookalike} demo day at {brand} went great, launch in march", 1),
    ("confidential/code-name", "zero-width", "code name with a zero-width char", "leaked deck: {confidential:cn_zero_width} pricing starts at $12/mo ({brand})", 1),
    ("confidential/code-name", "fullwidth", "code name in full width", "{confidential:cn_fullwidth} specs below, {brand} won't be happy", 1),
    ("confidential/marker", "marker", "document marker", "screenshot from the {brand} all-hands — top says {confidential:marker}, lol oops", 3),
    ("confidential/marker", "marker-doc", "marker on a pasted doc", "{confidential:marker}\n{brand} Q3 roadmap v2 — do not share outside product", 1),
    ("confidential/code-name", "hashtag-lower", "lower-case hashtag", "omg {confidential:cn_hashtag_lower} is real?? {brand} leak szn", 1),
    ("confidential/host", "url-host", "internal host in a URL", "click https://{confidential:host}/dashboards/42 — oh wait you're not on the {brand} vpn", 1),
    ("confidential/nda", "nda", "NDA about unreleased work", "I'm {confidential:nda} with {brand} so can't show the new hub yet but it's wild", 1),
    ("confidential/host", "host", "internal host", "anyone else getting 502 from {confidential:host}? {brand} ops channel is silent", 2),
    ("confidential/ticket", "ticket", "internal ticket key", "our {brand} customer is still waiting on {confidential:ticket}, who owns it", 2),
]

NEG: T = [
    # order / tracking / references
    ("negative/order-number", "order", "order number", "{brand} order #{v:order} still says processing after 9 days 🙃", 2),
    ("negative/order-number", "order-de", "order number in German", "Bestellnummer {v:order} von {brand} ist immer noch nicht versandt", 1),
    ("negative/order-number", "order-es", "order number in Spanish", "pedido {v:order} de {brand} llegó roto, qué hago", 1),
    ("negative/order-number", "order-fr", "order number in French", "commande n° {v:order} chez {brand}, toujours rien reçu", 1),
    ("negative/order-number", "order-pt", "order number in Portuguese", "meu pedido {v:order} da {brand} sumiu do app", 1),
    ("negative/order-number", "order-long", "long order reference", "{brand} ref {v:digits13} — third time I'm quoting it to support", 1),
    ("negative/order-number", "order-16", "16-digit order number", "{brand} order number {v:digits16} refunded at last", 2),
    ("negative/tracking", "ups", "UPS tracking", "tracking {v:ups} hasn't moved since Tuesday, {brand} any update?", 2),
    ("negative/tracking", "usps", "USPS tracking", "USPS {v:usps} delivered to the wrong house again. {brand} shipped it fine tho", 1),
    ("negative/tracking", "dhl", "DHL tracking", "DHL Sendung {v:dhl} liegt seit 4 Tagen im Verteilzentrum, {brand} ist schuldlos", 1),
    ("negative/tracking", "royalmail", "Royal Mail tracking", "Royal Mail tracked {v:royalmail} — {brand} parcel sat in Swindon for a week", 1),
    ("negative/tracking", "fedex", "FedEx tracking", "fedex {v:fedex} showing 'clearance delay' for my {brand} order", 1),
    ("negative/reference", "rma", "RMA number", "{brand} gave me {v:rma} for the return, label still not emailed", 1),
    ("negative/reference", "case", "case number", "case {v:case_no} closed without a reply. thanks {brand} 🙄", 2),
    ("negative/reference", "invoice", "invoice number", "invoice INV-{v:year}-{v:n5} from {brand} has the wrong VAT number", 1),
    ("negative/reference", "booking", "booking reference", "booking ref {v:upper10} — {brand} hotel says they never got it", 1),
    ("negative/reference", "vin", "VIN", "dealer says VIN {v:vin} isn't eligible for the {brand} recall?", 1),
    ("negative/reference", "imei", "IMEI", "IMEI {v:imei} blacklisted by mistake, {brand} store can't help", 1),
    ("negative/reference", "iccid", "SIM ICCID", "new {brand} sim {v:iccid} won't activate", 1),
    # versions, builds, hashes
    ("negative/version", "semver", "version string", "{brand} app v{v:semver} broke notifications on android 14", 2),
    ("negative/version", "version4", "four-part version", "firmware {v:version4} bricked my {brand} hub, rollback pls", 2),
    ("negative/version", "build", "build number", "build {v:build} of the {brand} beta finally fixes the crash", 1),
    ("negative/version", "changelog", "changelog", "{brand} CLI changelog: {v:semver} → {v:semver}: faster sync, fixed #{v:pr}", 1),
    ("negative/hash", "commit", "commit hash in a bug report", "regression started at commit {v:sha1} in the {brand} sdk, bisected it", 2),
    ("negative/hash", "short-sha", "short sha", "fixed in {v:sha7} on main, {brand} will tag a release tomorrow", 1),
    ("negative/hash", "md5", "file checksum", "md5 of the {brand} installer: {v:md5} — matches the website", 1),
    ("negative/hash", "sha256", "download checksum", "sha256sum {brand}-setup.exe\n{v:sha64}  {brand}-setup.exe", 1),
    ("negative/hash", "docker-digest", "image digest", "pin the image: ghcr.io/{brand}/agent@{v:digest}", 1),
    ("negative/hash", "stack-trace", "stack trace with addresses", "{brand} crash: at 0x7ffd{v:sha7} in libsync.so (+0x{v:sha7})", 1),
    ("negative/hash", "etag", "ETag header", "ETag: \"{v:md5}\"\nCache-Control: max-age=600\n{brand} CDN keeps serving stale css", 1),
    ("negative/hash", "request-id", "request id", "x-request-id: {v:uuid} — sending this to {brand} support", 1),
    ("negative/uuid", "support-chat", "UUID in a support chat", "{brand} agent asked for my device id, it's {v:uuid} in settings > about", 2),
    ("negative/uuid", "order-uuid", "UUID order id", "order {v:uuid} charged but not created. {brand} help", 1),
    ("negative/uuid", "trace", "trace id", "trace_id={v:md5} span_id={v:sha12} {brand} gateway timeout", 1),
    # colours, design
    ("negative/colour", "hex", "hex colour", "{brand}'s new brand colour is {v:hexcolor} and honestly I love it", 2),
    ("negative/colour", "css", "css snippet", ".btn-primary { background: {v:hexcolor_lower}; color: #fff; } — {brand} theme", 1),
    ("negative/colour", "rgb", "rgb value", "the {brand} logo is {v:rgb} if you're making fan art", 1),
    # dates, times, prices, numbers
    ("negative/date", "date", "date and time", "{brand} outage {v:date} {v:time} UTC lasted 40 minutes", 2),
    ("negative/date", "us-date", "US date", "ordered {v:us_date}, {brand} says arrives {v:us_date}", 1),
    ("negative/date", "eu-date", "EU date", "Lieferung am {v:mmdd} angekündigt, {brand} hat wieder verschoben", 1),
    ("negative/price", "price", "price", "{brand} raised the plan from {v:price} to {v:price} without telling anyone", 2),
    ("negative/price", "amount", "large amount", "{brand} just reported revenue of ${v:amount}M, stock up {v:pct}", 1),
    ("negative/price", "yen", "yen price", "{brand}の新しいケトル、{v:n4}円はちょっと高いかな", 1),
    ("negative/number", "temperature", "temperature", "{brand} kettle keeps water at {v:temp} for hours, great for tea", 1),
    ("negative/number", "coords", "shop coordinates", "{brand} popup store is at {v:lat}, go early", 1),
    ("negative/number", "stats", "stats", "{brand} sync moved {v:n5} files, {v:pct} dedup, {v:n3} ms p95", 1),
    ("negative/number", "pin-public", "default pin talk", "the default bluetooth pin for the {brand} speaker is {v:pin4_public}, says the manual", 1),
    # product codes, ISBNs, flights, postcodes, scores
    ("negative/product-code", "model", "model number", "{brand} case for the {v:model} doesn't fit at all", 2),
    ("negative/product-code", "part", "part number", "need replacement part {v:n3}-{v:n4}-{v:n2} for my {brand} blender", 1),
    ("negative/product-code", "sku", "SKU", "{brand} SKU {v:upper10} out of stock everywhere", 1),
    ("negative/isbn", "isbn", "ISBN", "{brand} book club pick: ISBN {v:isbn}, 10% off this week", 2),
    ("negative/flight", "flight", "flight number", "flight {v:flight} gate {v:gate} seat {v:seat}, {brand} lounge was lovely", 2),
    ("negative/postcode", "uk-postcode", "UK postcode", "does {brand} deliver to {v:postcode_uk}? checkout says no", 1),
    ("negative/postcode", "plz", "German postcode", "{brand} liefert nicht nach {v:plz}? seltsam", 1),
    ("negative/postcode", "zip", "US zip", "{brand} same-day delivery in {v:zip} is a lie", 1),
    ("negative/score", "football", "match score", "{brand}-sponsored team lost {v:score} again, ref was blind", 2),
    ("negative/score", "tennis", "tennis score", "6-4 3-6 7-6 what a final, {brand} ad every changeover though", 1),
    ("negative/score", "cricket", "cricket score", "{v:n3}/{v:n1} in 50 overs, {brand} should sponsor this guy", 1),
    # IPs in tutorials
    ("negative/ip-doc", "doc-range", "documentation IP", "in the {brand} tutorial they use {v:doc_ip} as the example server, swap in yours", 2),
    ("negative/ip-private", "private", "private IP", "my {brand} hub is at {v:priv_ip} on the LAN but the app can't find it", 2),
    ("negative/ip-private", "localhost", "loopback", "{brand} dev server on 127.0.0.1:{v:port} works, 0.0.0.0 doesn't", 1),
    ("negative/ip-public-dns", "resolver", "public resolver", "switched DNS to {v:resolver} and the {brand} app loads again", 1),
    ("negative/mac", "mac", "MAC address", "{brand} router shows an unknown device {v:mac}, should I worry", 1),
    # documentation keys and placeholders
    ("negative/doc-key", "aws-example", "AWS documented example key", "the {brand} docs use AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, don't paste those lol", 1),
    ("negative/doc-key", "aws-example-env", "AWS example in env", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n^ straight from the {brand} quickstart", 1),
    ("negative/placeholder", "sk-xxxx", "sk-xxxx placeholder", "set OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx in the {brand} plugin settings", 1),
    ("negative/placeholder", "sk-dots", "truncated key", "my key starts with sk-proj-... and {brand} still says invalid", 1),
    ("negative/placeholder", "ghp-xxx", "ghp placeholder", "token: ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX   # replace with yours ({brand} action)", 1),
    ("negative/placeholder", "your-key", "angle-bracket placeholder", "curl -H \"Authorization: Bearer <YOUR_TOKEN>\" https://api.{brand}.example/v1/me", 1),
    ("negative/placeholder", "env-ref", "variable reference", "password: ${DB_PASSWORD}\napi_key: ${{ secrets.{brand}_KEY }}", 1),
    ("negative/placeholder", "masked", "masked value", "API key: ********************** (shown once, {brand} won't show it again)", 1),
    ("negative/placeholder", "redacted", "redacted", "Authorization: Bearer [REDACTED] — {brand} support asked for the full header, nope", 1),
    ("negative/placeholder", "changeme", "changeme", "default admin password on the {brand} NAS is changeme, please change it people", 1),
    ("negative/placeholder", "env-example", "empty env example", "cp .env.example .env\n{brand}_API_KEY=\n{brand}_SECRET=\nthen fill them in", 1),
    ("negative/placeholder", "stripe-test", "Stripe test key placeholder", "use sk_test_... in dev, never the live one. {brand} docs are clear on that", 1),
    ("negative/placeholder", "user-pass", "placeholder credentials URL", "format is postgres://user:password@host:5432/dbname — {brand} docs", 1),
    ("negative/placeholder", "process-env", "env lookup in code", "const key = process.env.{brand}_API_KEY; // never hardcode", 1),
    ("negative/placeholder", "famous-password", "famous example password", "{brand} password rules reject hunter2 but accept Password1. ok", 1),
    ("negative/placeholder", "jwt-doc", "jwt.io example", "paste eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c into jwt.io to see how {brand} claims look", 1),
    ("negative/broken-checksum", "ghp-made-up", "made-up GitHub token", "example: ghp_1234567890abcdefghijklmnopqrstuvwxyz (not real) for the {brand} workflow", 1),
    ("negative/broken-checksum", "ghp-broken", "checksum fails", "{brand} docs sample token {v:broken_ghp} — does the format look right?", 2),
    ("negative/broken-checksum", "npm-broken", "npm checksum fails", "//registry.npmjs.org/:_authToken={v:broken_npm}  # from the {brand} docs example", 1),
    ("negative/public-key", "ssh-pub", "SSH public key", "add this to the {brand} deploy keys: {v:ssh_pub} me@laptop", 1),
    ("negative/public-key", "pk-live", "publishable key", "Stripe publishable key for {brand} checkout: {v:pk_live} (safe to share)", 1),
    ("negative/public-id", "stripe-ids", "object ids", "refund re_{v:b64short} for charge ch_{v:b64short}, {brand} says done", 1),
    ("negative/public-id", "youtube", "video id", "{brand} keynote: youtube.com/watch?v={v:ytid}", 1),
    ("negative/public-id", "shortlink", "short link", "{brand} promo bit.ly/{v:slug} expires friday", 1),
    ("negative/public-id", "ga", "analytics id", "gtag('config', 'G-{v:upper10}'); on every {brand} page", 1),
    # e-mail-looking things
    ("negative/email-like", "git-remote", "git remote", "git remote add origin git@github.com:{brand}/sdk.git and push fails", 1),
    ("negative/email-like", "ssh-target", "ssh target", "ssh deploy@{v:priv_ip} -p 2222 for the {brand} staging box", 1),
    ("negative/email-like", "role-address", "brand role address", "email support@{brand}.example, they answered in 2 hours", 1),
    ("negative/email-like", "placeholder-email", "placeholder e-mail", "sign up with you@example.com style address, {brand} validates the format only", 1),
    ("negative/email-like", "handle", "social handle", "shoutout {v:handle} for the {brand} unboxing", 1),
    ("negative/email-like", "at-time", "at with time", "{brand} livestream @ 7pm, meet@ the usual place", 1),
    ("negative/email-like", "npm-scope", "npm scoped package", "npm i @{brand}/ui@{v:semver} broke our build", 1),
    ("negative/email-like", "docker-tag", "image at version", "{brand}/agent@latest is broken, pin {brand}/agent@{v:semver}", 1),
    # code-name words in ordinary sense, hashtags that are not code names
    ("negative/code-word", "saltmarsh", "saltmarsh walk", "lovely saltmarsh walk this morning, wore my {brand} band the whole way", 1),
    ("negative/code-word", "ocelot", "ocelot at the zoo", "saw an ocelot at the zoo today!! the {brand} camera did not do it justice", 1),
    ("negative/code-word", "glasswing", "butterfly", "a glasswing butterfly landed on my {brand} kettle lol", 1),
    ("negative/code-word", "juniper", "juniper berries", "gin with juniper berries and a {brand} ice maker, perfect night", 1),
    ("negative/code-word", "paper-kite", "paper kite", "made a paper kite with the kids, {brand} tape held up", 1),
    ("negative/code-word", "tidewater", "tidewater region", "anyone know a {brand} repair place in tidewater virginia?", 1),
    ("negative/code-word", "hashtags", "unrelated hashtags", "#MondayMotivation #coffee #{brand} #blessed ☕️", 1),
    ("negative/code-word", "project-word", "the word project", "our project this weekend: building a shed. {brand} drill did great", 1),
    # confidential in ordinary speech
    ("negative/conf-word", "keep-confidential", "keep it confidential", "told my friend about the surprise party, she'll keep it confidential. bought the cake at {brand}", 1),
    ("negative/conf-word", "do-not-forward", "do not forward", "{brand} newsletter footer: please do not forward this email, unsubscribe here", 1),
    ("negative/conf-word", "internal-error", "internal server error", "500 Internal Server Error on {brand} checkout again", 2),
    ("negative/conf-word", "internal-battery", "internal battery", "the internal battery on my {brand} watch died after a year", 1),
    ("negative/conf-word", "top-secret-recipe", "top secret recipe", "grandma's top secret recipe, made in my {brand} pan 🥘", 1),
    ("negative/conf-word", "classified", "classified ads", "selling my old {brand} bike on the classifieds, DM", 1),
    ("negative/conf-word", "privacy", "privacy policy", "{brand} privacy policy says your data is kept confidential and never sold. sure", 1),
    ("negative/conf-word", "nda-joke", "NDA joke", "my cat made me sign an NDA about where she hides the toys", 1),
    ("negative/conf-word", "do-not-reply", "do not reply", "email from noreply@{brand}.example: please do not reply to this message", 1),
    ("negative/conf-word", "confidencial-es", "Spanish ordinary", "mi terapeuta dice que todo es confidencial, menos mal. {brand} en cambio vende mis datos", 1),
    ("negative/conf-word", "vertraulich-de", "German ordinary", "Ist das Gespräch mit dem {brand} Kundendienst vertraulich? Frage für einen Freund", 1),
    ("negative/conf-word", "secret-santa", "secret santa", "secret santa got me a {brand} mug, 10/10", 1),
    ("negative/conf-word", "internal-memo-talk", "talk about memos", "journalists keep quoting 'internal memos' from {brand}, never showing them", 1),
    # tickets that are not internal
    ("negative/ticket-like", "other-prefix", "other prefixes", "see JIRA-{v:n3} and PR-{v:n2}, also RFC-{v:n4} — nothing to do with {brand}", 1),
    ("negative/ticket-like", "iso", "standards", "{brand} finally got ISO-27001, and the F-150 ad was cute", 1),
    ("negative/ticket-like", "coupon", "coupon looking like ticket", "use {v:upper10} at {brand} for 15% off", 1),
    # security talk, keys in general
    ("negative/security-talk", "rotate", "rotation talk", "PSA: rotate your {brand} API keys, they emailed everyone about an incident", 1),
    ("negative/security-talk", "api-key-word", "api key word", "where do I even find my api key in the new {brand} dashboard 😩", 2),
    ("negative/security-talk", "password-reset", "reset complaint", "{brand} password reset link expired in 2 minutes. twice.", 1),
    ("negative/security-talk", "token-everyday", "arcade tokens", "spent 40 tokens at the arcade, won a {brand} keychain", 1),
    ("negative/security-talk", "secret-word", "secret ingredient", "the secret is more butter. also a {brand} pan", 1),
    ("negative/security-talk", "2fa-code-expired", "otp talk", "{brand} sent code {v:digits6} but it expired instantly", 1),
    ("negative/security-talk", "key-fingerprint", "key fingerprint", "verify the {brand} release signature: fingerprint SHA256:{v:b64short}{v:b64short}", 1),
    ("negative/security-talk", "wifi", "wifi talk", "{brand} café wifi password is on the receipt, nice touch", 1),
    # phone-like but not phone
    ("negative/phone-like", "brand-line", "brand's published line", "{brand} hotline {v:store_line} answered in 3 min, credit where due", 1),
    ("negative/phone-like", "emergency", "emergency numbers", "call 112 (or 911 in the US) first, then {brand} support", 1),
    ("negative/phone-like", "short-code", "SMS short code", "text STOP to {v:n5} to leave {brand} marketing", 1),
    ("negative/phone-like", "tracking-phone", "phone-shaped tracking", "{brand} tracking number {v:digits7}{v:n4} not found on the courier site", 1),
    ("negative/card-like", "masked-card", "masked card", "{brand} charged card ending {v:last4} twice", 1),
    ("negative/card-like", "test-card", "famous test card", "test with 4242 4242 4242 4242 any future date, {brand} sandbox", 1),
    ("negative/card-like", "non-luhn", "gift card failing Luhn", "{brand} gift card {v:non_luhn} says invalid at checkout", 1),
    ("negative/iban-like", "bad-iban", "IBAN failing mod-97", "{brand} rejected IBAN {v:broken_iban} — typo on my part I guess", 1),
    ("negative/ssn-like", "part-ssn", "part number shaped like SSN", "{brand} part {v:part_ssn} back-ordered", 1),
    ("negative/ssn-like", "bad-ssn", "invalid SSN area", "the form example shows SSN {v:bad_ssn}, obviously fake", 1),
    # languages, emoji noise, long ordinary posts
    ("negative/everyday", "emoji", "emoji noise", "🔥🔥🔥 {brand} drop today 🛒💸 #{v:n4} 🎉🎉", 1),
    ("negative/everyday", "ja", "Japanese", "{brand}のアプリ、バージョン{v:semver}から重くなった気がする", 1),
    ("negative/everyday", "tr", "Turkish", "{brand} siparişim {v:order} hâlâ kargoya verilmedi", 1),
    ("negative/everyday", "pl", "Polish", "zamówienie {v:order} z {brand} dotarło po 3 tygodniach", 1),
    ("negative/everyday", "nl", "Dutch", "{brand} bestelling {v:order} is eindelijk binnen, top!", 1),
    ("negative/everyday", "it", "Italian", "ordine {v:order} di {brand} arrivato, ma manca il cavo", 1),
    ("negative/everyday", "long", "long ordinary review", "Long review of the {brand} kettle after 6 months: boils 1.7L in about 3m40s, the {v:hexcolor} finish scratched in week 2, support replaced it under case {v:case_no} without fuss, firmware {v:semver} added a keep-warm timer. 4/5 would buy again.", 1),
    ("negative/everyday", "recipe", "recipe numbers", "bake at 180°C for 25-30 min, 2 cups flour, 1/2 tsp salt — {brand} oven runs hot", 1),
    ("negative/everyday", "sports-stats", "sports stats", "he's 23/41 for 287 yds and 3 TDs, {brand} halftime show was mid", 1),
    ("negative/everyday", "lottery", "lottery numbers", "lottery numbers 4 11 19 27 33 41, {brand} sponsored the draw lol", 1),
    ("negative/everyday", "phone-plan", "phone plan talk", "{brand} 5G plan: 100 GB for {v:price}/mo, no contract", 1),
    ("negative/everyday", "wifi-ssid", "wifi SSID", "my {brand} router SSID is {brand}-5G-{v:n4} and it keeps dropping", 1),
    ("negative/everyday", "math", "maths homework", "2^32 = 4294967296 and my {brand} calculator agrees", 1),
    ("negative/everyday", "barcode", "EAN barcode", "EAN {v:digits13} on the {brand} box doesn't scan at self checkout", 1),
    ("negative/everyday", "license-plate", "car plate", "the {brand} van reg {v:upper10} parked on the pavement again", 1),
    ("negative/everyday", "timestamp", "unix timestamp", "event ts=1790{v:digits6} in the {brand} export, why not ISO dates", 1),
    ("negative/everyday", "base64-image", "inline image data", "<img src=\"data:image/png;base64,iVBORw0KGgo{v:b64short}\"> {brand} newsletter broke", 1),
]

TEMPLATE_GROUPS = [SECRETS, PII, CONF, NEG]


def fill(rng: random.Random, text: str, brand: str) -> tuple[str, list[dict]]:
    leaks: list[dict] = []
    text = text.replace("{brand}", brand)

    def sub(match: re.Match) -> str:
        kind, name = match.group(1), match.group(2)
        value = GEN[name](rng)
        if kind != "v":
            leaks.append({"kind": kind, "value": value})
        return value
    return SLOT.sub(sub, text), leaks


def row(rng: random.Random, number: int, text: str, leaks: list[dict], reason: str) -> dict:
    return g.leak_row(rng, f"fr4-{number:04d}", PLATFORMS, AUTHORS, text, leaks, reason)


NEGATIVE_ROUNDS = 3  # every negative template is rendered this many times over (other brands and values)


def render() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    seen: set[str] = set()

    def add(text: str, leaks: list[dict], reason: str) -> None:
        if text in seen:
            return
        seen.add(text)
        rows.append(row(rng, len(rows) + 1, text, leaks, reason))

    for templates in TEMPLATE_GROUPS:
        rounds = NEGATIVE_ROUNDS if templates is NEG else 1
        for _ in range(rounds):
            for group_name, context, why, text, renders in templates:
                for _ in range(renders):
                    filled, leaks = fill(rng, text, rng.choice(g.BRANDS))
                    add(filled, leaks, f"{group_name} | {context} | {why}")
    for i, (region, form) in enumerate(PHONE_PLAN):
        text = PHONE_TEXTS[i % len(PHONE_TEXTS)]
        value = g.phone(rng, region, form)
        if i % 6 == 5:
            value += " ext. " + str(rng.randint(10, 999))
        add(text.replace("{brand}", rng.choice(g.BRANDS)).replace("{phone}", value),
            [{"kind": "pii", "value": value}], f"pii/phone | phone-{form}-{region} | private number shared")
    return rows


def main(argv: list[str]) -> int:
    return g.write_batch(OUT, render(), argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
