"""The brand query language's syntax: words, phrases, AND/OR/NOT, NEAR/n, fields (docs/queries.md).

Pure and dependency-free, so the settings loader can reject a malformed query with its position;
`brandwatch.queries` compiles the tree into a matcher.
"""

from brandwatch.query_syntax.nodes import Node
from brandwatch.query_syntax.parser import QuerySyntaxError, parse_query

__all__ = ["Node", "QuerySyntaxError", "parse_query"]
