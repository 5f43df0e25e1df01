"""Random-but-well-formed fake values for the frozen leak set (fixed seed, so output is stable).

Every value here is invented. Formats (prefixes, lengths, alphabets, checksums) follow the
providers' published descriptions; no scanner's example strings were used.
"""

import base64
import json
import random
import string
import zlib

import phonenumbers

R = random.Random(20261202)

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def mixed(n, alphabet=ALNUM):
    """Random string that surely has upper, lower and digit (so it reads as a real token)."""
    while True:
        s = rs(alphabet, n)
        need = [k for k in (str.isupper, str.islower, str.isdigit) if any(k(c) for c in alphabet)]
        if all(any(k(c) for c in s) for k in need):
            return s


def b62_encode(n, pad=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(pad, "0")


def crc_token(prefix):
    """GitHub / npm style: prefix + 30 base62 + base62(CRC32(entropy)) padded to 6."""
    body = mixed(30)
    return prefix + body + b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def crc_token_bad(prefix):
    tok = crc_token(prefix)
    last = tok[-1]
    return tok[:-1] + ("A" if last != "A" else "B")


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(payload, alg="HS256"):
    head = b64url_json({"alg": alg, "typ": "JWT"})
    return f"{head}.{b64url_json(payload)}.{rs(B64URL, 43)}"


def password(n=14):
    sym = "!#%*+-.?@^_~"
    while True:
        s = "".join(R.choice(ALNUM + sym) for _ in range(n))
        if any(c in sym for c in s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s):
            return s


# ----------------------------------------------------------------------------- PII

def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number):
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


FAMOUS_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005",
                     "4000056655665556", "6011111111111117", "5105105105105100"}


def card(prefix, length):
    while True:
        partial = prefix + rs(string.digits, length - len(prefix) - 1)
        num = partial + luhn_digit(partial)
        if num not in FAMOUS_TEST_CARDS:
            return num


def not_luhn(length, prefix=""):
    while True:
        num = prefix + rs(string.digits, length - len(prefix))
        if not luhn_ok(num) and num[0] != "0":
            return num


def group(num, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(out)


IBAN_BBAN = {  # country: spec of the BBAN, n = digits, a = upper letters, c = alnum
    "DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "NL": "4a10n", "IT": "1a10n12c",
    "BE": "12n", "PL": "24n", "IE": "4a14n", "CH": "5n12c", "AT": "16n", "PT": "21n", "NO": "11n",
    "DK": "14n", "SE": "20n", "FI": "14n",
}


def _bban(spec):
    out, num = "", ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[ch]
        out += rs(alpha, n)
    return out


def iban_check(country, bban):
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    numeric = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(numeric) % 97 == 1


def iban(country):
    bban = _bban(IBAN_BBAN[country])
    return country + iban_check(country, bban) + bban


def iban_bad(country):
    while True:
        good = iban(country)
        bad_check = f"{(int(good[2:4]) + 7) % 100:02d}"
        if not luhn_ok(good[4:]):  # keep the digit run from reading as a card number
            return good[:2] + bad_check + good[4:]


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def phone(region, style="national", ptype=phonenumbers.PhoneNumberType.MOBILE):
    """A number valid for the region's plan, rendered in one of several written forms."""
    ex = phonenumbers.example_number_for_type(region, ptype)
    nsn = str(ex.national_number)
    for _ in range(500):
        keep = max(2, len(nsn) - 6)
        cand = nsn[:keep] + rs(string.digits, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        nanp_fiction = ex.country_code == 1 and cand[3:6] == "555"
        if phonenumbers.is_valid_number(num) and cand != nsn and not nanp_fiction:
            break
    else:
        raise RuntimeError(region)
    fmt = phonenumbers.PhoneNumberFormat
    if style == "national":
        return phonenumbers.format_number(num, fmt.NATIONAL)
    if style == "intl":
        return phonenumbers.format_number(num, fmt.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, fmt.E164)
    if style == "dots":
        nat = phonenumbers.format_number(num, fmt.NATIONAL).replace("(", "").replace(")", "")
        return nat.replace(" ", ".").replace("-", ".")
    if style == "intl-dashes":
        return phonenumbers.format_number(num, fmt.INTERNATIONAL).replace(" ", "-")
    if style == "00":
        return "00" + phonenumbers.format_number(num, fmt.INTERNATIONAL)[1:]
    raise ValueError(style)


def phone_valid(text, region):
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


def ipv4_public():
    while True:
        a = R.randint(11, 223)
        if a in (100, 127, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    head = R.choice(["2a02", "2600", "2001:4860", "2a01", "2406", "2c0f"])
    groups = head.split(":")
    while len(groups) < 8:
        groups.append(f"{R.randint(0, 0xffff):x}")
    if R.random() < 0.5:  # compress one run of middle groups
        return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def imei():
    partial = rs(string.digits, 14)
    partial = "35" + partial[2:]
    return partial + luhn_digit(partial)
