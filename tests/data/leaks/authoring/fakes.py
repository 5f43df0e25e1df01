"""Deterministic fake values for the leak development set.

Every value is random but well-formed for its format (provider prefixes, lengths and alphabets;
CRC32 checksums for GitHub and npm tokens; Luhn for cards; mod-97 for IBANs; numbering plans for
phone numbers). All come from one seeded generator, so the set renders identically every time.
None of the values belongs to anyone.
"""

from __future__ import annotations

import base64
import ipaddress
import random
import string
import zlib

import phonenumbers

DIGITS = string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
ALNUM = DIGITS + UPPER + LOWER
LOWER_ALNUM = DIGITS + LOWER
UPPER_ALNUM = DIGITS + UPPER
HEX = "0123456789abcdef"
B32 = UPPER + "234567"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
# GitHub's checksum alphabet: digits, then upper case, then lower case.
BASE62 = DIGITS + UPPER + LOWER

# Well-known test card numbers that must never be produced as "real" cards.
FAMOUS_TEST_CARDS = {
    "4242424242424242", "4111111111111111", "5555555555554444", "5105105105105100",
    "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
    "30569309025904", "3530111333300000", "4000056655665556", "4012888888881881",
    "5200828282828210", "2223003122003222", "4000000000000002",
}

CARD_ISSUERS = [
    # (name, prefixes, lengths, grouping for a 'spaced' rendering or None for blocks of four)
    ("Visa", ["4"], [13, 16, 19], None),
    ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2417", "2720"], [16], None),
    ("Amex", ["34", "37"], [15], (4, 6, 5)),
    ("Diners", ["36", "38"], [14], (4, 6, 4)),
    ("Discover", ["6011", "644", "65"], [16, 19], None),
    ("JCB", ["3528", "3541", "3589"], [16], None),
    ("Maestro", ["6759", "5018", "5020", "6304"], [12, 13, 15, 17, 18, 19], None),
    ("UnionPay", ["62"], [16, 17, 18, 19], None),
]

# BBAN layouts: (n)umeric, (a)lpha upper, (c) alphanumeric upper.
IBAN_LAYOUTS = {
    "DE": [("n", 18)], "GB": [("a", 4), ("n", 14)], "FR": [("n", 10), ("c", 11), ("n", 2)],
    "ES": [("n", 20)], "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("a", 4), ("n", 10)],
    "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 5), ("c", 12)], "PL": [("n", 24)],
    "PT": [("n", 21)], "IE": [("a", 4), ("n", 14)], "SE": [("n", 20)], "DK": [("n", 14)],
    "FI": [("n", 14)], "NO": [("n", 11)], "LU": [("n", 3), ("c", 13)],
}

PHONE_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "IN", "AU", "JP", "CA",
                 "SE", "PL", "IE", "CH", "ZA", "AR", "PT", "AT", "BE"]

FREEMAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "proton.me", "icloud.com",
            "gmx.de", "web.de", "yahoo.es", "orange.fr", "free.fr", "libero.it", "uol.com.br",
            "hotmail.co.uk", "btinternet.com", "t-online.de", "fastmail.com", "aol.com"]


def luhn_check_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


def base62(value: int, width: int) -> str:
    out = ""
    while value:
        value, rem = divmod(value, 62)
        out = BASE62[rem] + out
    return out.rjust(width, "0")


def checksum_token_valid(token: str, prefix_len: int) -> bool:
    body, check = token[prefix_len:-6], token[-6:]
    return base62(zlib.crc32(body.encode()), 6) == check


def iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


class Fakes:
    """One seeded source of every fake value in the set."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    # -- generic -----------------------------------------------------------------------------
    def s(self, n: int, alphabet: str = ALNUM) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n: int) -> str:
        return self.s(n, HEX)

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return self.r.choice("123456789") + self.s(n - 1, DIGITS)

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def b64url(self, n: int) -> str:
        return self.s(n, B64URL)

    def b64_bytes(self, n: int) -> str:
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()

    # -- checksummed tokens ----------------------------------------------------------------------
    def checksum_token(self, prefix: str) -> str:
        body = self.s(30, ALNUM)
        return prefix + body + base62(zlib.crc32(body.encode()), 6)

    def broken_checksum_token(self, prefix: str) -> str:
        token = self.checksum_token(prefix)
        last = token[-1]
        wrong = self.pick([c for c in BASE62 if c != last])
        broken = token[:-1] + wrong
        assert not checksum_token_valid(broken, len(prefix))
        return broken

    def github_fine_grained(self) -> str:
        return "github_pat_" + self.s(22, ALNUM) + "_" + self.s(59, ALNUM)

    # -- JWT and keys ----------------------------------------------------------------------------
    def jwt(self, claims: str | None = None) -> str:
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        sub = self.digits(7)
        body_json = claims or f'{{"sub":"{sub}","iat":17{self.digits(8)},"scope":"api"}}'
        body = base64.urlsafe_b64encode(body_json.encode()).decode().rstrip("=")
        return f"{head}.{body}.{self.b64url(43)}"

    def pem_body(self, der_head: bytes, n: int) -> str:
        raw = der_head + bytes(self.r.getrandbits(8) for _ in range(n))
        b = base64.b64encode(raw).decode()
        return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))

    def private_key(self, label: str = "RSA PRIVATE KEY", size: int = 300) -> str:
        heads = {
            "RSA PRIVATE KEY": b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00",
            "PRIVATE KEY": b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00",
            "EC PRIVATE KEY": b"\x30\x77\x02\x01\x01\x04\x20",
            "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none",
            "DSA PRIVATE KEY": b"\x30\x82\x01\xbb\x02\x01\x00\x02\x81\x81\x00",
            "ENCRYPTED PRIVATE KEY": b"\x30\x82\x05\x0e\x30\x40\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d",
        }
        n = 100 if label in ("EC PRIVATE KEY",) else size
        body = self.pem_body(heads[label], n)
        return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"

    def pgp_private_block(self) -> str:
        body = self.pem_body(b"\x95\x03\xc6\x04", 260)
        return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + self.s(4, B64)
                + "\n-----END PGP PRIVATE KEY BLOCK-----")

    # -- PII -------------------------------------------------------------------------------------
    def card(self, issuer: str | None = None, length: int | None = None) -> tuple[str, str, tuple | None]:
        name, prefixes, lengths, grouping = (
            next(i for i in CARD_ISSUERS if i[0] == issuer) if issuer else self.pick(CARD_ISSUERS))
        length = length or self.pick(lengths)
        while True:
            prefix = self.pick(prefixes)
            payload = prefix + self.s(length - len(prefix) - 1, DIGITS)
            number = payload + luhn_check_digit(payload)
            if number not in FAMOUS_TEST_CARDS and len(set(number)) > 3:
                return name, number, grouping

    def non_luhn(self, length: int = 16, prefix: str = "4") -> str:
        payload = prefix + self.s(length - len(prefix) - 1, DIGITS)
        good = luhn_check_digit(payload)
        return payload + self.pick([d for d in DIGITS if d != good])

    def imei(self) -> str:
        payload = self.pick(["35", "86", "01", "99"]) + self.s(12, DIGITS)
        return payload + luhn_check_digit(payload)

    def iban(self, country: str | None = None) -> str:
        country = country or self.pick(sorted(IBAN_LAYOUTS))
        bban = ""
        for kind, n in IBAN_LAYOUTS[country]:
            bban += self.s(n, {"n": DIGITS, "a": UPPER, "c": UPPER_ALNUM}[kind])
        return country + iban_check_digits(country, bban) + bban

    def bad_iban(self, country: str = "DE") -> str:
        good = self.iban(country)
        wrong = (int(good[2:4]) + self.r.randint(1, 50)) % 97 + 2
        bad = f"{good[:2]}{wrong:02d}{good[4:]}"
        return bad if not iban_valid(bad) else self.bad_iban(country)

    def phone(self, region: str, kind=phonenumbers.PhoneNumberType.MOBILE):
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        national = phonenumbers.national_significant_number(example)
        for attempt in range(4000):
            # Keep only the first digit or two of the example so area and mobile prefixes vary;
            # fall back to three once random prefixes keep failing the numbering plan.
            keep = self.r.choice([1, 2]) if attempt < 3000 else 3
            candidate = national[:keep] + self.s(len(national) - keep, DIGITS)
            num = phonenumbers.parse(candidate if region == "IT" else "+" + str(example.country_code) + candidate,
                                     region)
            if (phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region
                    and candidate != national and "555" not in candidate[3:6]):
                return num
        raise RuntimeError(f"no valid number for {region}")

    def ipv4_public(self) -> str:
        while True:
            ip = ipaddress.IPv4Address(self.r.getrandbits(32))
            if ip.is_global and not ip.is_multicast and str(ip).split(".")[0] not in ("0", "255"):
                return str(ip)

    def ipv6_public(self) -> str:
        while True:
            value = (0x2 << 124) | (self.r.getrandbits(61) << 64) | self.r.getrandbits(64)
            ip = ipaddress.IPv6Address(value)
            if ip.is_global and not str(ip).startswith("2001:db8"):
                if self.r.random() < 0.5:  # a host part with zeros, as servers often have
                    ip = ipaddress.IPv6Address((value >> 64 << 64) | self.r.getrandbits(16))
                return str(ip)

    def ssn(self) -> str:
        while True:
            area = self.r.randint(1, 899)
            if area == 666:
                continue
            value = f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            if value not in ("078-05-1120", "219-09-9999", "123-45-6789"):
                return value

    def email(self, first: str, last: str) -> str:
        style = self.r.randint(0, 4)
        first, last = first.lower(), last.lower()
        local = [f"{first}.{last}", f"{first}{last}{self.r.randint(1, 99)}", f"{first[0]}{last}",
                 f"{first}_{last}{self.r.randint(70, 99)}", f"{last}.{first}{self.r.randint(1, 9)}"][style]
        return f"{local}@{self.pick(FREEMAIL)}"
