"""Fake values with a valid checksum or structure, for the formats whose validators check one.

Everything is drawn from a seeded `random.Random`, so the generated rule file is the same on every
run. Each maker returns (a valid fake, the same fake with its checksum or structure broken).
"""

from __future__ import annotations

import base64
import json
import random
import string
import zlib

from . import shape

_B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _base62(number: int) -> str:
    out = ""
    while number:
        number, rest = divmod(number, 62)
        out = _B62[rest] + out
    return out.rjust(6, "0")


def crc32_base62(prefix: str, body_length: int):
    """GitHub-style tokens: prefix, random base62 body, base62 CRC32 of the body (6 characters)."""
    def make(rng: random.Random) -> tuple[str, str]:
        body = "".join(rng.choice(_B62) for _ in range(body_length))
        good = prefix + body + _base62(zlib.crc32(body.encode()))
        wrong = _base62((zlib.crc32(body.encode()) + 1 + rng.randrange(1000)) % 2**32)
        return good, prefix + body + wrong
    return make


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _packet(kind: int, data: bytes) -> bytes:
    return bytes([kind, len(data)]) + data  # every length here is below 128: one varint byte


def pypi_macaroon(location: bytes):
    def make(rng: random.Random) -> tuple[str, str]:
        identifier = json.dumps({"nonce": rng.randbytes(8).hex(), "version": 1}).encode()
        caveat = json.dumps({"v": 1, "permissions": "user"}).encode()
        raw = (b"\x02" + _packet(1, location) + _packet(2, identifier) + b"\x00"
               + _packet(2, caveat) + b"\x00" + b"\x00" + _packet(6, rng.randbytes(32)))
        token = "pypi-" + _b64url(raw)
        return token, token[:-12]
    return make


def _bech32_checksum(hrp: str, data: list[int]) -> list[int]:
    from brandwatch.rules.validators import (
        _bech32_polymod,  # the one definition of the BCH code
    )
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data + [0] * 6
    polymod = _bech32_polymod(values) ^ 1
    return [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]


def age_secret_key(rng: random.Random) -> tuple[str, str]:
    bits = int.from_bytes(rng.randbytes(32), "big")
    data = [(bits >> (5 * i)) & 31 for i in reversed(range(52))]  # 256 bits in 52 groups of 5 (+pad)
    hrp = "age-secret-key-"
    good = (hrp + "1" + "".join(_BECH32[d] for d in data + _bech32_checksum(hrp, data))).upper()
    flipped = _BECH32[(_BECH32.index(good[-9].lower()) + 7) % 32].upper()
    return good, good[:-9] + flipped + good[-8:]


def _crc24(data: bytes) -> int:
    from brandwatch.rules.validators import crc24
    return crc24(data)


def pgp_private_key(rng: random.Random) -> tuple[str, str]:
    body = bytes([0x95, 0x01, 0xD8]) + bytes([4]) + rng.randbytes(120)
    encoded = base64.b64encode(body).decode()
    lines = [encoded[i:i + 64] for i in range(0, len(encoded), 64)]
    checksum = base64.b64encode(_crc24(body).to_bytes(3, "big")).decode()
    wrong = base64.b64encode(((_crc24(body) + 1) % 2**24).to_bytes(3, "big")).decode()
    head = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
    tail = "\n-----END PGP PRIVATE KEY BLOCK-----"
    return (head + "\n".join(lines) + f"\n={checksum}" + tail,
            head + "\n".join(lines) + f"\n={wrong}" + tail)


def putty_private_key(rng: random.Random) -> tuple[str, str]:
    algorithm = "ssh-ed25519"
    blob = len(algorithm).to_bytes(4, "big") + algorithm.encode() + (32).to_bytes(4, "big") + rng.randbytes(32)
    public = base64.b64encode(blob).decode()
    private = base64.b64encode(rng.randbytes(48)).decode()

    def render(header_algorithm: str) -> str:
        return (f"PuTTY-User-Key-File-3: {header_algorithm}\nEncryption: none\nComment: ed25519-key-20261203\n"
                f"Public-Lines: 2\n{public[:64]}\n{public[64:]}\nPrivate-Lines: 1\n{private}")
    return render(algorithm), render("ssh-rsa")


def embedded_json(prefix: str, payload_keys: tuple[str, ...], suffix_shape: str):
    """A prefix, base64 of a small JSON object, and a random tail (e.g. `.{b64u:22}`)."""
    tail = shape.parse(suffix_shape) if suffix_shape else ()

    def make(rng: random.Random) -> tuple[str, str]:
        payload = {key: rng.choice(["acme", "north", "studio", "prod"]) + str(rng.randrange(1000, 9999))
                   for key in payload_keys}
        chunk = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        junk = "eyJ" + "".join(rng.choice(_B62) for _ in range(len(chunk) - 3))
        rest = shape.fake(tail, rng) if tail else ""
        return prefix + chunk + rest, prefix + junk + rest
    return make


def discord_bot_token(rng: random.Random) -> tuple[str, str]:
    user_id = str(rng.randrange(10**17, 10**18 * 2))
    first = base64.b64encode(user_id.encode()).decode().rstrip("=")
    rest = shape.fake(shape.parse(".{b64u:6}.{b64u:38}"), rng)
    not_digits = base64.b64encode(rng.choice(["northwindbakery12", "quietharbourlane9"]).encode()
                                  ).decode().rstrip("=")
    return first + rest, "M" + not_digits[1:] + rest


def base64_bytes(length: int):
    def make(rng: random.Random) -> tuple[str, str]:
        good = base64.b64encode(rng.randbytes(length)).decode()
        return good, None
    return make


def base64_pem_private_key(rng: random.Random) -> tuple[str, str]:
    pem = ("-----BEGIN RSA PRIVATE KEY-----\n" + base64.b64encode(rng.randbytes(90)).decode()
           + "\n-----END RSA PRIVATE KEY-----\n")
    not_key = "-----BEGIN CERTIFICATE-----\n" + base64.b64encode(rng.randbytes(90)).decode() + "\n"
    return base64.b64encode(pem.encode()).decode(), base64.b64encode(not_key.encode()).decode()


def jwt(rng: random.Random) -> tuple[str, str]:
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": str(rng.randrange(10**6, 10**7)), "iat": 1760000000 + rng.randrange(10**6),
              "role": rng.choice(["service_role", "admin", "user"])}
    payload = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    signature = _b64url(rng.randbytes(32))
    bogus = "eyJ" + "".join(rng.choice(_B62) for _ in range(len(header) - 3))
    return f"{header}.{payload}.{signature}", f"{bogus}.{payload}.{signature}"
