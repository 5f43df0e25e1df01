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

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable, Iterator, Literal

from mastodon import Mastodon  # the client type, for annotations
from pydantic import Field, field_validator

from brandwatch.catalogue import PlatformDescriptor, ReplyRules
from brandwatch.collectors.base import Batch, Checkpoint, Paused, RejectedItem, SourceFailing
from brandwatch.collectors.mastodon_client import TOKEN_VARIABLE, MastodonCalls, Stopped, Unreadable, json_of
from brandwatch.collectors.common import MalformedItem, plain
from brandwatch.collectors.mastodon_items import mention_from_status, original, status_id
from brandwatch.collectors.mastodon_text import MASTODON_LIMIT, mastodon_length
from brandwatch.config import SourceBase
from brandwatch.durations import Duration
from brandwatch.model.clock import Clock
from brandwatch.model.post import Post

if TYPE_CHECKING:
    from brandwatch.collectors.registry import BuildContext

log = logging.getLogger(__name__)


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


@dataclass
class _Read:
    """One page, read: what to store, its lowest and highest ids, and whether the read ends here."""

    mentions: list[Post] = field(default_factory=list)
    rejected: list[RejectedItem] = field(default_factory=list)
    lowest: str | None = None
    highest: str | None = None
    ended: bool = False  # it reached the checkpoint or the backfill limit


Fetch = Callable[[dict[str, Any]], Any]


class MastodonCollector:
    platform = "mastodon"

    def __init__(self, source: MastodonSource, access_token: str, brand_terms: list[str],
                 roster_accounts: list[str], clock: Clock, server: str | None = None):
        """`server`: where to connect instead of `source.server` (the local fake)."""
        self.name = source.name
        self.source = source
        self._token = access_token
        self._terms = (source.search_terms or brand_terms) if source.search else []
        self._roster = [a.strip().lstrip("@") for a in roster_accounts] if source.roster_statuses else []
        self._clock = clock
        self._server = server or source.server
        self.notices: list[str] = []
        self._calls = self.calls()

    def calls(self) -> MastodonCalls:
        """A fresh client for one run: Mastodon.py caches the server's instance metadata per client."""
        return MastodonCalls(self._server, self._token, self.source.request_timeout.total_seconds(),
                             self._clock, self.notices)

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        self.notices.clear()
        self._calls = self.calls()
        client = self._calls.client
        state: dict[str, Any] = {**checkpoint, "streams": dict(checkpoint.get("streams") or {})}
        unreadable: list[str] = []
        page = self.source.page_size
        for tag in self.source.hashtags:
            yield from self._stream(state, f"tag:{tag}", unreadable,
                                    lambda p, tag=tag: client.timeline_hashtag(tag, limit=page, **p))
        for acct in self._roster:
            account_id = self._account_id(client, state, acct, unreadable)
            if account_id is not None:
                yield from self._stream(state, f"account:{acct}", unreadable,
                                        lambda p, aid=account_id: client.account_statuses(aid, limit=page, **p))
        for term in self._terms:
            yield from self._stream(state, f"search:{term}", unreadable, lambda p, term=term: client.search_v2(
                term, resolve=False, result_type="statuses", limit=page, **p), search=True)
        if not (self.source.hashtags or self._roster or self._terms):
            log.warning("%s: no hashtags, roster accounts or search terms: nothing to read", self.name)
        if unreadable:
            raise SourceFailing("; ".join(unreadable))

    def _stream(self, state: dict[str, Any], key: str, unreadable: list[str], fetch: Fetch,
                search: bool = False) -> Iterator[Batch]:
        before = dict(state["streams"].get(key) or {})
        since = before.get("since_id") if isinstance(before.get("since_id"), str) else None
        resume = before.get("resume") if isinstance(before.get("resume"), dict) else {}
        max_id, newest = resume.get("max_id"), resume.get("newest_id")
        cutoff = None if since else self._clock.now() - self.source.backfill
        pages, seen = 0, 0
        while pages < self.source.max_pages:
            params: dict[str, Any] = {"max_id": max_id} if max_id else {}
            if since and (max_id or search):
                params["min_id" if search else "since_id"] = since
            # A timeline's first page is asked for without since_id: an edit keeps its status's place, so
            # the newest page is where recent edits can be seen again. It costs no extra request.
            try:
                got = self._calls.page(self._calls.call(lambda params=params: fetch(params), search), search)
            except Unreadable as exc:
                unreadable.append(f"{key}: {exc}")
                return
            except Stopped as exc:
                raise exc.cause from None
            pages += 1
            seen += len(got.statuses)
            page = self._normalise(key, got.statuses, cutoff, since)
            newest = _newer(newest, page.highest)
            # Search answers carry no Link header: the lowest id is the next page's max_id, and a short page is the last.
            next_max = (page.lowest if len(got.statuses) == self.source.page_size else None) if search else got.next_max_id
            done = not got.statuses or next_max is None or page.ended
            if done:
                top = _newer(since, newest)
                stream: dict[str, Any] = {"since_id": top} if top else {}
            else:
                max_id = next_max
                stream = {"since_id": since, "resume": {"max_id": max_id, "newest_id": newest}}
            state["streams"][key] = stream
            if page.mentions or page.rejected or stream != before:
                yield Batch(tuple(page.mentions), _copy(state), tuple(page.rejected), key)
            before = stream
            if done:
                break
            if got.remaining == "0":
                raise Paused(f"Mastodon rate limit spent while reading {key}", self._calls.wait(got.reset) or 60.0)
        if search and seen == 0 and since is None:
            self.notices.append(f"{key}: the server's status search found nothing; many servers only search "
                                "posts the account has interacted with, or have no full-text search")

    def _normalise(self, key: str, statuses: list[Any], cutoff: datetime | None, since: str | None) -> _Read:
        """The page's new mentions (and edited ones at or below `since`) and rejected items."""
        read = _Read()
        ids = sorted((i for i in (status_id(s) for s in statuses) if i is not None), key=_order)
        read.lowest, read.highest = (ids[0], ids[-1]) if ids else (None, None)
        for status in statuses:
            known = since is not None and status_id(status) is not None and _order(status_id(status)) <= _order(since)
            read.ended = read.ended or known
            try:
                mention = mention_from_status(status)
            except MalformedItem as exc:
                if not known:
                    raw = plain(status) if isinstance(status, dict) else {"value": plain(status)}
                    read.rejected.append(RejectedItem(str(exc), raw, status_id(status)))
                continue
            if known:
                if mention.version is not None:
                    read.mentions.append(mention)  # stored before; the store keeps the newer text
            elif cutoff is not None and mention.created_at < cutoff and original(status) is status:
                read.ended = True  # the first read goes back no further than `backfill`
            else:
                read.mentions.append(mention)
        if read.rejected:
            log.info("%s: %s: %d malformed statuses kept raw", self.name, key, len(read.rejected))
        return read

    def _account_id(self, client: Mastodon, state: dict[str, Any], acct: str, unreadable: list[str]) -> str | None:
        """The reading server's id of a roster account (kept in the checkpoint: it never changes)."""
        known = dict(state.get("account_ids") or {})
        if isinstance(known.get(acct), str):
            return known[acct]
        try:
            response = self._calls.call(lambda: client.account_lookup(acct))
        except Unreadable as exc:
            unreadable.append(f"account:{acct}: {exc}")
            return None
        except Stopped as exc:
            raise exc.cause from None
        account_id = status_id(json_of(response))
        if account_id is None:
            unreadable.append(f"account:{acct}: the server's answer has no account id")
            return None
        known[acct] = account_id
        state["account_ids"] = known
        return account_id


def _order(status_id: str) -> tuple[int, str]:
    """Mastodon ids are numbers in strings; shorter is older."""
    return (len(status_id), status_id)


def _newer(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return max(a, b, key=_order)


def _copy(state: dict[str, Any]) -> dict[str, Any]:
    return {**state, "streams": dict(state["streams"])}


def _build(source: MastodonSource, context: BuildContext) -> MastodonCollector:
    return MastodonCollector(source, context.credentials[TOKEN_VARIABLE], context.settings.watched_terms,
                             context.roster.accounts("mastodon"), context.clock, context.endpoint)


PLATFORM = PlatformDescriptor(
    name="mastodon", config=MastodonSource, build=_build,
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
        "sources[].backfill": "Mastodon: how far back the first read of a hashtag, account or search goes",
    },
    replies=ReplyRules("Mastodon", MASTODON_LIMIT, mastodon_length))
