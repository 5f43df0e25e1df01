"""Checksummed token formats (GitHub, npm): shared by the format validators and the context
validators, which must not treat a token that fails its checksum as a secret either."""

from __future__ import annotations

import zlib

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def crc32_base62_token(value: str) -> bool:
    """GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens: the last six base62 characters
    encode the CRC32 of the random part between the prefix and the checksum."""
    prefix_end = value.find("_") + 1
    body, checksum = value[prefix_end:-6], value[-6:]
    if prefix_end == 0 or len(body) < 20 or any(ch not in _BASE62 for ch in body + checksum):
        return False
    return _base62(zlib.crc32(body.encode("ascii"))).rjust(6, "0") == checksum


def _base62(number: int) -> str:
    digits = ""
    while number:
        number, remainder = divmod(number, 62)
        digits = _BASE62[remainder] + digits
    return digits or "0"
