"""A second line of defence for leaked values: scrub them from every string the console renders.

The post itself is shown through `review.preview.segments`, which never emits a leaked span. But
other strings reach the page too — a detector's explanation, a reply draft quoting the post, a
reviewer's note pasting the key, another finding's preview. The Redactor knows every leaked value
of the post (from the leak findings' spans) and replaces each occurrence with its masked preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from brandwatch.review.preview import Mark, safe_for_terminal
from brandwatch.secrecy import scrub

MIN_SECRET_LENGTH = 4  # shorter spans would blank out ordinary words


@dataclass(frozen=True)
class Redactor:
    replacements: tuple[tuple[str, str], ...] = ()  # (leaked value, its masked preview), longest first

    @classmethod
    def for_post(cls, text: str | None, marks: Iterable[Mark]) -> "Redactor":
        if not text:
            return cls()
        found: dict[str, str] = {}
        for mark in marks:
            if mark.masked_preview is None:
                continue
            value = text[max(mark.start, 0):min(mark.end, len(text))]
            if len(value.strip()) >= MIN_SECRET_LENGTH:
                found.setdefault(value, mark.masked_preview)
                found.setdefault(value.strip(), mark.masked_preview)
        ordered = sorted(found.items(), key=lambda item: -len(item[0]))
        return cls(tuple(ordered))

    def text(self, value: str | None) -> str:
        """`value` with every leaked value masked and control/bidi characters neutralised."""
        if value is None:
            return ""
        for secret, masked in self.replacements:
            if secret in value:
                value = value.replace(secret, masked)
        return safe_for_terminal(scrub(value) or "")

    def value(self, value: Any) -> Any:
        """Recursively scrub strings inside JSON-like data (explanations, API answers)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(str(k)): self.value(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.value(v) for v in value]
        return value
