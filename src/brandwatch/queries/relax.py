"""A query loosened for a reader that cannot evaluate all of it: a platform's search engine, or a
collector that knows a post's fields but not yet its language.

`relax` returns a tree that holds for at least every post the original holds for (so nothing the
query wants is missed), or True (nothing can be narrowed) / False (nothing can hold). What a reader
cannot express is dropped in the safe direction: to True where a clause must hold, to False where
it sits under NOT (dropping an exclusion widens the result). The full query is always re-checked
locally afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

from brandwatch.query_syntax.nodes import And, Field, Near, Node, Not, Or, Phrase, Word

Fit = Literal["exact", "wider", "none"]  # wider: the reader's answer covers the clause's and more
Relaxed = Union[Node, bool]


@dataclass(frozen=True)
class Reader:
    """What a reader understands. `platform`: the one platform it reads (platform: clauses become
    constants); `fields`: how it reads each field; `prefixes`, `case`, `proximity`: whether it reads
    trailing wildcards, case-sensitive words exactly, and NEAR."""

    platform: str | None
    fields: dict[str, Fit]
    prefixes: bool
    case: bool
    proximity: bool

    def word(self, word: Word) -> Fit:
        if word.prefix and not self.prefixes:
            return "none"
        return "wider" if word.case_sensitive and not self.case else "exact"


def relax(node: Node, reader: Reader, must_hold: bool = True) -> Relaxed:
    """`must_hold`: the clause counts positively (False under an odd number of NOTs)."""
    if isinstance(node, Word):
        return _fitted(node, reader.word(node), must_hold)
    if isinstance(node, Phrase):
        fits = [reader.word(w) for w in node.words]
        if all(f == "exact" for f in fits):
            return node
        # Every word of the phrase is there, somewhere: wider than the phrase.
        return relax(And(node.words, node.start, node.end), reader, must_hold) if must_hold else False
    if isinstance(node, Field):
        if node.name == "platform" and reader.platform is not None:
            return node.value == reader.platform
        if node.name == "subreddit" and reader.platform not in (None, "reddit"):
            return False
        fit = reader.fields.get(node.name, "none")
        return _fitted(node, "none" if node.prefix and fit == "exact" and not reader.prefixes else fit, must_hold)
    if isinstance(node, Not):
        inner = relax(node.operand, reader, not must_hold)
        return (not inner) if isinstance(inner, bool) else Not(inner, node.start, node.end)
    if isinstance(node, And):
        parts = [relax(child, reader, must_hold) for child in node.operands]
        if any(p is False for p in parts):
            return False
        kept = _flat([p for p in parts if not isinstance(p, bool)], And)
        return True if not kept else kept[0] if len(kept) == 1 else And(tuple(kept), node.start, node.end)
    if isinstance(node, Or):
        parts = [relax(child, reader, must_hold) for child in node.operands]
        if any(p is True for p in parts):
            return True
        kept = _flat([p for p in parts if not isinstance(p, bool)], Or)
        return False if not kept else kept[0] if len(kept) == 1 else Or(tuple(kept), node.start, node.end)
    if isinstance(node, Near):
        if reader.proximity:
            return node
        # Both sides present, anywhere: wider than NEAR. Under NOT nothing narrower can be said.
        return relax(And((node.left, node.right), node.start, node.end), reader, True) if must_hold else False
    raise TypeError(f"not a query node: {node!r}")


def _flat(parts: list[Node], kind: type[And] | type[Or]) -> list[Node]:
    """A loosened NEAR inside an AND is one AND: (a AND (b AND c)) reads as a AND b AND c."""
    flat: list[Node] = []
    for part in parts:
        flat.extend(part.operands if isinstance(part, (And, Or)) and isinstance(part, kind) else (part,))
    return flat


def _fitted(node: Node, fit: Fit, must_hold: bool) -> Relaxed:
    if fit == "exact" or (fit == "wider" and must_hold):
        return node
    return must_hold  # unreadable: True where it must hold (keep everything), False under NOT
