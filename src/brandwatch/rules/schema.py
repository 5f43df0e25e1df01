"""What a rule is, as typed frozen data, and the vocabulary its fields may use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from brandwatch.model.sentiment import LABELS
from brandwatch.model.vocabulary import FINDING_CATEGORIES, SIGNAL

CATEGORIES = (*FINDING_CATEGORIES, SIGNAL)
KINDS = {
    "leak": ("secret", "pii", "confidential"),
    "caution": ("nlra",),
    "complaint": ("product", "staff", "policy", "other"),
    "endorsement": ("undisclosed", "ambiguous-disclosure"),
}
SIGNALS = ("complaint-cue", "disclosure-clear", "disclosure-ambiguous", "promotion",
           "self-identification")
TOPICS = ("product", "staff", "policy", "other")
AUTHORS = ("employee", "partner", "self-identified", "anyone")
SENTIMENT_LABELS = LABELS


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
    patterns: tuple[bytes, ...] = ()  # RE2 sources over UTF-8, each checked to compile on load

    def allows(self, value: str) -> bool:
        if value.casefold() in self.exact:
            return True
        if self._combined is None:
            return False
        # surrogatepass: a post may hold lone surrogates, which strict UTF-8 refuses to encode.
        return self._combined.search(value.encode("utf-8", "surrogatepass")) is not None

    @cached_property
    def _combined(self) -> Any:
        """All patterns as one alternation: one RE2 search per value however long the list."""
        if not self.patterns:
            return None
        import re2

        options = re2.Options()
        options.log_errors = False
        return re2.compile(b"|".join(b"(?:" + p + b")" for p in self.patterns), options)

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
    author: tuple[str, ...] = ("anyone",)  # the gate passes when the author is any of these
    sentiment: tuple[str, ...] = ()
    mentions_brand: bool | None = None
    allow: Allow = Allow()
    examples_match: tuple[Example, ...] = ()
    examples_no_match: tuple[Example, ...] = ()
    templated_empty: bool = False  # a template it uses expanded to nothing in this config
    text: str = ""  # the rule as written, canonical JSON without its examples: stored per version for audits
    fingerprint: str | None = None  # a leak value's canonical form (rules/canonical.py FORMS); None: by id/kind
    provider: str | None = None  # whose secret format a leak rule finds ("GitHub", "Stripe")

    @property
    def raises_finding(self) -> bool:
        return self.category != "signal"
