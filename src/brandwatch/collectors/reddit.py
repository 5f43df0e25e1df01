"""Reddit: the platform's descriptor and the config of one `reddit` source.

The collector and its builder (collectors/reddit_collector.py) import praw, so the descriptor names
the builder by "module:attribute" and it loads only when a source is built: reading a config file,
which builds every platform's config model, never pays for a client library.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from pydantic import Field

from brandwatch.catalogue import PlatformDescriptor, ReplyRules
from brandwatch.config import SourceBase
from brandwatch.durations import Duration
from brandwatch.queries.native import to_reddit

# Reddit refuses a comment over 10,000 characters.
REDDIT_COMMENT_LIMIT = 10_000


class RedditSource(SourceBase):
    type: Literal["reddit"]
    queries: list[str] = []
    subreddits: list[str] = []
    roster_history: bool = True
    page_limit: int = Field(default=100, ge=1, le=100)
    max_pages: int = Field(default=10, ge=1, le=10)  # per listing and run; Reddit stops at 1000 items
    # Listings are re-read this far behind the newest post seen, for posts that show up late.
    lookback_overlap: Duration = timedelta(minutes=15)
    api_base_url: str | None = None  # None: Reddit itself; else a proxy or the local fake (token and API)


@dataclass(frozen=True, slots=True)
class RedditEndpoints:
    """Where praw connects; the defaults are Reddit's, the local fake passes its own."""

    oauth_url: str = "https://oauth.reddit.com"
    reddit_url: str = "https://www.reddit.com"
    short_url: str = "https://redd.it"

    @classmethod
    def at(cls, base_url: str) -> "RedditEndpoints":
        """Token endpoint and API under one base URL, as a proxy or the local fake serves them."""
        base = base_url.rstrip("/")
        return cls(oauth_url=base, reddit_url=base, short_url=base)


PLATFORM = PlatformDescriptor(
    name="reddit", config=RedditSource, build="brandwatch.collectors.reddit_collector:build",
    summary="Reddit through praw with a read-only script app: searches, subreddit listings, roster histories",
    credentials=("REDDIT_CLIENT_ID", "REDDIT_CLIENT_SECRET", "REDDIT_USER_AGENT"),
    shown_credentials=("REDDIT_USER_AGENT",),
    # Reddit's listings are capped by count (about 1000 items), not by time.
    lookback=None,
    fake="brandwatch.testing.reddit_fake:PLATFORM_FAKE",
    replies=ReplyRules("Reddit", REDDIT_COMMENT_LIMIT),
    native_search=to_reddit)

