"""A stored post as a brand query reads it: text, platform, author, subreddit and language."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from brandwatch.model.analysis import UNDETERMINED, Language
from brandwatch.model.post import Post
from brandwatch.queries.facts import PostFacts
from brandwatch.queries.query import Query, compile_query


def facts_of(post: Post, language: Language | Callable[[], Language] | None = None) -> PostFacts:
    """`lang:` asks the language detector first (the pipeline has its answer already); where it cannot
    tell, the platform's own language field (X supplies one) answers."""

    def lang() -> str | None:
        found = language() if callable(language) else language
        if found is not None and found.code != UNDETERMINED:
            return found.code
        return post.lang

    subreddit = post.raw.get("subreddit") if post.platform == "reddit" else None
    return PostFacts(post.text, post.platform, post.author.handle,
                     subreddit if isinstance(subreddit, str) else None, lang)


@lru_cache(maxsize=256)
def compiled(query: str) -> Query:
    """Queries were checked when the settings loaded; each is compiled once per process."""
    return compile_query(query)
