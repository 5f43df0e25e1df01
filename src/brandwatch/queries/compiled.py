"""A parsed query turned into plain functions over a `Reading`: one pass to cut the post into words,
then dictionary look-ups and merges of word places, so the cost grows with the post, never with
some backtracking search.

Every node gives `holds(reading) -> bool`; a node with a place in the text (word, phrase, OR of
those, NEAR) also gives `spans(reading) -> [(first word, last word)]`, which NEAR and phrases use.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable

from brandwatch.queries.facts import Reading
from brandwatch.query_syntax.nodes import And, Field, Near, Node, Not, Or, Phrase, Word
from brandwatch.query_syntax.words import fold

Spans = list[tuple[int, int]]
Holds = Callable[[Reading], bool]
Places = Callable[[Reading], Spans]


@dataclass(frozen=True, slots=True)
class Compiled:
    holds: Holds
    spans: Places | None  # None: no place in the text (fields, AND, NOT)


def compile_node(node: Node) -> Compiled:
    if isinstance(node, Word):
        return _word(node)
    if isinstance(node, Phrase):
        return _phrase(node)
    if isinstance(node, Field):
        return Compiled(_field(node), None)
    if isinstance(node, Not):
        inner = compile_node(node.operand).holds
        return Compiled(lambda r: not inner(r), None)
    if isinstance(node, And):
        parts = tuple(compile_node(n).holds for n in node.operands)
        return Compiled(lambda r: all(p(r) for p in parts), None)
    if isinstance(node, Or):
        compiled = [compile_node(n) for n in node.operands]
        parts = tuple(c.holds for c in compiled)
        places = tuple(c.spans for c in compiled)
        spans = (lambda r: _union([p(r) for p in places])) if all(places) else None  # type: ignore[misc]
        return Compiled(lambda r: any(p(r) for p in parts), spans)
    if isinstance(node, Near):
        return _near(node)
    raise TypeError(f"not a query node: {node!r}")


def word_places(word: Word) -> Callable[[Reading], list[int]]:
    """Where the word occurs, as sorted word numbers."""
    key = word.text
    if word.prefix:
        def prefixed(r: Reading) -> list[int]:
            index = r.cased if word.case_sensitive else r.words
            found = [p for k, ps in index.items() if k.startswith(key) for p in ps]
            found.sort()
            return found
        return prefixed
    if word.case_sensitive:
        return lambda r: r.cased.get(key, [])
    return lambda r: r.words.get(key, [])


def _word(word: Word) -> Compiled:
    places = word_places(word)
    key = word.text
    if word.prefix:
        def holds(r: Reading) -> bool:
            return any(k.startswith(key) for k in (r.cased if word.case_sensitive else r.words))
    elif word.case_sensitive:
        def holds(r: Reading) -> bool:
            return key in r.cased
    else:
        def holds(r: Reading) -> bool:
            return key in r.words
    return Compiled(holds, lambda r: [(p, p) for p in places(r)])


def _phrase(phrase: Phrase) -> Compiled:
    first, *rest = [word_places(w) for w in phrase.words]
    length = len(phrase.words)

    def spans(r: Reading) -> Spans:
        starts = first(r)
        if not starts:
            return []
        following = []
        for places in rest:
            found = places(r)
            if not found:
                return []
            following.append(set(found))
        return [(p, p + length - 1) for p in starts
                if all(p + i in seen for i, seen in enumerate(following, start=1))]

    return Compiled(lambda r: bool(spans(r)), spans)


def _field(field: Field) -> Holds:
    value, prefix = field.value, field.prefix

    def same(found: str | None) -> bool:
        if not found:
            return False
        return found.startswith(value) if prefix else found == value

    if field.name == "author":
        return lambda r: same(fold(r.facts.author).lstrip("@") if r.facts.author else None)
    if field.name == "platform":
        return lambda r: same(r.facts.platform)
    if field.name == "subreddit":
        return lambda r: same(fold(r.facts.subreddit).removeprefix("r/") if r.facts.subreddit else None)
    if field.name == "lang":
        return lambda r: same(fold(r.lang) if r.lang else None)
    raise ValueError(f"unknown field {field.name}")


def _near(near: Near) -> Compiled:
    left, right = compile_node(near.left).spans, compile_node(near.right).spans
    assert left is not None and right is not None  # the parser admits only operands with a place
    distance, ordered = near.distance, near.ordered

    def spans(r: Reading) -> Spans:
        first = left(r)
        if not first:
            return []
        second = right(r)
        if not second:
            return []
        return _close_pairs(first, second, distance, ordered)

    return Compiled(lambda r: bool(spans(r)), spans)


def _close_pairs(first: Spans, second: Spans, distance: int, ordered: bool) -> Spans:
    """Joined spans of (a, b) pairs, a from `first` and b from `second`, that do not overlap and have at
    most `distance` words between them (b after a when `ordered`). Each a looks only inside its window
    of `second`, so the work stays proportional to the matches near each other."""
    by_start = sorted(second)
    starts = [s for s, _ in by_start]
    by_end = sorted(second, key=lambda span: span[1])
    ends = [e for _, e in by_end]
    joined: set[tuple[int, int]] = set()
    for a_start, a_end in first:
        lo, hi = bisect_left(starts, a_end + 1), bisect_right(starts, a_end + 1 + distance)
        joined.update((a_start, b_end) for _, b_end in by_start[lo:hi])
        if not ordered:
            lo, hi = bisect_left(ends, a_start - 1 - distance), bisect_right(ends, a_start - 1)
            joined.update((b_start, a_end) for b_start, _ in by_end[lo:hi])
    return sorted(joined)


def _union(groups: list[Spans]) -> Spans:
    if len(groups) == 1:
        return groups[0]
    return sorted({span for group in groups for span in group})
