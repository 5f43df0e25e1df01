"""Mastodon through Mastodon.py: hashtag timelines, roster accounts' statuses and (optionally) status
search, on one configured server.

Each stream (`tag:<name>`, `account:<acct>`, `search:<term>`) keeps `since_id`, the newest status id
stored. A read goes newest first, page by page down the `Link: rel="next"` header's `max_id`, with
`since_id` as the floor; every page is stored with the checkpoint that says where the read stands
(`resume.max_id`), so a read cut short (page cap, rate limit, crash) goes on from there next run
before `since_id` moves, and nothing in between is skipped. A stream's first read goes back at most
`backfill`.

The access token comes from MASTODON_ACCESS_TOKEN. Public hashtag timelines often work without one,
but since Mastodon 4.2 an admin can restrict them to signed-in users, status search needs one, and
rate limits are per account rather than per address; so the source needs a token (any account's,
read scopes only) and is skipped without one.

Rate limits (mastodon_client): a 429 becomes `RetryLater` with the wait `X-RateLimit-Reset` (ISO
8601) asks for, or none (the runner backs off); a page answered with `X-RateLimit-Remaining: 0` is
stored and the run pauses until the reset. A stream's newest page is read without `since_id`, so
edits of recent statuses (an edit keeps the id and the place) reach the store.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from pydantic import Field, field_validator

from brandwatch.catalogue import PlatformDescriptor, ReplyRules
from brandwatch.collectors.mastodon_text import MASTODON_LIMIT, mastodon_length
from brandwatch.config import SourceBase
from brandwatch.durations import Duration

# The variable holding the access token (the collector reads it from the build context).
TOKEN_VARIABLE = "MASTODON_ACCESS_TOKEN"


class MastodonSource(SourceBase):
    type: Literal["mastodon"]
    server: str = "https://mastodon.social"  # the server whose API is read
    hashtags: list[str] = []  # without the leading '#'
    search: bool = False  # status search for each of `search_terms` (needs full-text search on the server)
    search_terms: list[str] = []  # empty: the brands' and competitors' names
    roster_statuses: bool = True
    page_size: int = Field(default=40, ge=1, le=40)  # statuses per request (Mastodon's most is 40)
    max_pages: int = Field(default=10, ge=1, le=100)  # per stream and run
    backfill: Duration = timedelta(days=7)  # how far back a stream's first read goes

    @field_validator("hashtags")
    @classmethod
    def _bare_hashtags(cls, tags: list[str]) -> list[str]:
        bare = [t.strip().lstrip("#") for t in tags]
        if any(not t or any(c.isspace() or c == "/" for c in t) for t in bare):
            raise ValueError("hashtags are single words, such as 'acme' or '#acme'")
        return bare


PLATFORM = PlatformDescriptor(
    name="mastodon", config=MastodonSource,
    # The collector imports Mastodon.py: it loads when a source is built, not when a config is read.
    build="brandwatch.collectors.mastodon_collector:build",
    summary="one Mastodon server through Mastodon.py: hashtag timelines, roster accounts, optional status search",
    credentials=(TOKEN_VARIABLE,),
    fake="brandwatch.testing.mastodon_fake:PLATFORM_FAKE",
    settings_help={
        "sources[].server": "Mastodon: the server whose API is read (its https:// base URL)",
        "sources[].hashtags": "Mastodon: hashtag timelines read, without the '#'",
        "sources[].search": "Mastodon: also run status search for each search term (many servers return little)",
        "sources[].search_terms": "Mastodon: the status search terms; empty: the brands' and competitors' names",
        "sources[].roster_statuses": "Mastodon: read the statuses of every `mastodon` account in the rosters",
        "sources[].page_size": "Mastodon: statuses per request, 1–40",
    },
    replies=ReplyRules("Mastodon", MASTODON_LIMIT, mastodon_length))
