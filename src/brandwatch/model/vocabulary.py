"""The names every stage shares for how bad a finding is and what kind of thing it is, listed once."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


# Mildest first: a finding's priority is its severity's position here.
SEVERITIES: tuple[str, ...] = tuple(s.value for s in Severity)


def severity_rank(severity: str) -> int:
    """0 for low up to 3 for critical; an unknown name ranks as low."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else 0


class Category(StrEnum):
    COMPLAINT = "complaint"
    ENDORSEMENT = "endorsement"
    LEAK = "leak"
    CAUTION = "caution"


# What a finding may be; a rule may also be a `signal` that other rules' conditions read.
FINDING_CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)
SIGNAL = "signal"
