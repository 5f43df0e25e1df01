"""A brand query as X's and Reddit's own search syntax, so the platform sends fewer posts that the
local check then throws away. Always wider than the query (queries/relax.py): every post is
re-checked locally with the full query.

X (recent search): words, "phrases", #hashtags, @mentions, OR, space for AND, '-' for NOT on single
items (a group is negated item by item), from: for the author; no wildcards, proximity or case.
Reddit search: words, "phrases", AND/OR/NOT in capitals, parentheses, author:, subreddit:; no
wildcards, proximity or case. `lang:` is left to the local check on both: the platforms' language
labels are not the detector's, and a narrower platform answer would lose posts.
"""

from __future__ import annotations

from brandwatch.queries.relax import Reader, Relaxed, relax
from brandwatch.query_syntax.nodes import And, Field, Node, Not, Or, Phrase, Word

X_MAX_CHARS = 512  # the recent-search limit of the basic access levels
REDDIT_MAX_CHARS = 512  # Reddit refuses longer search queries

X_READER = Reader("x", {"author": "exact", "lang": "none"}, prefixes=False, case=False, proximity=False)
REDDIT_READER = Reader("reddit", {"author": "exact", "subreddit": "exact", "lang": "none"},
                       prefixes=False, case=False, proximity=False)


def to_x(tree: Node) -> str | None:
    """X's query for the tree, retweets left out (they repeat the original); None when X cannot be
    narrowed by it (nothing left but exclusions) or the query is longer than X accepts."""
    core = x_clause(tree, nested=False)
    text = f"{core} -is:retweet" if core is not None else None
    return text if text is not None and len(text) <= X_MAX_CHARS else None


def x_clause(tree: Node, nested: bool = True) -> str | None:
    """The tree in X's syntax, parenthesised so it can be OR-ed with others; None: cannot narrow."""
    relaxed = relax(tree, X_READER)
    if isinstance(relaxed, bool) or not _has_positive(relaxed):
        return None
    return _x(relaxed, nested=nested)


def to_reddit(tree: Node) -> str | None:
    relaxed = relax(tree, REDDIT_READER)
    if isinstance(relaxed, bool) or not _has_positive(relaxed):
        return None
    return _reddit(relaxed, nested=False)


def _has_positive(node: Relaxed) -> bool:
    if isinstance(node, bool) or isinstance(node, Not):
        return False
    if isinstance(node, And):
        return any(_has_positive(child) for child in node.operands)
    if isinstance(node, Or):
        return all(_has_positive(child) for child in node.operands)
    return True


def _term(node: Word | Phrase) -> str:
    if isinstance(node, Word):
        return node.text.lower() if node.case_sensitive else node.text
    return '"' + " ".join(w.text for w in node.words) + '"'


def _x(node: Node, nested: bool) -> str:
    if isinstance(node, (Word, Phrase)):
        return _term(node)
    if isinstance(node, Field):
        return f"from:{node.value}"  # the X reader keeps only author
    if isinstance(node, Not):
        return _x_negated(node.operand)
    if isinstance(node, And):
        text = " ".join(_x(child, True) for child in node.operands)
        return f"({text})" if nested else text
    if isinstance(node, Or):
        text = " OR ".join(_x(child, True) for child in node.operands)
        return f"({text})" if nested else text
    raise TypeError(f"not expressible on X: {node!r}")


def _x_negated(node: Node) -> str:
    """X negates single items only: NOT over a group is spread over its items (De Morgan)."""
    if isinstance(node, Not):
        return _x(node.operand, True)
    if isinstance(node, And):
        return "(" + " OR ".join(_x_negated(child) for child in node.operands) + ")"
    if isinstance(node, Or):
        return " ".join(_x_negated(child) for child in node.operands)
    return "-" + _x(node, True)


def _reddit(node: Node, nested: bool) -> str:
    if isinstance(node, (Word, Phrase)):
        return _term(node)
    if isinstance(node, Field):
        return f"{node.name}:{node.value}"
    if isinstance(node, Not):
        return f"NOT {_reddit(node.operand, True)}"
    if isinstance(node, And):
        # Reddit reads NOT as "and not": the positive items go first.
        ordered = sorted(node.operands, key=lambda child: isinstance(child, Not))
        text = " AND ".join(_reddit(child, True) for child in ordered)
        return f"({text})" if nested else text
    if isinstance(node, Or):
        text = " OR ".join(_reddit(child, True) for child in node.operands)
        return f"({text})" if nested else text
    raise TypeError(f"not expressible on Reddit: {node!r}")
