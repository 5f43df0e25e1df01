"""What a rule is, as typed frozen data, and the vocabulary its fields may use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CATEGORIES = ("complaint", "endorsement", "leak", "caution", "signal")
KINDS = {
    "leak": ("secret", "pii", "confidential"),
    "caution": ("nlra",),
    "complaint": ("product", "staff", "policy", "other"),
    "endorsement": ("undisclosed", "ambiguous-disclosure"),
}
SIGNALS = ("complaint-cue", "disclosure-clear", "disclosure-ambiguous", "promotion",
           "self-identification")
TOPICS = ("product", "staff", "policy", "other")
SEVERITIES = ("low", "medium", "high", "critical")
AUTHORS = ("employee", "partner", "self-identified", "anyone")
SENTIMENT_LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class Example:
    text: str
    span: str | None = None  # the value the rule must capture, when the example pins it
    author: str | None = None  # author role for the example's context: employee | partner
    author_description: str | None = None
    sentiment: str | None = None  # negative | neutral | positive
    line: int = 0  # where the example sits in its file


@dataclass(frozen=True)
class Allow:
    """Values that are never reported: exact strings (compared casefolded) and RE2 patterns."""

    exact: frozenset[str] = frozenset()
    patterns: tuple[Any, ...] = ()  # compiled re2 over str

    def allows(self, value: str) -> bool:
        if value.casefold() in self.exact:
            return True
        return any(pattern.search(value) for pattern in self.patterns)

    def __bool__(self) -> bool:
        return bool(self.exact or self.patterns)


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    description: str
    category: str
    kind: str | None
    signal: str | None
    topic: str | None
    severity: str | None
    source: str  # "rules/leaks-secrets.yaml:12" — where the rule starts
    content_hash: str  # sha256 of the rule's canonical content: the exact rule version
    keywords: tuple[str, ...] = ()
    match: Any = None  # a condition from brandwatch.rules.conditions
    author: str = "anyone"
    sentiment: tuple[str, ...] = ()
    mentions_brand: bool | None = None
    allow: Allow = Allow()
    examples_match: tuple[Example, ...] = ()
    examples_no_match: tuple[Example, ...] = ()
    templated_empty: bool = False  # a template it uses expanded to nothing in this config

    @property
    def raises_finding(self) -> bool:
        return self.category != "signal"
