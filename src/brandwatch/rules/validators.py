"""Named checks that confirm a captured value is what its shape suggests (checksums, number plans).

Each validator takes the captured value as it appears in the normalised text and returns True when
the value is plausible. They never raise on odd input.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from functools import lru_cache
from typing import Callable

import phonenumbers

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# Length of a valid IBAN per country (ISO 13616 registry, common SEPA and nearby countries).
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
    "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
    "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30,
    "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}


def luhn(value: str) -> bool:
    """Payment card numbers: 12-19 digits (separators allowed) passing the Luhn checksum."""
    digits = [int(ch) for ch in value if ch.isdigit()]
    if not 12 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def iban(value: str) -> bool:
    """International bank account numbers: known country length and the ISO 7064 mod-97 check."""
    compact = "".join(value.split()).upper()
    if len(compact) < 15 or not compact.isalnum() or not compact.isascii():
        return False
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def us_ssn(value: str) -> bool:
    """US social security numbers: area, group and serial outside the never-issued ranges."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) != 9 or not digits.isascii():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
        return False
    # Numbers printed on sample cards and in advertising, never valid for a person.
    return digits not in {"078051120", "219099999", "123456789"}


# Where a number written nationally with a leading trunk 0 may come from; tried in order.
TRUNK_ZERO_REGIONS = ("GB", "IE", "DE", "FR", "IT", "ES", "NL", "BE", "AT", "CH", "SE", "JP", "KR",
                      "AU", "NZ", "IN", "BR", "ZA")


@lru_cache(maxsize=4096)  # parsing is the costliest check; hostile posts repeat one shape
def phone(value: str) -> bool:
    """Phone numbers the `phonenumbers` library considers valid: international (+ or 00) as
    written, national with a trunk 0 in any of the common regions above, anything else as US."""
    candidate = value.strip()
    digits = sum(ch.isdigit() for ch in candidate)
    if digits < 7 or digits > 15:
        return False
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    if candidate.startswith("+"):
        return _valid(candidate, None)
    if candidate.lstrip("(").startswith("0"):
        return any(_valid(candidate, region) for region in TRUNK_ZERO_REGIONS)
    national = "".join(ch for ch in candidate if ch.isdigit())
    if national.startswith("1"):
        national = national[1:]
    # North American plan: area code and exchange start with 2-9. Checking that first keeps a
    # hostile post of phone-shaped numbers from costing a full parse each.
    if len(national) != 10 or national[0] in "01" or national[3] in "01":
        return False
    return _valid(candidate, "US")


def _valid(number: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def crc32_base62_token(value: str) -> bool:
    """GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens: the last six base62 characters
    encode the CRC32 of the random part between the prefix and the checksum."""
    prefix_end = value.find("_") + 1
    body, checksum = value[prefix_end:-6], value[-6:]
    if prefix_end == 0 or len(body) < 20 or any(ch not in _BASE62 for ch in body + checksum):
        return False
    return _base62(zlib.crc32(body.encode("ascii"))).rjust(6, "0") == checksum


def jwt(value: str) -> bool:
    """JSON Web Tokens: a base64url JSON header naming an algorithm, and a JSON payload."""
    parts = value.split(".")
    if len(parts) != 3:
        return False
    header, payload = (_base64url_json(part) for part in parts[:2])
    return isinstance(header, dict) and "alg" in header and isinstance(payload, dict)


def _base64url_json(part: str) -> object:
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        return json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def _base62(number: int) -> str:
    digits = ""
    while number:
        number, remainder = divmod(number, 62)
        digits = _BASE62[remainder] + digits
    return digits or "0"


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "luhn": luhn,
    "iban": iban,
    "us-ssn": us_ssn,
    "phone": phone,
    "github-token": crc32_base62_token,
    "npm-token": crc32_base62_token,
    "jwt": jwt,
}

# Credentials found by their context (assignments, headers, flags, URLs): their own module.
from brandwatch.rules.context_validators import CONTEXT_VALIDATORS  # noqa: E402

VALIDATORS.update(CONTEXT_VALIDATORS)
