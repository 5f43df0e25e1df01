"""X (API v2): the platform's descriptor, the config of one `x` source and its default query.

The collector and its builder (collectors/x_collector.py) import tweepy, so the descriptor names the
builder by "module:attribute" and it loads only when a source is built: reading a config file, which
builds every platform's config model, never pays for a client library.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from pydantic import Field

from brandwatch.catalogue import PlatformDescriptor, ReplyRules
from brandwatch.collectors.x_length import X_LIMIT, weighted_length
from brandwatch.config import SourceBase
from brandwatch.queries.native import to_x


class XSource(SourceBase):
    type: Literal["x"]
    query: str | None = None  # None: built from the brand's names and handles
    max_results: int = Field(default=100, ge=10, le=100)
    roster_timelines: bool = True
    max_pages: int = Field(default=10, ge=1, le=100)  # per query or timeline and run
    monthly_post_budget: int | None = Field(default=None, ge=0)  # posts read per calendar month (UTC)
    api_base_url: str | None = None  # None: https://api.twitter.com; else a proxy or the local fake


def default_query(brand_terms: list[str]) -> str | None:
    """Every brand name, product and handle, OR-ed; retweets left out (they repeat the original)."""
    terms = list(dict.fromkeys(t.strip() for t in brand_terms if t.strip()))
    if not terms:
        return None
    quoted = [f'"{t}"' if " " in t else t for t in terms]
    return f"({' OR '.join(quoted)}) -is:retweet"


PLATFORM = PlatformDescriptor(
    name="x", config=XSource, build="brandwatch.collectors.x_collector:build",
    summary="the X API v2 through tweepy with an app bearer token: recent search and roster timelines",
    credentials=("X_BEARER_TOKEN",),
    lookback=timedelta(days=7),  # recent search covers the last 7 days
    fake="brandwatch.testing.x_fake:PLATFORM_FAKE",
    replies=ReplyRules("X", X_LIMIT, weighted_length, one_paragraph=True),
    native_search=to_x)

