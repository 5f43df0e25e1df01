"""Named checks that confirm a captured value is what its shape suggests (checksums, number plans).

Each validator takes the captured value as it appears in the normalised text and returns True when
the value is plausible. They never raise on odd input.
"""

from __future__ import annotations

import base64
import binascii
import json
from functools import lru_cache
from typing import Callable

import phonenumbers

from brandwatch.rules.token_checksums import crc32_base62_token


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


def jwt(value: str) -> bool:
    """JSON Web Tokens: a base64url JSON header naming an algorithm, and a JSON payload."""
    parts = value.split(".")
    if len(parts) != 3:
        return False
    header, payload = (_base64url_json(part) for part in parts[:2])
    return isinstance(header, dict) and "alg" in header and isinstance(payload, dict)


def macaroon_token(value: str) -> bool:
    """PyPI API tokens: `pypi-` and a base64url macaroon (format v2) issued by pypi.org or
    test.pypi.org, whose packets parse to the end and close with a 32-byte signature."""
    if not value.startswith("pypi-"):
        return False
    raw = _b64decode(value[5:], urlsafe=True)
    if raw is None or len(raw) < 40 or raw[0] != 2:
        return False
    fields = _macaroon_fields(raw[1:])
    if fields is None or len(fields) < 4:
        return False
    location, identifier = fields[0], fields[1]
    signature = fields[-1]
    return (location[0] == 1 and location[1] in (b"pypi.org", b"test.pypi.org") and identifier[0] == 2
            and signature[0] == 6 and len(signature[1]) == 32)


def _macaroon_fields(raw: bytes) -> list[tuple[int, bytes]] | None:
    """Every (type, data) packet in order, end-of-section markers as (0, b""); None if malformed."""
    fields, position = [], 0
    while position < len(raw):
        kind, position = _varint(raw, position)
        if kind is None:
            return None
        if kind == 0:
            fields.append((0, b""))
            continue
        length, position = _varint(raw, position)
        if length is None or position + length > len(raw):
            return None
        fields.append((kind, raw[position:position + length]))
        position += length
    return fields


def _varint(raw: bytes, position: int) -> tuple[int | None, int]:
    value, shift = 0, 0
    while position < len(raw) and shift < 35:
        byte = raw[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, position
        shift += 7
    return None, position


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32(value: str) -> bool:
    """Bech32 strings (BIP 173), such as age secret keys: the six-character checksum over the
    human-readable part and the data must hold."""
    lowered = value.lower()
    separator = lowered.rfind("1")
    if value not in (lowered, value.upper()) or separator < 1 or len(lowered) - separator < 7:
        return False
    hrp, data = lowered[:separator], lowered[separator + 1:]
    if any(ch not in _BECH32 for ch in data) or not all(33 <= ord(ch) <= 126 for ch in hrp):
        return False
    expanded = [ord(ch) >> 5 for ch in hrp] + [0] + [ord(ch) & 31 for ch in hrp]
    return _bech32_polymod(expanded + [_BECH32.index(ch) for ch in data]) == 1


def _bech32_polymod(values: list[int]) -> int:
    generators = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(generators):
            if (top >> i) & 1:
                checksum ^= generator
    return checksum


def crc24(data: bytes) -> int:
    """The CRC-24 of OpenPGP ASCII armour (RFC 4880, section 6.1)."""
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_private_key(value: str) -> bool:
    """An armoured OpenPGP private key: the body decodes, its first packet is a secret key, and
    the armour checksum line (optional since RFC 9580) matches when present."""
    lines = [line.strip() for line in value.replace("\\n", "\n").splitlines()]
    body, checksum = [], None
    for line in lines[1:]:
        if not line or ":" in line or line.startswith("-----"):
            continue
        if line.startswith("=") and len(line) == 5:
            checksum = line[1:]
            break
        body.append(line)
    joined = "".join(body)
    if checksum is None:  # a paste cut short: judge the whole base64 quads that arrived
        joined = joined[:len(joined) // 4 * 4]
    raw = _b64decode(joined, urlsafe=False)
    if raw is None or len(raw) < 16 or not raw[0] & 0x80:
        return False
    tag = raw[0] & 0x3F if raw[0] & 0x40 else (raw[0] >> 2) & 0x0F
    if tag != 5:
        return False
    if checksum is None:
        return True
    expected = _b64decode(checksum, urlsafe=False)
    return expected is not None and int.from_bytes(expected, "big") == crc24(raw)


def putty_private_key(value: str) -> bool:
    """A PuTTY private key file: the public blob (as many lines as Public-Lines says) decodes to an
    SSH key whose algorithm name is the one in the header."""
    lines = [line.strip() for line in value.replace("\\n", "\n").splitlines() if line.strip()]
    if not lines or not lines[0].startswith("PuTTY-User-Key-File-"):
        return False
    algorithm = lines[0].split(":", 1)[-1].strip()
    count_line = next((i for i, line in enumerate(lines) if line.startswith("Public-Lines:")), None)
    if count_line is None:
        return False
    try:
        count = int(lines[count_line].split(":", 1)[1])
    except ValueError:
        return False
    after = count_line + 1 + count
    # The header's line count must be right: the private section starts straight after the blob.
    if after >= len(lines) or not lines[after].startswith("Private-Lines:"):
        return False
    blob = _b64decode("".join(lines[count_line + 1:after]), urlsafe=False)
    if blob is None or len(blob) < 8:
        return False
    name_length = int.from_bytes(blob[:4], "big")
    return blob[4:4 + name_length].decode("ascii", "replace") == algorithm


def embedded_json(value: str) -> bool:
    """Tokens that carry a base64 JSON object after their prefix (Mapbox, 1Password service
    accounts, Sentry organisation tokens, Grafana Cloud): the object must decode."""
    start = value.find("eyJ")
    if start < 0:
        return False
    end = start
    while end < len(value) and (value[end].isalnum() or value[end] in "+/-="):
        end += 1
    chunk = value[start:end].rstrip("=").replace("-", "+")
    decoded = _b64decode(chunk, urlsafe=False)
    try:
        return decoded is not None and isinstance(json.loads(decoded), dict)
    except (ValueError, UnicodeDecodeError):
        return False


def discord_bot_token(value: str) -> bool:
    """Discord bot tokens: the first part is the bot's numeric user id in base64."""
    decoded = _b64decode(value.split(".", 1)[0], urlsafe=True)
    return decoded is not None and decoded.isdigit() and 17 <= len(decoded) <= 20


def base64_key_bytes(length: int) -> Callable[[str], bool]:
    """Keys that are `length` random bytes in base64 (Azure storage and Cosmos DB keys)."""
    def check(value: str) -> bool:
        decoded = _b64decode(value, urlsafe=False)
        return decoded is not None and len(decoded) == length and len(set(decoded)) > length // 4
    return check


def base64_private_key(value: str) -> bool:
    """base64 of a PEM private key, as kubeconfig's client-key-data holds it."""
    decoded = _b64decode(value, urlsafe=False)
    return decoded is not None and b"PRIVATE KEY-----" in decoded[:80]


def _b64decode(text: str, *, urlsafe: bool) -> bytes | None:
    try:
        padded = text + "=" * (-len(text) % 4)
        if urlsafe:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None


def _base64url_json(part: str) -> object:
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        return json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "luhn": luhn,
    "iban": iban,
    "us-ssn": us_ssn,
    "phone": phone,
    "github-token": crc32_base62_token,
    "npm-token": crc32_base62_token,
    "jwt": jwt,
    "pypi-macaroon": macaroon_token,
    "bech32": bech32,
    "pgp-private-key": pgp_private_key,
    "putty-private-key": putty_private_key,
    "embedded-json": embedded_json,
    "discord-bot-token": discord_bot_token,
    "azure-key-64-bytes": base64_key_bytes(64),
    "base64-private-key": base64_private_key,
}

# Credentials found by their context (assignments, headers, flags, URLs): their own module.
from brandwatch.rules.context_validators import CONTEXT_VALIDATORS  # noqa: E402

VALIDATORS.update(CONTEXT_VALIDATORS)
