"""Validators for credentials found by their context (an assignment, a header, a flag, a URL) rather
than by a provider's format: is the captured value shaped like a secret, or like a word, a reference
or a number? And do encoded values (Basic headers, base64-wrapped keys) decode to a credential?

Registered into `validators.VALIDATORS` under the names in CONTEXT_VALIDATORS. Like every validator
they take the captured value as it appears in the normalised text and never raise.
"""

from __future__ import annotations

import base64
import binascii
import re
from functools import lru_cache
from typing import Callable

from brandwatch.rules.allowlists import is_placeholder_or_demo
from brandwatch.rules.conditions import shannon_entropy
from brandwatch.rules.token_checksums import crc32_base62_token

_SYMBOLS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_VOWELS = frozenset("aeiouyAEIOUY")
# A reference to a value kept elsewhere, not the value: calls, subscripts, attribute paths (but not
# "Maple.Quartz96": a path does not end in a number, a password of two words and digits does),
# CONSTANT_NAMES and the lookups of secret stores (`vault:`, `op://`, `arn:aws:`).
_REFERENCE = re.compile(
    r"[A-Za-z0-9_]\(|\)$|[A-Za-z0-9_]\[|\]$|^[$%{<@&]"
    r"|^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?<![0-9][0-9])$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$"
    r"|(?i:^(?:vault|env|file|ssm|secret|secrets|keyring|op|arn|kms|ref)(?::|://))"
)
# Numbers in clothes: versions, dates, times, prices, phone numbers, IPs, hex literals.
_NUMBERLIKE = re.compile(r"^v?[0-9][0-9.,:/+_-]*(?:[-+.]?(?:alpha|beta|rc|dev|pre|post|final|snapshot|lts|"
                         r"[a-z]{1,2})[0-9.]*)?$|^0x[0-9a-fA-F]+$|^[0-9.,]+%$", re.I)
_EMAIL = re.compile(r"^[^@\s]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_URLISH = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|/|\./|\.\./|~/)", re.I)
_CAMEL_OR_SEPARATED = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_TRAILING_PUNCTUATION = ".,!?;:)]}'\""
_BASE64_BODY = re.compile(r"[A-Za-z0-9+/=]")
_PEM_HEADER = re.compile(r"-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----")
_PEM_FOOTER = re.compile(r"-----END.*", re.S)  # also a footer cut short
# Escaped line breaks, header lines of encrypted keys, and the quoting of keys split into strings.
_PEM_NOISE = re.compile(r"\\+[rn]|(?:Proc-Type|DEK-Info|Comment|Version):[^\\\n\"']*|[\"'`,+&.\s]")
# Formats whose last characters are a checksum: a value of this shape that fails it is a typo or an
# invention, whatever key it is assigned to.
_CHECKSUMMED_TOKEN = re.compile(r"^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$")
MIN_KEY_BODY = 40  # base64 characters: under this, a "key" is a header and a stub


def character_classes(value: str) -> int:
    return (any(c.islower() for c in value) + any(c.isupper() for c in value)
            + any(c.isdigit() for c in value) + any(c in _SYMBOLS for c in value))


_DOTTED_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$")


def is_reference(value: str) -> bool:
    """`${VAR}`, `os.environ["X"]`, `config.db.password`, `DB_PASSWORD`, `vault:secret/x`..."""
    if not _REFERENCE.search(value):
        return False
    # A dotted token ("bLLcZz3qpsq2KoAQ.QDbw4VeWpUDeBY5G") has the shape of `config.db.password`,
    # but attribute names are words: a long random part with digits and both cases is a token's.
    return not (_DOTTED_PATH.match(value) and any(_random_part(part) for part in value.split(".")))


def _random_part(part: str) -> bool:
    """Digits and both cases in many short pieces: `apiKeyForTheService2024` splits into six words,
    a random 32-character token into a dozen fragments or more."""
    if len(part) < 16 or character_classes(part) < 3:
        return False
    return len(_CAMEL_OR_SEPARATED.findall(part)) * 3 >= len(part)


def is_word_like(value: str) -> bool:
    """Letters only, and every piece (split at case changes and separators) reads like a word:
    `forgotten`, `Incorrect`, `ForgottenAgain`, `change-me-later`, `db_password`."""
    if any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    pieces = [p for p in re.split(r"[^A-Za-z]+", value) if p]
    if not pieces or len(pieces) != len([p for p in re.split(r"[-_. ]+", value) if p]):
        return False  # some separator is not a word separator: !, @, # ... read as a secret
    for piece in pieces:
        for part in _CAMEL_OR_SEPARATED.findall(piece):
            if part.isupper() and len(part) <= 5:
                continue  # an acronym: DB, API, URL
            if len(part) < 2 or not _VOWELS.intersection(part) or _longest_consonant_run(part) > 4:
                return False
    return True


def _longest_consonant_run(word: str) -> int:
    longest = run = 0
    for ch in word:
        run = 0 if ch in _VOWELS else run + 1
        longest = max(longest, run)
    return longest


def fails_its_checksum(value: str) -> bool:
    if not _CHECKSUMMED_TOKEN.match(value):
        return False
    return not crc32_base62_token(value)


# One segment of a store path or a resource name: a lowercase word, maybe joined by separators to
# more (`prod`, `db-credentials`, `api_token.v2`).
_PATH_SEGMENT = re.compile(r"^[a-z]{2,}(?:[-_.][a-z0-9]{2,})*$")


def is_word_path(value: str) -> bool:
    """A path made of words (`prod/acme/db-credentials`, `team/ci/Deploy-Token`): the name under
    which a secret store keeps a value, not the value."""
    segments = value.strip("/").split("/")
    # Every segment a word in lower or mixed case: `ETH/USDT` (capitals only) reads as no path.
    return len(segments) >= 2 and all(_PATH_SEGMENT.match(s) or (is_word_like(s) and not s.isupper())
                                      for s in segments)


def _not_a_secret(value: str) -> bool:
    numberlike = bool(_NUMBERLIKE.match(value)) or all(c.isdigit() or c in ".,:/+_- " for c in value)
    return (is_reference(value) or is_word_like(value) or numberlike or is_word_path(value)
            or bool(_EMAIL.match(value)) or bool(_URLISH.match(value)) or fails_its_checksum(value))


@lru_cache(maxsize=4096)  # hostile posts repeat one value thousands of times
def secret_value(value: str) -> bool:
    """A value in a strong syntactic context (quoted in code or config, after a flag): at least six
    characters that are not a word, a reference or a number, with mixed character classes or, for a
    single class, the length and entropy of a random string."""
    if not 6 <= len(value) <= 512 or len(set(value)) < 4:
        return False
    # The cheap shape test first: most rejected values fail here, before any regex runs.
    has_letter, has_digit = any(c.isalpha() for c in value), any(c.isdigit() for c in value)
    if value.isdigit():
        shaped = len(value) >= 8 and shannon_entropy(value) >= 2.8
    elif has_letter and has_digit:
        shaped = True
    elif character_classes(value) >= 2:
        shaped = shannon_entropy(value) >= 2.5
    else:
        shaped = len(value) >= 16 and shannon_entropy(value) >= 3.5
    return shaped and not _not_a_secret(value)


@lru_cache(maxsize=4096)
def bare_secret_value(value: str) -> bool:
    """A value written without quotes after `key:` or `KEY=`, the form prose also takes ("password:
    forgotten again lol"): stricter. Eight characters or more, not a word, reference or number, and
    letters with digits, or a symbol with two other classes, or a long random single-class string."""
    core = value.rstrip(_TRAILING_PUNCTUATION) or value
    if not 8 <= len(core) <= 512 or len(set(core)) < 5:
        return False
    lower = any(c.islower() for c in core)
    upper = any(c.isupper() for c in core)
    digit = any(c.isdigit() for c in core)
    symbol = any(c in _SYMBOLS for c in core)
    shaped = (((lower or upper) and digit) or (symbol and lower and upper)
              or (len(core) >= 16 and shannon_entropy(core) >= 3.5))
    return shaped and not _not_a_secret(core)


def url_password(value: str) -> bool:
    """The password of `scheme://user:password@host`: the URL is context enough for a short or
    plain-word password, but not for a port number, a reference or a placeholder."""
    # URLs carry non-ASCII characters percent-encoded, so a raw one means this is not a URL's password.
    if not 3 <= len(value) <= 256 or not value.isascii() or (value.isdigit() and len(value) <= 5):
        return False
    return not (is_reference(value) or is_placeholder_or_demo(value))


def basic_auth(value: str) -> bool:
    """The credentials of `Authorization: Basic ...`: base64 of `user:password` with a real-looking
    password, or of `long-api-key:` with an empty one (the API-key-as-user convention)."""
    decoded = _b64decode(value)
    if decoded is None:
        return False
    try:
        text = decoded.decode("utf-8")
    except UnicodeDecodeError:
        return False
    user, colon, password = text.partition(":")
    if not colon or not user or not text.isprintable() or any(c.isspace() for c in user) or len(user) > 256:
        return False
    if not password:
        return len(user) >= 16 and shannon_entropy(user) >= 3.5 and not is_placeholder_or_demo(user)
    return len(password) >= 4 and not is_reference(password) and not is_placeholder_or_demo(password)


def private_key_body(value: str) -> bool:
    """A private key written with escaped line breaks or split into quoted strings: after the header
    there is a body of at least MIN_KEY_BODY base64 characters with the spread of random bytes."""
    header = _PEM_HEADER.search(value)
    if header is None:
        return False
    # A repeated header is not a body: a post of nothing but headers must not pass.
    rest = _PEM_HEADER.sub("", _PEM_FOOTER.sub("", value[header.end():]))
    body = "".join(_BASE64_BODY.findall(_PEM_NOISE.sub("", rest)))
    return (len(body) >= MIN_KEY_BODY and shannon_entropy(body) >= 4.0
            and not is_placeholder_or_demo(body))


def base64_private_key(value: str) -> bool:
    """A base64 blob (a Kubernetes Secret's `tls.key`, a CI variable) that decodes to a PEM private
    key with a body, not to a certificate or a public key."""
    usable = value.rstrip("=")
    decoded = _b64decode(usable[: len(usable) // 4 * 4])
    if decoded is None:
        return False
    text = decoded.decode("ascii", "replace")
    return text.startswith("-----BEGIN ") and private_key_body(text)


def _b64decode(value: str) -> bytes | None:
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


CONTEXT_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "secret-value": secret_value,
    "bare-secret-value": bare_secret_value,
    "url-password": url_password,
    "basic-auth": basic_auth,
    "private-key-body": private_key_body,
    "base64-private-key": base64_private_key,
}
