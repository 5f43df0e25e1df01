"""How a post and a query are cut into words: the same rule on both sides, so a query word and a
post word agree on what a word is.

A word is a run of letters, digits and underscores; a '#' or '@' directly before a word (not inside
one: "me@acme.com" holds no handle) makes it a hashtag or a handle. Everything else separates words:
"Acme's" is "acme" and "s", "acme-corp" is "acme" and "corp", a link's host name is words too.

The pattern is fixed (a query never becomes a regular expression) and has no nested repetition, so
Python's `re` reads a post in one linear pass.
"""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"(?<!\w)[#@]\w+|\w+")
# The query side also keeps a trailing '*' (prefix wildcard) with its word.
QUERY_WORD = re.compile(r"(?<!\w)[#@]\w+\*?|\w+\*?")


def normal(text: str) -> str:
    """Compatibility forms folded (full-width letters, ligatures) so they read as plain letters."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def fold(text: str) -> str:
    return normal(text).casefold()
