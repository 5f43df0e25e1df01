"""The one secrecy module: every output a person or a file receives passes through here.

Three nets, each catching what the others may miss:
1. the exact values the analysis found (leak spans of the post shown), replaced wherever they recur;
2. keyed fingerprints of those values (review/secrecy.py): a note quoting a key is recognised even
   after the post itself was redacted at rest;
3. the bundled leak rules and a token-shape mask (the SecretMasker that also guards the logs), for
   values nothing pointed at.
Free of the database, so `brandwatch scan` and `rules explain` use it without one.
"""

from __future__ import annotations

import threading
from typing import Any, Iterable

MASKED = "[masked]"
MIN_VALUE_LENGTH = 4  # shorter spans would blank out ordinary words
_lock = threading.Lock()
_ready = False


def masker():
    """The process-wide SecretMasker (secret_masker.py), with the bundled rules unless the daemon set its own."""
    global _ready
    from brandwatch.secret_masker import MASKER

    with _lock:
        if not _ready:
            if MASKER._rules is None:
                MASKER.use_rules(bundled_rules())
            _ready = True
    return MASKER


def bundled_rules():
    from brandwatch.config import Settings
    from brandwatch.rules.loader import load_rules

    return load_rules(None, Settings())


def scrub(text: str | None) -> str | None:
    """Mask every secret the rules or the token shape recognise."""
    if not text:
        return text
    return masker().mask(text)


def scrub_all(value: Any) -> Any:
    """`scrub` applied to every string of a JSON-like value (tuples come back as lists)."""
    if not isinstance(value, (str, dict, list, tuple)):
        return value
    return _scrub_with(masker().mask, value)


# Values no scrub changes, by exact type: most of a contract's leaves (flags, scores, offsets, nulls)
# are these, and each is returned as is without a call (a quarter of the scan's masking time).
_UNCHANGED = frozenset({bool, int, float, type(None)})


def _scrub_with(mask, value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {k: mask(v) if type(v) is str else v if type(v) in _UNCHANGED else _scrub_with(mask, v)
                for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask(v) if type(v) is str else v if type(v) in _UNCHANGED else _scrub_with(mask, v)
                for v in value]
    return value


def mask_values(value: Any, values: Iterable[str]) -> Any:
    """Every occurrence of the known values replaced, however each is written (other separators in a
    card, another case, full-width or zero-width characters), in every string of a JSON-like value."""
    ordered = sorted({v for v in values if v and len(v.strip()) >= MIN_VALUE_LENGTH}, key=len, reverse=True)
    if not ordered:
        return value
    if isinstance(value, str):
        return hide_values(value, ordered)
    if isinstance(value, dict):
        return {k: mask_values(v, ordered) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_values(v, ordered) for v in value]
    return value


def hide_values(text: str, values: Iterable[str]) -> str:
    """`text` with each value (longest first) replaced by MASKED in every written form of it."""
    from brandwatch.rules.canonical import writing_pattern

    for secret in sorted(values, key=len, reverse=True):
        text = text.replace(secret, MASKED)
        pattern = writing_pattern(secret)  # builds its regex only for a text that may hold the value
        if pattern is not None:
            text = pattern.sub(MASKED, text)
        text = _hide_cut_ends(text, secret)
    return text


CUT_FRAGMENT = 6  # a preview cut inside a value may keep this much of it, or more, at either end
ELLIPSIS = "…"


def _hide_cut_ends(text: str, secret: str) -> str:
    """A preview cut short inside a value keeps its beginning at the preview's end (or its end at the
    preview's start): hide that piece too."""
    body = text.rstrip(ELLIPSIS)
    for length in range(len(secret) - 1, CUT_FRAGMENT - 1, -1):
        if body.endswith(secret[:length]):
            return body[:-length] + MASKED + text[len(body):]
    start = len(text) - len(text.lstrip(ELLIPSIS))
    for length in range(len(secret) - 1, CUT_FRAGMENT - 1, -1):
        if text.startswith(secret[-length:], start):
            return text[:start] + MASKED + text[start + length:]
    return text


def leak_values(text: str | None, spans: Iterable) -> list[str]:
    """The raw values of a text's leak spans (objects with category, start and end)."""
    if not text:
        return []
    return [text[s.start:s.end] for s in spans
            if getattr(s, "category", None) == "leak" and 0 <= s.start < s.end <= len(text)]


def masked_text(text: str | None, spans: Iterable) -> str | None:
    """The text with each leak span replaced by its preview, then scrubbed."""
    if text is None:
        return None
    chars = list(text)
    leaks = sorted((s for s in spans if getattr(s, "category", None) == "leak" and 0 <= s.start < s.end <= len(text)),
                   key=lambda s: s.start, reverse=True)
    for span in leaks:
        chars[span.start:span.end] = f"[{span.preview}]"
    return scrub(mask_values("".join(chars), leak_values(text, leaks)))


def safe_contract(text: str | None, analysis, parts: Iterable[str] | None = None) -> dict[str, Any]:
    """An analysis' JSON contract with no leaked value anywhere in it (a complaint's evidence or a
    disclosure quote may overlap a key); only its `parts` (top-level keys) when given.

    Each string is masked on its own, so the parts come out as they would in the whole contract; a
    caller that stores a few parts does not pay for masking the rest (the id, every finding's preview)."""
    contract = analysis.to_contract()
    if parts is not None:
        contract = {part: contract[part] for part in parts}
    return scrub_all(mask_values(contract, leak_values(text, analysis.findings)))
