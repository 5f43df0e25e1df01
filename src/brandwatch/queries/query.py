"""A brand query, compiled once and asked of many posts: `matches` for the pipeline, `explain` for
`brandwatch query test`."""

from __future__ import annotations

from dataclasses import dataclass, field

from brandwatch.queries.compiled import compile_node
from brandwatch.queries.facts import PostFacts, Reading
from brandwatch.query_syntax import Node, parse_query
from brandwatch.query_syntax.nodes import needs_case


@dataclass(frozen=True)
class Query:
    source: str
    tree: Node = field(repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_holds", compile_node(self.tree).holds)
        object.__setattr__(self, "_keep_case", needs_case(self.tree))

    def read(self, facts: PostFacts) -> Reading:
        return Reading(facts, self._keep_case)  # type: ignore[attr-defined]

    def matches(self, facts: PostFacts) -> bool:
        return self._holds(self.read(facts))  # type: ignore[attr-defined]

    def holds_for(self, reading: Reading) -> bool:
        """For a reading already made (several queries over one post share it when cases agree)."""
        return self._holds(reading)  # type: ignore[attr-defined]


def compile_query(text: str) -> Query:
    """Parse and compile; raises query_syntax.QuerySyntaxError with the column of the problem."""
    return Query(text, parse_query(text))
