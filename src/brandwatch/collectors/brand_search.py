"""What the collectors ask the platforms for, and which listing posts they keep, when brands or
competitors have queries (docs/queries.md). Those without a query are searched and kept by their
names, as before. Competitors are collected like brands (share of voice needs their posts); the
analysis decides whose each post is.

The native query is wider than the brand queries; the analysis re-checks each post with the full
query, so a collector may keep a little too much but never drops a post a query wants.
"""

from __future__ import annotations

import logging
from typing import Callable

from brandwatch.collectors.common import TermFilter
from brandwatch.config import Brand, Competitor, Settings
from brandwatch.model.post import Post
from brandwatch.queries.compiled import compile_node
from brandwatch.queries.facts import PostFacts, Reading
from brandwatch.queries.native import REDDIT_MAX_CHARS, X_MAX_CHARS, to_reddit, x_clause
from brandwatch.queries.relax import Reader, relax
from brandwatch.query_syntax import parse_query

log = logging.getLogger(__name__)

# A collector knows a post's platform, author and subreddit, but its language only after analysis.
_COLLECTED = Reader(None, {"author": "exact", "subreddit": "exact", "platform": "exact", "lang": "none"},
                    prefixes=True, case=True, proximity=True)


def watched(settings: Settings) -> list[Brand | Competitor]:
    """What the collectors search for: the brands, then the competitors."""
    return [*settings.brands, *settings.competitors]


def any_query(settings: Settings) -> bool:
    return any(entry.query for entry in watched(settings))


def x_search_query(settings: Settings) -> str | None:
    """X's query for every brand and competitor, or None when none has a query (the names query applies)."""
    if not any_query(settings):
        return None
    clauses = []
    for brand in watched(settings):
        clause = x_clause(parse_query(brand.query)) if brand.query else None
        if clause is None:
            if brand.query:
                log.warning("brand %s: its query cannot narrow an X search; searching X for its names", brand.name)
            clause = _names(brand)
        clauses.append(clause)
    query = f"{' OR '.join(clauses)} -is:retweet"
    if len(query) > X_MAX_CHARS:
        log.warning("the X search query from the brand queries is %d characters, over X's %d; searching X for "
                    "the brands' names instead", len(query), X_MAX_CHARS)
        return f"({' OR '.join(_names(brand) for brand in watched(settings))}) -is:retweet"
    return query


def reddit_searches(settings: Settings) -> list[str]:
    """One Reddit search per brand or competitor query (used when a Reddit source configures no `queries`)."""
    found = []
    for brand in watched(settings):
        if not brand.query:
            continue
        native = to_reddit(parse_query(brand.query))
        if native is None or len(native) > REDDIT_MAX_CHARS:
            log.warning("brand %s: its query gives no Reddit search (%s); its posts come from subreddit listings",
                        brand.name, "too long" if native else "nothing to narrow by")
            continue
        found.append(native)
    return found


def _names(brand: Brand | Competitor) -> str:
    return "(" + " OR ".join(f'"{t}"' if " " in t else t for t in dict.fromkeys(brand.terms) if t.strip()) + ")"


def listing_filter(settings: Settings) -> Callable[[Post], bool]:
    """Whether a post of a subreddit's listing concerns a brand or competitor: its query (the language
    left to the analysis), or its names for one without."""
    names = TermFilter(t for brand in watched(settings) if not brand.query for t in brand.terms)
    named = any(not brand.query and brand.terms for brand in watched(settings))
    checks = []
    for brand in watched(settings):
        if brand.query:
            relaxed = relax(parse_query(brand.query), _COLLECTED)
            if relaxed is True:
                return lambda post: True
            if relaxed is not False:
                checks.append(compile_node(relaxed).holds)
    if not checks:
        return lambda post: names.matches(post.text)

    def keeps(post: Post) -> bool:
        if named and names.matches(post.text):
            return True
        subreddit = post.raw.get("subreddit")
        reading = Reading(PostFacts(post.text, post.platform, post.author.handle,
                                    subreddit if isinstance(subreddit, str) else None), keep_case=True)
        return any(check(reading) for check in checks)

    return keeps
