"""The structure and checksum validators of secret formats, on values built here with known flaws."""

from __future__ import annotations

import base64
import json
import random
import zlib

import pytest

from brandwatch.rules.validators import (
    VALIDATORS,
    bech32,
    crc24,
    crc32_base62_token,
    discord_bot_token,
    embedded_json,
    macaroon_token,
    pgp_private_key,
    putty_private_key,
)

RNG = random.Random(1606)
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _base62(number: int) -> str:
    out = ""
    while number:
        number, rest = divmod(number, 62)
        out = B62[rest] + out
    return out.rjust(6, "0")


def _crc_token(prefix: str) -> str:
    body = "".join(RNG.choice(B62) for _ in range(30))
    return prefix + body + _base62(zlib.crc32(body.encode()))


@pytest.mark.parametrize("prefix", ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"])
def test_when_a_crc_token_is_intact_it_passes_and_any_one_character_change_fails(prefix):
    token = _crc_token(prefix)
    assert crc32_base62_token(token) is True
    for position in (len(prefix), len(prefix) + 15, len(token) - 1):
        swapped = "A" if token[position] != "A" else "B"
        assert crc32_base62_token(token[:position] + swapped + token[position + 1:]) is False


def test_when_the_issue_s_fake_github_token_is_checked_then_it_fails():
    assert crc32_base62_token("ghp_1234567890abcdefghijklmnopqrstuvwxyz") is False


def _macaroon(location: bytes, signature_length: int = 32) -> str:
    def packet(kind: int, data: bytes) -> bytes:
        return bytes([kind, len(data)]) + data
    raw = (b"\x02" + packet(1, location) + packet(2, b'{"nonce":"5c1e","version":1}') + b"\x00"
           + packet(2, b'{"permissions":"user"}') + b"\x00\x00" + packet(6, RNG.randbytes(signature_length)))
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def test_when_a_pypi_token_is_a_whole_macaroon_from_pypi_then_it_passes():
    assert macaroon_token(_macaroon(b"pypi.org")) is True
    assert macaroon_token(_macaroon(b"test.pypi.org")) is True


@pytest.mark.parametrize("token", [
    _macaroon(b"evil.example"),  # issued elsewhere
    _macaroon(b"pypi.org", signature_length=20),  # signature of the wrong size
    _macaroon(b"pypi.org")[:-10],  # truncated paste
    "pypi-AgEIcHlwaS5vcmc" + "A" * 60,  # the right opening, then filler
])
def test_when_a_pypi_token_is_not_a_whole_macaroon_then_it_fails(token):
    assert macaroon_token(token) is False


def _bech32(hrp: str, data: list[int]) -> str:
    from brandwatch.rules.validators import _BECH32, _bech32_polymod
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data + [0] * 6
    polymod = _bech32_polymod(values) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)


def test_when_an_age_key_has_its_bech32_checksum_then_it_passes_in_upper_case_only_whole():
    key = _bech32("age-secret-key-", [RNG.randrange(32) for _ in range(52)]).upper()
    assert bech32(key) is True
    assert bech32(key.lower()) is True
    assert bech32(key[:20] + key[20:].lower()) is False  # mixed case is invalid bech32
    flipped = "Q" if key[30] != "Q" else "P"
    assert bech32(key[:30] + flipped + key[31:]) is False


def _armour(body: bytes, checksum: int | None) -> str:
    lines = base64.b64encode(body).decode()
    tail = "" if checksum is None else "\n=" + base64.b64encode(checksum.to_bytes(3, "big")).decode()
    return (f"-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: test\n\n{lines[:64]}\n{lines[64:]}{tail}\n"
            "-----END PGP PRIVATE KEY BLOCK-----")


def test_when_a_pgp_block_holds_a_secret_key_packet_then_the_armour_checksum_decides():
    secret_key = bytes([0x95, 0x01, 0xD8, 0x04]) + RNG.randbytes(90)
    assert pgp_private_key(_armour(secret_key, crc24(secret_key))) is True
    assert pgp_private_key(_armour(secret_key, None)) is True  # the checksum line is optional
    assert pgp_private_key(_armour(secret_key, crc24(secret_key) ^ 1)) is False
    escaped = _armour(secret_key, crc24(secret_key)).replace("\n", "\\n")  # pasted from JSON
    assert pgp_private_key(escaped) is True
    cut = _armour(secret_key, None).split("\n")[:4]  # header, blank line, one line and a bit
    assert pgp_private_key("\n".join(cut)[:-7]) is True


def test_when_a_pgp_block_holds_a_public_key_packet_then_it_is_not_a_private_key():
    public_key = bytes([0x99, 0x01, 0x0D, 0x04]) + RNG.randbytes(90)
    assert pgp_private_key(_armour(public_key, crc24(public_key))) is False


def test_when_crc24_is_computed_then_it_matches_the_rfc_4880_initial_value_on_empty_input():
    assert crc24(b"") == 0xB704CE


def _putty(header_algorithm: str, blob_algorithm: str, public_lines: int = 2) -> str:
    blob = len(blob_algorithm).to_bytes(4, "big") + blob_algorithm.encode() + RNG.randbytes(40)
    encoded = base64.b64encode(blob).decode()
    return (f"PuTTY-User-Key-File-3: {header_algorithm}\nEncryption: none\nComment: ci\n"
            f"Public-Lines: {public_lines}\n{encoded[:40]}\n{encoded[40:]}\nPrivate-Lines: 1\nQUJD")


def test_when_a_putty_key_s_public_blob_names_its_header_algorithm_then_it_passes():
    assert putty_private_key(_putty("ssh-ed25519", "ssh-ed25519")) is True
    assert putty_private_key(_putty("ssh-rsa", "ssh-ed25519")) is False
    assert putty_private_key(_putty("ssh-ed25519", "ssh-ed25519", public_lines=1)) is False


def _b64json(obj) -> str:
    return base64.b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def test_when_a_token_embeds_base64_json_then_only_an_object_passes():
    assert embedded_json("sk." + _b64json({"u": "acme", "a": "ck1"}) + ".Zm9vYmFyYmF6cXV4cXV1eA") is True
    assert embedded_json("ops_" + _b64json({"signInAddress": "my.1password.com"})) is True
    assert embedded_json("sntrys_" + _b64json({"iat": 1, "org": "acme"}) + "_c2VjcmV0c2VjcmV0") is True
    assert embedded_json("sk." + _b64json(["not", "an", "object"]) + ".Zm9v") is False
    assert embedded_json("sk.eyJzzzzzzzzzzzzzzzzzzzzzzzz.Zm9v") is False


def test_when_a_discord_token_s_first_part_is_a_user_id_then_it_passes():
    first = base64.b64encode(b"812345678901234567").decode().rstrip("=")
    assert discord_bot_token(first + ".GhT3aB.abcdefghijklmnopqrstuvwxyzABCDEFGHIJK") is True
    words = base64.b64encode(b"northwindbakery12").decode().rstrip("=")
    assert discord_bot_token(words + ".GhT3aB.abcdefghijklmnopqrstuvwxyzABCDEFGHIJK") is False


def test_when_an_azure_key_is_checked_then_it_must_be_64_varied_bytes():
    check = VALIDATORS["azure-key-64-bytes"]
    assert check(base64.b64encode(RNG.randbytes(64)).decode()) is True
    assert check(base64.b64encode(RNG.randbytes(32)).decode()) is False
    assert check(base64.b64encode(b"A" * 64).decode()) is False


def test_when_base64_holds_a_pem_private_key_then_only_that_passes():
    check = VALIDATORS["base64-private-key"]
    key = b"-----BEGIN EC PRIVATE KEY-----\n" + base64.b64encode(RNG.randbytes(60)) + b"\n"
    cert = b"-----BEGIN CERTIFICATE-----\n" + base64.b64encode(RNG.randbytes(60)) + b"\n"
    assert check(base64.b64encode(key).decode()) is True
    assert check(base64.b64encode(cert).decode()) is False
