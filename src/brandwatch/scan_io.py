"""Reading `scan` input lines (JSON Lines posts) and writing its output objects."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from brandwatch.model.post import Author, Post, as_utc

MAX_LINE_ERROR_CHARS = 200


class InputLineError(ValueError):
    def __init__(self, line: int, message: str, post_id: str | None = None):
        super().__init__(f"line {line}: {message}")
        self.line, self.post_id = line, post_id

    def to_contract(self) -> dict[str, Any]:
        return {"id": self.post_id, "line": self.line, "error": str(self)}


@dataclass(frozen=True, slots=True)
class ParsedLine:
    line: int
    mention: Post | None
    error: InputLineError | None


def parse_line(raw: str, line: int) -> ParsedLine:
    try:
        return ParsedLine(line, mention_from_post(raw, line), None)
    except InputLineError as error:
        return ParsedLine(line, None, error)


def mention_from_post(raw: str, line: int) -> Post:
    try:
        post = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputLineError(line, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:  # a hostile line nested thousands of levels deep
        raise InputLineError(line, "JSON nested too deeply to read") from None
    if not isinstance(post, dict):
        raise InputLineError(line, "expected a JSON object")
    post_id = post.get("id")
    if isinstance(post_id, int) and not isinstance(post_id, bool):
        post_id = str(post_id)
    shown_id = post_id if isinstance(post_id, str) else None
    if not isinstance(post_id, str) or not post_id:
        raise InputLineError(line, "field 'id' must be a non-empty string")
    text = post.get("text")
    if not isinstance(text, str):
        problem = "is missing" if text is None else "must be a string"
        raise InputLineError(line, f"field 'text' {problem}", shown_id)
    followers = post.get("author_followers")
    if followers is not None and (not isinstance(followers, int) or isinstance(followers, bool)):
        raise InputLineError(line, "field 'author_followers' must be an integer", shown_id)
    author = Author(handle=_optional_str(post, "author", line, shown_id),
                    description=_optional_str(post, "author_description", line, shown_id),
                    followers=followers)
    return Post(
        platform=_optional_str(post, "platform", line, shown_id) or "unknown",
        external_id=post_id, text=text, author=author,
        created_at=_created_at(post.get("created_at"), line, shown_id), raw=post,
    )


def _optional_str(post: dict, key: str, line: int, post_id: str | None) -> str | None:
    value = post.get(key)
    if value is not None and not isinstance(value, str):
        raise InputLineError(line, f"field '{key}' must be a string", post_id)
    return value or None


def _created_at(value: Any, line: int, post_id: str | None) -> datetime:
    if value is None:
        return datetime.now(timezone.utc)
    if not isinstance(value, str):
        raise InputLineError(line, "field 'created_at' must be an ISO 8601 string", post_id)
    try:
        return as_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        raise InputLineError(line, f"field 'created_at' is not ISO 8601: {value[:40]!r}", post_id) from None


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
