"""Fresh leak batch, round 3 (issue 16): renders tests/data/leaks/fresh3.jsonl.

Written by helper h16 on 2026-12-03 from the labelling guideline (tests/data/README.md), the leak
set's decisions (tests/data/leaks/README.md) and issue 16 alone, before reading any rule or detector
code for this round. Self-contained on purpose: its value generator is its own (not fakes.py), so
the batch shares neither templates nor generator with the earlier sets.

A template is one string. A slot `{kind:name}` is filled by GEN[name](rng); when kind is `secret`,
`pii` or `confidential` the filled value becomes a label, so a label is always an exact substring of
the text. `{v:name}` fills an unlabelled value. Any other brace (JSON, `${VAR}`) is left alone.

    /work/main/.venv/bin/python tests/data/leaks/authoring/fresh_round3.py [--check]
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import sys
import zlib
from pathlib import Path
from urllib.parse import quote

import phonenumbers

OUT = Path(__file__).resolve().parents[1] / "fresh3.jsonl"
SEED = 20261203
SLOT = re.compile(r"\{(secret|pii|confidential|v):(\w+)\}")

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"

BRANDS = ["Lumora", "Quillpay", "Brightfern", "Tavolo"]
HANDLES = {"Lumora": "lumorahelp", "Quillpay": "quillpaysupport", "Brightfern": "brightfernhelp",
           "Tavolo": "tavolosupport"}
BRAND_DOMAIN = {"Lumora": "lumora.example", "Quillpay": "quillpay.example", "Brightfern": "brightfern.example",
                "Tavolo": "tavolo.example"}
INTERNAL_DOMAINS = ["corp.lumora.example", "lumora.internal", "quillpay.corp", "brightfern.lan", "tavolo-int.example"]
TICKET_PREFIXES = ["LUM", "QPX", "FERN", "TAV"]
FAMOUS_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005",
                     "6011111111111117", "4000056655665556", "5105105105105100", "371449635398431"}
AUTHORS = ["marisol_k", "t0bias.w", "jun_okafor", "pelletier_ana", "dev_ravi88", "quietfjord", "helix_tom",
           "brennan.codes", "ayo_builds", "linnea_h", "kofi.m", "sasha_on_call", "wrenfield", "octavia_r",
           "mkdir_matt", "noor.dev", "grumpy_sre", "fern_and_foxes", "lukas_bauer_", "aiko_t", "rtfm_raf",
           "zeynep.k", "paddy_oc", "yusuf_ships", "dimi_t", "cass_codes", "inesmartins", "hal9001_", "jbk_ops"]


# --- value generator -----------------------------------------------------------------------------

def rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62(number: int, width: int) -> str:
    out = ""
    while number:
        number, digit = divmod(number, 62)
        out = B62[digit] + out
    return out.rjust(width, "0")


def checksum_token(rng: random.Random, prefix: str) -> str:
    """GitHub/npm style: 30 random base62 characters, then their CRC32 in six base62 digits."""
    body = rand(rng, ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def checksum_token_valid(token: str) -> bool:
    body, check = token.split("_", 1)[1][:30], token.split("_", 1)[1][30:]
    return b62(zlib.crc32(body.encode()), 6) == check


def broken_checksum_token(rng: random.Random, prefix: str) -> str:
    token = checksum_token(rng, prefix)
    last = token[-1]
    return token[:-1] + ("A" if last != "A" else "B")


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    while True:
        partial = prefix + rand(rng, string.digits, length - len(prefix) - 1)
        for last in string.digits:
            if luhn_valid(partial + last):
                candidate = partial + last
                break
        if candidate not in FAMOUS_TEST_CARDS:
            return candidate


def non_luhn(rng: random.Random, prefix: str, length: int) -> str:
    while True:
        candidate = prefix + rand(rng, string.digits, length - len(prefix))
        if not luhn_valid(candidate):
            return candidate


def group(digits: str, sizes: list[int], sep: str) -> str:
    parts, i = [], 0
    for size in sizes:
        parts.append(digits[i:i + size])
        i += size
    if i < len(digits):
        parts.append(digits[i:])
    return sep.join(parts)


CARD_KINDS = [  # (issuer prefix choices, length, grouping)
    (["4"], 16, [4, 4, 4, 4]),
    (["51", "52", "53", "54", "55", "2221", "2500", "2720"], 16, [4, 4, 4, 4]),
    (["34", "37"], 15, [4, 6, 5]),
    (["6011", "65"], 16, [4, 4, 4, 4]),
    (["36", "38"], 14, [4, 6, 4]),
    (["3528", "3589"], 16, [4, 4, 4, 4]),
    (["62"], 19, [4, 4, 4, 4, 3]),
    (["6759", "5018"], 12, [4, 4, 4]),
    (["4"], 13, [4, 4, 5]),
]


def card(rng: random.Random, sep: str | None = None) -> str:
    prefixes, length, sizes = rng.choice(CARD_KINDS)
    digits = luhn_complete(rng, rng.choice(prefixes), length)
    sep = rng.choice([" ", "-", ""]) if sep is None else sep
    return group(digits, sizes, sep) if sep else digits


IBAN_BBAN = {"DE": "n18", "FR": "n23", "GB": "a4n14", "NL": "a4n10", "ES": "n20", "IT": "a1n22", "BE": "n12",
             "AT": "n16", "CH": "n17", "PL": "n24", "IE": "a4n14", "PT": "n21", "FI": "n14", "DK": "n14"}


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_valid(value: str) -> bool:
    compact = re.sub(r"\s", "", value).upper()
    numeric = "".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])
    return int(numeric) % 97 == 1


def iban(rng: random.Random, style: str | None = None) -> str:
    country = rng.choice(sorted(IBAN_BBAN))
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", IBAN_BBAN[country]):
        bban += rand(rng, string.ascii_uppercase if kind == "a" else string.digits, int(n))
    compact = country + _iban_check(country, bban) + bban
    style = style or rng.choice(["grouped", "compact", "lower-grouped", "grouped"])
    value = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if "grouped" in style else compact
    return value.lower() if "lower" in style else value


def broken_iban(rng: random.Random) -> str:
    good = iban(rng, "grouped")
    digits = [i for i, ch in enumerate(good) if ch.isdigit() and i > 4]
    i = rng.choice(digits)
    return good[:i] + str((int(good[i]) + 1) % 10) + good[i + 1:]


PHONE_REGIONS = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "BE", "PL", "SE", "DK", "FI", "NO", "IE", "PT",
                 "AU", "NZ", "IN", "JP", "KR", "BR", "MX", "AR", "CO", "ZA", "NG", "KE", "SG", "PH", "CA",
                 "CH", "AT", "CZ", "TR", "GR", "IL", "AE", "CL", "MY", "TH"]


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    keep = 3 if len(national) > 8 else 2
    while True:
        candidate = national[:keep] + rand(rng, string.digits, len(national) - keep)
        number = phonenumbers.parse("+" + str(example.country_code) + candidate, None)
        if region == "AR":
            number = phonenumbers.parse("+549" + candidate, None)
        if (phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
                and "55501" not in candidate and candidate != national):
            return number


def phone(rng: random.Random, region: str, form: str) -> str:
    number = phone_number(rng, region)
    fmt = phonenumbers.PhoneNumberFormat
    if form == "national":
        return phonenumbers.format_number(number, fmt.NATIONAL)
    if form == "international":
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if form == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    if form == "dotted":
        return re.sub(r"[\s\-()]+", ".", phonenumbers.format_number(number, fmt.NATIONAL)).strip(".")
    if form == "00":
        return "00" + phonenumbers.format_number(number, fmt.INTERNATIONAL)[1:]
    if form == "compact":
        return re.sub(r"\D", "", phonenumbers.format_number(number, fmt.NATIONAL))
    raise ValueError(form)


def public_ipv4(rng: random.Random) -> str:
    while True:
        a = rng.randint(11, 223)
        if a in (100, 127, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def public_ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02", "2600", "2a01", "2804", "2409", "2001:4860"])
    groups = [f"{rng.randint(1, 0xffff):x}" for _ in range(7 - head.count(":"))]
    return head + ":" + ":".join(groups)


FIRST = ["ines", "bartek", "mirela", "oskar", "temi", "haruka", "dario", "saoirse", "viktor", "amara", "jonas",
         "priya", "lucian", "fenna", "rafa", "kwame", "elif", "magnus", "noa", "ottilie"]
LAST = ["varga", "quinlan", "osei", "lindqvist", "moreau", "tanabe", "ferreira", "kowalczyk", "achterberg",
        "delacroix", "nwosu", "brandt", "salazar", "holm", "petrakis"]
MAIL_HOSTS = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "gmx.de", "icloud.com", "hotmail.fr",
              "fastmail.com", "web.de", "libero.it"]


def email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{first}.{last}", f"{first}{last[0]}{rng.randint(1, 99)}", f"{last}.{first}",
                        f"{first}_{last}{rng.randint(70, 99)}"])
    value = f"{local}@{rng.choice(MAIL_HOSTS)}"
    return value if rng.random() < 0.7 else value.capitalize()


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def pem_body(rng: random.Random, lines: int = 4) -> list[str]:
    return [rand(rng, B64, 64) for _ in range(lines)] + [rand(rng, B64, 40) + "=="]


def jwt(rng: random.Random) -> str:
    def seg(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    header = seg({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
    payload = seg({"sub": f"usr_{rand(rng, string.digits, 7)}", "scope": "orders:write",
                   "exp": 1790000000 + rng.randint(0, 9_000_000)})
    return f"{header}.{payload}.{rand(rng, URLSAFE, 43)}"


def aws_pair(rng: random.Random) -> tuple[str, str]:
    return "AKIA" + rand(rng, UPPER_ALNUM, 16), rand(rng, B64, 40)


# Corrections made after the first scoring (format facts the first render got wrong). Each is a
# deterministic transform of the value already drawn, so no other value of the batch changes.
def aws_key_id(rng: random.Random) -> str:
    """AWS access key ids are base32 after the prefix: no 0, 1, 8 or 9 (first render had them)."""
    return ("AKIA" + rand(rng, UPPER_ALNUM, 16)).translate(str.maketrans("0189", "QRST"))


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    generator = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            check ^= generator[i] if (top >> i) & 1 else 0
    return check


def age_secret_key(rng: random.Random) -> str:
    """age identities are bech32 (BIP 173) with HRP age-secret-key-: 52 data characters and a
    6-character checksum (the first render left the checksum random)."""
    drawn = rand(rng, _BECH32.upper(), 58)
    hrp = "age-secret-key-"
    data = [_BECH32.index(ch) for ch in drawn[:52].lower()]
    expanded = [ord(ch) >> 5 for ch in hrp] + [0] + [ord(ch) & 31 for ch in hrp]
    polymod = _bech32_polymod(expanded + data + [0] * 6) ^ 1
    checksum = "".join(_BECH32[(polymod >> 5 * (5 - i)) & 31] for i in range(6))
    return ("AGE-SECRET-KEY-1" + drawn[:52] + checksum.upper())


def alibaba_secret(rng: random.Random) -> str:
    """Alibaba Cloud AccessKey secrets are 30 letters and digits (first render: 40 base64)."""
    return re.sub(r"[+/]", "", rand(rng, B64, 40))[:30]


def url_password(rng: random.Random) -> str:
    """A password inside a URL's user:password@ part, percent-encoded as RFC 3986 requires
    (first render left '?' and '#' raw, which end the authority)."""
    return quote(password(rng), safe="!$&'()*+,;=")


def password(rng: random.Random) -> str:
    words = ["Otter", "granite", "Mango", "velvet", "Harbor", "cobalt", "Pine", "rusty", "Lantern", "Tundra"]
    return rng.choice(words) + rng.choice(["!", "#", "_", "%", "."]) + str(rng.randint(10, 9999)) + rng.choice(
        words).lower() + rng.choice(["", "?", "*", "$"])


def codename(rng: random.Random, style: str) -> str:
    name = rng.choice(["Saltmarsh", "Project Ocelot", "Glasswing", "Tidewater", "Juniper Nine", "Paperkite"])
    if style == "plain":
        return name
    if style == "upper":
        return name.upper()
    if style == "lower":
        return name.lower()
    if style == "hashtag":
        return "#" + name.replace(" ", "")
    if style == "hashtag-lower":
        return "#" + name.replace(" ", "").lower()
    if style == "lookalike":
        swaps = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "i": "\u0456"}
        positions = [i for i, ch in enumerate(name) if ch in swaps]
        i = rng.choice(positions)
        return name[:i] + swaps[name[i]] + name[i + 1:]
    if style == "zero-width":
        i = rng.randint(2, len(name) - 2)
        if name[i] == " " or name[i - 1] == " ":
            i = 2
        return name[:i] + rng.choice(["\u200b", "\u200d", "\u2060"]) + name[i:]
    if style == "fullwidth":
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in name)
    raise ValueError(style)


def marker(rng: random.Random) -> str:
    value = rng.choice(["INTERNAL USE ONLY", "STRICTLY CONFIDENTIAL", "CONFIDENTIAL - DO NOT DISTRIBUTE",
                        "NUR FÜR DEN INTERNEN GEBRAUCH", "STRENG VERTRAULICH", "CONFIDENCIAL",
                        "USO INTERNO EXCLUSIVO", "DIFFUSION RESTREINTE", "CONFIDENTIEL",
                        "Company Confidential", "INTERNAL - NOT FOR DISTRIBUTION", "RISERVATO"])
    roll = rng.random()
    if roll < 0.2:
        value = value.replace("I", "\u0406", 1)
    elif roll < 0.35:
        value = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in value)
    return value


def internal_host(rng: random.Random) -> str:
    return rng.choice(["vault", "grafana", "jenkins-02", "billing-db", "wiki", "k8s-api", "pay-gw", "ldap",
                       "build7", "hr-portal"]) + "." + rng.choice(INTERNAL_DOMAINS)


def ticket(rng: random.Random) -> str:
    return f"{rng.choice(TICKET_PREFIXES)}-{rng.randint(12, 9999)}"


def hexs(rng: random.Random, n: int) -> str:
    return rand(rng, HEX, n)


def uuid4(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def imei(rng: random.Random) -> str:
    return luhn_complete(rng, rng.choice(["35", "86", "01"]), 15)


def order_no(rng: random.Random) -> str:
    return rand(rng, string.digits, rng.choice([9, 10, 11, 12]))


GEN = {
    # secrets: provider formats (prefixes, lengths and alphabets from providers' public descriptions)
    "ghp": lambda r: checksum_token(r, "ghp_"),
    "gho": lambda r: checksum_token(r, "gho_"),
    "ghs": lambda r: checksum_token(r, "ghs_"),
    "npm": lambda r: checksum_token(r, "npm_"),
    "gh_fine": lambda r: "github_pat_11" + rand(r, UPPER_ALNUM, 20) + "_" + rand(r, ALNUM, 59),
    "glpat": lambda r: "glpat-" + rand(r, URLSAFE, 20),
    "gldt": lambda r: "gldt-" + rand(r, URLSAFE, 20),
    "glrt": lambda r: "glrt-" + rand(r, URLSAFE, 20),
    "slack_bot": lambda r: f"xoxb-{rand(r, string.digits, 12)}-{rand(r, string.digits, 13)}-{rand(r, ALNUM, 24)}",
    "slack_user": lambda r: f"xoxp-{rand(r, string.digits, 12)}-{rand(r, string.digits, 12)}-{rand(r, string.digits, 13)}-{hexs(r, 32)}",
    "slack_app": lambda r: f"xapp-1-A{rand(r, UPPER_ALNUM, 10)}-{rand(r, string.digits, 13)}-{hexs(r, 64)}",
    "slack_hook": lambda r: f"https://hooks.slack.com/services/T{rand(r, UPPER_ALNUM, 10)}/B{rand(r, UPPER_ALNUM, 10)}/{rand(r, ALNUM, 24)}",
    "stripe_sk": lambda r: "sk_live_" + rand(r, ALNUM, 99),
    "stripe_rk": lambda r: "rk_live_" + rand(r, ALNUM, 99),
    "stripe_whsec": lambda r: "whsec_" + rand(r, ALNUM, 32),
    "aws_id": aws_key_id,
    "aws_secret": lambda r: rand(r, B64, 40),
    "openai": lambda r: "sk-proj-" + rand(r, URLSAFE, 74) + "T3BlbkFJ" + rand(r, URLSAFE, 74),
    "anthropic": lambda r: "sk-ant-api03-" + rand(r, URLSAFE, 93) + "AA",
    "groq": lambda r: "gsk_" + rand(r, ALNUM, 52),
    "replicate": lambda r: "r8_" + rand(r, ALNUM, 37),
    "hf": lambda r: "hf_" + rand(r, string.ascii_letters, 34),
    "perplexity": lambda r: "pplx-" + rand(r, ALNUM, 48),
    "google_api": lambda r: "AIza" + rand(r, URLSAFE, 35),
    "sendgrid": lambda r: "SG." + rand(r, URLSAFE, 22) + "." + rand(r, URLSAFE, 43),
    "twilio_sk": lambda r: "SK" + hexs(r, 32),
    "twilio_auth": lambda r: hexs(r, 32),
    "mailgun": lambda r: "key-" + hexs(r, 32),
    "do_pat": lambda r: "dop_v1_" + hexs(r, 64),
    "docker_pat": lambda r: "dckr_pat_" + rand(r, URLSAFE, 27),
    "shopify": lambda r: "shpat_" + hexs(r, 32),
    "shopify_ss": lambda r: "shpss_" + hexs(r, 32),
    "heroku": lambda r: "HRKU-AA" + rand(r, URLSAFE, 58),
    "linear": lambda r: "lin_api_" + rand(r, ALNUM, 40),
    "notion": lambda r: "ntn_" + rand(r, string.digits, 11) + rand(r, ALNUM, 35),
    "postman": lambda r: f"PMAK-{hexs(r, 24)}-{hexs(r, 34)}",
    "newrelic": lambda r: "NRAK-" + rand(r, UPPER_ALNUM, 27),
    "datadog": lambda r: hexs(r, 32),
    "pulumi": lambda r: "pul-" + hexs(r, 40),
    "tfc": lambda r: rand(r, ALNUM, 14) + ".atlasv1." + rand(r, ALNUM, 67),
    "rubygems": lambda r: "rubygems_" + hexs(r, 48),
    "mapbox_sk": lambda r: "sk.eyJ1Ijoi" + rand(r, ALNUM, 50) + "." + rand(r, URLSAFE, 22),
    "discord_hook": lambda r: f"https://discord.com/api/webhooks/{rand(r, string.digits, 19)}/{rand(r, URLSAFE, 68)}",
    "telegram": lambda r: f"{r.randint(1000000000, 7999999999)}:AA{rand(r, URLSAFE, 33)}",
    "vault": lambda r: "hvs." + rand(r, URLSAFE, 24),
    "grafana_sa": lambda r: "glsa_" + rand(r, ALNUM, 32) + "_" + hexs(r, 8),
    "supabase": lambda r: "sbp_" + hexs(r, 40),
    "databricks": lambda r: "dapi" + hexs(r, 32),
    "age": age_secret_key,
    "alibaba_secret": alibaba_secret,
    "alibaba": lambda r: "LTAI" + rand(r, ALNUM, 20),
    "doppler": lambda r: "dp.pt." + rand(r, ALNUM, 43),
    "planetscale": lambda r: "pscale_pw_" + rand(r, URLSAFE, 43),
    "fly": lambda r: "fo1_" + rand(r, URLSAFE, 43),
    "jwt": jwt,
    "azure_key": lambda r: rand(r, B64, 86) + "==",
    "password": password,
    "pem_rsa": lambda r: "-----BEGIN RSA PRIVATE KEY-----",
    "pem_ec": lambda r: "-----BEGIN EC PRIVATE KEY-----",
    "pem_openssh": lambda r: "-----BEGIN OPENSSH PRIVATE KEY-----",
    "pem_pkcs8": lambda r: "-----BEGIN PRIVATE KEY-----",
    "pem_body": lambda r: "\n".join(pem_body(r)),
    "pem_body_escaped": lambda r: "\\n".join(pem_body(r)),
    "b64_pem": lambda r: base64.b64encode(("-----BEGIN PRIVATE KEY-----\n" + "\n".join(pem_body(r))
                                           + "\n-----END PRIVATE KEY-----\n").encode()).decode(),
    "basic_b64": lambda r: base64.b64encode(f"{r.choice(FIRST)}:{password(r)}".encode()).decode(),
    "bearer_opaque": lambda r: rand(r, URLSAFE, 40),
    "user_pass": lambda r: f"{r.choice(['deploy', 'svc_etl', 'admin', 'ci-bot', r.choice(FIRST)])}:{password(r)}",
    "pg_url": lambda r: f"postgresql://app_rw:{url_password(r)}@{r.choice(['10.4.2.17', 'db-prod-1', 'pg.internal.example.net'])}:5432/orders",
    "mongo_url": lambda r: f"mongodb+srv://reporting:{rand(r, ALNUM, 16)}@cluster0.{rand(r, string.ascii_lowercase, 5)}.mongodb.net/analytics",
    "redis_url": lambda r: f"rediss://default:{rand(r, ALNUM, 28)}@cache-{r.randint(10, 99)}.upstash.io:6379",
    "amqp_url": lambda r: f"amqp://worker:{url_password(r)}@mq.{r.choice(['eu', 'us'])}-east.example.net:5672/%2f",
    "ftp_url": lambda r: f"ftp://uploads:{url_password(r)}@ftp.{r.choice(['printshop', 'media'])}-files.net/incoming",
    "smtp_url": lambda r: f"smtp://mailer%40{r.choice(['shopfront', 'bakehouse'])}.com:{rand(r, ALNUM, 16)}@smtp.mailprovider.net:587",
    # pii
    "card": card,
    "card_spaced": lambda r: card(r, " "),
    "card_dashed": lambda r: card(r, "-"),
    "card_plain": lambda r: card(r, ""),
    "iban": iban,
    "email": email,
    "ssn": ssn,
    "ipv4": public_ipv4,
    "ipv6": public_ipv6,
    # confidential
    "cn_plain": lambda r: codename(r, "plain"),
    "cn_upper": lambda r: codename(r, "upper"),
    "cn_lower": lambda r: codename(r, "lower"),
    "cn_hashtag": lambda r: codename(r, "hashtag"),
    "cn_hashtag_lower": lambda r: codename(r, "hashtag-lower"),
    "cn_lookalike": lambda r: codename(r, "lookalike"),
    "cn_zero_width": lambda r: codename(r, "zero-width"),
    "cn_fullwidth": lambda r: codename(r, "fullwidth"),
    "marker": marker,
    "nda": lambda r: r.choice(["under NDA", "under an NDA"]),
    "host": internal_host,
    "ticket": ticket,
    # unlabelled fill
    "brand": lambda r: r.choice(BRANDS),
    "n2": lambda r: str(r.randint(2, 40)),
    "n3": lambda r: str(r.randint(100, 999)),
    "order": order_no,
    "sha40": lambda r: hexs(r, 40),
    "sha7": lambda r: hexs(r, 7),
    "sha64": lambda r: hexs(r, 64),
    "md5": lambda r: hexs(r, 32),
    "uuid": uuid4,
    "imei": imei,
    "iccid": lambda r: luhn_complete(r, "8944", 19),
    "ups": lambda r: "1Z" + rand(r, UPPER_ALNUM, 6) + rand(r, string.digits, 10),
    "usps": lambda r: "9400" + rand(r, string.digits, 18),
    "dhl": lambda r: rand(r, string.digits, 10),
    "broken_ghp": lambda r: broken_checksum_token(r, "ghp_"),
    "broken_npm": lambda r: broken_checksum_token(r, "npm_"),
    "broken_iban": broken_iban,
    "non_luhn": lambda r: group(non_luhn(r, r.choice(["4", "5", "6"]), 16), [4, 4, 4, 4], " "),
    "last4": lambda r: rand(r, string.digits, 4),
    "hexcolor": lambda r: "#" + rand(r, "0123456789ABCDEF", 6),
    "priv_ip": lambda r: r.choice([f"192.168.{r.randint(0, 5)}.{r.randint(2, 254)}",
                                   f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                                   f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"]),
    "resolver": lambda r: r.choice(["8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "208.67.222.222",
                                    "2606:4700:4700::1111", "2001:4860:4860::8888"]),
    "version4": lambda r: f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(100, 9999)}",
    "store_line": lambda r: f"555-01{r.randint(0, 99):02d}",
    "mac": lambda r: ":".join(rand(r, "0123456789ABCDEF", 2) for _ in range(6)),
    "part_ssn": lambda r: f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
    "bad_ssn": lambda r: f"{r.choice(['000', '666', str(r.randint(900, 999))])}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
    "ssh_pub": lambda r: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rand(r, B64, 43),
    "pk_live": lambda r: "pk_live_" + rand(r, ALNUM, 99),
    "price": lambda r: r.choice([f"${r.randint(9, 2999)}.{r.randint(0, 99):02d}", f"€{r.randint(5, 900)},{r.randint(0, 99):02d}",
                                 f"£{r.randint(3, 400)}.{r.randint(0, 99):02d}"]),
    "date": lambda r: f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "author_first": lambda r: r.choice(FIRST).capitalize(),
    "chrome": lambda r: f"{r.randint(120, 133)}.0.{r.randint(6000, 6999)}.{r.randint(10, 199)}",
    "btc": lambda r: "bc1q" + rand(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38),
    "digits8": lambda r: rand(r, string.digits, 8),
}


# --- templates -----------------------------------------------------------------------------------
# (group, context, why, text, renders)

T = list[tuple[str, str, str, str, int]]

SECRET_TEMPLATES: T = [
    ("secret/provider", "prose:GitHub", "classic PAT pasted in a complaint",
     "{brand}'s sync action keeps failing auth even though I literally gave it {secret:ghp} — is the token scope wrong?", 2),
    ("secret/provider", "reply:GitHub", "OAuth token in a reply to support",
     "@{v:brand} support asked me to 'share the token the CLI printed' so here: {secret:gho}. still 401.", 1),
    ("secret/provider", "log:GitHub", "app installation token inside a CI log line",
     "the runner log for the {brand} deploy shows\n[debug] using installation token {secret:ghs} (expires in 60m)\nwhy is it printing that", 1),
    ("secret/provider", "npmrc:npm", "npm token in a pasted .npmrc",
     "can someone tell me why publish 403s? my .npmrc:\n//registry.npmjs.org/:_authToken={secret:npm}\nalways-auth=true", 2),
    ("secret/provider", "prose:GitHub-fine", "fine-grained PAT in chat",
     "ok trying the fine-grained one instead {secret:gh_fine} — {v:brand} docs say it needs contents:read", 1),
    ("secret/provider", "gitlab-ci:GitLab", "GitLab PAT in a pipeline variable block",
     "variables:\n  GITLAB_TOKEN: \"{secret:glpat}\"\n  DOCKER_DRIVER: overlay2\n^ is this why my {v:brand} mirror job got flagged", 2),
    ("secret/provider", "helm:GitLab", "GitLab deploy token in a helm values file",
     "imagePullSecret creds for the chart:\nregistry:\n  username: gitlab+deploy-token-{v:n3}\n  password: {secret:gldt}", 1),
    ("secret/provider", "shell:GitLab", "runner token on a register command",
     "sudo gitlab-runner register --url https://gitlab.com --token {secret:glrt} --executor docker   <- {v:brand} build box setup, is this right?", 1),
    ("secret/provider", "python:Slack", "Slack bot token in Python",
     "```\nfrom slack_sdk import WebClient\nclient = WebClient(token=\"{secret:slack_bot}\")\n```\n{v:brand} alerts bot only posts to #general, why", 2),
    ("secret/provider", "prose:Slack-user", "Slack user token in prose",
     "the zap broke again. using my user token {secret:slack_user} in the {brand} integration, is that wrong?", 1),
    ("secret/provider", "env:Slack-app", "Slack app-level token in env",
     "SLACK_APP_TOKEN={secret:slack_app}\nSOCKET_MODE=1\n# {v:brand} helpdesk bot", 1),
    ("secret/provider", "prose:Slack-webhook", "incoming webhook URL",
     "our {brand} order alerts go through {secret:slack_hook} and today they stopped arriving", 2),
    ("secret/provider", "prose:Stripe", "live secret key in a help request",
     "{brand} checkout plugin says 'invalid API key' but I pasted {secret:stripe_sk} exactly", 1),
    ("secret/provider", "php:Stripe", "restricted key in PHP",
     "<?php\n\\Stripe\\Stripe::setApiKey('{secret:stripe_rk}');\n// {v:brand} woo store, refunds fail", 1),
    ("secret/provider", "env:Stripe-webhook", "webhook signing secret in .env",
     "STRIPE_WEBHOOK_SECRET={secret:stripe_whsec}\nNODE_ENV=production\nanyone know why the {v:brand} signature check fails", 1),
    ("secret/provider", "credentials-file:AWS", "AWS pair in ~/.aws/credentials",
     "[default]\naws_access_key_id = {secret:aws_id}\naws_secret_access_key = {secret:aws_secret}\nregion = eu-west-1\n\nthat's my whole file, {v:brand} uploader still says AccessDenied", 2),
    ("secret/provider", "terraform:AWS", "AWS keys in a Terraform provider block",
     "provider \"aws\" {\n  region     = \"us-east-2\"\n  access_key = \"{secret:aws_id}\"\n  secret_key = \"{secret:aws_secret}\"\n}", 1),
    ("secret/provider", "prose:OpenAI", "project key in a tweet",
     "my {brand} assistant plugin just stopped. key is {secret:openai} if someone from the team wants to look", 1),
    ("secret/provider", "python:Anthropic", "Anthropic key in a notebook cell",
     "In [3]: client = anthropic.Anthropic(api_key=\"{secret:anthropic}\")\n{v:brand} summariser works in the notebook but not in prod", 1),
    ("secret/provider", "env:Groq", "Groq key in a docker run",
     "docker run -e GROQ_API_KEY={secret:groq} -p 8080:8080 {v:brand}/chat-demo  (why does it exit 137)", 1),
    ("secret/provider", "prose:Replicate", "Replicate token in prose",
     "tried the {brand} image thing with my replicate token {secret:replicate} and it says quota exceeded after 2 calls??", 1),
    ("secret/provider", "yaml:HuggingFace", "Hugging Face token in a Space config",
     "space secrets didn't load so I put it in config.yaml:\nhf_token: {secret:hf}\nmodel: {v:brand}/small-ranker", 1),
    ("secret/provider", "js:Perplexity", "Perplexity key in JS",
     "const client = new Perplexity({ apiKey: '{secret:perplexity}' }); // {v:brand} search widget", 1),
    ("secret/provider", "html:Google", "Maps key in page source",
     "view-source on the {brand} store locator: <script src=\"https://maps.googleapis.com/maps/api/js?key={secret:google_api}&callback=init\">", 1),
    ("secret/provider", "prose:SendGrid", "SendGrid key",
     "{brand} receipts stopped sending, our sendgrid key {secret:sendgrid} shows as active in the dashboard though", 1),
    ("secret/provider", "env:Twilio", "Twilio API key SID and auth token",
     "TWILIO_ACCOUNT_SID=AC{v:md5}\nTWILIO_AUTH_TOKEN={secret:twilio_auth}\nTWILIO_API_KEY={secret:twilio_sk}\n(from the {v:brand} sms relay)", 1),
    ("secret/provider", "prose:Mailgun", "Mailgun key",
     "api key {secret:mailgun} for the {brand} newsletter domain, mailgun returns 401 forbidden", 1),
    ("secret/provider", "shell:DigitalOcean", "doctl auth on a command line",
     "$ doctl auth init -t {secret:do_pat}\nError: unable to initialize context\n{v:brand} droplet scripts are dead", 1),
    ("secret/provider", "shell:Docker", "docker login with a PAT",
     "echo {secret:docker_pat} | docker login -u brennan --password-stdin   # {v:brand} image push, still denied", 1),
    ("secret/provider", "prose:Shopify", "Shopify admin token",
     "migrating the {brand} shop app, admin api token {secret:shopify} works in curl but not in the app", 1),
    ("secret/provider", "toml:Shopify", "Shopify shared secret in TOML",
     "[auth]\napi_secret = \"{secret:shopify_ss}\"\nscopes = \"read_orders\"\n# {v:brand} partner app", 1),
    ("secret/provider", "prose:Heroku", "Heroku API key",
     "heroku auth:token printed {secret:heroku} and the {brand} buildpack still can't fetch", 1),
    ("secret/provider", "json:Linear", "Linear key in a JSON config",
     "{\n  \"linearApiKey\": \"{secret:linear}\",\n  \"team\": \"{v:brand}-web\"\n}", 1),
    ("secret/provider", "prose:Notion", "Notion integration secret",
     "the {brand} notion importer wants an internal integration secret, I used {secret:notion}, page not found", 1),
    ("secret/provider", "prose:Postman", "Postman API key",
     "exported my postman env for the {brand} API to share with a friend and it includes {secret:postman}, oops?", 1),
    ("secret/provider", "yaml:NewRelic", "New Relic user key in YAML",
     "newrelic:\n  api_key: {secret:newrelic}\n  region: EU\n# {v:brand} dashboards", 1),
    ("secret/provider", "env:Datadog", "Datadog API key by name",
     "DD_API_KEY={secret:datadog}\nDD_SITE=datadoghq.eu\n{v:brand} agent not reporting", 1),
    ("secret/provider", "shell:Pulumi", "Pulumi access token",
     "export PULUMI_ACCESS_TOKEN={secret:pulumi} && pulumi up   # {v:brand} infra, stack locked?", 1),
    ("secret/provider", "hcl:Terraform", "Terraform Cloud token in credentials.tfrc",
     "credentials \"app.terraform.io\" {\n  token = \"{secret:tfc}\"\n}\n{v:brand} workspace runs hang", 1),
    ("secret/provider", "credentials:RubyGems", "RubyGems key in ~/.gem/credentials",
     "---\n:rubygems_api_key: {secret:rubygems}\n\nwhy does gem push for the {v:brand} sdk say unauthorized", 1),
    ("secret/provider", "js:Mapbox", "Mapbox secret token",
     "mapboxgl.accessToken = '{secret:mapbox_sk}'; // {v:brand} delivery map, tiles blank", 1),
    ("secret/provider", "prose:Discord", "Discord webhook",
     "our {brand} restock bot posts to {secret:discord_hook} — it got spammed last night, how??", 1),
    ("secret/provider", "prose:Telegram", "Telegram bot token",
     "BotFather gave me {secret:telegram} for the {brand} order notifier, getUpdates returns 409", 1),
    ("secret/provider", "shell:Vault", "Vault token in an env export",
     "export VAULT_ADDR=https://vault.example.net\nexport VAULT_TOKEN={secret:vault}\nvault kv get secret/{v:brand}", 1),
    ("secret/provider", "env:Grafana", "Grafana service-account token",
     "GRAFANA_SA_TOKEN={secret:grafana_sa}\n^ from the {v:brand} ops box, dashboards 403", 1),
    ("secret/provider", "prose:Supabase", "Supabase access token",
     "supabase login --token {secret:supabase} fails for the {brand} project, anyone?", 1),
    ("secret/provider", "ini:Databricks", "Databricks token in .databrickscfg",
     "[DEFAULT]\nhost = https://adb-{v:digits8}.azuredatabricks.net\ntoken = {secret:databricks}", 1),
    ("secret/provider", "prose:age", "age secret key",
     "backing up the {brand} sops key here so I don't lose it lol {secret:age}", 1),
    ("secret/provider", "java:Alibaba", "Alibaba access key id in Java",
     "DefaultProfile profile = DefaultProfile.getProfile(\"cn-hangzhou\", \"{secret:alibaba}\", \"{secret:alibaba_secret}\"); // {v:brand} OSS", 1),
    ("secret/provider", "prose:Doppler", "Doppler service token",
     "doppler service token for the {brand} staging config: {secret:doppler} — it says 'invalid token'", 1),
    ("secret/provider", "env:PlanetScale", "PlanetScale password",
     "DATABASE_PASSWORD={secret:planetscale}\nDATABASE_HOST=aws.connect.psdb.cloud\n{v:brand} api can't connect", 1),
    ("secret/provider", "prose:Fly", "Fly.io token",
     "fly deploy on the {brand} worker wants FLY_API_TOKEN, set it to {secret:fly} and still unauthorized", 1),
    ("secret/jwt", "header:JWT", "session JWT in a curl command",
     "curl https://api.{v:brand}.example/v2/orders -H 'Authorization: Bearer {secret:jwt}'  — returns []", 2),
    ("secret/jwt", "cookie:JWT", "JWT in a cookie line",
     "devtools shows Cookie: session={secret:jwt}; theme=dark — is {v:brand} supposed to log me out every hour?", 1),
    ("secret/azure", "conn:Azure", "storage account key in a connection string",
     "DefaultEndpointsProtocol=https;AccountName={v:brand}media;AccountKey={secret:azure_key};EndpointSuffix=core.windows.net\nblob upload times out", 1),
    ("secret/context", "url:postgres", "database URL with a password",
     "DATABASE_URL={secret:pg_url}\nthat's what render shows for my {v:brand} app", 2),
    ("secret/context", "url:mongodb", "MongoDB SRV URL with a password",
     "mongoose.connect('{secret:mongo_url}') hangs forever, {v:brand} backend", 1),
    ("secret/context", "url:redis", "Redis URL with a password",
     "celery broker_url = \"{secret:redis_url}\"  ({v:brand} tasks never start)", 1),
    ("secret/context", "url:amqp", "AMQP URL with a password",
     "rabbit keeps refusing: {secret:amqp_url} — {v:brand} workers crash on boot", 1),
    ("secret/context", "url:ftp", "FTP URL with a password",
     "the print shop told me to upload the {brand} banner art to {secret:ftp_url}", 1),
    ("secret/context", "url:smtp", "SMTP URL with a password",
     "EMAIL_URL={secret:smtp_url}\nDjango says SMTPAuthenticationError, {v:brand} shop", 1),
    ("secret/context", "header:basic", "Basic auth header",
     "request from the {brand} webhook debugger:\nPOST /hook HTTP/1.1\nAuthorization: Basic {secret:basic_b64}\nContent-Type: application/json", 2),
    ("secret/context", "header:bearer-opaque", "opaque bearer token in a header",
     "wget --header=\"Authorization: Bearer {secret:bearer_opaque}\" https://api.{v:brand}.example/export.csv", 1),
    ("secret/context", "curl-u", "curl -u user:pass",
     "works in postman but not curl?? curl -u {secret:user_pass} https://api.{v:brand}.example/v1/stock", 2),
    ("secret/context", "mysql-p", "mysql password flag",
     "mysql -h 127.0.0.1 -u root -p{secret:password} {v:brand}_shop < dump.sql   -> ERROR 1045", 1),
    ("secret/context", "flag-password", "--password= flag",
     "./{v:brand}-cli login --user ops --password={secret:password} --region eu  prints 'unknown flag'?", 1),
    ("secret/context", "powershell", "ConvertTo-SecureString literal",
     "$pw = ConvertTo-SecureString \"{secret:password}\" -AsPlainText -Force\n$cred = New-Object PSCredential('svc_{v:brand}', $pw)", 1),
    ("secret/context", "yaml:password", "password in a compose file",
     "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: {secret:password}\n{v:brand} starter repo", 1),
    ("secret/context", "xml:password", "password in an XML attribute",
     "<add key=\"SmtpPassword\" value=\"{secret:password}\" />\n<add key=\"SmtpUser\" value=\"orders@{v:brand}.example\" />", 1),
    ("secret/context", "diff:secret", "secret added in a diff line",
     "oops, this went into the {brand} PR:\n-  api_secret: ''\n+  api_secret: '{secret:bearer_opaque}'", 1),
    ("secret/context", "ini:password", "password in an INI section",
     "[database]\nhost = db.local\nuser = shop\npassword = {secret:password}\n\n{v:brand} plugin config, what's wrong", 1),
    ("secret/context", "prose:login", "login stated in a sentence",
     "wifi login for the {brand} popup store is user: guest_pop / password: {secret:password} if anyone's nearby", 1),
    ("secret/context", "url-query:Google", "API key in a URL query string",
     "why does this 403? https://www.googleapis.com/youtube/v3/search?part=snippet&q={v:brand}&key={secret:google_api}", 1),
    ("secret/context", "git-credentials:GitHub", "token as the password of a remote URL",
     "git remote set-url origin https://oauth2:{secret:ghp}@github.com/{v:brand}/site.git  and push still asks for creds", 1),
    ("secret/context", "pgpass", ".pgpass line",
     "my ~/.pgpass is\ndb.{v:brand}-shop.net:5432:orders:report_ro:{secret:password}\nand psql still prompts. chmod is 600", 1),
    ("secret/context", "k8s-secret-data", "base64 value in a Kubernetes Secret",
     "kind: Secret\nmetadata:\n  name: {v:brand}-db\ntype: Opaque\ndata:\n  DB_PASSWORD: {secret:basic_b64}", 1),
    ("secret/context", "go-const", "credential constant in Go",
     "package config\n\nconst smtpPassword = \"{secret:password}\" // TODO move to vault ({v:brand} mailer)", 1),
    ("secret/context", "actions-log", "unmasked secret echoed in a CI log",
     "Run echo \"deploying with SENTRY_AUTH_TOKEN={secret:bearer_opaque}\"\n{v:brand} release job output, forgot ::add-mask::", 1),
    ("secret/context", "swift", "API secret in Swift",
     "let client = APIClient(key: \"{v:brand}-ios\", secret: \"{secret:bearer_opaque}\")  // prod build 🙃", 1),
    ("secret/provider", "prose-reply:Stripe", "key pasted back to a helper",
     "@{v:brand} ok here's the one from my dashboard {secret:stripe_sk} — refunds button greyed out", 1),
    ("secret/provider", "docker-compose:SendGrid", "SendGrid key in compose env",
     "environment:\n  - SENDGRID_API_KEY={secret:sendgrid}\n  - FROM_EMAIL=orders@{v:brand}.example", 1),
    ("secret/provider", "url:Telegram", "bot token inside an API URL",
     "curl https://api.telegram.org/bot{secret:telegram}/sendMessage -d chat_id=42 -d text='{v:brand} restock'", 1),
    ("secret/provider", "prose:Cloudflare", "Cloudflare API token by name",
     "cloudflare api token for the {brand} zone: {secret:bearer_opaque} — permission denied on DNS edit", 1),
    ("secret/provider", "ini:Mailgun", "Mailgun key in an INI file",
     "[mailgun]\ndomain = mg.{v:brand}.example\napi_key = {secret:mailgun}", 1),
    ("secret/provider", "dockerfile:npm", "npm token baked into a Dockerfile",
     "FROM node:22\nRUN echo \"//registry.npmjs.org/:_authToken={secret:npm}\" > ~/.npmrc\nRUN npm ci  # {v:brand} web", 1),
    ("secret/provider", "url-query:Slack", "Slack token in a query string",
     "https://slack.com/api/conversations.list?token={secret:slack_bot}&limit=200 returns not_authed ({v:brand} bot)", 1),
    ("secret/provider", "log:AWS", "AWS key id in a stack trace",
     "botocore.exceptions.ClientError: InvalidAccessKeyId: The AWS Access Key Id {secret:aws_id} does not exist ({v:brand} export job)", 1),
    ("secret/context", "prose:password-is", "password written in a sentence",
     "the {brand} router admin password is {secret:password}, posting so my roommate sees it", 1),
    ("secret/context", "properties", "Java properties password",
     "spring.datasource.url=jdbc:postgresql://db:5432/{v:brand}\nspring.datasource.username=app\nspring.datasource.password={secret:password}", 1),
    ("secret/private-key", "pem:plain", "RSA key pasted in full",
     "is this the right format for the {brand} sftp upload?\n{secret:pem_rsa}\n{v:pem_body}\n-----END RSA PRIVATE KEY-----", 1),
    ("secret/private-key", "pem:openssh", "OpenSSH key pasted",
     "deploy key for the {brand} repo:\n{secret:pem_openssh}\n{v:pem_body}\n-----END OPENSSH PRIVATE KEY-----", 1),
    ("secret/private-key", "pem:json-escaped", "key escaped inside service-account JSON",
     "{\"type\": \"service_account\", \"project_id\": \"{v:brand}-prod\", \"private_key\": \"{secret:pem_pkcs8}\\n{v:pem_body_escaped}\\n-----END PRIVATE KEY-----\\n\"}", 1),
    ("secret/private-key", "pem:env-escaped", "EC key escaped in .env",
     "JWT_SIGNING_KEY=\"{secret:pem_ec}\\n{v:pem_body_escaped}\\n-----END EC PRIVATE KEY-----\"\n{v:brand} auth svc", 1),
    ("secret/private-key", "k8s:tls-key", "base64 PEM in a Kubernetes Secret",
     "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: {v:brand}-tls\ndata:\n  tls.key: {secret:b64_pem}", 1),
]

PII_TEMPLATES: T = [
    ("pii/email", "email", "own e-mail shared with support",
     "@{v:brand} no reply to my refund for 9 days. reach me at {pii:email} please", 2),
    ("pii/email", "email-other", "someone else's address posted",
     "if anyone from {brand} reads this, my landlord {pii:email} keeps getting my parcels", 1),
    ("pii/email", "email-caps", "address in a signature",
     "Thanks,\nMarta\n{pii:email}\n(sent from my {v:brand} tablet)", 1),
    ("pii/card", "card", "own card number in a billing complaint",
     "{brand} charged me twice on {pii:card}, exp 08/28, can someone refund", 2),
    ("pii/card", "card-spaced", "card number in a DM posted publicly",
     "oops meant to DM this: card {pii:card_spaced} — that's the one {v:brand} charged", 1),
    ("pii/card", "card-dashed", "card in a chat log",
     "[14:02] me: the card is {pii:card_dashed}\n[14:03] {v:brand} agent: thanks, verifying", 1),
    ("pii/card", "card-plain", "card as one digit run",
     "payment fails on the {brand} app with {pii:card_plain}, bank says nothing declined", 1),
    ("pii/iban", "iban", "own IBAN for a refund",
     "{brand} wants my IBAN for the refund, it's {pii:iban} — how long does it take", 2),
    ("pii/iban", "iban-form", "IBAN in a pasted form",
     "Name: Ines Varga\nIBAN: {pii:iban}\nReason: double charge\n^ what I sent {v:brand}, no answer", 1),
    ("pii/ssn", "ssn", "SSN with wording",
     "{brand} financing form asked for my SSN {pii:ssn} in a chat window?? is that normal", 1),
    ("pii/ssn", "ssn-social", "my social",
     "rep asked me to read out my social ({pii:ssn}) over the phone then hung up. {v:brand} please", 1),
    ("pii/ip", "ipv4", "own public IP shared in a support thread",
     "{brand} support says my IP is blocked, it's {pii:ipv4} — can you unblock", 2),
    ("pii/ip", "ipv4-log", "client IP in a pasted access log",
     "{pii:ipv4} - - [02/Dec/2026:10:14:03 +0000] \"GET /account HTTP/1.1\" 500 — {v:brand} site error", 1),
    ("pii/ip", "ipv6", "IPv6 address shared",
     "my home IPv6 is {pii:ipv6} and the {brand} app geo-blocks it", 1),
]

PHONE_TEMPLATES = [  # text with {phone}; rendered once per (region, form)
    ("phone", "@{brand} nobody called back. my number is {phone}, I'm home all day"),
    ("phone", "{brand} delivery driver, text me at {phone} when you're outside pls"),
    ("phone", "if the {brand} courier is reading: {phone}, gate code won't work"),
    ("phone", "lost my {brand} band at the gym, if found call {phone}"),
    ("phone", "Ring me on {phone} — been on hold with {brand} for an hour"),
    ("phone", "contact: {phone} (WhatsApp ok) re: selling my used {brand} kettle"),
]
PHONE_PLAN = [("US", "national"), ("GB", "national"), ("DE", "international"), ("FR", "dotted"),
              ("IT", "e164"), ("ES", "national"), ("NL", "00"), ("BE", "international"), ("PL", "national"),
              ("SE", "national"), ("DK", "international"), ("FI", "e164"), ("IE", "national"), ("PT", "00"),
              ("AU", "national"), ("NZ", "international"), ("IN", "international"), ("JP", "national"),
              ("KR", "national"), ("BR", "national"), ("MX", "international"), ("CO", "e164"),
              ("ZA", "national"), ("NG", "international"), ("KE", "national"), ("SG", "international"),
              ("PH", "national"), ("CA", "dotted"), ("CH", "national"), ("AT", "international"),
              ("CZ", "international"), ("TR", "national"), ("GR", "e164"), ("IL", "national"),
              ("AE", "international"), ("MY", "national"), ("TH", "international"), ("US", "dotted"),
              ("GB", "international"), ("DE", "national")]

CONF_TEMPLATES: T = [
    ("confidential/code-name", "plain", "unreleased code name named by an insider",
     "can't say much but {confidential:cn_plain} is going to make the {v:brand} app feel brand new", 2),
    ("confidential/code-name", "upper", "code name in capitals",
     "heard the {brand} team is pushing {confidential:cn_upper} back to spring. oof", 1),
    ("confidential/code-name", "lower", "code name in lower case",
     "my cousin at {brand} says {confidential:cn_lower} beta invites go out friday", 1),
    ("confidential/code-name", "hashtag", "code name as a hashtag",
     "first look at the new {brand} dock 👀 {confidential:cn_hashtag}", 2),
    ("confidential/code-name", "hashtag-lower", "lower-case hashtag",
     "lunch & learn on the new pricing engine today {confidential:cn_hashtag_lower} #{v:brand}life", 1),
    ("confidential/code-name", "lookalike", "Cyrillic look-alike letter",
     "leaked roadmap slide says {confidential:cn_lookalike} ships with the {brand} P7 refresh", 1),
    ("confidential/code-name", "zero-width", "zero-width character inside",
     "internal demo of {confidential:cn_zero_width} went great, {brand} folks are hyped", 1),
    ("confidential/code-name", "fullwidth", "full-width letters",
     "{confidential:cn_fullwidth} slides got shared in the wrong {brand} channel lol", 1),
    ("confidential/marker", "marker", "classification marker on a pasted doc",
     "someone posted a screenshot of a {brand} deck stamped {confidential:marker} on the r/{v:brand} sub", 2),
    ("confidential/marker", "marker-header", "marker as a document header",
     "{confidential:marker}\nQ1 retention plan — {v:brand} Cloud\n1. freeze list price\n2. ...\n(found this on a shared printer lol)", 2),
    ("confidential/marker", "nda", "NDA about the brand's unreleased work",
     "I'm {confidential:nda} for the {brand} hardware refresh so I can't post pics, but wow", 1),
    ("confidential/host", "host", "internal host in an error",
     "{brand} app crashed and the error says could not reach https://{confidential:host}/api/v3, lmao", 2),
    ("confidential/host", "host-log", "internal host in a pasted log",
     "ERROR connect ECONNREFUSED {confidential:host}:5432 — {v:brand} support told me to post the log", 1),
    ("confidential/ticket", "ticket", "internal ticket key quoted",
     "the {brand} agent said my bug is tracked as {confidential:ticket}, any updates?", 2),
    ("confidential/code-name", "hiring", "code name in a recruiting post",
     "we're hiring two backend devs to work on {confidential:cn_plain} at {v:brand}, DM me", 1),
    ("confidential/code-name", "hashtag-pile", "code-name hashtag among others",
     "offsite day 2 #{v:brand} #teamwork {confidential:cn_hashtag} #coffee", 1),
    ("confidential/host", "host-url", "internal host in a pasted wiki link",
     "the answer is on https://{confidential:host}/display/OPS/runbook but you need VPN, sorry", 1),
    ("confidential/ticket", "ticket-pair", "two ticket keys in a thread",
     "dupes of {confidential:ticket} and {confidential:ticket}, closing — {v:brand} eng standup notes leaked again", 1),
    ("confidential/marker", "marker-prose", "marker quoted in prose",
     "why does the {brand} pricing PDF on their public site say {confidential:marker} in the footer 😬", 1),
    ("confidential/ticket", "ticket-commit", "ticket key in a commit message",
     "fix({v:brand}): retry webhook on 502 ({confidential:ticket}) — saw this in their public repo", 1),
]

NEG_TEMPLATES: T = [
    # order, tracking, ticket numbers
    ("negative/order-number", "order", "order number", "@{brand} order {v:order} still says 'preparing' after 6 days", 2),
    ("negative/order-number", "order-hash", "order number with #", "Order #{v:order} arrived with a cracked lid. {brand} pls", 1),
    ("negative/order-number", "order-de", "Bestellnummer", "Bestellnummer {v:order} — {brand} hat zweimal abgebucht", 1),
    ("negative/tracking", "ups", "UPS tracking", "tracking {v:ups} hasn't moved since Memphis. {brand} what's up", 1),
    ("negative/tracking", "usps", "USPS tracking", "USPS tracking # {v:usps} says delivered, porch says no. {brand}?", 2),
    ("negative/tracking", "dhl", "DHL tracking", "DHL Sendungsnummer {v:dhl}, {brand} Paket seit Tagen im Zentrum", 1),
    ("negative/ticket-number", "case", "support case number", "{brand} case number {v:digits8} — third time I'm giving it", 2),
    ("negative/ticket-like", "other-prefix", "non-configured ticket prefixes",
     "JIRA-{v:n3} and PR-{v:n2} are the ones blocking the {brand} plugin, says the maintainer", 1),
    ("negative/ticket-like", "standard", "standard names", "{brand} says they're ISO-27001 and SOC 2 certified, plus RFC-8615 support", 1),
    ("negative/ticket-like", "coupon", "prefix followed by letters is a coupon", "code FERN-SPRING{v:n2} gave me {v:n2}% off at {brand}", 1),
    ("negative/ticket-like", "prefix-space", "prefix then a space", "table TAV {v:n2} at the {brand} pop-up had the best pasta", 1),
    # hashes, SHAs, UUIDs
    ("negative/hash", "git-sha-short", "short commit SHA", "{brand} cli regression started at {v:sha7}, bisected it", 2),
    ("negative/hash", "git-sha-long", "full commit SHA", "reverting commit {v:sha40} fixed the {brand} build for me", 2),
    ("negative/hash", "sha256", "download checksum", "sha256 of the {brand} installer doesn't match: got {v:sha64}", 2),
    ("negative/hash", "md5", "md5 of a file", "md5sum firmware.bin -> {v:md5}, is that the official {brand} one?", 1),
    ("negative/uuid", "request-id", "request id in a bug report", "{brand} API 500s. x-request-id: {v:uuid}", 2),
    ("negative/uuid", "device-id", "device id", "device ID {v:uuid} keeps unpairing from my {brand} hub", 1),
    ("negative/uuid", "trace", "trace id in a log", "[ERROR] trace={v:uuid} span={v:sha7} upstream timeout ({brand} checkout)", 1),
    # placeholders and docs examples
    ("negative/placeholder", "your-key", "doc placeholder", "{brand} docs: curl -H \"Authorization: Bearer YOUR_API_KEY\" https://api.{v:brand}.example/v1", 1),
    ("negative/placeholder", "angle", "angle-bracket placeholder", "set api_key: <your-token-here> in config.yml and restart the {brand} agent", 1),
    ("negative/placeholder", "xxxx", "masked with x", "my config has STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxx and {brand} still won't load", 1),
    ("negative/placeholder", "redacted", "redacted token", "token: sk-...redacted... and it errors with 429 on the {brand} plugin", 1),
    ("negative/placeholder", "env-ref", "variable reference", "in the {brand} action: token: ${{ secrets.NPM_TOKEN }} and password: ${DB_PASSWORD}", 1),
    ("negative/placeholder", "template", "template variable", "password: {{ .Values.db.password }} is in the {brand} chart, where do I set it", 1),
    ("negative/placeholder", "changeme", "default placeholder", "the {brand} compose file ships with POSTGRES_PASSWORD=changeme, maybe warn people?", 1),
    ("negative/placeholder", "stars", "masked stars", "settings page shows API key ************{v:last4}, how do I see the rest? {brand}", 1),
    ("negative/placeholder", "ellipsis", "truncated key", "dashboard lists the key as ghp_…{v:last4} created {v:date} ({brand} integration)", 1),
    ("negative/placeholder", "token-angle", "Bearer <token>", "Authorization: Bearer <token> — that's literally what the {brand} README says, no example", 1),
    ("negative/placeholder", "process-env", "code reading env", "const key = process.env.{v:brand}_API_KEY; // never hardcode", 1),
    ("negative/placeholder", "os-environ", "python env read", "api_key = os.environ[\"OPENAI_API_KEY\"]  # {brand} sample code", 1),
    ("negative/demo", "aws-example", "AWS documented example", "the {brand} tutorial uses AKIAIOSFODNN7EXAMPLE as the access key, I thought it was real lol", 1),
    ("negative/demo", "jwt-io", "jwt.io example",
     "decoded the sample from the {brand} docs: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — it's John Doe", 1),
    ("negative/empty", "empty-env", "env names without values",
     "which do I need for {brand}: GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY or SLACK_BOT_TOKEN? docs don't say", 2),
    ("negative/empty", "empty-assign", "empty assignments", "API_KEY=\nAPI_SECRET=\n# fill these in from the {brand} dashboard", 1),
    ("negative/broken-checksum", "ghp", "GitHub-shaped token failing its checksum", "is {v:broken_ghp} a valid format? asking for the {brand} docs", 1),
    ("negative/broken-checksum", "npm", "npm-shaped token failing its checksum", "example npm token in the {brand} blog: {v:broken_npm}", 1),
    ("negative/broken-checksum", "fake-seq", "made-up sequence", "tests use ghp_1234567890abcdefghijklmnopqrstuvwxyzAB as a fake, {brand} scanner flags it", 1),
    ("negative/public-key", "ssh-pub", "SSH public key", "added my public key to {brand} git hosting: {v:ssh_pub} me@laptop", 1),
    ("negative/public-key", "stripe-pk", "Stripe publishable key", "Stripe.js init with the publishable key {v:pk_live}, {brand} checkout page", 1),
    # versions, colours, dates, prices
    ("negative/version", "version", "four-part version", "{brand} app {v:version4} broke notifications again", 2),
    ("negative/version", "chrome", "browser version", "Chrome {v:chrome} on Windows, {brand} site won't load the cart", 1),
    ("negative/version", "semver", "semver", "pip install {brand}-sdk==2.{v:n2}.1 fails on python 3.13", 1),
    ("negative/colour", "hex", "hex colour", "the new {brand} brand colour is {v:hexcolor} and I hate it", 2),
    ("negative/datetime", "timestamp", "timestamp", "outage started {v:date} {v:time} UTC per the {brand} status page", 2),
    ("negative/price", "price", "prices", "{brand} raised the Hub from {v:price} to {v:price}, no warning", 2),
    # public contacts, resolvers, private IPs, fictional numbers
    ("negative/public-contact", "brand-email", "brand role address", "email support@{v:brand}.example with your order number, that's what they told me", 1),
    ("negative/public-contact", "brand-press", "brand press address", "press@{v:brand}.example never answers, journalists beware", 1),
    ("negative/public-contact", "brand-line", "store line in fictional range", "the {brand} store on Main St is {v:store_line}, they're open till 9", 2),
    ("negative/public-contact", "emergency", "emergency numbers", "smoke from my {brand} kettle, called 911 just in case (112 if you're in EU)", 1),
    ("negative/public-contact", "placeholder-mail", "placeholder e-mail", "the {brand} form rejects you@example.com but that's just the placeholder", 1),
    ("negative/ip-public-service", "resolver", "public DNS resolver", "switched DNS to {v:resolver} and the {brand} app loads fine now", 2),
    ("negative/ip-private", "router", "router address", "{brand} hub wants me to open http://{v:priv_ip} to set it up, page is blank", 2),
    ("negative/ip-private", "doc-range", "documentation range", "docs example says allow 203.0.113.{v:n2} in the {brand} firewall", 1),
    ("negative/fictional-number", "song", "famous song number", "every {brand} hold song should be 867-5309 honestly", 1),
    ("negative/fictional-number", "movie", "fictional 555", "the {brand} ad shows 555-0199 on the billboard, cute", 1),
    # confidential in ordinary senses, code-name words
    ("negative/confidential-ordinary", "counselling", "confidential in everyday sense", "{brand}'s employee hotline says calls are confidential, good to know", 1),
    ("negative/confidential-ordinary", "feedback", "survey confidentiality", "the {brand} survey says 'your answers are confidential', sure", 1),
    ("negative/confidential-ordinary", "forward", "please do not forward", "please do not forward this chain message about free {brand} vouchers, it's a scam", 1),
    ("negative/confidential-ordinary", "server-error", "internal server error", "{brand} checkout: 500 Internal Server Error, again", 2),
    ("negative/confidential-ordinary", "battery", "internal battery", "the internal battery on my {brand} band is dying after a year", 1),
    ("negative/confidential-ordinary", "top-secret", "top secret recipe", "my top secret recipe: {brand} pan, butter, patience", 1),
    ("negative/confidential-ordinary", "nda-joke", "NDA joke", "my cat made me sign an NDA about the couch. anyway {brand} vacuum is great", 1),
    ("negative/confidential-ordinary", "keep-confidential", "keep it confidential", "I'll keep it confidential but the {brand} rep was so nice", 1),
    ("negative/confidential-ordinary", "internal-use", "internal in an ordinary sense", "{brand} memo? nah, it's just the internal monologue of my kettle", 1),
    ("negative/code-word-ordinary", "saltmarsh", "ordinary saltmarsh", "sunrise walk on the saltmarsh this morning, {brand} band counted 9k steps", 1),
    ("negative/code-word-ordinary", "glasswing", "butterfly", "saw a glasswing butterfly at the conservatory! wings like windows", 1),
    ("negative/code-word-ordinary", "paper-kite", "paper kite", "made a paper kite with the kids, it flew better than my {brand} drone", 1),
    ("negative/code-word-ordinary", "juniper", "juniper berries", "gin with juniper berries from the garden, served in a {brand} glass", 1),
    ("negative/code-word-ordinary", "tidewater", "tidewater region", "moving to tidewater Virginia next month, does {brand} deliver there?", 1),
    ("negative/code-word-ordinary", "ocelot", "zoo", "the ocelot at the zoo ignored us all afternoon", 1),
    ("negative/hashtag-ordinary", "hashtag", "ordinary hashtags", "#junipertree #sunset #nofilter with my {brand} camera", 1),
    ("negative/product-name", "public-product", "public product names", "the {brand} Hub and Lumora Band bundle is on sale for {v:price}", 1),
    # password advice
    ("negative/password-prose", "advice", "password advice", "PSA: use a password manager and turn on 2FA for your {brand} account", 2),
    ("negative/password-prose", "reset", "reset complaint", "{brand} password reset email takes 40 minutes to arrive", 1),
    ("negative/password-prose", "lore", "famous example password", "my {brand} password used to be hunter2, everyone knows that meme", 1),
    ("negative/password-prose", "rules", "password rules", "{brand} requires a password with 12 chars, a symbol and a digit but no spaces?", 1),
    ("negative/password-prose", "token-everyday", "everyday tokens", "arcade tokens and bus tokens, my kid's whole economy. {brand} should sell those", 1),
    # masked cards, test cards, identifiers
    ("negative/masked-card", "last4", "card ending", "{brand} charged my card ending in {v:last4} twice", 2),
    ("negative/masked-card", "masked", "masked card", "receipt shows **** **** **** {v:last4}, which card is that {brand}?", 1),
    ("negative/test-card", "4242", "famous test card", "{brand} sandbox: use 4242 4242 4242 4242 with any CVC", 1),
    ("negative/test-card", "4111", "famous test card", "test card 4111-1111-1111-1111 works in the {brand} staging checkout", 1),
    ("negative/non-luhn", "gift-card", "gift card failing Luhn", "{brand} gift card {v:non_luhn} balance shows $0??", 1),
    ("negative/imei", "imei", "IMEI", "IMEI {v:imei}, {brand} says it's not eligible for the trade-in", 2),
    ("negative/iccid", "iccid", "SIM ICCID", "new SIM card ICCID {v:iccid}, {brand} band won't activate it", 1),
    ("negative/identifier", "mac", "MAC address", "my {brand} hub's MAC is {v:mac}, router won't give it an address", 1),
    ("negative/identifier", "serial", "serial number", "serial SN-{v:order} on the {brand} kettle base, warranty claim denied", 1),
    ("negative/identifier", "btc", "public wallet address", "tips for my {brand} review channel: {v:btc}", 1),
    ("negative/invalid-ssn", "part", "SSN-shaped part number", "replacement part {v:part_ssn} for the {brand} pan handle is out of stock", 1),
    ("negative/invalid-ssn", "bad-area", "SSN wording with an invalid area", "{brand} form example SSN shows {v:bad_ssn}, funny", 1),
    ("negative/bad-iban", "bad-iban", "IBAN failing mod-97", "is {v:broken_iban} even valid? the {brand} refund form rejected it", 1),
    ("negative/ssh-remote", "git-remote", "git remote", "git clone git@github.com:{v:brand}/sdk.git asks for a password, why", 1),
    ("negative/ssh-remote", "ssh-target", "SSH target", "ssh deploy@build-box.example.net times out since the {brand} update", 1),
    ("negative/everyday", "flight", "flight and seat", "flight LH{v:n3} seat 23C, {brand} headphones died mid-flight", 1),
    ("negative/everyday", "score", "score and time", "final 3-2, {v:time} of stoppage time, {brand} ad during the break", 1),
    ("negative/everyday", "postcode", "postcode and coordinates", "{brand} store at 51.5072, -0.1276, postcode SW1A 1AA", 1),
    ("negative/everyday", "phone-model", "model numbers", "{brand} P7 vs A2342 vs SM-S928B, which camera is better", 1),
    ("negative/long-numbers", "account-number", "loyalty number", "{brand} rewards number {v:digits8}{v:n3}, points missing", 1),
    ("negative/data-uri", "data-uri", "image data URI", "the {brand} email embeds data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk as the logo lol", 1),
    # round-3 harder negatives: credential-shaped text without a credential
    ("negative/placeholder", "url-word-password", "docs URL with the word password",
     "{brand} docs: DATABASE_URL=postgresql://user:password@localhost:5432/mydb — replace user and password", 1),
    ("negative/placeholder", "url-no-password", "URL without a password", "DATABASE_URL=postgres://localhost:5432/{v:brand}_dev works, the docker one doesn't", 1),
    ("negative/placeholder", "bearer-var", "bearer with a shell variable", "curl -H \"Authorization: Bearer $TOKEN\" https://api.{v:brand}.example/me -> 401, token is fresh", 1),
    ("negative/placeholder", "curl-vars", "curl -u with variables", "curl -u \"$API_USER:$API_PASS\" https://api.{v:brand}.example/health works locally", 1),
    ("negative/placeholder", "mysql-prompt", "-p without a value prompts", "mysql -u root -p {v:brand}_db then it asks for the password and hangs", 1),
    ("negative/placeholder", "stdin", "password from stdin", "cat ~/token.txt | docker login --username ci --password-stdin  (the {brand} way)", 1),
    ("negative/placeholder", "secrets-file", "password from a file", "environment:\n  POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n# {brand} template", 1),
    ("negative/placeholder", "none-value", "None value", "api_key = None  # set via {brand}_API_KEY env var", 1),
    ("negative/placeholder", "masked-config", "masked value in a config dump", "config dump from the {brand} agent:\ntoken: '********'\nendpoint: https://api.{v:brand}.example", 1),
    ("negative/placeholder", "sk-stars", "starred key", "rotated it already, old one was sk-proj-****{v:last4}. {brand} integration fine now", 1),
    ("negative/placeholder", "vault-ref", "vault reference", "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n(that's encrypted, relax) {brand} playbook", 1),
    ("negative/placeholder", "k8s-secretref", "secretKeyRef", "env:\n- name: API_TOKEN\n  valueFrom:\n    secretKeyRef: {name: {v:brand}-api, key: token}", 1),
    ("negative/identifier", "aws-arn", "AWS ARN and account id", "arn:aws:iam::{v:digits8}{v:last4}:role/{brand}-deploy can't assume the role", 1),
    ("negative/identifier", "slack-channel", "Slack channel id", "post the {brand} alert to channel C0{v:digits8} instead", 1),
    ("negative/identifier", "ga-id", "analytics id", "{brand} site loads G-{v:digits8} and UA-{v:digits8}-1, two trackers?", 1),
    ("negative/identifier", "image-digest", "image digest", "pinned {brand}/agent@sha256:{v:sha64} and it still pulls a new one", 1),
    ("negative/identifier", "integrity", "npm integrity hash", "lockfile says integrity sha512-{v:sha64}== for the {brand} sdk, mismatch", 1),
    ("negative/identifier", "etag", "ETag", "ETag: \"{v:md5}\" never changes so the {brand} CDN serves stale css", 1),
    ("negative/identifier", "host-key", "SSH host key fingerprint", "ECDSA key fingerprint is SHA256:{v:sha40}. is that {brand}'s server?", 1),
    ("negative/identifier", "tx-hash", "blockchain tx hash", "paid {brand} in USDC, tx 0x{v:sha64}", 1),
    ("negative/identifier", "client-id", "OAuth client id", "the {brand} login uses client_id {v:digits8}-{v:sha7}.apps.googleusercontent.com, consent screen broken", 1),
    ("negative/identifier", "snowflake", "Discord/status ids", "tweet id 18{v:digits8}{v:digits8}0 got deleted by {brand}?", 1),
    ("negative/long-numbers", "ms-timestamp", "epoch millis in a log", "ts=17{v:digits8}{v:n3} level=warn msg=\"{brand} retry\"", 2),
    ("negative/long-numbers", "amazon-order", "Amazon order shape", "bought the {brand} pan on amazon, order 11{v:n2}-{v:digits8}7-{v:digits8}", 1),
    ("negative/long-numbers", "isbn", "ISBN", "the {brand} cookbook is ISBN 978-1-{v:n3}-{v:last4}0-3, out of print", 1),
    ("negative/email-like", "fediverse", "fediverse handle", "follow {brand} at @{v:brand}@mastodon.social, they're nicer there", 2),
    ("negative/email-like", "npm-scoped", "package@version", "npm i @{v:brand}/sdk@4.2.{v:n2} broke the build", 1),
    ("negative/email-like", "decorator", "decorator", "@app.route('/webhook') in the {brand} sample returns 405", 1),
    ("negative/ip-private", "loopback", "loopback and link-local", "{brand} agent listens on 127.0.0.1:8080 and fe80::1 only", 1),
    ("negative/version", "windows-build", "Windows build number", "Windows 10.0.{v:digits8} update broke the {brand} driver", 1),
    ("negative/datetime", "dotted-date", "dotted date and time range", "Lieferung am 03.12.2026 zwischen 09:00-17:30, {brand} kam nie", 1),
    ("negative/price", "inr", "Indian grouping", "{brand} Hub costs ₹1,24,999 here, absurd", 1),
    ("negative/confidential-ordinary", "informant", "TV show", "binge-watching Confidential Informant with a {brand} blanket", 1),
    ("negative/confidential-ordinary", "hipaa", "medical confidentiality", "my doctor's office says records stay confidential under HIPAA, unlike {brand} lol", 1),
    ("negative/confidential-ordinary", "classified", "classified ads", "selling my {brand} kettle in the classifieds, barely used", 1),
    ("negative/confidential-ordinary", "internal-transfer", "internal transfer", "got an internal transfer to the Denver office, so long {brand} store crew", 1),
    ("negative/confidential-ordinary", "privacy-policy", "privacy wording", "{brand}'s privacy policy: 'we treat your data as strictly private' ok sure", 1),
    ("negative/confidential-ordinary", "do-not-share", "do not share advice", "reminder: never share your {brand} one-time code with anyone who calls you", 1),
    ("negative/password-prose", "password-word", "password word in a complaint", "{brand} app logs me out and asks for the password every single time", 2),
    ("negative/password-prose", "secret-word", "secret in ordinary sense", "the secret to a good crust is a hot {brand} pan", 1),
    ("negative/password-prose", "api-key-talk", "talk about API keys", "where do I even generate an API key in the {brand} dashboard? settings has nothing", 2),
    ("negative/password-prose", "token-talk", "talk about tokens", "my {brand} access token expired after 1h, is refresh supported?", 1),
    ("negative/code-word-ordinary", "saltmarsh-lamb", "saltmarsh lamb", "saltmarsh lamb roast in the {brand} pan, recipe below", 1),
    ("negative/code-word-ordinary", "kite-festival", "kite festival", "paper kite festival on the beach, windy af", 1),
    ("negative/hashtag-ordinary", "hashtag-words", "ordinary hashtags", "#glass #wings #macro shots from the butterfly house", 1),
    ("negative/public-contact", "brand-noreply", "noreply address", "got a mail from noreply@{v:brand}.example saying my order shipped, no tracking", 1),
    ("negative/public-contact", "status-page", "status page", "status.{v:brand}.example says all green while nothing loads", 1),
    ("negative/fictional-number", "tv", "fictional number on TV", "that show used 555-0142 for the {brand} hotline joke", 1),
    ("negative/masked-card", "apple-pay", "device account number last digits", "Apple Pay shows the {brand} card as •••• {v:last4}", 1),
    ("negative/test-card", "amex-test", "famous Amex test number", "378282246310005 is the {brand} sandbox Amex, don't panic", 1),
    ("negative/imei", "imei-spaced", "IMEI in a warranty form", "warranty form: model {brand} P7, IMEI: {v:imei}, bought {v:date}", 1),
    # round-3 negatives, third batch: everyday posts full of numbers and security words
    ("negative/everyday", "bank-holiday", "numbers in ordinary talk", "waited 45 min at the {brand} counter, ticket number 0{v:n3}, they called 0{v:n3} twice", 1),
    ("negative/everyday", "wifi-advice", "wifi talk without a password", "café wifi was 'ask at the counter', so I tethered to my {brand} phone", 1),
    ("negative/everyday", "receipt", "receipt numbers", "Receipt {v:digits8} · Till 04 · {v:date} {v:time} · {brand} total {v:price}", 1),
    ("negative/everyday", "parcel-locker", "locker pickup code", "parcel locker code 4471 for the {brand} box, expired before I got there", 1),
    ("negative/everyday", "otp-expired", "expired one-time code talk", "the {brand} sms code expired in 30 seconds, who designed this", 1),
    ("negative/everyday", "meeting-id", "public webinar id", "{brand} public webinar tomorrow, Zoom meeting ID 8{v:digits8}{v:n2} (link on their blog)", 1),
    ("negative/everyday", "bus-route", "route and platform numbers", "bus 142 to platform 9, then the {brand} store is two blocks", 1),
    ("negative/everyday", "model-sku", "SKU", "{brand} SKU KT-{v:n3}-BLK vs KT-{v:n3}-WHT, same kettle?", 1),
    ("negative/everyday", "benchmark", "benchmark numbers", "{brand} sync: 1,204 files in 38.2s vs 3m12s before, nice", 1),
    ("negative/everyday", "coupon", "coupon code", "use code SAVE20NOW at {brand} checkout, works till sunday", 1),
    ("negative/security-talk", "rotated", "talk about rotating keys", "rotated all our {brand} keys after the breach notice, took 20 minutes", 1),
    ("negative/security-talk", "scanner", "secret scanner talk", "our secret scanner flagged a {brand} test fixture again. false positive #37 this month", 1),
    ("negative/security-talk", "2fa", "2FA complaint", "{brand} still doesn't support hardware keys for 2FA in 2026??", 1),
    ("negative/security-talk", "private-key-word", "private key in prose", "lost the private key for my {brand} signing cert, had to reissue. lesson learned", 1),
    ("negative/security-talk", "begin-public", "public key block", "-----BEGIN PUBLIC KEY-----\n{v:sha64}\n-----END PUBLIC KEY-----\nthat's the {brand} webhook verification key from their docs", 1),
    ("negative/security-talk", "certificate", "certificate header", "{brand} cert chain: -----BEGIN CERTIFICATE----- MIID... (public, from their site)", 1),
    ("negative/security-talk", "ssh-keygen", "ssh-keygen output", "ssh-keygen -t ed25519 -C \"me@laptop\"\nYour identification has been saved in /home/me/.ssh/id_ed25519 ({brand} git setup)", 1),
    ("negative/security-talk", "hashed-password", "password hashing talk", "{brand} says passwords are stored with argon2id, m=65536 t=3 p=4", 1),
    ("negative/security-talk", "env-list", "list of env names in a readme", "required: {brand}_API_URL, {brand}_CLIENT_ID, {brand}_CLIENT_SECRET (see .env.example)", 1),
    ("negative/security-talk", "key-length", "key sizes", "is RSA 2048 still fine or should the {brand} API move to 4096 / ed25519?", 1),
    ("negative/placeholder", "example-env", ".env.example with blanks", ".env.example\nSTRIPE_SECRET_KEY=sk_test_...\nSENDGRID_API_KEY=SG.xxxxx\nDATABASE_URL=postgres://USER:PASS@HOST:5432/DB", 1),
    ("negative/placeholder", "yaml-empty", "empty YAML values", "auth:\n  client_id: \"\"\n  client_secret: \"\"\n  token: ~\n# fill from the {brand} portal", 1),
    ("negative/placeholder", "xml-empty", "empty XML element", "<password></password>\n<apiKey/>\nin the {brand} settings.xml, is that why sync fails?", 1),
    ("negative/placeholder", "dotted-redacted", "redacted in a log", "2026-11-02 DEBUG auth header=Bearer [REDACTED] status=401 ({brand} gateway)", 1),
    ("negative/placeholder", "dummy-values", "dummy test values", "unit test uses api_key='test-key' and password='dummy' for the {brand} client", 1),
    ("negative/pii-like", "own-name", "names only", "shoutout to Priya and Kwame at the {brand} Leeds store, legends", 1),
    ("negative/pii-like", "birthday", "birthday", "my kid was born 2019-04-17 and {brand} still sends me baby ads", 1),
    ("negative/pii-like", "street", "shop address", "{brand} opened at 12 Harbour Street, come say hi", 1),
    ("negative/pii-like", "age-height", "numbers about a person", "I'm 34, 182 cm, and the {brand} bike frame is still too small", 1),
    ("negative/pii-like", "whatsapp-business", "brand public number", "{brand}'s official whatsapp is on their site ({v:store_line}), they reply fast", 1),
    ("negative/object-id", "stripe-ids", "Stripe object ids", "{brand} refund pi_{v:sha7}{v:sha7} / ch_{v:sha7}{v:sha7} never reached my bank", 1),
]


# number-heavy negative groups get a second rendering with other values
NUMBER_HEAVY = {"negative/order-number", "negative/tracking", "negative/hash", "negative/uuid",
                "negative/identifier", "negative/long-numbers", "negative/imei", "negative/iccid",
                "negative/invalid-ssn", "negative/bad-iban", "negative/non-luhn", "negative/broken-checksum",
                "negative/ip-private", "negative/masked-card"}


# --- rendering -----------------------------------------------------------------------------------

def fill(rng: random.Random, text: str, brand: str) -> tuple[str, list[dict]]:
    leaks: list[dict] = []
    text = text.replace("{brand}", brand)

    def sub(match: re.Match) -> str:
        kind, name = match.group(1), match.group(2)
        value = brand if name == "brand" else GEN[name](rng)
        if kind != "v":
            leaks.append({"kind": kind, "value": value})
        return value
    return SLOT.sub(sub, text), leaks


def leak_row(rng: random.Random, post_id: str, platforms: list[str], authors: list[str], text: str,
             leaks: list[dict], reason: str) -> dict:
    """One labelled post with a mechanical platform, author and time (shared by the later rounds; the
    order of the rng draws is part of every committed batch, so it must not change)."""
    day = rng.randint(0, 330)
    month, mday = 1 + day // 28 % 12, 1 + day % 28
    return {"id": post_id, "platform": rng.choice(platforms), "author": rng.choice(authors),
            "author_description": None,
            "created_at": f"2026-{month:02d}-{mday:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
            "text": text,
            "labels": {"complaint": False, "topic": None, "disclosure": "missing", "endorsement": None,
                       "leaks": leaks, "nlra": False},
            "reason": reason}


def row(rng: random.Random, number: int, text: str, leaks: list[dict], reason: str) -> dict:
    return leak_row(rng, f"fr3-{number:04d}", ["x", "x", "reddit"], AUTHORS, text, leaks, reason)


def render() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    seen: set[str] = set()

    def add(text: str, leaks: list[dict], reason: str) -> None:
        if text in seen:
            return
        seen.add(text)
        rows.append(row(rng, len(rows) + 1, text, leaks, reason))

    # interleave negatives and leaks so neither sits in one block
    blocks: list[tuple[str, T]] = [("secret", SECRET_TEMPLATES), ("pii", PII_TEMPLATES),
                                   ("confidential", CONF_TEMPLATES), ("negative", NEG_TEMPLATES)]
    for _, templates in blocks:
        for group_name, context, why, text, renders in templates:
            for _ in range(renders):
                brand = rng.choice(BRANDS)
                filled, leaks = fill(rng, text, brand)
                if renders == 1 and group_name in NUMBER_HEAVY and "{v:" in text:
                    add(filled, leaks, f"{group_name} | {context} | {why}")
                    brand = rng.choice(BRANDS)
                    filled, leaks = fill(rng, text, brand)
                add(filled, leaks, f"{group_name} | {context} | {why}")
    for i, (region, form) in enumerate(PHONE_PLAN):
        for j, (_, text) in enumerate(PHONE_TEMPLATES):
            if (i + j) % 5:
                continue
            brand = rng.choice(BRANDS)
            value = phone(rng, region, form)
            if (i + j) % 9 == 0:
                value += rng.choice([" ext. ", " x", " ext "]) + str(rng.randint(10, 999))
            filled = text.replace("{brand}", brand).replace("{phone}", value)
            add(filled, [{"kind": "pii", "value": value}], f"pii/phone | phone-{form}-{region} | private number shared")
    for text, reason in PHONE_NEGATIVES(rng):
        add(text, [], reason)
    return rows


def PHONE_NEGATIVES(rng: random.Random) -> list[tuple[str, str]]:
    """Phone-shaped numbers that are not phone numbers (orders, tracking, references, amounts)."""
    out = []
    frames = [
        ("order {n}", "order number shaped like a phone number"),
        ("tracking no. {n}", "tracking number shaped like a phone number"),
        ("Sendungsnummer {n}", "German tracking number"),
        ("número de seguimiento {n}", "Spanish tracking number"),
        ("reference {n}", "reference number"),
        ("invoice {n}", "invoice number"),
    ]
    for i, region in enumerate(["DE", "GB", "FR", "ES", "IT", "NL", "US", "AU", "JP", "BR", "IN", "PL"]):
        frame, why = frames[i % len(frames)]
        number = phone(rng, region, "national" if i % 2 else "compact")
        brand = rng.choice(BRANDS)
        out.append((f"{brand} still hasn't shipped {frame.format(n=number)}, it's been two weeks", f"negative/order-number | phone-shaped | {why}"))
    return out


def write_batch(out: Path, rows: list[dict], argv: list[str]) -> int:
    """Writes a round's rows to `out` as JSON Lines, or with --check says (by the exit code) whether the
    committed file already holds exactly them; every round's generator ends here."""
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if "--check" in argv:
        return 0 if out.exists() and out.read_text(encoding="utf-8") == text else 1
    out.write_text(text, encoding="utf-8")
    negatives = sum(1 for r in rows if not r["labels"]["leaks"])
    leaks = sum(len(r["labels"]["leaks"]) for r in rows)
    print(f"{len(rows)} posts, {negatives} negatives, {len(rows) - negatives} with {leaks} leaks -> {out}")
    return 0


def main(argv: list[str]) -> int:
    return write_batch(OUT, render(), argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
