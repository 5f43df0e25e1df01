"""Posts for `brandwatch query test`, one a line: a JSON object, or the post's text as it is.

A JSON line may give `text` (required), `platform`, `author` (a handle, or an object with `handle`),
`subreddit` and `lang` -- the fields a query can ask about.
"""

from __future__ import annotations

import json
from typing import Any

from brandwatch.queries.facts import PostFacts


class BadLine(ValueError):
    pass


def facts_from_line(line: str) -> PostFacts:
    stripped = line.strip()
    if not stripped.startswith("{"):
        return PostFacts(line.rstrip("\r\n"))
    try:
        item = json.loads(stripped)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not JSON ({exc.msg} at column {exc.colno}); a plain-text post must not start with '{{'") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise BadLine("a JSON post needs a string field 'text'")
    author = item.get("author")
    if isinstance(author, dict):
        author = author.get("handle")
    return PostFacts(item["text"], _text(item.get("platform")), _text(author), _text(item.get("subreddit")),
                     _text(item.get("lang")))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
