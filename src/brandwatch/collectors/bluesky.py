"""Bluesky through the AT Protocol client (`atproto`): post search by brand terms and roster accounts'
own posts, with an app password from the environment.

Streams: one `app.bsky.feed.searchPosts` (sort=latest) per search (`search:<query>`: Bluesky's
search has no dependable OR, so each brand name, or each alternative of a brand query, is its own
search: bluesky_search.py), and one
`app.bsky.feed.getAuthorFeed` per roster account (`author:<handle>`). Both list newest first. Each
stream keeps `newest`, the sortAt time of the newest post stored; the next read asks for posts since
a little before it (`since`, for search) and stops at the first older post, so a post indexed late
is not skipped and the repeats are dropped by the mentions' unique key. A read interrupted part way
(page cap, rate limit, error) keeps its `cursor`, the newest time it saw and the bound it used, and
the next run finishes it before moving `newest`.

Authors are enriched from `app.bsky.actor.getProfiles` (25 a call): description and followers are
not in a post view. Reposts in an author feed repeat someone else's post: they are left out.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from pydantic import Field

from brandwatch.catalogue import PlatformDescriptor, ReplyRules
from brandwatch.collectors.bluesky_length import BLUESKY_LIMIT, grapheme_length
from brandwatch.collectors.bluesky_search import to_bluesky
from brandwatch.config import SourceBase
from brandwatch.durations import Duration


class BlueskySource(SourceBase):
    type: Literal["bluesky"]
    queries: list[str] | None = None  # None: one search per brand and competitor name
    limit: int = Field(default=100, ge=1, le=100)  # posts per page
    max_pages: int = Field(default=10, ge=1, le=100)  # per search or feed and run
    roster_timelines: bool = True
    api_base_url: str | None = None  # None: https://bsky.social; else a PDS, a proxy or the local fake
    # How far back a stream's first read goes: without a bound it would page back run after run until
    # Bluesky refuses the cursor as too deep.
    backfill: Duration = timedelta(days=7)


PLATFORM = PlatformDescriptor(
    name="bluesky", config=BlueskySource,
    # The collector imports atproto (over a second to import): it loads when a source is built.
    build="brandwatch.collectors.bluesky_collector:build",
    summary="Bluesky through the AT Protocol client with an app password: post search and roster accounts' posts",
    credentials=("BLUESKY_HANDLE", "BLUESKY_APP_PASSWORD"),
    shown_credentials=("BLUESKY_HANDLE",),
    fake="brandwatch.testing.bluesky_fake:PLATFORM_FAKE",
    # queries, max_pages, roster_timelines and api_base_url share their help with other platforms
    # (settings_help.py); only Bluesky has `limit`.
    settings_help={"sources[].limit": "Bluesky: posts asked for per page (1–100)"},
    replies=ReplyRules("Bluesky", BLUESKY_LIMIT, grapheme_length, one_paragraph=True),
    native_search=to_bluesky)
