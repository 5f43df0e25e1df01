"""The parsed form of a brand query: a small tree whose nodes remember where they were written.

`start`/`end` are offsets into the query text, so errors and explanations can point at the clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

FIELDS = ("author", "platform", "lang", "subreddit")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a post: `text` is folded unless `case_sensitive`; a leading '#' or '@' is kept."""

    text: str
    prefix: bool  # written with a trailing '*': any word that starts with `text`
    case_sensitive: bool
    start: int
    end: int

    @property
    def kind(self) -> str:
        return {"#": "hashtag", "@": "handle"}.get(self.text[:1], "word")


@dataclass(frozen=True, slots=True)
class Phrase:
    """Consecutive words (a quoted phrase, or a bare term such as `acme-corp` that holds several words)."""

    words: tuple[Word, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Field:
    """`author:`, `platform:`, `lang:`, `subreddit:`: a fact about the post, not a place in its text."""

    name: str
    value: str  # folded; a leading '@' (author) or 'r/' (subreddit) removed
    prefix: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Not:
    operand: "Node"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class And:
    operands: tuple["Node", ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Or:
    operands: tuple["Node", ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Near:
    """`left NEAR/n right`: at most `distance` words between them; `ordered` (ONEAR): left comes first."""

    left: "Node"
    right: "Node"
    distance: int
    ordered: bool
    start: int
    end: int


Node = Union[Word, Phrase, Field, Not, And, Or, Near]


def positional(node: Node) -> bool:
    """Has a place in the text (can be an operand of NEAR): words, phrases, and OR/NEAR of those."""
    if isinstance(node, (Word, Phrase)):
        return True
    if isinstance(node, Or):
        return all(positional(operand) for operand in node.operands)
    if isinstance(node, Near):
        return True
    return False


def needs_case(node: Node) -> bool:
    """Whether any word of the query is case-sensitive (the matcher then keeps the original case)."""
    if isinstance(node, Word):
        return node.case_sensitive
    if isinstance(node, Phrase):
        return any(w.case_sensitive for w in node.words)
    return any(needs_case(child) for child in children(node))


def children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, (And, Or)):
        return node.operands
    if isinstance(node, Not):
        return (node.operand,)
    if isinstance(node, Near):
        return (node.left, node.right)
    return ()
