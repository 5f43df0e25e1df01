"""Reddit through praw with a read-only script app (OAuth client credentials).

Streams, each with its own checkpoint entry:
- `search:<subreddits>:<query>` — each configured query, newest first, across the listed subreddits
  or r/all (Reddit's search returns submissions only);
- `new:<subreddits>` and `comments:<subreddits>` — the newest submissions and comments of the listed
  subreddits, kept only when they name the brand;
- `user:<name>` — the recent history of every roster account, kept whatever it says.

Listings are newest first. A stream's checkpoint is the creation time of the newest item stored plus
the ids seen in the overlap window behind it; reading stops at the first item older than that window.
The stream's checkpoint moves only with the batch that completes the stream, so a failure on page
two re-reads page one next time, and the unique key on mentions drops what was stored already.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import praw
import prawcore

from brandwatch.collectors.base import Batch, Checkpoint, RejectedItem, RetryLater, SourceDisabled
from brandwatch.collectors.common import MalformedItem, TermFilter
from brandwatch.collectors.reddit_items import mention_from_item, raw_payload
from brandwatch.config import RedditSource
from brandwatch.mention import Mention

log = logging.getLogger(__name__)


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


@dataclass(frozen=True, slots=True)
class Stream:
    key: str
    listing: Callable[[praw.Reddit], Iterator[Any]]
    brand_only: bool  # keep only items that name the brand


@dataclass
class _Window:
    """One stream's checkpoint: newest creation time stored and the ids seen near it."""

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


class RedditCollector:
    platform = "reddit"

    def __init__(self, source: RedditSource, credentials: dict[str, str], brand_terms: list[str],
                 roster_accounts: list[str], endpoints: RedditEndpoints = RedditEndpoints()):
        self.name = source.name
        self.source = source
        self._credentials = credentials
        self._filter = TermFilter(brand_terms)
        self._roster = roster_accounts if source.roster_history else []
        self._endpoints = endpoints

    def streams(self) -> list[Stream]:
        source, limits = self.source, self._limits()
        where = "+".join(source.subreddits) or "all"
        found = [Stream(f"search:{where}:{query}", lambda r, q=query: r.subreddit(where).search(
                     q, sort="new", time_filter="all", **limits), brand_only=False)
                 for query in source.queries]
        if source.subreddits:
            found.append(Stream(f"new:{where}", lambda r: r.subreddit(where).new(**limits), brand_only=True))
            found.append(Stream(f"comments:{where}", lambda r: r.subreddit(where).comments(**limits),
                                brand_only=True))
        found += [Stream(f"user:{name}", lambda r, n=name: r.redditor(n).new(**limits), brand_only=False)
                  for name in self._roster]
        return found

    def _limits(self) -> dict[str, int]:
        page = self.source.page_limit
        return {"limit": page * self.source.max_pages, "request_limit": page}

    def client(self) -> praw.Reddit:
        endpoints = self._endpoints
        return praw.Reddit(
            client_id=self._credentials["REDDIT_CLIENT_ID"],
            client_secret=self._credentials["REDDIT_CLIENT_SECRET"],
            user_agent=self._credentials["REDDIT_USER_AGENT"],
            oauth_url=endpoints.oauth_url, reddit_url=endpoints.reddit_url, short_url=endpoints.short_url,
            check_for_updates=False, timeout=self.source.request_timeout.total_seconds(),
        )

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        reddit = self.client()
        streams_state = dict(checkpoint.get("streams") or {})
        for stream in self.streams():
            window = _Window.load(streams_state.get(stream.key))
            try:
                mentions, rejected, window = self._read(reddit, stream, window)
            except prawcore.NotFound:
                log.warning("%s: %s does not exist on Reddit; skipped", self.name, stream.key)
                continue
            except prawcore.Redirect:  # what Reddit answers for a subreddit that does not exist
                log.warning("%s: %s was redirected (no such subreddit?); skipped", self.name, stream.key)
                continue
            except prawcore.Forbidden:  # the token worked, so this is a private or banned subreddit
                log.warning("%s: %s is private or banned (403); skipped", self.name, stream.key)
                continue
            except prawcore.PrawcoreException as exc:
                raise translate(exc) from exc
            except ValueError as exc:  # the token answer is parsed outside prawcore's BadJSON check
                raise RetryLater(f"Reddit sent a response brandwatch could not read: {type(exc).__name__}") from exc
            streams_state = {**streams_state, stream.key: window.dump()}
            yield Batch(tuple(mentions), {**checkpoint, "streams": streams_state}, tuple(rejected),
                        stream.key)

    def _read(self, reddit: praw.Reddit, stream: Stream,
              window: _Window) -> tuple[list[Mention], list[RejectedItem], _Window]:
        overlap = self.source.lookback_overlap.total_seconds()
        cutoff = window.newest - overlap if window.newest is not None else None
        mentions: list[Mention] = []
        rejected: list[RejectedItem] = []
        seen = dict(window.seen)
        for item in stream.listing(reddit):
            try:
                mention = mention_from_item(item)
            except MalformedItem as exc:
                raw = raw_payload(item)
                rejected.append(RejectedItem(str(exc), raw, _id_of(raw)))
                continue
            created = mention.created_at.timestamp()
            if cutoff is not None and created < cutoff:
                break  # newest first: everything further down was read in an earlier run
            if mention.external_id in seen:
                continue
            seen[mention.external_id] = created
            if not stream.brand_only or self._filter.matches(mention.text):
                mentions.append(mention)
        newest = max([window.newest or 0.0, *seen.values()]) or None
        keep_from = newest - overlap if newest is not None else 0
        return mentions, rejected, _Window(newest, {k: v for k, v in seen.items() if v >= keep_from})


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
            return RetryLater("Reddit rate limit reached (429)", delay=_reset_seconds(exc.response.headers))
        return RetryLater(f"Reddit answered {status} {exc.response.reason}")
    if isinstance(exc, prawcore.RequestException):
        original = exc.original_exception
        return RetryLater(f"Reddit could not be reached: {type(original).__name__}")
    return RetryLater(f"Reddit error: {type(exc).__name__}: {exc}")


def _reset_seconds(headers: Any) -> float | None:
    """Reddit's x-ratelimit-reset counts seconds from now (X's counts from the epoch)."""
    try:
        return float(headers["x-ratelimit-reset"])
    except (KeyError, TypeError, ValueError):
        return None
