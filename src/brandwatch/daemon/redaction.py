"""Blanking leaked values out of a stored post once its findings hold what reviewers need.

The replacement keeps the value's length, so every finding's start/end offsets into the stored text
stay true for the console's highlighting; the characters themselves are gone.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from brandwatch.model.analysis import FindingSpan

MASK_CHAR = "•"


def values_to_redact(text: str, spans: Sequence[FindingSpan], kinds: Iterable[str]) -> list[str]:
    """The exact leaked values of spans whose kind is redacted (spans outside the text are skipped)."""
    wanted = set(kinds)
    values = []
    for span in spans:
        if span.category == "leak" and span.kind in wanted and 0 <= span.start < span.end <= len(text):
            value = text[span.start:span.end]
            if value.strip():
                values.append(value)
    return values


def redact_text(text: str, spans: Sequence[FindingSpan], kinds: Iterable[str]) -> str:
    wanted = set(kinds)
    chars = list(text)
    for span in spans:
        if span.category == "leak" and span.kind in wanted and 0 <= span.start < span.end <= len(text):
            chars[span.start:span.end] = MASK_CHAR * (span.end - span.start)
    redacted = "".join(chars)
    # The same value may appear again where no span pointed (quoted twice, in a title and a body).
    for value in values_to_redact(text, spans, wanted):
        redacted = redacted.replace(value, MASK_CHAR * len(value))
    return redacted


def redact_payload(payload: Any, values: Sequence[str]) -> Any:
    """The raw platform payload with every string occurrence of the values masked, at any depth."""
    if not values:
        return payload
    if isinstance(payload, str):
        for value in sorted(values, key=len, reverse=True):
            payload = payload.replace(value, MASK_CHAR * len(value))
        return payload
    if isinstance(payload, dict):
        return {key: redact_payload(item, values) for key, item in payload.items()}
    if isinstance(payload, list):
        return [redact_payload(item, values) for item in payload]
    return payload
