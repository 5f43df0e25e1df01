"""Helpers the platform collectors share: brand-term matching, timestamps, plain raw payloads."""

from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import datetime, timezone
from typing import Any, Iterable


class MalformedItem(ValueError):
    """One item cannot be normalised; the collector keeps it raw and moves on."""


class TermFilter:
    """Does a text name the brand? Whole-word, case-insensitive; no terms means everything matches."""

    def __init__(self, terms: Iterable[str]):
        cleaned = sorted({t.strip().casefold() for t in terms if t.strip()}, key=len, reverse=True)
        self._pattern = (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in cleaned) + r")(?!\w)",
                                    re.IGNORECASE) if cleaned else None)

    def matches(self, text: str) -> bool:
        return self._pattern is None or self._pattern.search(text) is not None


def utc_from_epoch(value: Any, field: str) -> datetime:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise MalformedItem(f"field '{field}' must be a number of seconds, got {str(value)[:40]!r}")
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        raise MalformedItem(f"field '{field}' is out of range: {value!r}") from None


def utc_from_iso(value: Any, field: str) -> datetime:
    if not isinstance(value, str):
        raise MalformedItem(f"field '{field}' must be an ISO 8601 string, got {str(value)[:40]!r}")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedItem(f"field '{field}' is not ISO 8601: {value[:40]!r}") from None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def required_str(raw: dict[str, Any], field: str) -> str:
    value = raw.get(field)
    if not isinstance(value, str) or not value:
        raise MalformedItem(f"field '{field}' must be a non-empty string")
    return value


def plain(value: Any) -> Any:
    """A JSON-safe copy: library objects (a praw Redditor, say) become their string form."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return str(value)


def config_fingerprint(*parts: Any) -> str:
    """A short hash of credentials and source config: a disabled source is retried when it changes.

    Only the hash is stored, never the credentials themselves.
    """
    text = json.dumps([plain(p) for p in parts], sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
