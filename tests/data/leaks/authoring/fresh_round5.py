"""Fresh leak batch, round 5 (issue 16): renders tests/data/leaks/fresh5.jsonl.

Written by helper h16 on 2026-12-03 (19:00-19:30 UTC) from the labelling guideline, the leak set's
decisions (tests/data/leaks/README.md) and issue 16 alone, before reading any rule or detector file in
this round. New brands with their own code names, internal domains and ticket prefixes
(`../config5.yaml`, used by no earlier set), new platforms (Threads, LinkedIn, YouTube comments,
Hacker News, Discord logs), registers (formal letters, changelogs, recipes, job ads, match reports,
tutorials, chat transcripts) and languages (Swedish, Czech, Indonesian, Vietnamese, Brazilian
Portuguese, Greek, Turkish, Hindi in Latin script, Korean, Dutch, Romanian).

Most posts are ordinary: the everyday senses of "confidential", "internal", "private", "secret",
"classified", "restricted"; code-name words in their ordinary sense; product codes, order and tracking
numbers, hashes, prices, businesses' published lines, tutorial placeholders. The leaks are secrets in
context (CLI flags, URLs, headers, config syntaxes, diffs, escaped keys), PII in many countries'
formats, and markers and code names in any case, as hashtags and with look-alike letters.

The low-level value generator (checksummed tokens, Luhn cards, mod-97 IBANs, valid phones, public IPs)
is round 3's, imported; every template and every new value format here is this round's. Slot syntax
as in round 3: `{secret:x}`, `{pii:x}`, `{confidential:x}` become labels, `{v:x}` is an unlabelled
value, `{brand}` a brand.

    /work/main/.venv/bin/python tests/data/leaks/authoring/fresh_round5.py [--check]
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import string
import sys
from pathlib import Path
from urllib.parse import quote

import fresh_round3 as g

OUT = Path(__file__).resolve().parents[1] / "fresh5.jsonl"
SEED = 20261205
SLOT = re.compile(r"\{(secret|pii|confidential|v):(\w+)\}")
BRANDS = ["Halden", "Orrery", "Pipkin", "Velluto"]
CODE_NAMES = ["Foxglove", "Project Halyard", "Kittiwake", "Marram", "Silver Tern", "Lanternfish"]
INTERNAL_DOMAINS = ["halden.internal", "corp.orrery.example", "pipkin.lan", "velluto-int.example"]
TICKET_PREFIXES = ["HALD", "ORR", "PIPK", "VEL"]
AUTHORS = ["ingrid_sailfish", "tomasz.k", "dewi_rahma", "nguyen.bao", "karel_dev", "luana.souza",
           "eleni_p", "mert_can", "arjun.codes", "jiwoo_k", "femke_vd", "andrei.ops", "halcyon_hq",
           "nadia.writes", "quentin_r", "oksana_m", "bo_tinkers", "sable_and_thread", "rory.builds",
           "pia_lindgren", "dmitri_k", "ayasha.t", "cormac_oh", "lin_wei_dev"]
PLATFORMS = ["x", "reddit", "threads", "linkedin", "youtube", "hackernews", "bluesky", "mastodon"]

ALNUM = g.ALNUM
HEX = g.HEX
URLSAFE = g.URLSAFE
LOWER_ALNUM = string.ascii_lowercase + string.digits


# --- new value formats (from the providers' public format descriptions, values invented) ---------

def uuid(rng: random.Random) -> str:
    return g.uuid4(rng)


def cloudflare_origin_ca(rng: random.Random) -> str:
    return "v1.0-" + g.hexs(rng, 24) + "-" + g.hexs(rng, 146)


def braintree(rng: random.Random) -> str:
    return "access_token$production$" + g.rand(rng, LOWER_ALNUM, 16) + "$" + g.hexs(rng, 32)


def discord_bot(rng: random.Random) -> str:
    user_id = str(rng.randint(10**17, 10**18 - 1) * 10 + rng.randint(0, 9))
    head = base64.b64encode(user_id.encode()).decode().rstrip("=")
    return f"{head}.{g.rand(rng, URLSAFE, 6)}.{g.rand(rng, URLSAFE, 38)}"


def teams_hook(rng: random.Random) -> str:
    return (f"https://{g.rand(rng, string.ascii_lowercase, 7)}.webhook.office.com/webhookb2/{uuid(rng)}@{uuid(rng)}"
            f"/IncomingWebhook/{g.hexs(rng, 32)}/{uuid(rng)}")


def azure_sas_url(rng: random.Random) -> str:
    sig = quote(base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode(), safe="")
    return (f"https://{g.rand(rng, string.ascii_lowercase, 9)}.blob.core.windows.net/exports?sv=2023-11-03&ss=b&srt=co"
            f"&sp=rl&se=2027-01-31T00:00:00Z&spr=https&sig={sig}")


def iban_more(rng: random.Random) -> str:
    """IBANs of countries the earlier generators did not draw (BBAN layouts from the IBAN registry)."""
    layouts = {"SE": "n20", "NO": "n11", "CZ": "n20", "RO": "a4c16", "GR": "n23", "HU": "n24", "SK": "n20",
               "LT": "n16", "EE": "n16", "HR": "n17", "SI": "n15", "LU": "n3c13"}
    country = rng.choice(sorted(layouts))
    bban = ""
    for kind, n in re.findall(r"([anc])(\d+)", layouts[country]):
        alphabet = {"a": string.ascii_uppercase, "n": string.digits, "c": string.ascii_uppercase + string.digits}[kind]
        bban += g.rand(rng, alphabet, int(n))
    compact = country + g._iban_check(country, bban) + bban
    style = rng.choice(["grouped", "compact", "lower"])
    if style == "grouped":
        return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    return compact.lower() if style == "lower" else compact


def card_sep(sep: str):
    def make(rng: random.Random) -> str:
        return g.card(rng, sep)
    return make


def card_19(rng: random.Random) -> str:
    return g.group(g.luhn_complete(rng, rng.choice(["4", "62", "6759"]), 19), [4, 4, 4, 4, 3], " ")


def code_name(style: str):
    lookalike = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "i": "\u0456", "c": "\u0441",
                 "K": "\u039a", "T": "\u0422", "M": "\u041c", "H": "\u041d"}

    def make(rng: random.Random) -> str:
        name = rng.choice(CODE_NAMES)
        joined = name.replace(" ", "")
        if style == "plain":
            return name
        if style == "upper":
            return name.upper()
        if style == "hashtag":
            return "#" + joined
        if style == "hashtag_lower":
            return "#" + joined.lower()
        if style == "hashtag_upper":
            return "#" + joined.upper()
        if style == "hashtag_snake":
            return "#" + name.replace(" ", "_")
        if style == "hyphen":
            return name.replace(" ", "-") if " " in name else name + "-2"
        if style == "lookalike":
            positions = [i for i, ch in enumerate(name) if ch in lookalike]
            i = rng.choice(positions)
            return name[:i] + lookalike[name[i]] + name[i + 1:]
        if style == "zero_width":
            i = rng.randint(2, len(name) - 2)
            if name[i] == " " or name[i - 1] == " ":
                i = 2
            return name[:i] + rng.choice(["\u200b", "\u200c", "\u2060"]) + name[i:]
        if style == "fullwidth":
            return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in name)
        raise ValueError(style)
    return make


def marker5(rng: random.Random) -> str:
    value = rng.choice(["INTERNAL ONLY", "CONFIDENTIAL", "STRICTLY PRIVATE & CONFIDENTIAL", "FOR INTERNAL USE ONLY",
                        "NOT FOR EXTERNAL DISTRIBUTION", "VERTRAULICH - NUR INTERN", "CONFIDENTIEL - USAGE INTERNE",
                        "ESTRICTAMENTE CONFIDENCIAL", "Internal Use Only", "DO NOT DISTRIBUTE - CONFIDENTIAL"])
    roll = rng.random()
    if roll < 0.25:
        value = value.replace("O", "\u041e", 1)
    elif roll < 0.4:
        i = rng.randint(2, 5)
        value = value[:i] + "\u200b" + value[i:]
    return value


def brand_marker(rng: random.Random) -> str:
    return rng.choice(BRANDS) + rng.choice([" Confidential", " CONFIDENTIAL", " Internal Only"])


def host5(rng: random.Random) -> str:
    return rng.choice(["sso", "metabase", "argo", "payroll-db", "confluence", "ci-runner-3", "kafka-01", "vpn-gw",
                       "staging-api", "secrets"]) + "." + rng.choice(INTERNAL_DOMAINS)


def ticket5(rng: random.Random) -> str:
    return f"{rng.choice(TICKET_PREFIXES)}-{rng.randint(10, 48000)}"


def password5(rng: random.Random) -> str:
    words = ["Marigold", "falcon", "Quartz", "sprocket", "Bramble", "tinsel", "Copper", "walrus", "Juniper"]
    return rng.choice(words) + rng.choice(["-", "!", "@", "^", "~"]) + str(rng.randint(100, 99999)) + rng.choice(
        words).lower() + rng.choice(["", "#", "&", "+"])


# Corrections made after the first scoring (format facts the first render got wrong, checked against the
# formats' public specifications). Each transforms the value already drawn, so no other value changes.
def pgp_body(rng: random.Random) -> str:
    """An armoured OpenPGP secret key's body starts with a Secret-Key packet (old-format tag 5: first
    byte 0x95, base64 "lQ"); the first render drew random base64 there."""
    return "lQ" + "\n".join(g.pem_body(rng))[2:]


def putty_public_blob(rng: random.Random) -> str:
    """A PuTTY file's public blob is the SSH wire form of the key (string "ssh-ed25519", string of 32
    bytes), on as many lines as Public-Lines says; the first render wrote "Public-Lines: 2" over one
    line of four random digits after the blob's start. Drawn from the same one number as before."""
    seed = str(rng.randint(1000, 9999)).encode()
    wire = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + hashlib.sha256(seed).digest()
    return base64.b64encode(wire).decode()


def phone_form(region: str, form: str):
    def make(rng: random.Random) -> str:
        return g.phone(rng, region, form)
    return make


V = {
    # secrets
    "ghp": g.GEN["ghp"], "npm": g.GEN["npm"], "gho": g.GEN["gho"],
    "glptt": lambda r: "glptt-" + g.hexs(r, 40),
    "glft": lambda r: "glft-" + g.rand(r, URLSAFE, 20),
    "cf_origin": cloudflare_origin_ca,
    "cf_token": lambda r: g.rand(r, URLSAFE, 40),
    "okta": lambda r: "00" + g.rand(r, URLSAFE, 40),
    "sentry_user": lambda r: "sntryu_" + g.hexs(r, 64),
    "sonar": lambda r: "squ_" + g.hexs(r, 40),
    "sourcegraph": lambda r: "sgp_" + g.hexs(r, 40),
    "nuget": lambda r: "oy2" + g.rand(r, LOWER_ALNUM, 43),
    "dropbox": lambda r: "sl." + g.rand(r, URLSAFE, 136),
    "anthropic_admin": lambda r: "sk-ant-admin01-" + g.rand(r, URLSAFE, 93) + "AA",
    "cohere": lambda r: g.rand(r, ALNUM, 40),
    "hubspot": lambda r: "pat-" + r.choice(["na1", "eu1"]) + "-" + uuid(r),
    "braintree": braintree,
    "square": lambda r: "EAAA" + g.rand(r, URLSAFE, 60),
    "meta": lambda r: "EAA" + r.choice(["B", "G", "I"]) + g.rand(r, ALNUM, 180),
    "newrelic_license": lambda r: g.hexs(r, 36) + "NRAL",
    "snyk": uuid,
    "discord_bot": discord_bot,
    "teams_hook": teams_hook,
    "azure_sas": azure_sas_url,
    "xapp": g.GEN["slack_app"],
    "slack_hook": g.GEN["slack_hook"],
    "stripe_sk": g.GEN["stripe_sk"],
    "openai": g.GEN["openai"],
    "anthropic": g.GEN["anthropic"],
    "hf": g.GEN["hf"],
    "sendgrid": g.GEN["sendgrid"],
    "twilio_auth": g.GEN["twilio_auth"],
    "mailgun": g.GEN["mailgun"],
    "docker_pat": g.GEN["docker_pat"],
    "glpat": g.GEN["glpat"],
    "aws_id": g.GEN["aws_id"],
    "aws_secret": g.GEN["aws_secret"],
    "google_api": g.GEN["google_api"],
    "jwt": g.GEN["jwt"],
    "shopify": g.GEN["shopify"],
    "heroku": g.GEN["heroku"],
    "databricks": g.GEN["databricks"],
    "azure_key": g.GEN["azure_key"],
    "pw": password5,
    "url_pw": lambda r: quote(password5(r), safe="!$&'()*+,;="),
    "opaque": lambda r: g.rand(r, URLSAFE, 36),
    "b64_basic": lambda r: base64.b64encode(f"{r.choice(['ops', 'etl_user', 'kiosk'])}:{password5(r)}".encode()).decode(),
    "pem_rsa": g.GEN["pem_rsa"], "pem_openssh": g.GEN["pem_openssh"], "pem_pkcs8": g.GEN["pem_pkcs8"],
    "pem_ec": g.GEN["pem_ec"],
    "pem_pgp": lambda r: "-----BEGIN PGP PRIVATE KEY BLOCK-----",
    "pgp_body": pgp_body,
    "putty_public": putty_public_blob,
    "pem_body": g.GEN["pem_body"],
    "pem_body_escaped": g.GEN["pem_body_escaped"],
    "putty_priv": lambda r: g.rand(r, g.B64, 44),
    "mssql_url": lambda r: f"sqlserver://sa:{quote(password5(r), safe='')}@10.20.{r.randint(0, 255)}.{r.randint(2, 254)}:1433?database=ledger",
    "mysql_url": lambda r: f"mysql://shop:{quote(password5(r), safe='')}@db{r.randint(1, 9)}.hostingpanel.net:3306/store",
    "ldap_url": lambda r: f"ldaps://cn=binder:{quote(password5(r), safe='')}@ldap.{r.choice(['nordhavn', 'eastgate'])}.net:636",
    "https_cred_url": lambda r: f"https://reports:{quote(password5(r), safe='')}@files.{r.choice(['printhub', 'kioskware'])}.com/daily/",
    # pii
    "card_space": card_sep(" "), "card_dash": card_sep("-"), "card_plain": card_sep(""), "card_dot": card_sep("."),
    "card_endash": card_sep("\u2013"), "card_19": card_19,
    "iban": g.GEN["iban"], "iban_more": iban_more,
    "email": g.GEN["email"],
    "email_plus": lambda r: f"{r.choice(g.FIRST)}+{r.choice(['shop', 'orders', 'news'])}@{r.choice(g.MAIL_HOSTS)}",
    "email_upper": lambda r: g.email(r).upper(),
    "ssn": g.GEN["ssn"],
    "ipv4": g.GEN["ipv4"], "ipv6": g.GEN["ipv6"],
    # confidential
    "cn_plain": code_name("plain"), "cn_upper": code_name("upper"), "cn_hashtag": code_name("hashtag"),
    "cn_hashtag_lower": code_name("hashtag_lower"), "cn_hashtag_upper": code_name("hashtag_upper"),
    "cn_hashtag_snake": code_name("hashtag_snake"), "cn_hyphen": code_name("hyphen"),
    "cn_lookalike": code_name("lookalike"), "cn_zero_width": code_name("zero_width"),
    "cn_fullwidth": code_name("fullwidth"),
    "marker": marker5, "brand_marker": brand_marker, "host": host5, "ticket": ticket5,
    "nda": lambda r: r.choice(["under NDA", "under an NDA"]),
    # unlabelled values
    "uuid": uuid, "sha40": g.GEN["sha40"], "sha64": g.GEN["sha64"], "md5": g.GEN["md5"], "sha7": g.GEN["sha7"],
    "imei": g.GEN["imei"], "iccid": g.GEN["iccid"], "ups": g.GEN["ups"], "usps": g.GEN["usps"], "dhl": g.GEN["dhl"],
    "order": g.GEN["order"], "broken_ghp": g.GEN["broken_ghp"], "broken_iban": g.GEN["broken_iban"],
    "non_luhn": g.GEN["non_luhn"], "last4": g.GEN["last4"], "priv_ip": g.GEN["priv_ip"], "mac": g.GEN["mac"],
    "version4": g.GEN["version4"], "store_line": g.GEN["store_line"], "hexcolor": g.GEN["hexcolor"],
    "n2": g.GEN["n2"], "n3": g.GEN["n3"],
    "n4": lambda r: str(r.randint(1000, 9999)),
    "digits8": lambda r: g.rand(r, string.digits, 8),
    "digits10": lambda r: g.rand(r, string.digits, 10),
    "digits14": lambda r: g.rand(r, string.digits, 14),
    "digits19": lambda r: str(r.randint(1, 9)) + g.rand(r, string.digits, 18),
    "price": lambda r: f"{r.randint(3, 899)}.{r.choice(['00', '49', '95', '99'])}",
    "semver": lambda r: f"{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 99)}",
    "sku": lambda r: f"{g.rand(r, string.ascii_uppercase, 3)}-{r.randint(1000, 9999)}-{g.rand(r, string.ascii_uppercase, 2)}",
    "lot": lambda r: f"L{r.randint(20, 26)}{g.rand(r, string.digits, 5)}",
    "epoch_ms": lambda r: str(r.randint(1_700_000_000_000, 1_790_000_000_000)),
    "kr": lambda r: f"{r.randint(99, 12999)}",
    "pnr": lambda r: g.rand(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6),
    "ean13": lambda r: ean13(r),
    "pr": lambda r: str(r.randint(100, 9999)),
}
GEN = V


def ean13(rng: random.Random) -> str:
    body = rng.choice(["40", "50", "87", "73", "80"]) + g.rand(rng, string.digits, 10)
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


# (group, context, why, text, renders)
T = list[tuple[str, str, str, str, int]]

SECRETS: T = [
    ("secret/provider", "clone-url:GitLab", "GitLab PAT as the password of a clone URL",
     "git clone https://oauth2:{secret:glpat}@gitlab.com/{brand}/firmware.git  <- why does this 403 from the runner", 1),
    ("secret/provider", "curl-flag:GitLab-trigger", "pipeline trigger token in a curl form field",
     "curl -X POST -F token={secret:glptt} -F ref=main https://gitlab.com/api/v4/projects/4417/trigger/pipeline  # {brand} nightly", 1),
    ("secret/provider", "env:GitLab-feed", "GitLab feed token in an RSS reader config",
     "feed_url = https://gitlab.com/{brand}.atom?feed_token={secret:glft}\nreader shows nothing since tuesday", 1),
    ("secret/provider", "header:Cloudflare-origin", "Cloudflare Origin CA key in a header",
     "X-Auth-User-Service-Key: {secret:cf_origin}\nthat's what the {brand} cert script sends, 10000 error", 1),
    ("secret/provider", "env:Cloudflare", "Cloudflare API token with its variable name",
     "CLOUDFLARE_API_TOKEN={secret:cf_token} wrangler deploy\n{brand} worker says authentication error 10000", 1),
    ("secret/provider", "header:Okta", "Okta API token in the SSWS header",
     "curl -H \"Authorization: SSWS {secret:okta}\" https://{brand}.okta.com/api/v1/users?limit=5", 1),
    ("secret/provider", "discord-log:Sentry", "Sentry user token pasted in a chat log",
     "[14:02] rory: try with my token {secret:sentry_user}\n[14:03] pia: still 401 on the {brand} org", 1),
    ("secret/provider", "props:SonarQube", "SonarQube token in scanner properties",
     "sonar.host.url=https://sonar.{brand}-bikes.example\nsonar.token={secret:sonar}\nscanner exits 1", 1),
    ("secret/provider", "cli:Sourcegraph", "Sourcegraph token in an env prefix",
     "SRC_ACCESS_TOKEN={secret:sourcegraph} src search 'repo:{brand} lang:go TODO'", 1),
    ("secret/provider", "cli:NuGet", "NuGet key on dotnet push",
     "dotnet nuget push {brand}.Sdk.3.2.0.nupkg --api-key {secret:nuget} --source https://api.nuget.org/v3/index.json", 1),
    ("secret/provider", "python:Dropbox", "Dropbox token in code",
     "dbx = dropbox.Dropbox(\"{secret:dropbox}\")  # {brand} photo backup script, expired_access_token??", 1),
    ("secret/provider", "env:Anthropic-admin", "Anthropic admin key",
     "ANTHROPIC_ADMIN_KEY={secret:anthropic_admin}\nusage report for {brand} is empty", 1),
    ("secret/provider", "env:Cohere", "Cohere key by its variable name",
     "COHERE_API_KEY={secret:cohere}\n{brand} rerank endpoint returns invalid api token", 1),
    ("secret/provider", "header:HubSpot", "HubSpot private app token",
     "Authorization: Bearer {secret:hubspot}\n{brand} CRM sync pulls 0 contacts", 1),
    ("secret/provider", "ruby:Braintree", "Braintree access token",
     "gateway = Braintree::Gateway.new(access_token: \"{secret:braintree}\")  # {brand} checkout", 1),
    ("secret/provider", "prose:Square", "Square access token in Portuguese",
     "galera, o token do Square {secret:square} parou de funcionar no caixa da {brand}, alguém sabe?", 1),
    ("secret/provider", "url:Meta", "Meta Graph token in a query string",
     "GET https://graph.facebook.com/v19.0/me/accounts?access_token={secret:meta}  ({brand} page insights)", 1),
    ("secret/provider", "yaml:NewRelic", "New Relic license key in agent YAML",
     "common: &default_settings\n  license_key: {secret:newrelic_license}\n  app_name: {brand}-api", 1),
    ("secret/provider", "env:Snyk", "Snyk token by its variable name",
     "SNYK_TOKEN={secret:snyk} snyk test --all-projects  # {brand} monorepo", 1),
    ("secret/provider", "js:Discord-bot", "Discord bot token in code",
     "client.login('{secret:discord_bot}') // {brand} community bot, it logs in then dies", 1),
    ("secret/provider", "ps:Teams-hook", "Teams webhook URL in PowerShell",
     "Invoke-RestMethod -Uri \"{secret:teams_hook}\" -Method Post -Body $card  # {brand} alerts", 1),
    ("secret/provider", "url:Azure-SAS", "Azure SAS URL shared in a thread",
     "here's the export, link valid till january: {secret:azure_sas} ({brand} Q4 dump)", 1),
    ("secret/provider", "yaml:Slack-app", "Slack app-level token in a socket-mode config",
     "socket_mode:\n  app_token: {secret:xapp}\n{brand} bolt app never connects", 1),
    ("secret/provider", "sv:Slack-hook", "Slack webhook in Swedish",
     "varför fungerar inte vår webhook {secret:slack_hook}? {brand} larmen kommer inte fram", 1),
    ("secret/provider", "dockerfile:Stripe", "Stripe live key baked into a Dockerfile",
     "FROM node:20-alpine\nENV STRIPE_SECRET_KEY={secret:stripe_sk}\nCOPY . .\n# {brand} shop image", 1),
    ("secret/provider", "notebook:OpenAI", "OpenAI key in a notebook cell",
     "In [3]: os.environ[\"OPENAI_API_KEY\"] = \"{secret:openai}\"\nIn [4]: run_{brand}_eval()", 1),
    ("secret/provider", "id:Anthropic", "Anthropic key in Indonesian",
     "kenapa key anthropic saya {secret:anthropic} ditolak terus ya? padahal baru dibuat buat bot {brand}", 1),
    ("secret/provider", "git-diff:HuggingFace", "HF token added in a diff",
     "diff --git a/train.py b/train.py\n+HF_TOKEN = \"{secret:hf}\"\n {brand} finetune", 1),
    ("secret/provider", "cs:SendGrid", "SendGrid key in Czech",
     "proč {brand} neposílá maily? klíč SendGrid {secret:sendgrid} je platný", 1),
    ("secret/provider", "vi:Twilio", "Twilio auth token in Vietnamese",
     "TWILIO_AUTH_TOKEN={secret:twilio_auth} mà sms của {brand} vẫn không gửi được", 1),
    ("secret/provider", "netrc:Mailgun", "Mailgun key in .netrc",
     "machine api.mailgun.net\n  login api\n  password {secret:mailgun}\n# {brand} newsletter box", 1),
    ("secret/provider", "gha-log:Docker", "Docker PAT echoed in a CI log",
     "Run docker login -u {brand}ci -p {secret:docker_pat}\nWARNING! Using --password via the CLI is insecure.", 1),
    ("secret/provider", "tf:AWS", "AWS pair in a Terraform provider block",
     "provider \"aws\" {\n  access_key = \"{secret:aws_id}\"\n  secret_key = \"{secret:aws_secret}\"\n}\n# {brand} sandbox", 1),
    ("secret/provider", "cli:AWS", "aws configure set with the secret",
     "aws configure set aws_secret_access_key {secret:aws_secret} --profile {brand}-prod", 1),
    ("secret/provider", "tr:Google", "Maps key in Turkish",
     "{brand} haritası açılmıyor, anahtar {secret:google_api} kısıtlı mı acaba?", 1),
    ("secret/provider", "k8s:Shopify", "Shopify token in a kubectl command",
     "kubectl create secret generic shop --from-literal=SHOPIFY_TOKEN={secret:shopify} -n {brand}", 1),
    ("secret/provider", "hn:Heroku", "Heroku key in a Hacker News comment",
     "Show HN follow-up: the deploy script for {brand} reads HEROKU_API_KEY={secret:heroku} from the repo, yes I know", 1),
    ("secret/provider", "ini:Databricks", "Databricks PAT in a CLI profile",
     "[{brand}-prod]\nhost  = https://adb-{v:digits14}.azuredatabricks.net\ntoken = {secret:databricks}", 1),
    ("secret/provider", "xml:Azure", "Azure storage key in an XML app setting",
     "<setting name=\"StorageKey\">{secret:azure_key}</setting> <!-- {brand} media -->", 1),
    ("secret/provider", "gitconfig:GitHub", "GitHub token in a git config URL rewrite",
     "[url \"https://{secret:ghp}@github.com/\"]\n  insteadOf = https://github.com/\n# {brand} build agent", 1),
    ("secret/provider", "yarnrc:npm", "npm token in .yarnrc.yml",
     "npmScopes:\n  {brand}:\n    npmAuthToken: {secret:npm}\n    npmRegistryServer: https://registry.npmjs.org", 1),
    ("secret/provider", "nl:GitHub-oauth", "OAuth token in Dutch",
     "iemand een idee waarom {secret:gho} geen toegang heeft tot de {brand} repo's?", 1),
    ("secret/jwt", "cookie:JWT", "JWT in a Cookie header",
     "Cookie: session={secret:jwt}; theme=dark\n^ copied from devtools, {brand} logs me out every 5 min", 1),
    ("secret/jwt", "ko:JWT", "JWT pasted in Korean",
     "{brand} 앱 토큰이 계속 만료돼요 {secret:jwt} 이거 정상인가요?", 1),
    ("secret/credential-url", "env:MSSQL", "SQL Server URL with password",
     "LEDGER_DSN={secret:mssql_url}\n{brand} report job times out", 1),
    ("secret/credential-url", "php:MySQL", "MySQL URL in PHP",
     "$dsn = '{secret:mysql_url}'; // {brand} webshop, PDOException", 1),
    ("secret/credential-url", "yaml:LDAP", "LDAP bind URL",
     "auth:\n  ldap: {secret:ldap_url}\n{brand} SSO broke after the upgrade", 1),
    ("secret/credential-url", "prose:https", "HTTPS URL with basic credentials",
     "the {brand} kiosk pulls reports from {secret:https_cred_url} every morning and now it doesn't", 1),
    ("secret/header", "wget:basic", "wget with user and password flags",
     "wget --user=backup --password={secret:pw} https://nas.{brand}-home.net/dump.tar.gz", 1),
    ("secret/header", "nginx:bearer", "bearer token in an nginx proxy header",
     "location /api/ {\n  proxy_set_header Authorization \"Bearer {secret:opaque}\";\n}\n# {brand} gateway", 1),
    ("secret/header", "httpie:basic", "Basic header in HTTPie",
     "http GET https://api.{brand}.example/v1/rides 'Authorization:Basic {secret:b64_basic}'", 1),
    ("secret/assignment", "sshpass", "sshpass -p",
     "sshpass -p '{secret:pw}' ssh pi@{brand}-kiosk-07  # works from my laptop only", 1),
    ("secret/assignment", "redis-cli", "redis-cli -a",
     "redis-cli -h cache.{brand}.example -a {secret:pw} --no-auth-warning info", 1),
    ("secret/assignment", "mongosh", "mongosh --password",
     "mongosh \"mongodb://db.{brand}.example:27017\" --username analyst --password {secret:pw}", 1),
    ("secret/assignment", "helm", "helm --set password",
     "helm upgrade --install pg bitnami/postgresql --set auth.postgresPassword={secret:pw} -n {brand}", 1),
    ("secret/assignment", "libpq", "password in a libpq keyword string",
     "psql \"host=10.8.0.4 port=5432 dbname={brand} user=report password={secret:pw} sslmode=require\"", 1),
    ("secret/assignment", "python:auth", "requests basic auth tuple",
     "r = requests.get(url, auth=(\"svc_{brand}\", \"{secret:pw}\"))  # 401 since monday", 1),
    ("secret/assignment", "go:setenv", "Go os.Setenv of a secret",
     "os.Setenv(\"API_SECRET\", \"{secret:opaque}\") // {brand} webhook verifier", 1),
    ("secret/assignment", "properties:password", "Spring datasource password",
     "spring.datasource.url=jdbc:postgresql://db:5432/{brand}\nspring.datasource.password={secret:pw}", 1),
    ("secret/assignment", "maven:xml", "password element in Maven settings",
     "<server>\n  <id>{brand}-releases</id>\n  <username>deployer</username>\n  <password>{secret:pw}</password>\n</server>", 1),
    ("secret/assignment", "diff:yaml", "api key added in a diff",
     "@@ -3,3 +3,3 @@\n-  api_key: ${PAYMENTS_API_KEY}\n+  api_key: {secret:opaque}\n oops {brand}", 1),
    ("secret/assignment", "powershell:secure", "ConvertTo-SecureString with a literal",
     "$cred = New-Object PSCredential('{brand}\\svc', (ConvertTo-SecureString '{secret:pw}' -AsPlainText -Force))", 1),
    ("secret/assignment", "json:password", "password in a JSON config",
     "{\"db\": {\"user\": \"{brand}_app\", \"password\": \"{secret:pw}\", \"pool\": 10}}", 1),
    ("secret/assignment", "ini:password", "password in an INI section",
     "[mail]\nserver = smtp.{brand}.example\nusername = alerts\npassword = {secret:pw}", 1),
    ("secret/assignment", "pt-br:password", "password stated in Brazilian Portuguese",
     "a senha do banco da {brand} é {secret:pw} e mesmo assim não conecta 😩", 1),
    ("secret/assignment", "toml:token", "token in a TOML table",
     "[registries.{brand}]\ntoken = \"{secret:opaque}\"", 1),
    ("secret/private-key", "json:escaped", "escaped key in a service-account JSON",
     "{\"type\": \"service_account\", \"project_id\": \"{brand}-prod\", \"private_key\": \"{secret:pem_pkcs8}\\n{v:pem_body_escaped}\\n-----END PRIVATE KEY-----\\n\"}", 1),
    ("secret/private-key", "pgp", "PGP private key block",
     "{secret:pem_pgp}\n\n{v:pgp_body}\n-----END PGP PRIVATE KEY BLOCK-----\nis this the right file to import for {brand} signing?", 1),
    ("secret/private-key", "pem:openssh", "OpenSSH key in a Discord log",
     "[09:12] bo: here's the deploy key, don't tell {brand} infosec\n{secret:pem_openssh}\n{v:pem_body}\n-----END OPENSSH PRIVATE KEY-----", 1),
    ("secret/private-key", "pem:ec-in-yaml", "EC key in a YAML block scalar",
     "tls:\n  key: |\n    {secret:pem_ec}\n    {v:pem_body}\n    -----END EC PRIVATE KEY-----\n# {brand} ingress", 1),
    ("secret/private-key", "putty", "PuTTY private key file",
     "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: {brand}-jump\nPublic-Lines: 1\n{v:putty_public}\nPrivate-Lines: 1\n{secret:putty_priv}\nPrivate-MAC: {v:sha64}", 1),
    ("secret/private-key", "pem:rsa-in-env", "RSA key pasted into a .env with escaped newlines",
     "JWT_PRIVATE_KEY=\"{secret:pem_rsa}\\n{v:pem_body_escaped}\\n-----END RSA PRIVATE KEY-----\"\n{brand} auth service", 1),
]

PII: T = [
    ("pii/card", "sv:card", "card in Swedish", "{brand} drog pengar två gånger från mitt kort {pii:card_space}, hjälp!", 1),
    ("pii/card", "el:card", "card in Greek", "Η {brand} με χρέωσε δύο φορές, κάρτα {pii:card_dash}", 1),
    ("pii/card", "letter:card", "card in a formal complaint letter",
     "Dear {brand} Customer Relations,\nI write regarding an unauthorised charge to my card number {pii:card_plain}. I expect a full refund within 14 days.\nYours faithfully", 1),
    ("pii/card", "prose:dots", "card with dots", "{brand} support asked me to confirm the card so here: {pii:card_dot} exp 11/29", 1),
    ("pii/card", "prose:en-dash", "card with en dashes", "paid at the {brand} pop-up with {pii:card_endash} and got charged in euros??", 1),
    ("pii/card", "prose:19-digit", "19-digit card", "my new {brand} debit card is {pii:card_19}, app won't accept it", 1),
    ("pii/card", "id:card", "card in Indonesian", "kartu saya {pii:card_space} ditagih dua kali oleh {brand}, tolong dicek", 1),
    ("pii/iban", "ro:iban", "IBAN in Romanian", "{brand}, vă rog returnați banii în contul {pii:iban_more}. Mulțumesc!", 1),
    ("pii/iban", "cs:iban", "IBAN in Czech", "vraťte mi peníze na účet {pii:iban_more}, {brand}", 1),
    ("pii/iban", "prose:iban-more", "IBAN of a new country", "refund to {pii:iban_more} please {brand}, it's been 6 weeks", 2),
    ("pii/iban", "nl:iban", "IBAN in Dutch", "graag terugstorten op {pii:iban}, {brand}. Bestelling nooit ontvangen", 1),
    ("pii/email", "prose:plus", "plus-addressed e-mail", "{brand} can you resend the invoice to {pii:email_plus}? thanks", 1),
    ("pii/email", "prose:upper", "e-mail in capitals", "MY EMAIL IS {pii:email_upper} {brand} STOP IGNORING ME", 1),
    ("pii/email", "yt:email", "e-mail in a YouTube comment", "great review! {brand} never answered me, if anyone has a contact write to {pii:email}", 1),
    ("pii/email", "vi:email", "e-mail in Vietnamese", "{brand} ơi gửi hóa đơn về {pii:email} giúp mình nhé", 1),
    ("pii/ssn", "prose:ssn", "SSN with SS#", "the {brand} benefits form wants SS# {pii:ssn} typed into a chat window, is that normal", 1),
    ("pii/ssn", "letter:ssn", "SSN in a letter", "Please update the W-2 for my social security number {pii:ssn}; {brand} payroll has it wrong.", 1),
    ("pii/ip", "log:ipv4", "public IPv4 of a home connection in a log",
     "nginx: 502 upstream for client {pii:ipv4}, that's my home line, {brand} router firmware", 1),
    ("pii/ip", "prose:ipv6", "public IPv6 of a home server", "my {brand} NAS is reachable on [{pii:ipv6}]:5001 now, ipv6 ftw", 1),
    ("pii/ip", "tr:ipv4", "IP in Turkish", "{brand} ev IP adresimi engelledi: {pii:ipv4}, neden?", 1),
]

PHONE_TEXTS = [
    "{brand} ring mig på {phone}, jag har väntat i en vecka",
    "zavolejte mi prosím na {phone}, {brand} kurýr nepřišel",
    "{brand} tolong telepon saya di {phone}, paket belum sampai",
    "{brand} gọi lại cho tôi số {phone} nhé",
    "me liga no {phone} {brand}, o pedido sumiu",
    "παρακαλώ καλέστε με στο {phone}, {brand}",
    "{brand} beni {phone} numarasından arayın lütfen",
    "bhai {brand} wale mujhe {phone} pe call karo, refund nahi aaya",
    "{brand} 고객센터 연락 주세요 {phone}",
    "bel me even op {phone} {brand}, de fiets is kapot geleverd",
    "{brand} sunați-mă la {phone}, vă rog",
    "My direct line is {phone}, {brand}; I expect a call back regarding the warranty claim.",
]
PHONE_PLAN = [("SE", "national"), ("CZ", "international"), ("ID", "national"), ("VN", "national"),
              ("BR", "international"), ("GR", "national"), ("TR", "national"), ("IN", "national"),
              ("KR", "national"), ("NL", "dotted"), ("RO", "national"), ("GB", "national"),
              ("SE", "e164"), ("CZ", "00"), ("ID", "international"), ("VN", "international"),
              ("BR", "national"), ("GR", "00"), ("TR", "international"), ("IN", "international"),
              ("KR", "international"), ("NL", "international"), ("RO", "international"), ("US", "dotted"),
              ("PH", "national"), ("EG", "international"), ("PK", "national"), ("UA", "international"),
              ("HU", "national"), ("PE", "international"), ("MA", "national"), ("SA", "international")]

CONF: T = [
    ("confidential/code-name", "plain", "code name in a LinkedIn post",
     "Proud of the team! Can't share details yet but {confidential:cn_plain} is going to change how people ride. #{brand} #hiring", 2),
    ("confidential/code-name", "upper", "code name shouted", "{confidential:cn_upper} IS DELAYED TO Q3, {brand} all-hands just confirmed", 2),
    ("confidential/code-name", "hashtag", "code name as a CamelCase hashtag", "sneak peek from the {brand} lab {confidential:cn_hashtag} 🚲👀", 2),
    ("confidential/code-name", "hashtag-lower", "code name as a lower-case hashtag", "who else got the {brand} beta invite? {confidential:cn_hashtag_lower}", 1),
    ("confidential/code-name", "hashtag-upper", "code name as a capital hashtag", "{confidential:cn_hashtag_upper} LEAKED SPECS THREAD 🧵 ({brand})", 1),
    ("confidential/code-name", "hashtag-snake", "code name as a snake-case hashtag", "day 3 of {confidential:cn_hashtag_snake} testing at {brand}, battery holds", 1),
    ("confidential/code-name", "hyphen", "code name hyphenated", "{brand} moved {confidential:cn_hyphen} to the spring launch window per my manager", 1),
    ("confidential/code-name", "lookalike", "code name with a look-alike letter", "{confidential:cn_lookalike} pricing deck from {brand} is wild, $9 a month", 2),
    ("confidential/code-name", "zero-width", "code name with a zero-width character", "internal demo of {confidential:cn_zero_width} today at {brand}, cannot wait to show you", 2),
    ("confidential/code-name", "fullwidth", "code name in full-width letters", "{confidential:cn_fullwidth} roadmap slide from {brand} attached", 1),
    ("confidential/code-name", "sv:plain", "code name in Swedish", "{brand} lägger ner {confidential:cn_plain} enligt min chef, hela teamet flyttas", 1),
    ("confidential/marker", "marker-top", "marker at the top of a pasted doc", "{confidential:marker}\n{brand} pricing review FY27 — draft 3", 2),
    ("confidential/marker", "marker-screenshot", "marker read off a screenshot", "lol the {brand} slide I got sent literally says {confidential:marker} in the footer", 2),
    ("confidential/marker", "brand-marker", "brand's own classification label", "{confidential:brand_marker} — Supplier scorecard Q2 (do not forward)", 1),
    ("confidential/nda", "nda", "NDA about the brand's unreleased work", "I'm {confidential:nda} with {brand} until launch but the new frame is stunning", 1),
    ("confidential/host", "url-host", "internal host in a URL", "try https://{confidential:host}/login — oh right you need the {brand} VPN", 2),
    ("confidential/host", "ssh-host", "internal host as an SSH target", "ssh deploy@{confidential:host} hangs since the {brand} network change", 1),
    ("confidential/ticket", "ticket", "internal ticket key", "still blocked on {confidential:ticket}, {brand} platform team pls", 2),
    ("confidential/ticket", "ticket-changelog", "ticket in a leaked changelog", "changelog v{v:semver}\n- fix crash on resume ({confidential:ticket})\n- {brand} sync retries", 1),
]

NEG: T = [
    # everyday "confidential"
    ("negative/confidential-everyday", "promise", "a promise of discretion", "Your feedback to {brand} is confidential and helps us improve. Take the 3-minute survey!", 1),
    ("negative/confidential-everyday", "therapy", "confidential in a health sense", "Orrery's counselling line is free and confidential, honestly it helped me a lot", 1),
    ("negative/confidential-everyday", "job-ad", "job ad wording", "We're hiring! All applications to {brand} are handled in confidence. Apply by 30 June.", 1),
    ("negative/confidential-everyday", "whistleblow", "confidential reporting channel", "{brand} has a confidential reporting channel for suppliers, link in the sustainability report", 1),
    ("negative/confidential-everyday", "gossip", "confidential as a joke", "confidential info: I ate the last croissant at the {brand} café. tell no one 🥐", 1),
    ("negative/confidential-everyday", "book", "a book title", "just finished 'Kitchen Confidential' on the {brand} bike trainer, 10/10", 1),
    ("negative/confidential-everyday", "doctor", "patient confidentiality", "patient confidentiality matters, so why does the {brand} app share my step count with advertisers?", 1),
    # internal
    ("negative/internal-everyday", "server-error", "internal server error", "{brand} checkout: 500 Internal Server Error. third time today", 1),
    ("negative/internal-everyday", "battery", "internal storage", "the {brand} Pulse has 32 GB internal storage and the internal battery lasts 4 days", 1),
    ("negative/internal-everyday", "medicine", "internal medicine", "my cousin is an internal medicine resident and she swears by the {brand} Ring", 1),
    ("negative/internal-everyday", "promotion", "internal promotion", "congrats to Nadia on her internal move to the {brand} design team! 🎉", 1),
    ("negative/internal-everyday", "monologue", "internal monologue", "my internal monologue when {brand} says 'delivery in 2-5 business weeks'", 1),
    ("negative/internal-everyday", "combustion", "internal combustion", "e-bikes vs internal combustion for city commutes, {brand} makes a decent case", 1),
    # private
    ("negative/private-everyday", "account", "private account", "why is my {brand} profile set to private by default? had to dig through settings", 1),
    ("negative/private-everyday", "browsing", "private browsing", "{brand} site works in private browsing but not normal mode, cookies?", 1),
    ("negative/private-everyday", "lesson", "private lessons", "offering private lessons on bike maintenance, {brand} frames welcome, DM", 1),
    ("negative/private-everyday", "equity", "private equity", "rumour: private equity firm circling {brand}, shares up {v:n2}%", 1),
    ("negative/private-everyday", "key-concept", "public/private keys explained", "explainer: your private key stays on your device, the public key is what {brand} stores. never paste the private one anywhere", 1),
    # secret / classified / restricted
    ("negative/secret-everyday", "recipe", "secret recipe", "the secret ingredient in my {brand} pipkin stew is smoked paprika, not a secret anymore", 1),
    ("negative/secret-everyday", "santa", "secret santa", "secret santa at work: got a {brand} puzzle set, love it", 1),
    ("negative/secret-everyday", "tip", "secret as a tip", "the secret to a quiet {brand} chain is wax, not oil. you're welcome", 1),
    ("negative/secret-everyday", "game", "secret level", "found the secret level in {brand} Studio's kids game, my daughter screamed", 1),
    ("negative/classified-everyday", "ads", "classified ads", "selling my {brand} Rove on the classifieds, €{v:price} ono", 1),
    ("negative/classified-everyday", "film", "classified film", "watching a film about classified documents while my {brand} ring tracks my stress lol", 1),
    ("negative/restricted-everyday", "parking", "restricted parking", "restricted parking outside the {brand} store again, got a ticket", 1),
    ("negative/restricted-everyday", "diet", "restricted diet", "on a restricted diet and the {brand} app counts my macros wrong", 1),
    ("negative/restricted-everyday", "age", "age-restricted video", "why is the {brand} toy ad age-restricted on youtube 😂", 1),
    ("negative/nda-everyday", "joke", "NDA as a joke", "my cat made me sign an NDA about what happens at 3am. {brand} blocks survived", 1),
    ("negative/nda-everyday", "other-job", "NDA about another employer", "can't talk about my old job (NDA), but {brand} is where I'm happy now", 1),
    ("negative/nda-everyday", "forward", "do not forward", "please do not forward this {brand} discount to your friends, it's for newsletter folks (jk share it)", 1),
    # code-name words in their ordinary sense
    ("negative/code-word-ordinary", "foxglove", "foxglove the plant", "Foxglove is blooming everywhere on my ride to work, {brand} Rove in the ditch for a photo", 1),
    ("negative/code-word-ordinary", "kittiwake", "kittiwake the bird", "counted 40 kittiwakes on the cliffs today, took the {brand} cargo bike up the coast road", 1),
    ("negative/code-word-ordinary", "halyard", "halyard on a sailboat", "snapped a halyard on the dinghy, using a {brand} bungee as a temporary fix", 1),
    ("negative/code-word-ordinary", "marram", "marram grass", "the dunes are held together by marram grass, we learned on the {brand} school trip", 1),
    ("negative/code-word-ordinary", "tern", "tern the bird", "an arctic tern flew past while I was fixing the {brand} puncture, unreal", 1),
    ("negative/code-word-ordinary", "lanternfish", "lanternfish the animal", "kids' documentary about lanternfish and the deep sea, paired it with {brand} ocean blocks", 1),
    ("negative/code-word-ordinary", "pub", "a pub name", "meet at The Foxglove pub at 7? bring the {brand} tandem", 1),
    ("negative/code-word-ordinary", "hashtag", "nature hashtag", "#foxglove #wildflowers #cycling — sunday ride on the {brand}", 1),
    # product codes, orders, tracking
    ("negative/order-number", "order", "order number", "{brand} order #{v:order} still says processing after 9 days", 1),
    ("negative/order-number", "sv-order", "order number in Swedish", "ordernummer {v:digits10} från {brand} har inte kommit", 1),
    ("negative/order-number", "cs-order", "order number in Czech", "číslo objednávky {v:digits8}, {brand} mi neodpovídá", 1),
    ("negative/order-number", "id-order", "order number in Indonesian", "nomor pesanan {v:digits14} dari {brand} belum dikirim", 1),
    ("negative/order-number", "vi-order", "order number in Vietnamese", "mã đơn hàng {v:digits10} của {brand} bị hủy không rõ lý do", 1),
    ("negative/tracking", "ups", "UPS tracking", "tracking {v:ups} has been 'label created' for a week, {brand}", 1),
    ("negative/tracking", "usps", "USPS tracking", "USPS tracking {v:usps} — {brand} says delivered, my porch disagrees", 1),
    ("negative/tracking", "dhl", "DHL tracking in Dutch", "DHL zendingnummer {v:dhl}, {brand} pakket staat al 5 dagen stil", 1),
    ("negative/tracking", "pt-tracking", "tracking in Portuguese", "código de rastreio {v:digits14} da {brand} não atualiza", 1),
    ("negative/sku", "sku", "SKU", "{brand} SKU {v:sku} back in stock? the site says yes, the store says no", 1),
    ("negative/sku", "lot", "lot number of a recall", "check your {brand} Pulse charger: recall covers lot {v:lot} only", 1),
    ("negative/sku", "ean", "barcode", "barcode {v:ean13} on my {brand} box doesn't scan at self checkout", 1),
    ("negative/identifier", "case", "support case number", "{brand} case number {v:digits8}, third agent, same script", 1),
    ("negative/identifier", "pnr", "booking reference", "flight booking ref {v:pnr}, bringing the {brand} bike as sports luggage", 1),
    ("negative/identifier", "invoice", "invoice number in Greek", "αριθμός τιμολογίου {v:digits8} από {brand}, λάθος ποσό", 1),
    ("negative/identifier", "imei", "IMEI for a repair", "{brand} repair form asks for IMEI {v:imei}, that's the ring's companion phone", 1),
    ("negative/identifier", "iccid", "SIM ICCID", "the {brand} tracker's SIM ICCID is {v:iccid}, activation keeps failing", 1),
    ("negative/identifier", "post-id", "a post id", "see https://x.com/{brand}/status/{v:digits19} for the official recall notice", 1),
    ("negative/identifier", "epoch", "timestamp in a log", "ts={v:epoch_ms} level=warn msg=\"{brand} sync slow\" attempt={v:n2}", 1),
    # hashes and ids
    ("negative/hash", "commit", "commit hash", "bisected it to commit {v:sha40} in the {brand} SDK", 1),
    ("negative/hash", "sha256", "checksum in release notes", "{brand} Studio {v:semver} sha256: {v:sha64}", 1),
    ("negative/hash", "md5", "md5 of a firmware", "firmware md5 {v:md5} — {brand} says it matches, my download doesn't", 1),
    ("negative/hash", "short-sha", "short sha in a changelog", "- fix pairing race ({v:sha7})\n- bump deps\n{brand} {v:semver} notes", 1),
    ("negative/uuid", "uuid", "request id", "{brand} support wants the request id: {v:uuid}", 1),
    ("negative/uuid", "device", "device id", "device id {v:uuid} shows twice in my {brand} account", 1),
    # prices, numbers
    ("negative/number-talk", "price-sek", "price in SEK", "{brand} Rove kostar {v:kr} kr nu, var {v:kr} kr förra veckan", 1),
    ("negative/number-talk", "price", "price", "{brand} Card annual fee went from $0 to ${v:price}, hard pass", 1),
    ("negative/number-talk", "stats", "ride stats", "{v:n2} km, {v:n3} m climbing, avg {v:n2} km/h on the {brand} today", 1),
    ("negative/number-talk", "match", "a match report", "{brand}-sponsored FC won {v:n2}-1, hat trick in the 89th minute", 1),
    ("negative/number-talk", "recipe", "a recipe", "{brand} pipkin pot recipe: 250 g lentils, 1.2 l stock, 180°C for 45 min", 1),
    ("negative/version", "version", "four-part version", "{brand} app {v:version4} fixed the crash, finally", 1),
    # business lines, public contacts
    ("negative/public-contact", "hotline", "brand's published hotline", "{brand} customer service is {v:store_line}, open 9-5 weekdays", 1),
    ("negative/public-contact", "store", "a shop's published number", "the {brand} store in Malmö, tel 040-{v:n3} {v:n2} {v:n2} on their website, closes at 6", 1),
    ("negative/public-contact", "support-mail", "role address", "write to support@{brand}.example, they answered me in 2 days", 1),
    ("negative/public-contact", "toll-free", "a toll-free number", "call 1-800-{v:store_line} for {brand} card fraud, that's the number on the back of the card", 1),
    # placeholders, tutorials
    ("negative/placeholder", "env-example", "empty .env.example", "# .env.example for the {brand} SDK\nAPI_KEY=\nAPI_SECRET=\nDATABASE_URL=postgres://user:password@localhost:5432/db", 1),
    ("negative/placeholder", "angle", "angle-bracket placeholder", "curl -H \"Authorization: Bearer <YOUR_TOKEN>\" https://api.{brand}.example/v1/me", 1),
    ("negative/placeholder", "var", "variable reference", "docker login -u {brand}ci -p \"$DOCKER_PAT\" && docker push", 1),
    ("negative/placeholder", "xxxx", "x-ed out key", "set STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx in your {brand} plugin settings", 1),
    ("negative/placeholder", "template", "templated secret", "password: {{ vault_db_password }}  # {brand} ansible role, rendered at deploy", 1),
    ("negative/placeholder", "k8s-ref", "secretKeyRef", "env:\n- name: API_TOKEN\n  valueFrom:\n    secretKeyRef:\n      name: {brand}-api\n      key: token", 1),
    ("negative/placeholder", "masked", "masked token", "GitHub showed ghp_****************************a1b2 in the {brand} audit log, rotated", 1),
    ("negative/placeholder", "changeme", "default password in docs", "the {brand} router manual says default login admin / changeme, change it on first boot", 1),
    ("negative/placeholder", "redacted", "redacted value", "DB_PASSWORD=[REDACTED] in the {brand} incident report, good on them", 1),
    ("negative/placeholder", "tutorial-url", "placeholder URL credentials", "format is postgres://USER:PASSWORD@HOST:5432/DBNAME, see {brand} docs", 1),
    ("negative/broken-checksum", "ghp", "made-up GitHub token", "tutorial screenshot shows {v:broken_ghp} as an example token for {brand} CI", 1),
    ("negative/public-key", "ssh-pub", "SSH public key", "add this to authorized_keys on the {brand} box: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{v:sha40} ingrid@laptop", 1),
    ("negative/public-key", "cert", "a certificate", "-----BEGIN CERTIFICATE-----\n{v:pem_body}\n-----END CERTIFICATE-----\nwhy does {brand} reject this cert?", 1),
    # pii-like negatives
    ("negative/masked-card", "last4", "last four digits", "{brand} charged card ending {v:last4} twice", 1),
    ("negative/non-luhn", "gift", "gift card failing Luhn", "{brand} gift card {v:non_luhn} shows zero balance", 1),
    ("negative/bad-iban", "iban", "IBAN with a typo", "is {v:broken_iban} even valid? {brand} rejects it", 1),
    ("negative/ip-private", "router", "private router address", "{brand} hub setup page is at {v:priv_ip}, default wifi password on the sticker", 1),
    ("negative/ip-private", "mac", "MAC address", "whitelisted the {brand} ring's MAC {v:mac} and it still drops", 1),
    ("negative/ssh-remote", "git", "git remote", "git remote add origin git@github.com:{brand}/sdk-js.git", 1),
    ("negative/email-like", "package", "package at version", "pinned {brand}-sdk@{v:semver} and the build passed", 1),
    ("negative/email-like", "fediverse", "fediverse handle", "follow @news@{brand}.social for outage updates", 1),
    ("negative/ticket-like", "other-prefix", "public issue key", "see JIRA-{v:n3} and RFC-9110 before filing against {brand}", 1),
    ("negative/ticket-like", "hal", "HAL 9000", "my {brand} assistant sounds like HAL-9000 when it says 'I'm afraid I can't do that'", 1),
    ("negative/ticket-like", "one-digit", "product model with one digit", "VEL-2 is the {brand} card's second design, the metal one", 1),
    ("negative/ticket-like", "spaced", "prefix with a space", "ORR {v:n4} is the store code on my {brand} receipt", 1),
    # language and register variety without leaks
    ("negative/everyday", "ko", "Korean review", "{brand} 자전거 정말 좋아요. 배송은 느렸지만 만족합니다 ⭐⭐⭐⭐", 1),
    ("negative/everyday", "hi-latn", "Hindi in Latin script", "{brand} ka naya model mast hai yaar, price thoda zyada hai", 1),
    ("negative/everyday", "ro", "Romanian review", "am cumpărat {brand} Blocks pentru nepot, calitate foarte bună", 1),
    ("negative/everyday", "hn", "Hacker News comment", "Ask HN: anyone using {brand}'s open-source SDK in prod? how's the latency", 1),
    ("negative/everyday", "linkedin", "LinkedIn humblebrag", "Thrilled to announce I've joined {brand} as Senior PM. Grateful for the journey 🙏", 1),
    # more registers, languages and look-alikes of leaks (added to reach the batch's size, same rules)
    ("negative/confidential-everyday", "sv", "confidential in Swedish everyday speech", "{brand} lovar att alla svar i enkäten behandlas konfidentiellt, bra initiativ", 1),
    ("negative/confidential-everyday", "nl", "confidential in Dutch everyday speech", "je gegevens worden vertrouwelijk behandeld, zegt {brand}. we zullen zien", 1),
    ("negative/confidential-everyday", "pt", "sigilo in Portuguese", "o atendimento da {brand} disse que meu caso é sigiloso e não pode me dar o protocolo kkk", 1),
    ("negative/confidential-everyday", "tr", "gizli in Turkish", "{brand} uygulamasında gizli mod var mı? karanlık tema arıyorum", 1),
    ("negative/internal-everyday", "memo-talk", "a news story about a memo", "Reuters says an internal memo at a rival warned about chip shortages; {brand} declined to comment", 1),
    ("negative/internal-everyday", "audit", "internal audit as a department", "{brand}'s annual report thanks the internal audit committee, riveting stuff", 1),
    ("negative/secret-everyday", "garden", "secret garden", "took the {brand} cargo bike to the secret garden café, kids loved it", 1),
    ("negative/secret-everyday", "victoria", "a shop name", "Victoria's Secret and {brand} in the same mall now, parking chaos", 1),
    ("negative/classified-everyday", "level", "classified as a rating", "{brand} Ring classified as a medical device in the EU? didn't know", 1),
    ("negative/restricted-everyday", "region", "region-restricted content", "{brand} Studio tutorials are region-restricted, VPN it is", 1),
    ("negative/code-word-ordinary", "silver", "silver in a product colour", "the {brand} Rove in silver, tern-style handlebars, pure joy", 1),
    ("negative/code-word-ordinary", "project-other", "an unrelated project name", "#ProjectRunway finale tonight, ordering {brand} takeaway", 1),
    ("negative/code-word-ordinary", "halyard-brand", "a clothing brand word", "my halyard jacket from the sailing shop kept me dry on the {brand} commute", 1),
    ("negative/code-word-ordinary", "foxglove-paint", "a paint colour", "painted the hallway in 'Foxglove pink' and matched it with a {brand} lamp", 1),
    ("negative/hash", "etag", "ETag header", "ETag: \"{v:md5}\" keeps changing on the {brand} CDN, cache misses everywhere", 1),
    ("negative/hash", "docker-digest", "image digest", "pinned {brand}/api@sha256:{v:sha64} and the rollout went fine", 1),
    ("negative/uuid", "trace", "trace id in Czech", "ID požadavku {v:uuid}, {brand} podpora to prý řeší", 1),
    ("negative/order-number", "ro-order", "order number in Romanian", "comanda nr. {v:digits10} de la {brand} nu a sosit", 1),
    ("negative/order-number", "ko-order", "order number in Korean", "{brand} 주문번호 {v:digits14} 아직 배송 안 됐어요", 1),
    ("negative/order-number", "el-order", "order number in Greek", "αριθμός παραγγελίας {v:digits10}, {brand} δεν απαντά", 1),
    ("negative/tracking", "tr-tracking", "tracking in Turkish", "kargo takip no {v:digits14}, {brand} paketi nerede?", 1),
    ("negative/public-contact", "sv-switchboard", "company switchboard in Swedish", "{brand} kundtjänst nås på 08-{v:n3} {v:n3} 00 enligt hemsidan", 1),
    ("negative/public-contact", "id-callcenter", "call centre in Indonesian", "call center {brand} di 1500-{v:n3}, buka 24 jam", 1),
    ("negative/number-talk", "coords", "coordinates of a shop", "{brand} pop-up at 59.3293, 18.0686 this weekend, come say hi", 1),
    ("negative/number-talk", "date", "dates and times", "{brand} sale from 2026-11-27 09:00 to 2026-11-30 23:59 CET", 1),
    ("negative/number-talk", "dimensions", "product dimensions", "{brand} Cargo: 2650 x 640 x 1100 mm, 38 kg, 200 kg payload", 1),
    ("negative/placeholder", "python-getenv", "secret read from the environment", "client = Client(api_key=os.environ[\"{brand}_API_KEY\"])  # never hardcode", 1),
    ("negative/placeholder", "doc-aws", "documentation AWS key", "the {brand} docs use AKIAIOSFODNN7EXAMPLE like everyone else", 1),
    ("negative/placeholder", "your-key", "your-key placeholder", "TOKEN=your-api-key-here and then run make deploy, says the {brand} README", 1),
    ("negative/placeholder", "stars", "starred password", "password: ******** in the {brand} screenshot, relax", 1),
    ("negative/password-lore", "hunter2", "famous joke password", "my {brand} password is hunter2, see it's all stars for you", 1),
    ("negative/person-name", "names", "person names", "shoutout to Ingrid Halvorsen and Tomasz Wójcik from the {brand} store in Gdańsk 🙌", 1),
    ("negative/ssn-like", "part", "SSN-shaped part number", "replacement part 536-22-{v:n4} for the {brand} Cargo rear hub", 1),
    ("negative/phone-like", "isbn", "ISBN", "{brand} Studio coding book, ISBN 978-91-{v:n4}-{v:n3}-2, great for kids", 1),
    ("negative/phone-like", "bank-code", "bank sort code", "{brand} sort code 20-{v:n2}-{v:n2} is on their public payments page", 1),
    ("negative/everyday", "discord", "Discord chat without leaks", "[20:14] pia: anyone tried the {brand} firmware?\n[20:15] bo: yeah, bricked nothing so far", 1),
    ("negative/everyday", "el", "Greek review", "πολύ καλό το {brand}, η μπαταρία κρατάει τρεις μέρες", 1),
    ("negative/everyday", "vi", "Vietnamese review", "{brand} giao hàng nhanh, đóng gói cẩn thận, 5 sao", 1),
    ("negative/everyday", "haiku", "a haiku", "chain slips on the hill / {brand} bell rings in the cold / secret path through fog", 1),
]

TEMPLATE_GROUPS = [SECRETS, PII, CONF, NEG]
NEGATIVE_ROUNDS = 3  # every negative template is rendered this many times over (other brands and values)


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
    return g.leak_row(rng, f"fr5-{number:04d}", PLATFORMS, AUTHORS, text, leaks, reason)


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
                    filled, leaks = fill(rng, text, rng.choice(BRANDS))
                    add(filled, leaks, f"{group_name} | {context} | {why}")
    for i, (region, form) in enumerate(PHONE_PLAN):
        text = PHONE_TEXTS[i % len(PHONE_TEXTS)]
        value = g.phone(rng, region, form)
        if i % 8 == 7:
            value += rng.choice([" ext. ", " x", " Durchwahl "]) + str(rng.randint(10, 999))
        add(text.replace("{brand}", rng.choice(BRANDS)).replace("{phone}", value),
            [{"kind": "pii", "value": value}], f"pii/phone | phone-{form}-{region} | private number shared")
    return rows


def main(argv: list[str]) -> int:
    return g.write_batch(OUT, render(), argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
