"""Why a query matched a post or not: every clause with whether it held and what it found.

Used by `brandwatch query test`; evaluates every clause (no short cuts), so it is for people, not
for the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from brandwatch.queries.compiled import compile_node
from brandwatch.queries.facts import PostFacts, Reading
from brandwatch.queries.query import Query
from brandwatch.query_syntax.nodes import Field, Node, children

MAX_SHOWN = 5


@dataclass(frozen=True)
class Clause:
    depth: int
    text: str  # as written in the query
    held: bool
    found: str  # what in the post made it hold (or fail), may be empty


@dataclass(frozen=True)
class Explanation:
    matched: bool
    clauses: tuple[Clause, ...]

    def lines(self) -> list[str]:
        return [f"{'  ' * c.depth}{'✓' if c.held else '✗'} {c.text}" + (f"   [{c.found}]" if c.found else "")
                for c in self.clauses]


def explain(query: Query, facts: PostFacts) -> Explanation:
    reading = query.read(facts)
    clauses: list[Clause] = []
    _walk(query, query.tree, reading, 0, clauses)
    return Explanation(query.holds_for(reading), tuple(clauses))


def _walk(query: Query, node: Node, reading: Reading, depth: int, out: list[Clause]) -> None:
    compiled = compile_node(node)
    held = compiled.holds(reading)
    if isinstance(node, Field):
        found = _field_value(node, reading)
    elif compiled.spans is not None and held:
        spans = compiled.spans(reading)
        shown = ", ".join(f"\"{' '.join(reading.tokens[s:e + 1])}\" at word {s + 1}" for s, e in spans[:MAX_SHOWN])
        found = shown + (f" and {len(spans) - MAX_SHOWN} more" if len(spans) > MAX_SHOWN else "")
    else:
        found = ""
    out.append(Clause(depth, query.source[node.start:node.end], held, found))
    for child in children(node):
        _walk(query, child, reading, depth + 1, out)


def _field_value(node: Field, reading: Reading) -> str:
    facts = reading.facts
    value = {"author": facts.author, "platform": facts.platform, "subreddit": facts.subreddit,
             "lang": reading.lang}[node.name]
    return f"{node.name} is {value}" if value else f"the post has no {node.name}"
