"""The Bluesky collector and its builder (the descriptor and the source's config are in
collectors/bluesky.py, which never imports atproto)."""


from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable, Iterator


from brandwatch.collectors.base import Batch, Checkpoint, Paused, RejectedItem, RetryLater, SourceDisabled
from brandwatch.collectors.bluesky_client import (
    BlueskyClient, Login, Refused, Stopped, author_feed_params, profiles_params, search_params,
)
from brandwatch.collectors.bluesky_items import author_did, post_from_view, sort_time
from brandwatch.collectors.bluesky import BlueskySource
from brandwatch.collectors.bluesky_search import default_queries, settings_searches
from brandwatch.collectors.common import MalformedItem, plain, utc_from_iso
from brandwatch.model.clock import Clock
from brandwatch.model.post import Post

if TYPE_CHECKING:
    from brandwatch.collectors.registry import BuildContext

log = logging.getLogger(__name__)

# Re-read this far behind the newest post stored: a post whose sortAt lands a little earlier (indexed
# late) still turns up; repeats cost nothing but a dropped duplicate.
OVERLAP = timedelta(minutes=5)
PROFILES_PER_CALL = 25


@dataclass
class _Read:
    since: str | None  # the lower bound this read uses (ISO); None: the first read of the stream
    cursor: str | None
    newest: str | None  # the newest sortAt seen in this read


class BlueskyCollector:
    platform = "bluesky"

    def __init__(self, source: BlueskySource, login: Login, search_terms: list[str], roster_accounts: list[str],
                 clock: Clock, service: str | None = None, searches: list[str] | None = None):
        """`service`: where to connect when not `source.api_base_url` (the local fake's URL);
        `searches`: what to search when the source sets no `queries` (default: the names `search_terms`)."""
        self.name = source.name
        self.source = source
        self.queries = (source.queries if source.queries is not None
                        else searches if searches is not None else default_queries(search_terms))
        self._roster = roster_accounts if source.roster_timelines else []
        self._clock = clock
        self._client = BlueskyClient(login, service or source.api_base_url, source.request_timeout.total_seconds(), clock)
        self._profiles: dict[str, dict[str, Any]] = {}  # did -> profileViewDetailed, for this run
        self.notices: list[str] = []

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        self.notices, self._profiles = [], {}
        self._client.spent = None
        state: dict[str, Any] = {**checkpoint, "streams": dict(checkpoint.get("streams") or {})}
        if not self.queries and not self._roster:
            log.warning("%s: no queries, brand terms or roster accounts: nothing to read", self.name)
        for query in self.queries:
            yield from self._stream(state, f"search:{query}", "posts", lambda read, q=query: search_params(
                q, self.source.limit, read.cursor, read.since))
        for handle in self._roster:
            yield from self._stream(state, f"author:{handle}", "feed", lambda read, h=handle: author_feed_params(
                h, self.source.limit, read.cursor))

    def _stream(self, state: dict[str, Any], key: str, listing: str,
                params: Callable[[_Read], Any]) -> Iterator[Batch]:
        before = state["streams"].get(key)
        read = _starting_point(before, _iso(self._clock.now() - self.source.backfill))
        nsid = "app.bsky.feed.searchPosts" if listing == "posts" else "app.bsky.feed.getAuthorFeed"
        mentions: list[Post] = []
        rejected: list[RejectedItem] = []
        stopped: RetryLater | SourceDisabled | Paused | None = None
        pages, caught_up = 0, False
        while pages < self.source.max_pages:
            if self._client.spent is not None:
                stopped = self._client.spent
                break
            try:
                payload = self._client.query(nsid, params(read))
                items = payload.get(listing) if isinstance(payload.get(listing), list) else []
                views = [self._view(item, key) for item in items]
                self._fetch_profiles([author_did(v) for v in views if v is not None])
            except Stopped as exc:
                stopped = exc.cause
                break
            except Refused as exc:
                if listing == "feed":  # a mistyped, deleted or blocked roster account: the others go on
                    log.warning("%s: %s: Bluesky cannot list this account (%s)", self.name, key, exc)
                    self.notices.append(f"{key}: Bluesky cannot list this account ({exc})")
                    read.cursor = None
                    caught_up = True
                    break
                if read.cursor is not None:
                    # A read paging far back ("can't paginate so deep"): end it here; the next run reads
                    # from the newest post stored, and what lay deeper is not read.
                    log.warning("%s: %s: Bluesky refused to page further (%s)", self.name, key, exc)
                    self.notices.append(f"{key}: Bluesky refused to page further back ({exc}); older posts "
                                        "of this search were not read")
                    read.cursor = None
                    caught_up = True
                    break
                stopped = SourceDisabled(f"Bluesky refused the search {key[7:]!r} (400 {exc}); check the "
                                         "source's queries")
                break
            pages += 1
            caught_up = self._normalise(key, items, views, read, mentions, rejected)
            cursor = payload.get("cursor")
            read.cursor = cursor if isinstance(cursor, str) and cursor and items else None
            if caught_up or read.cursor is None:
                break
        if stopped is None and (caught_up or read.cursor is None):
            newest = _later(before.get("newest") if isinstance(before, dict) else None, read.newest)
            stream: dict[str, Any] = {"newest": newest}
        else:
            stream = {"newest": before.get("newest") if isinstance(before, dict) else None,
                      "resume": {"cursor": read.cursor, "newest": read.newest, "since": read.since}}
        state["streams"][key] = stream
        if mentions or rejected or stream != before:
            yield Batch(tuple(mentions), _copy(state), tuple(rejected), key)
        if stopped is not None:
            raise stopped

    def _view(self, item: Any, key: str) -> Any:
        """The post view of a listing item: search lists views, a feed wraps each in feedViewPost."""
        if not key.startswith("author:"):
            return item
        if isinstance(item, dict) and isinstance(item.get("reason"), dict):
            return None  # a repost (or a pin): someone else's or an older post, not new by this account
        return item.get("post") if isinstance(item, dict) else item

    def _normalise(self, key: str, items: list[Any], views: list[Any], read: _Read, mentions: list[Post],
                   rejected: list[RejectedItem]) -> bool:
        """Adds the page's posts; True when the page reached posts older than the read's bound."""
        reached = False
        bound = utc_from_iso(read.since, "since") if read.since else None
        for item, view in zip(items, views):
            if view is None:
                continue
            try:
                placed = sort_time(view)
                post = post_from_view(view, self._profiles)
            except MalformedItem as exc:
                raw = plain(item) if isinstance(item, dict) else {"value": plain(item)}
                uri = view["uri"][:128] if isinstance(view, dict) and isinstance(view.get("uri"), str) else None
                log.warning("%s: %s: malformed post view kept raw: %s", self.name, key, exc)
                rejected.append(RejectedItem(str(exc), raw, uri))
                continue
            if bound is not None and placed < bound:
                reached = True  # older than this read reaches back: the rest was read before
                continue
            read.newest = _later(read.newest, _iso(placed))
            mentions.append(post)
        return reached

    def _fetch_profiles(self, dids: list[str | None]) -> None:
        wanted = list(dict.fromkeys(d for d in dids if d and d not in self._profiles))
        for start in range(0, len(wanted), PROFILES_PER_CALL):
            chunk = wanted[start:start + PROFILES_PER_CALL]
            try:
                payload = self._client.query("app.bsky.actor.getProfiles", profiles_params(chunk))
            except Refused as exc:  # profiles only enrich the posts: go on without them
                log.info("%s: Bluesky gave no profiles for %d authors (%s)", self.name, len(chunk), exc)
                payload = {}
            found = payload.get("profiles") if isinstance(payload.get("profiles"), list) else []
            for profile in found:
                if isinstance(profile, dict) and isinstance(profile.get("did"), str):
                    self._profiles[profile["did"]] = profile
            for did in chunk:
                self._profiles.setdefault(did, {})  # asked once a run, found or not


def _starting_point(stream: Any, first_since: str) -> _Read:
    """Where a read starts: a resumed read's own bound, a little before the newest post stored, or
    (a stream never read) `first_since`, the backfill's start."""
    stream = stream if isinstance(stream, dict) else {}
    resume = stream.get("resume") if isinstance(stream.get("resume"), dict) else None
    if resume is not None:
        return _Read(resume.get("since"), resume.get("cursor"), resume.get("newest"))
    newest = stream.get("newest")
    since = _iso(utc_from_iso(newest, "newest") - OVERLAP) if isinstance(newest, str) else first_since
    return _Read(since, None, None)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _later(first: str | None, second: str | None) -> str | None:
    if first is None or second is None:
        return first or second
    return max(first, second, key=lambda v: utc_from_iso(v, "newest"))


def _copy(state: dict[str, Any]) -> dict[str, Any]:
    return {**state, "streams": dict(state["streams"])}


def build(source: BlueskySource, context: BuildContext) -> BlueskyCollector:
    """The descriptor's builder (collectors/bluesky.py, PLATFORM)."""
    credentials = context.credentials
    login = Login(credentials["BLUESKY_HANDLE"], credentials["BLUESKY_APP_PASSWORD"])
    settings = context.settings
    return BlueskyCollector(source, login, settings.watched_terms, context.roster.accounts("bluesky"),
                            context.clock, context.endpoint, settings_searches(settings))
