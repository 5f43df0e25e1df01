"""The Mastodon collector and its builder (the descriptor and the source's config are in
collectors/mastodon.py, which never imports Mastodon.py)."""


from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Iterator

from mastodon import Mastodon  # the client type, for annotations

from brandwatch.collectors.base import Batch, Checkpoint, Paused, RejectedItem, RetryLater, SourceFailing
from brandwatch.collectors.mastodon import TOKEN_VARIABLE, MastodonSource
from brandwatch.collectors.mastodon_client import MastodonCalls, Stopped, Unreadable, json_of
from brandwatch.collectors.common import MalformedItem, plain
from brandwatch.collectors.mastodon_items import mention_from_status, original, status_id
from brandwatch.model.clock import Clock
from brandwatch.model.post import Post

if TYPE_CHECKING:
    from brandwatch.collectors.registry import BuildContext

log = logging.getLogger(__name__)


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
        try:
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
        except (Paused, RetryLater):
            # The run ends on a later stream's limit: the streams found unreadable before it must still
            # show in `status`, not wait for a run that gets to the end.
            self.notices.extend(unreadable)
            raise
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
            # Search answers carry no Link header: the lowest id is the next page's max_id. A short page is
            # not the last (the server drops muted or blocked authors after cutting it): an empty one is.
            next_max = page.lowest if search else got.next_max_id
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


def build(source: MastodonSource, context: BuildContext) -> MastodonCollector:
    """The descriptor's builder (collectors/mastodon.py, PLATFORM)."""
    return MastodonCollector(source, context.credentials[TOKEN_VARIABLE], context.settings.watched_terms,
                             context.roster.accounts("mastodon"), context.clock, context.endpoint)
