"""Whether a collected item can be stored, decided per item before storing, so one bad item is rejected
alone (with its reason) instead of failing the INSERT for its whole batch.

Identifiers (ids, platform, the author handle that keys authors without an id) must be valid text that
fits its column: changing them would merge or split posts, so an item with a bad one is refused. Free
text (post text, display name, bio) is repaired instead (U+FFFD for what cannot be stored, display names
cut to their column) so a post is never lost for a stray character. JSON payloads are cleaned the same
way and refused when nested deeper than any platform nests them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from brandwatch.model.post import Post

MAX_NESTING = 64  # real API payloads nest about ten levels; deeper is hostile or broken input
_BIGINT = 2**63 - 1
_IDENTIFIERS = {"platform": 32, "external_id": 128, "author.id": 128, "author.handle": 128, "parent_id": 128,
                "lang": 16, "version": 128}
_DISPLAY_NAME = 256


@dataclass(frozen=True, slots=True)
class RefusedItem:
    """A mention that cannot be stored, as a rejected item (same shape as the collectors' RejectedItem)."""

    reason: str
    raw: dict[str, Any]
    external_id: str | None


def problem_with(mention: Post) -> str | None:
    """Why `mention` cannot be stored, naming the field; None when it can."""
    values = {"platform": mention.platform, "external_id": mention.external_id, "author.id": mention.author.id,
              "author.handle": mention.author.handle, "parent_id": mention.parent_id, "lang": mention.lang,
              "version": mention.version}
    for field, value in values.items():
        problem = _identifier_problem(value, _IDENTIFIERS[field])
        if problem:
            return f"field {field} {problem}"
    if not isinstance(mention.text, str):
        return f"field text must be a string, not {type(mention.text).__name__}"
    followers = mention.author.followers
    if followers is not None and (not isinstance(followers, int) or isinstance(followers, bool)
                                  or abs(followers) > _BIGINT):
        return f"field author.followers ({str(followers)[:40]}) is not a 64-bit integer"
    if not isinstance(mention.created_at, datetime):
        return "field created_at is not a date and time"
    for field, value in (("raw", mention.raw), ("metrics", mention.metrics)):
        if nesting_depth(value) > MAX_NESTING:
            return f"field {field} is nested more than {MAX_NESTING} levels deep"
    return None


def repaired(mention: Post) -> Post:
    """`mention` with its free text and payloads made storable (call only when problem_with found none)."""
    author = mention.author
    display_name = clean_text(author.display_name)
    return replace(mention, text=clean_text(mention.text), raw=clean_json(mention.raw),
                   metrics=clean_json(mention.metrics),
                   author=replace(author, display_name=display_name[:_DISPLAY_NAME] if display_name else display_name,
                                  description=clean_text(author.description)))


def refused(mention: Post, reason: str) -> RefusedItem:
    raw = mention.raw if nesting_depth(mention.raw) <= MAX_NESTING else {"note": "payload nested too deeply to keep"}
    return RefusedItem(reason, clean_json({"platform": mention.platform, "external_id": mention.external_id,
                                           "text": mention.text, "payload": raw}),
                       clean_text(str(mention.external_id))[:128] if mention.external_id is not None else None)


def _identifier_problem(value: Any, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return f"must be a string, not {type(value).__name__}"
    for position, char in enumerate(value, start=1):
        if "\ud800" <= char <= "\udfff":
            return f"holds a lone surrogate (U+{ord(char):04X}) at character {position}: not valid Unicode"
        if char == "\x00":
            return f"holds a NUL character at character {position}"
    if len(value) > limit:
        return f"is {len(value)} characters long; at most {limit} fit"
    return None


def nesting_depth(value: Any) -> int:
    """How deeply lists and objects nest in `value`, counted without recursion (it may be hostile)."""
    deepest, pending = 0, [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_NESTING:
            return deepest
        pending.extend((child, depth + 1) for child in children)
    return deepest


def clean_json(value: Any) -> Any:
    """A JSON value every backend stores: strings (keys too) cleaned like text, depth already bounded."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(key)): clean_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_json(item) for item in value]
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _BIGINT:
        return str(value)  # PostgreSQL's jsonb keeps it, but drivers and the console would not
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # NaN and Infinity are not JSON; PostgreSQL refuses them
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return clean_text(str(value))  # a collector's stray object (a set, a date) kept readable


def clean_text(value: str | None) -> str | None:
    """Text every backend can store: PostgreSQL refuses NUL, and lone surrogates cannot be encoded."""
    if value is None:
        return None
    if "\x00" in value:
        value = value.replace("\x00", "\ufffd")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value
