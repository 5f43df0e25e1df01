"""Reddit through praw with a read-only script app (OAuth client credentials): the collector (the
descriptor and the source's config are in collectors/reddit.py).

Streams, each with its own checkpoint entry:
- `search:<subreddits>:<query>` — each configured query, newest first, across the listed subreddits
  or r/all (Reddit's search returns submissions only);
- `new:<subreddits>` and `comments:<subreddits>` — the newest submissions and comments of the listed
  subreddits, kept only when they name the brand;
- `user:<name>` — the recent history of every roster account, kept whatever it says.

Listings are newest first and read one page (one request) at a time. A stream's checkpoint is the
creation time of the newest item stored plus the ids seen in the overlap window behind it; reading
stops at the first item older than that window. A read that stops before reaching it (the
`page_limit × max_pages` cap, the request quota, an error) stores what it read and keeps a `resume`
cursor; the next run continues from there before the checkpoint moves, so nothing is skipped.

Rate limits: between requests the collector reads praw's public `Reddit.auth.limits` and ends the run
while a few requests of the quota remain, asking for the next run after the window resets; so
prawcore never has to sleep for the quota inside a run. A 429 waits for its `retry-after`.
Subreddits that cannot be read (private, quarantined, banned, missing) leave the other streams running;
the source is then reported failing, naming them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator

import praw
import prawcore

from brandwatch.collectors.base import (
    Batch, Checkpoint, Paused, RejectedItem, RetryLater, SourceDisabled, SourceFailing,
)
from brandwatch.collectors.common import MalformedItem, TermFilter
from brandwatch.collectors.reddit_client import Observed, TimedRequestor
from brandwatch.collectors.reddit_items import GoneItem, mention_from_item, raw_payload
from brandwatch.collectors.brand_search import any_query, listing_filter, reddit_searches
from brandwatch.collectors.reddit import RedditEndpoints, RedditSource
from brandwatch.model.post import Post

if TYPE_CHECKING:
    from brandwatch.collectors.registry import BuildContext

log = logging.getLogger(__name__)

QUOTA_RESERVE = 2  # requests left unspent in a window: the token refresh and a margin for other clients
PRAW_WINDOW = 10 ** 9  # praw's `window_size`: so large that prawcore's own pacing never waits (see below)


@dataclass(frozen=True, slots=True)
class Stream:
    kind: str  # search | new | comments | user
    subs: tuple[str, ...] = ()  # the subreddits it reads (none: r/all, or a user's history)
    arg: str = ""  # the query, or the user name

    @property
    def where(self) -> str:
        return "+".join(self.subs) or "all"

    @property
    def key(self) -> str:
        if self.kind == "search":
            return f"search:{self.where}:{self.arg}"
        return f"user:{self.arg}" if self.kind == "user" else f"{self.kind}:{self.where}"

    @property
    def brand_only(self) -> bool:
        """Subreddit listings hold everything said there: only posts naming the brand are kept."""
        return self.kind in ("new", "comments")

    def page(self, reddit: praw.Reddit, options: dict[str, Any]) -> Iterator[Any]:
        """One listing page (praw's ListingGenerator with limit = the page size, params = the cursor)."""
        if self.kind == "user":
            return reddit.redditor(self.arg).new(**options)
        subreddit = reddit.subreddit(self.where)
        if self.kind == "search":
            return subreddit.search(self.arg, sort="new", time_filter="all", **options)
        return subreddit.new(**options) if self.kind == "new" else subreddit.comments(**options)

    def without(self, excluded: set[str]) -> "Stream | None":
        """The same listing without the `excluded` subreddits; None when none is left."""
        if not self.subs:
            return self
        subs = tuple(s for s in self.subs if s.casefold() not in excluded)
        return Stream(self.kind, subs, self.arg) if subs else None


@dataclass
class _Window:
    """A stream's checkpoint, or the part of an interrupted read: newest time and the ids seen near it."""

    newest: float | None = None
    seen: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, value: Any) -> "_Window":
        if not isinstance(value, dict):
            return cls()
        newest = value.get("newest")
        seen = value.get("seen") if isinstance(value.get("seen"), dict) else {}
        return cls(float(newest) if isinstance(newest, (int, float)) else None,
                   {str(k): float(v) for k, v in seen.items() if isinstance(v, (int, float))})

    def dump(self) -> dict[str, Any]:
        return {"newest": self.newest, "seen": self.seen}

    def merged(self, other: "_Window", overlap: float) -> "_Window":
        seen = {**self.seen, **other.seen}
        newest = max([self.newest or 0.0, other.newest or 0.0, *seen.values()]) or None
        keep_from = newest - overlap if newest is not None else 0
        return _Window(newest, {k: v for k, v in seen.items() if v >= keep_from})


@dataclass
class _Progress:
    """One stream's read in this run."""

    mentions: list[Post] = field(default_factory=list)
    rejected: list[RejectedItem] = field(default_factory=list)
    read: _Window = field(default_factory=_Window)  # what this pass saw, newest first
    after: str | None = None  # the cursor to continue from
    complete: bool = False
    items: int = 0


class RedditCollector:
    platform = "reddit"

    def __init__(self, source: RedditSource, credentials: dict[str, str], brand_terms: list[str],
                 roster_accounts: list[str], endpoints: RedditEndpoints | None = None,
                 keeps: Callable[[Post], bool] | None = None, searches: list[str] | None = None):
        """`keeps`: whether a subreddit listing's post concerns a brand (default: names `brand_terms`);
        `searches`: the search queries when the source configures none (default: none)."""
        self.name = source.name
        self.source = source
        self._credentials = credentials
        names = TermFilter(brand_terms)
        self._keeps = keeps if keeps is not None else (lambda post: names.matches(post.text))
        self._searches = list(source.queries) or list(searches or [])
        self._roster = roster_accounts if source.roster_history else []
        self._endpoints = endpoints or RedditEndpoints()
        self.observed = Observed()
        self.notices: list[str] = []

    def streams(self) -> list[Stream]:
        subs = tuple(self.source.subreddits)
        found = [Stream("search", subs, query) for query in self._searches]
        if subs:
            found += [Stream("new", subs), Stream("comments", subs)]
        return found + [Stream("user", (), name) for name in self._roster]

    def client(self) -> praw.Reddit:
        endpoints = self._endpoints
        self.observed = Observed()
        # window_size only feeds prawcore's pacing, which sleeps inside the request when the quota is
        # used faster than evenly; brandwatch paces itself from auth.limits instead (see _quota_check).
        return praw.Reddit(
            client_id=self._credentials["REDDIT_CLIENT_ID"],
            client_secret=self._credentials["REDDIT_CLIENT_SECRET"],
            user_agent=self._credentials["REDDIT_USER_AGENT"],
            oauth_url=endpoints.oauth_url, reddit_url=endpoints.reddit_url, short_url=endpoints.short_url,
            check_for_updates=False, window_size=PRAW_WINDOW, requestor_class=TimedRequestor,
            requestor_kwargs={"request_timeout": self.source.request_timeout.total_seconds(),
                              "observed": self.observed},
        )

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        self.notices = []
        reddit = self.client()
        streams_state = dict(checkpoint.get("streams") or {})
        unreadable: dict[str, str] = {}  # subreddit → why it cannot be read
        pending = self.streams()
        while pending:
            stream = pending.pop(0).without(set(unreadable)) if unreadable else pending.pop(0)
            if stream is None:
                continue
            before = streams_state.get(stream.key)
            progress = _Progress()
            stop: Exception | None = None
            try:
                self._read(reddit, stream, before, progress)
            except (prawcore.Forbidden, prawcore.NotFound, prawcore.Redirect) as exc:
                if not stream.subs:  # a roster account's history: the account is gone or suspended
                    log.warning("%s: %s cannot be read (%s); skipped", self.name, stream.key, type(exc).__name__)
                    continue
                unreadable.update(self._culprits(reddit, stream, exc))
                rest = stream.without(set(unreadable))
                if rest is not None and rest != stream:
                    pending.insert(0, rest)  # the listing without the subreddits Reddit refuses
                continue
            except prawcore.PrawcoreException as exc:
                stop = translate(exc)
            except ValueError as exc:  # the token answer is parsed outside prawcore's BadJSON check
                stop = RetryLater(f"Reddit sent a response brandwatch could not read: {type(exc).__name__}")
            except Paused as exc:
                stop = exc
            state = self._checkpoint(stream, before, progress)
            streams_state = {**streams_state, stream.key: state}
            if progress.mentions or progress.rejected or state != before:
                yield Batch(tuple(progress.mentions), {**checkpoint, "streams": streams_state},
                            tuple(progress.rejected), stream.key)
            if stop is not None:
                raise stop
        if unreadable:
            raise SourceFailing("; ".join(f"r/{sub} {why}" for sub, why in sorted(unreadable.items())))

    def _culprits(self, reddit: praw.Reddit, stream: Stream, exc: prawcore.PrawcoreException) -> dict[str, str]:
        """Which of a listing's subreddits Reddit refuses, and why: a combined listing fails as a whole,
        so each subreddit is asked alone (one small request each)."""
        if len(stream.subs) == 1:
            return {stream.subs[0].casefold(): _unreadable(exc)}
        found: dict[str, str] = {}
        for sub in stream.subs:
            try:
                self._quota_check(reddit)
                list(reddit.subreddit(sub).new(limit=1))
            except (prawcore.Forbidden, prawcore.NotFound, prawcore.Redirect) as refused:
                found[sub.casefold()] = _unreadable(refused)
        return found or {stream.where.casefold(): _unreadable(exc)}

    def _checkpoint(self, stream: Stream, before: Any, progress: _Progress) -> dict[str, Any]:
        overlap = self.source.lookback_overlap.total_seconds()
        window = _Window.load(before)
        if progress.complete:
            return window.merged(progress.read, overlap).dump()
        if progress.after is None:
            return before if isinstance(before, dict) else window.dump()
        cap = self.source.page_limit * self.source.max_pages
        if progress.items >= cap:
            self.notices.append(f"{stream.key}: read the cap of {cap} items (page_limit × max_pages) before "
                                f"reaching the previous checkpoint; the next run resumes after {progress.after}")
        return {**window.dump(), "resume": {"after": progress.after, **progress.read.dump()}}

    def _read(self, reddit: praw.Reddit, stream: Stream, before: Any, progress: _Progress) -> None:
        window = _Window.load(before)
        resume = before.get("resume") if isinstance(before, dict) and isinstance(before.get("resume"), dict) else None
        if resume is not None:
            progress.read, progress.after = _Window.load(resume), resume.get("after")
        overlap = self.source.lookback_overlap.total_seconds()
        cutoff = window.newest - overlap if window.newest is not None else None
        known = {**window.seen, **progress.read.seen}
        page_limit = self.source.page_limit
        for _page in range(self.source.max_pages):
            self._quota_check(reddit)
            params = {"after": progress.after} if progress.after else {}
            page = list(stream.page(reddit, {"limit": page_limit, "params": params}))
            for item in page:
                if self._take(item, stream, cutoff, known, progress):
                    progress.complete = True
                    return
            if len(page) < page_limit:  # the listing ended
                progress.complete = True
                return
            progress.after = _fullname(page[-1]) or progress.after

    def _take(self, item: Any, stream: Stream, cutoff: float | None, known: dict[str, float],
              progress: _Progress) -> bool:
        """Note one listing item; True when it is older than the checkpoint (the read is done)."""
        progress.items += 1
        try:
            mention = mention_from_item(item)
        except GoneItem:
            return False
        except MalformedItem as exc:
            raw = raw_payload(item)
            progress.rejected.append(RejectedItem(str(exc), raw, _id_of(raw)))
            return False
        created = mention.created_at.timestamp()
        if cutoff is not None and created < cutoff:
            return True  # newest first: everything further down was read in an earlier run
        if mention.external_id in known:
            if mention.version is not None and (not stream.brand_only or self._keeps(mention)):
                progress.mentions.append(mention)  # seen before, but edited: the store keeps the newer text
            return False
        known[mention.external_id] = created
        if progress.read.newest is None or created > progress.read.newest:
            progress.read.newest = created
        if created >= progress.read.newest - self.source.lookback_overlap.total_seconds():
            progress.read.seen[mention.external_id] = created
        if not stream.brand_only or self._keeps(mention):
            progress.mentions.append(mention)
        return False

    def _quota_check(self, reddit: praw.Reddit) -> None:
        """End the run, before asking, when the window's quota is nearly spent (praw's public limits)."""
        limits = reddit.auth.limits
        remaining = limits.get("remaining")
        if remaining is None or remaining > QUOTA_RESERVE:
            return
        reset = self.observed.reset_seconds
        raise Paused(f"Reddit request quota nearly spent ({remaining:g} left, {limits.get('used')} used)",
                     delay=max(reset if reset is not None else 60.0, 1.0))


def _unreadable(exc: prawcore.PrawcoreException) -> str:
    """Why Reddit will not serve a subreddit's listing, as an operator needs to read it."""
    if isinstance(exc, prawcore.Redirect):
        return "does not exist (HTTP 302 to Reddit's subreddit search); check the name"
    response = getattr(exc, "response", None)
    reason = _reason(response)
    status = response.status_code if response is not None else "?"
    what = {"private": "is private", "quarantined": "is quarantined", "banned": "is banned",
            "gold_only": "is for premium members only"}.get(reason or "", "cannot be read")
    return f"{what} (HTTP {status}{' ' + reason if reason else ''})"


def _reason(response: Any) -> str | None:
    try:
        body = response.json()
    except Exception:  # noqa: BLE001 - an error page that is not JSON just has no reason
        return None
    reason = body.get("reason") if isinstance(body, dict) else None
    return str(reason)[:40] if reason else None


def _fullname(item: Any) -> str | None:
    name = vars(item).get("name") if not isinstance(item, dict) else item.get("name")
    return name if isinstance(name, str) else None


def _id_of(raw: dict[str, Any]) -> str | None:
    value = raw.get("name") or raw.get("id")
    return str(value)[:128] if value is not None else None


def translate(exc: prawcore.PrawcoreException) -> RetryLater | SourceDisabled:
    """prawcore's errors as brandwatch outcomes: credentials problems disable, the rest retry."""
    if isinstance(exc, prawcore.OAuthException):
        return SourceDisabled(f"Reddit refused the app credentials ({exc.error}); check REDDIT_CLIENT_ID "
                              "and REDDIT_CLIENT_SECRET (a script app is needed)")
    if isinstance(exc, prawcore.BadJSON):
        return RetryLater("Reddit sent a response that is not valid JSON")
    if isinstance(exc, prawcore.ResponseException):
        status = exc.response.status_code
        if status in (401, 403):
            return SourceDisabled(f"Reddit answered {status} {exc.response.reason}: the credentials are "
                                  "wrong or lack access; check REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET")
        if status == 429:
            return RetryLater("Reddit rate limit reached (429)", delay=_wait_seconds(exc.response.headers))
        return RetryLater(f"Reddit answered {status} {exc.response.reason}")
    if isinstance(exc, prawcore.RequestException):
        original = exc.original_exception
        return RetryLater(f"Reddit could not be reached: {type(original).__name__}")
    return RetryLater(f"Reddit error: {type(exc).__name__}: {exc}")


def _wait_seconds(headers: Any) -> float | None:
    """Reddit's 429 says `retry-after` (seconds); `x-ratelimit-reset` also counts seconds from now."""
    for name in ("retry-after", "x-ratelimit-reset"):
        try:
            return float(headers[name])
        except (KeyError, TypeError, ValueError):
            continue
    return None


def build(source: RedditSource, context: BuildContext) -> RedditCollector:
    """The descriptor's builder (collectors/reddit.py, PLATFORM)."""
    settings = context.settings
    endpoints = (context.endpoint if context.endpoint
                 else RedditEndpoints.at(source.api_base_url) if source.api_base_url else RedditEndpoints())
    return RedditCollector(source, context.credentials, settings.watched_terms, context.roster.accounts("reddit"),
                           endpoints,
                           listing_filter(settings) if any_query(settings) else None,
                           reddit_searches(settings))
