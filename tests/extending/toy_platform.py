"""A platform that exists only in the tests, described by one descriptor (docs/extending.md): it reads
posts from an in-memory feed. Nothing outside this file and the test that registers it names it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Iterator, Literal

from brandwatch.catalogue import PlatformDescriptor, ReplyRules
from brandwatch.collectors.base import Batch, Checkpoint, RejectedItem
from brandwatch.config import SourceBase
from brandwatch.model.post import Author, Post

FEEDS: dict[str, list[dict[str, Any]]] = {}  # feed name -> items, as the "platform" serves them
PAGE = 5
TOKEN_VARIABLE = "TOYPLAT_TOKEN"


class ToySource(SourceBase):
    type: Literal["toyplat"]
    feed: str = "main"


class ToyCollector:
    platform = "toyplat"

    def __init__(self, source: ToySource, token: str, roster_accounts: list[str]):
        self.name, self.source, self.token, self.roster_accounts = source.name, source, token, roster_accounts

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        items = FEEDS.get(self.source.feed, [])
        read = int(checkpoint.get("read", 0))
        while read < len(items):
            page = items[read:read + PAGE]
            read += len(page)
            posts, rejected = [], []
            for item in page:
                if not isinstance(item.get("text"), str):
                    rejected.append(RejectedItem("text: missing or not a string", item, str(item.get("id"))))
                    continue
                posts.append(Post("toyplat", item["id"], item["text"], Author(handle=item["by"]),
                                  datetime(2026, 11, 2, 10, tzinfo=timezone.utc), raw=item))
            yield Batch(tuple(posts), {"read": read}, tuple(rejected), stream=self.source.feed)


def _build(source: ToySource, context) -> ToyCollector:
    return ToyCollector(source, context.credentials[TOKEN_VARIABLE], context.roster.accounts("toyplat"))


PLATFORM = PlatformDescriptor(
    name="toyplat", config=ToySource, build=_build,
    summary="a test-only platform reading an in-memory feed",
    credentials=(TOKEN_VARIABLE,), lookback=timedelta(days=2),
    settings_help={"sources[].feed": "toyplat: which in-memory feed to read"},
    # Short posts counted in code points doubled, to tell its count from plain `len`.
    replies=ReplyRules("Toyplat", 40, lambda text: 2 * len(text), one_paragraph=True),
    native_search=lambda tree: f"toy-search[{type(tree).__name__}]")
