"""Showing a leaked value without leaking it again: previews that cannot be rebuilt, keyed fingerprints.

A fingerprint groups the same secret across posts. It is an HMAC-SHA-256 under a key that never
leaves the deployment, because a plain hash of a 9-digit SSN or a 16-digit card number can be
reversed by trying every candidate. It is taken of the value's canonical form (rules/canonical.py),
so the same card with or without spaces, or an e-mail address in another case, is one group. The
key itself is read or made by keys.py and handed in.
"""

from __future__ import annotations

import hashlib
import hmac

from brandwatch.rules.canonical import canonical, form_for, pre_digit_fold_canonical, written_forms

MASK = "•"
SECRET_PREFIX_MIN_LENGTH = 16  # shorter secrets show no characters at all
SECRET_PREFIX = 4


def preview(value: str, kind: str, pii_type: str | None = None) -> str:
    """A masked form of a leaked value for screens and exports; never enough to rebuild it.

    secret and confidential: the first 4 characters when the value has at least 16, else nothing,
    then a fixed-length mask (the length of the value is not shown either).
    pii: card -> last 4 digits; email -> first letter and domain; phone, ssn, iban -> last 2.
    anything else: fully masked.
    """
    if kind in ("secret", "confidential"):
        shown = value[:SECRET_PREFIX] if len(value) >= SECRET_PREFIX_MIN_LENGTH else ""
        return f"{shown}{MASK * 8}"
    if kind == "pii":
        return _pii_preview(value, pii_type)
    return MASK * 8


def pii_type_for(rule_id: str) -> str | None:
    """The PII type a bundled rule id names (pii-payment-card -> card), for `preview`."""
    for marker, pii_type in (("card", "card"), ("email", "email"), ("phone", "phone"),
                             ("ssn", "ssn"), ("iban", "iban")):
        if marker in rule_id:
            return pii_type
    return None


def preview_hit(hit) -> str:
    """`preview` of a RuleHit, with the kind and PII type taken from its rule."""
    return preview(hit.value, hit.rule.kind or "", pii_type_for(hit.rule.id))


def _pii_preview(value: str, pii_type: str | None) -> str:
    if pii_type == "card":
        digits = [ch for ch in value if ch.isdigit()]
        return f"{MASK * 4} {''.join(digits[-4:])}" if len(digits) >= 12 else MASK * 8
    if pii_type == "email" and "@" in value:
        local, _, domain = value.rpartition("@")
        return f"{local[:1]}{MASK * 3}@{domain}" if local else MASK * 8
    if pii_type in ("phone", "ssn", "iban"):
        compact = "".join(value.split())
        return f"{MASK * 6}{compact[-2:]}" if len(compact) >= 6 else MASK * 8
    return MASK * 8


def fingerprint(value: str, key: bytes) -> str:
    """HMAC-SHA-256 of the value under the deployment's key, as hex (of the value exactly as given:
    `value_fingerprint` canonicalises first)."""
    return hmac.new(key, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def value_fingerprint(value: str, key: bytes, form: str) -> str:
    """The grouping fingerprint of a leaked value: `fingerprint` of its canonical form."""
    return fingerprint(canonical(value, form), key)


def legacy_fingerprints(value: str, key: bytes, form: str) -> tuple[str, ...]:
    """Fingerprints the value may have been stored under before they were canonical (migration
    0008_issue16_fingerprints): the value as written here and its common written forms; and the
    canonical form as it was before accents were composed and every script's digits written as ASCII
    (a card in Arabic-Indic digits was fingerprinted with those digits then)."""
    candidates = {value, pre_digit_fold_canonical(value, form)} | written_forms(canonical(value, form), form)
    return tuple(sorted(fingerprint(candidate, key) for candidate in candidates))


def rekeyed_fingerprint(value: str, stored: str, key: bytes, form: str) -> str | None:
    """The canonical fingerprint of a value stored under the old scheme, or None when `value` is not
    what `stored` was made of (another key, an edited or redacted post): never re-key on a guess."""
    if not hmac.compare_digest(fingerprint(value, key), stored):
        return None
    return value_fingerprint(value, key, form)


def hit_form(hit) -> str:
    """The canonical form of a RuleHit's value: the rule's `fingerprint:` hint, else its id and kind."""
    return form_for(hit.rule.id, hit.rule.kind, hit.rule.fingerprint)
