"""Assembling labelled posts from templates.

A template is plain text with `{slot}` holes (lower-case names only, so JSON braces and
`${TOKEN}` placeholders in a template stay literal). A slot is filled with either plain text or a
`Leak`; the labels are collected while the text is assembled, so a label is always an exact
substring of its post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SLOT = re.compile(r"\{\{|\}\}|\{([a-z][a-z0-9_]*)\}")
KINDS = ("secret", "pii", "confidential")
# The invented brands the posts talk about (Acme only by name; see ../config.yaml).
BRANDS = ["Acme", "Lumora", "Quillpay", "Brightfern", "Tavolo"]


@dataclass(frozen=True)
class Leak:
    kind: str
    value: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown leak kind {self.kind!r}")
        if not self.value:
            raise ValueError("empty leak value")


def secret(value: str) -> Leak:
    return Leak("secret", value)


def pii(value: str) -> Leak:
    return Leak("pii", value)


def confidential(value: str) -> Leak:
    return Leak("confidential", value)


@dataclass
class Draft:
    """One post before authors, dates and ids are assigned."""

    text: str
    leaks: list[dict]
    reason: str
    group: str                  # what it tests, e.g. "secret/provider" or "negative/uuid"
    context: str                # the context or format, e.g. "env", "url", "phone-intl-DE"
    platform: str | None = None
    author: str | None = None
    author_description: str | None = None
    extra: dict = field(default_factory=dict)


def fill(template: str, **slots) -> tuple[str, list[dict]]:
    """Fill a template's `{slot}` holes; Leak-valued slots become labels."""
    out: list[str] = []
    leaks: list[dict] = []
    pos = 0
    for m in SLOT.finditer(template):
        name = m.group(1)
        if name is None:  # "{{" or "}}": a literal brace
            out.append(template[pos:m.start()] + m.group(0)[0])
            pos = m.end()
            continue
        if name not in slots:
            continue
        out.append(template[pos:m.start()])
        value = slots[name]
        if isinstance(value, Leak):
            leaks.append({"kind": value.kind, "value": value.value})
            out.append(value.value)
        else:
            out.append(str(value))
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    unfilled = [m.group(1) for m in SLOT.finditer(text) if m.group(1) in _SLOT_NAMES_SEEN]
    if unfilled:
        raise ValueError(f"template left slots unfilled: {unfilled} in {template[:60]!r}")
    return text, leaks


# Slot names used by the templates; a hole with one of these names left in a post is a template bug.
_SLOT_NAMES_SEEN = {"k", "v", "u", "p", "slug", "handle", "cli", "img", "ticket", "c", "acct", "m", "ssn", "o", "t", "d", "s", "host", "user", "brand", "name", "code", "num", "mail", "ip",
                    "card", "iban", "phone", "prov", "env", "tok", "key", "pw", "val"}


def draft(template: str, reason: str, group: str, context: str, platform: str | None = None,
          author_description: str | None = None, **slots) -> Draft:
    text, leaks = fill(template, **slots)
    return Draft(text=text, leaks=leaks, reason=reason, group=group, context=context,
                 platform=platform, author_description=author_description)


def negative(template: str, reason: str, context: str, **slots) -> Draft:
    """A hard negative: a post with no leak, grouped by the first part of its context."""
    d = draft(template, reason, "negative/" + context.split(":")[0], context, **slots)
    if d.leaks:
        raise ValueError(f"negative {context!r} carries a leak label")
    return d


def labelled_row(post_id: str, platform: str, author: str, author_description: str | None, created_at: str,
                 d: Draft) -> dict:
    """One line of a leak set: the scan input fields, the leak labels (the other detectors' labels
    carry neutral defaults and are not scored) and the `group | context | why` reason."""
    return {
        "id": post_id, "platform": platform, "author": author, "author_description": author_description,
        "created_at": created_at, "text": d.text,
        "labels": {"complaint": False, "topic": None, "disclosure": "missing", "endorsement": None,
                   "leaks": d.leaks, "nlra": False},
        "reason": f"{d.group} | {d.context} | {d.reason}",
    }

