"""What Bluesky is searched for: a brand query as a few Bluesky searches, or the brand's names.

Bluesky's searchPosts has no dependable OR (its syntax is "unspecified, Lucene recommended"), so a
query becomes its alternatives, each one search: words and "phrases" that must all appear (space is
AND), `from:<handle>` for `author:`. Exclusions are left to the local check, as are `lang:` and
anything Bluesky cannot read (wildcards, NEAR, case): every search is wider than its alternative and
the analysis re-checks each post with the full query (queries/relax.py). A query with more than
MAX_SEARCHES alternatives, or with one that names no word, is searched by the brand's names instead.
"""

from __future__ import annotations

import logging
from itertools import product

from brandwatch.collectors.brand_search import watched
from brandwatch.config import Settings
from brandwatch.queries.relax import Reader, relax
from brandwatch.query_syntax import parse_query
from brandwatch.query_syntax.nodes import And, Field, Node, Not, Or, Phrase, Word

log = logging.getLogger(__name__)

MAX_SEARCHES = 8  # per brand query: each is a request per page and run
BLUESKY_READER = Reader("bluesky", {"author": "exact", "lang": "none"}, prefixes=False, case=False,
                        proximity=False)


def bluesky_searches(tree: Node) -> list[str] | None:
    """The searches that together find every post the query matches: none when no Bluesky post can
    (`platform:x`); None when Bluesky cannot be narrowed by it (a word-less alternative, too many)."""
    relaxed = relax(tree, BLUESKY_READER)
    if isinstance(relaxed, bool):
        return None if relaxed else []
    alternatives = _alternatives(relaxed)
    if not alternatives or len(alternatives) > MAX_SEARCHES or any(
            all(p.startswith("from:") for p in alt) for alt in alternatives):
        return None
    return list(dict.fromkeys(" ".join(dict.fromkeys(alt)) for alt in alternatives))


def to_bluesky(tree: Node) -> str | None:
    """`brandwatch query native`'s line: the searches, one per alternative, separated by " ; "."""
    searches = bluesky_searches(tree)
    return " ; ".join(searches) if searches else None


def default_queries(terms: list[str]) -> list[str]:
    """One search per distinct name; a name with spaces is searched as a phrase."""
    cleaned = dict.fromkeys(t.strip() for t in terms if t.strip())
    return [f'"{t}"' if " " in t else t for t in cleaned]


def settings_searches(settings: Settings) -> list[str]:
    """Every brand's and competitor's searches: its query's, or one per name."""
    found: list[str] = []
    for entry in watched(settings):
        searches = bluesky_searches(parse_query(entry.query)) if entry.query else None
        if entry.query and searches is None:
            log.warning("brand %s: its query gives no Bluesky searches; searching Bluesky for its names", entry.name)
        found.extend(searches if searches is not None else default_queries(list(entry.terms)))
    return list(dict.fromkeys(found))


def _alternatives(node: Node) -> list[list[str]]:
    """The query as OR of ANDs of search terms (an exclusion drops out: the search gets wider)."""
    if isinstance(node, Word):
        return [[node.text.lower() if node.case_sensitive else node.text]]
    if isinstance(node, Phrase):
        return [['"' + " ".join(w.text for w in node.words) + '"']]
    if isinstance(node, Field):
        return [[f"from:{node.value}"]]  # the reader keeps only author
    if isinstance(node, Not):
        return [[]]
    if isinstance(node, Or):
        return [alt for child in node.operands for alt in _alternatives(child)]
    if isinstance(node, And):
        combined: list[list[str]] = []
        for parts in product(*(_alternatives(child) for child in node.operands)):
            combined.append([term for part in parts for term in part])
            if len(combined) > MAX_SEARCHES:
                break  # too many already: the caller falls back to the names
        return combined
    raise TypeError(f"not expressible on Bluesky: {node!r}")
