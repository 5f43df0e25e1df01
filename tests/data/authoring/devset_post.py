"""The hand-written post record and the inline leak markers used by the authoring modules.

Leaks are written inline so the label can never drift from the text:
  [[pii=jo.marsh@gmail.com]]            a literal leaked value
  [[secret:aws_key]]                    a generated fake in a provider format (method of Fakes)
  [[pii:phone|US|(312) ###-####]]       a generated value with arguments
  [[none:uuid]]                         a generated look-alike that is NOT a leak (no label)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from devset_fakes import Fakes

MARKER = re.compile(r"\[\[(secret|pii|confidential|none)([:=])(.*?)\]\]", re.S)


@dataclass(frozen=True)
class Post:
    platform: str
    author: str
    text: str
    reason: str
    topic: str | None = None          # set => complaint
    disclosure: str = "missing"
    endorsement: str | None = None
    nlra: bool = False
    description: str | None = None
    at: str | None = None             # ISO date or datetime; random in the set's window when None
    group: str = ""


def C(platform: str, author: str, text: str, topic: str, reason: str, **kw) -> Post:
    return Post(platform, author, text, reason, topic=topic, **kw)


def N(platform: str, author: str, text: str, reason: str, **kw) -> Post:
    return Post(platform, author, text, reason, **kw)


def _call(fakes: Fakes, spec: str) -> str:
    name, *args = spec.split("|")
    method = getattr(fakes, name)
    return method(*args)


def render(text: str, fakes: Fakes) -> tuple[str, list[dict[str, str]]]:
    leaks: list[dict[str, str]] = []

    def replace(match: re.Match) -> str:
        kind, op, body = match.groups()
        value = body if op == "=" else _call(fakes, body)
        if kind != "none":
            leaks.append({"kind": kind, "value": value})
        return value

    return MARKER.sub(replace, text), leaks


def strip_markers(text: str) -> str:
    """The text with literal markers unwrapped (for counting/length checks before rendering)."""
    return MARKER.sub(lambda m: m.group(3) if m.group(2) == "=" else "X" * 20, text)
