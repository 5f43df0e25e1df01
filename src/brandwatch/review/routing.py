"""Routing: which team owns a finding and which channels hear about it. First matching route wins."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from brandwatch.config import Route


@dataclass(frozen=True, slots=True)
class RoutedTo:
    team: str | None
    channels: tuple[str, ...] = ()
    route_index: int | None = None  # which `routing:` entry matched, for explanations


@dataclass(frozen=True, slots=True)
class FindingFacts:
    """What a route may match on."""

    category: str
    kind: str
    severity: str
    rule: str
    brand: str | None = None


def route(routes: Sequence[Route], facts: FindingFacts) -> RoutedTo:
    """The first route whose every non-empty condition holds; no team and no channels when none does."""
    for index, candidate in enumerate(routes):
        if _matches(candidate, facts):
            return RoutedTo(candidate.team, tuple(candidate.channels), index)
    return RoutedTo(None)


def _matches(candidate: Route, facts: FindingFacts) -> bool:
    condition = candidate.match
    brands = {b.casefold() for b in condition.brand}
    return ((not condition.category or facts.category in condition.category)
            and (not condition.kind or facts.kind in condition.kind)
            and (not condition.severity or facts.severity in condition.severity)
            and (not condition.rule or facts.rule in condition.rule)
            and (not brands or (facts.brand or "").casefold() in brands))
