"""X (API v2) through tweepy.Client: recent search plus the timelines of roster accounts (the collector;
the descriptor and the source's config are in collectors/x.py).

Every tier offers these polling endpoints, unlike the filtered stream. Each stream (`search`,
`user:<handle>`) keeps `since_id` (the newest post stored) in the checkpoint; a read interrupted part
way (page cap, budget, rate limit, error) also keeps where it stopped — the `next_token`, the newest
id seen and the `start_time` it used — so the next run finishes it before moving `since_id`, and
nothing in between is skipped.

Recent search refuses a `since_id` older than its 7-day window (400). `since_id` only moves when new
posts arrive, so a quiet query or a long pause would otherwise stop the source for good: a checkpoint
that old (its age is in the snowflake id) is replaced by the oldest `start_time` X allows, and the
source's status says so. A 400 naming `since_id` (clocks disagree) does the same.

Rate limits: tweepy's own `wait_on_rate_limit` sleeps inside the call and retries a 429 that carries
no reset header at once and without end, so it stays off. A 429 becomes `RetryLater` with the wait the
`x-rate-limit-reset` header asks for (the runner caps it), or none (the runner backs off).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Callable, Iterator

import requests
import tweepy
from requests.adapters import HTTPAdapter

from brandwatch.collectors.base import Batch, Checkpoint, RejectedItem, RetryLater, SourceDisabled
from brandwatch.model.clock import Clock
from brandwatch.collectors.common import MalformedItem, plain
from brandwatch.collectors.x_items import Retweet, mention_from_tweet, tweets_by_id, users_by_id
from brandwatch.collectors.x_transport import ForwardingAdapter, TimeoutAdapter
from brandwatch.collectors.brand_search import x_search_query
from brandwatch.collectors.x import XSource, default_query
from brandwatch.model.post import Post

if TYPE_CHECKING:
    from brandwatch.collectors.registry import BuildContext

log = logging.getLogger(__name__)

API_HOST = "https://api.twitter.com/"
EXPANSIONS = ["author_id", "referenced_tweets.id", "referenced_tweets.id.author_id"]
TWEET_FIELDS = ["created_at", "lang", "conversation_id", "referenced_tweets", "public_metrics", "author_id",
                "note_tweet", "edit_history_tweet_ids", "withheld"]
USER_FIELDS = ["description", "public_metrics", "username", "name"]
SEARCH_WINDOW = timedelta(days=7)
WINDOW_MARGIN = timedelta(minutes=5)  # start a little inside the window: the request takes time to arrive
SKEW_MARGIN = timedelta(hours=1)  # after X refused a bound we thought inside the window: our clocks disagree
TWITTER_EPOCH_MS = 1288834974657


@dataclass
class _Budget:
    month: str
    used: int
    limit: int | None

    def allows(self, posts: int) -> bool:
        return self.limit is None or self.used + posts <= self.limit

    def dump(self) -> dict[str, Any]:
        return {"month": self.month, "used": self.used}


class _Stopped(Exception):
    """Reading a stream stopped early; what was read is stored before the cause is reported."""

    def __init__(self, cause: RetryLater | SourceDisabled):
        self.cause = cause


class _OutsideWindow(Exception):
    """X refused the request's since_id or start_time as older than its search window."""


@dataclass
class _Read:
    """Where one stream's read stands: the lower bound it uses and how far it got."""

    since_id: str | None
    start_time: str | None
    token: str | None
    newest: str | None


Fetch = Callable[[dict[str, Any]], dict[str, Any]]


class XCollector:
    platform = "x"

    def __init__(self, source: XSource, bearer_token: str, brand_terms: list[str],
                 roster_accounts: list[str], clock: Clock,
                 adapter_factory: Callable[[float], HTTPAdapter] | None = None, search_query: str | None = None):
        """`search_query`: the query when the source sets none (default: the names `brand_terms`)."""
        self.name = source.name
        self.source = source
        self.query = source.query or search_query or default_query(brand_terms)
        self._token = bearer_token
        self._roster = roster_accounts if source.roster_timelines else []
        self._clock = clock
        base = source.api_base_url
        self._adapter_factory = adapter_factory or (
            (lambda timeout: ForwardingAdapter(base, timeout)) if base else TimeoutAdapter)
        self.notices: list[str] = []  # what `status` should say about the last run besides errors

    def client(self) -> tweepy.Client:
        client = tweepy.Client(bearer_token=self._token, return_type=dict, wait_on_rate_limit=False)
        client.session.mount(API_HOST, self._adapter_factory(self.source.request_timeout.total_seconds()))
        return client

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        self.notices = []
        client = self.client()
        state: dict[str, Any] = {**checkpoint, "streams": dict(checkpoint.get("streams") or {})}
        budget = self._budget(checkpoint.get("budget"))
        fields = {"expansions": EXPANSIONS, "tweet_fields": TWEET_FIELDS, "user_fields": USER_FIELDS,
                  "max_results": self.source.max_results}
        if self.query:
            yield from self._stream(state, budget, "search", "next_token", True,
                                    lambda params: client.search_recent_tweets(self.query, **fields, **params))
        elif not self._roster:
            log.warning("%s: no query and no brand terms configured: nothing to search for", self.name)
        if self._roster:
            user_ids = self._user_ids(client, state)
            for handle in self._roster:
                user_id = user_ids.get(handle)
                if user_id is None:
                    continue
                yield from self._stream(state, budget, f"user:{handle}", "pagination_token", False,
                                        lambda params, uid=user_id: client.get_users_tweets(uid, **fields, **params))

    def _budget(self, stored: Any) -> _Budget:
        month = self._clock.now().strftime("%Y-%m")
        used = stored.get("used", 0) if isinstance(stored, dict) and stored.get("month") == month else 0
        return _Budget(month, int(used), self.source.monthly_post_budget)

    def _oldest_start(self, margin: timedelta = WINDOW_MARGIN) -> datetime:
        return self._clock.now() - SEARCH_WINDOW + margin

    def _starting_point(self, key: str, stream: dict[str, Any], windowed: bool) -> _Read:
        resume = stream.get("resume") if isinstance(stream.get("resume"), dict) else {}
        read = _Read(stream.get("since_id"), resume.get("start_time"), resume.get("next_token"),
                     resume.get("newest_id"))
        if not windowed:
            return read
        if read.start_time and _parse(read.start_time) < self._oldest_start():
            read.start_time, read.token = None, None  # the interrupted fallback read itself went stale
        if read.start_time is None and read.since_id and _snowflake_time(read.since_id) < self._oldest_start():
            self._fall_back(key, read)
        return read

    def _fall_back(self, key: str, read: _Read, margin: timedelta = WINDOW_MARGIN) -> None:
        start = self._oldest_start(margin)
        since = read.since_id
        read.start_time, read.token = start.strftime("%Y-%m-%dT%H:%M:%SZ"), None
        when = f" ({_snowflake_time(since):%Y-%m-%d %H:%M} UTC)" if since and since.isdigit() else ""
        self.notices.append(f"{key}: checkpoint since_id {since}{when} is older than X's 7-day search window; "
                            f"read from start_time {read.start_time} instead (posts in between cannot be fetched)")

    def _stream(self, state: dict[str, Any], budget: _Budget, key: str, token_name: str, windowed: bool,
                fetch: Fetch) -> Iterator[Batch]:
        before = state["streams"].get(key)
        read = self._starting_point(key, dict(before or {}), windowed)
        mentions: list[Post] = []
        rejected: list[RejectedItem] = []
        stopped: RetryLater | SourceDisabled | None = None
        pages, skewed = 0, False
        while pages < self.source.max_pages:
            if not budget.allows(self.source.max_results):
                stopped = RetryLater(f"monthly post budget of {budget.limit} reached for {budget.month}",
                                     delay=self.source.rate_limit_wait_cap.total_seconds())
                break
            params: dict[str, Any] = {token_name: read.token}
            if read.start_time:
                params["start_time"] = read.start_time
            else:
                params["since_id"] = read.since_id
            try:
                payload = self._call(lambda params=params: fetch(params))
            except _OutsideWindow as exc:
                if not windowed or skewed:
                    stopped = RetryLater(f"X refused the read of {key} as outside its 7-day window ({exc}); "
                                         "is this machine's clock right?")
                    break
                skewed = True  # X's clock is ahead of ours: start further inside the window, once
                self._fall_back(key, read, SKEW_MARGIN)
                continue
            except _Stopped as exc:
                stopped = exc.cause
                break
            pages += 1
            budget.used += self._normalise_page(key, payload, mentions, rejected)
            meta = payload.get("meta") if isinstance(payload.get("meta"), dict) else {}
            read.newest = _newer(read.newest, meta.get("newest_id"))
            # X names the cursor next_token in meta for both; timelines take it back as pagination_token.
            read.token = meta.get("next_token") if isinstance(meta.get("next_token"), str) else None
            if read.token is None:
                break
        if stopped is None and read.token is None:
            stream: dict[str, Any] = {"since_id": _newer(read.since_id, read.newest)}
        elif read.token is not None or read.newest is not None or read.start_time is not None:
            stream = {"since_id": read.since_id, "resume": {"next_token": read.token, "newest_id": read.newest,
                                                            "start_time": read.start_time}}
        else:
            stream = dict(before or {})
        state["streams"][key] = stream
        state["budget"] = budget.dump()
        if mentions or rejected or stream != before:
            yield Batch(tuple(mentions), _copy(state), tuple(rejected), key)
        if stopped is not None:
            raise stopped

    def _normalise_page(self, key: str, payload: dict[str, Any], mentions: list[Post],
                        rejected: list[RejectedItem]) -> int:
        """Adds the page's posts to `mentions` (or `rejected`); returns how many posts X counted."""
        data = payload.get("data") if isinstance(payload.get("data"), list) else []
        users, referenced = users_by_id(payload), tweets_by_id(payload)
        retweets = 0
        for tweet in data:
            try:
                mentions.append(mention_from_tweet(tweet, users, referenced))
            except Retweet:
                retweets += 1
            except MalformedItem as exc:
                raw = plain(tweet) if isinstance(tweet, dict) else {"value": plain(tweet)}
                rejected.append(RejectedItem(str(exc), raw, _tweet_id(tweet)))
        if retweets:
            log.debug("%s: %s: %d retweets left out (they repeat posts, not new mentions)", self.name, key, retweets)
        errors = payload.get("errors") if isinstance(payload.get("errors"), list) else []
        if errors:  # partial errors: the page itself is good, an expansion (a quoted post, say) was not
            titles = sorted({str(e.get("title") or e.get("detail")) for e in errors if isinstance(e, dict)})
            log.info("%s: %s: X left %d referenced items out (%s)", self.name, key, len(errors), ", ".join(titles))
        return len(data)

    def _call(self, fetch: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        try:
            payload = fetch()
        except tweepy.TooManyRequests as exc:
            raise _Stopped(RetryLater("X rate limit reached (429)", delay=self._wait_for(exc))) from exc
        except (tweepy.Unauthorized, tweepy.Forbidden) as exc:
            raise _Stopped(SourceDisabled(_refusal(exc))) from exc
        except tweepy.BadRequest as exc:
            window = {"since_id", "start_time"}
            if any(window & set(e.get("parameters") or {}) for e in exc.api_errors if isinstance(e, dict)):
                raise _OutsideWindow(_api_messages(exc)) from exc
            raise _Stopped(SourceDisabled(f"X refused the request (400): {_api_messages(exc)}; "
                                          "check the source's query")) from exc
        except tweepy.TwitterServerError as exc:
            raise _Stopped(RetryLater(f"X server error {exc.response.status_code}")) from exc
        except tweepy.HTTPException as exc:
            raise _Stopped(RetryLater(f"X answered {exc.response.status_code}")) from exc
        except requests.exceptions.JSONDecodeError as exc:
            raise _Stopped(RetryLater("X sent a response that is not valid JSON")) from exc
        except requests.exceptions.RequestException as exc:
            raise _Stopped(RetryLater(f"X could not be reached: {type(exc).__name__}")) from exc
        if not isinstance(payload, dict):
            raise _Stopped(RetryLater("X sent JSON that is not an object"))
        return payload

    def _wait_for(self, exc: tweepy.TooManyRequests) -> float | None:
        """Seconds until the reset X announced (an epoch time); None when it announced none."""
        reset = getattr(exc, "reset_time", None)
        if reset is None:
            return None
        return max(float(reset) - self._clock.now().timestamp(), 0.0)

    def _user_ids(self, client: tweepy.Client, state: dict[str, Any]) -> dict[str, str]:
        known = dict(state.get("user_ids") or {})
        missing = [h for h in self._roster if h not in known]
        for start in range(0, len(missing), 100):
            chunk = missing[start:start + 100]
            try:
                payload = self._call(lambda c=chunk: client.get_users(usernames=c, user_fields=USER_FIELDS))
            except _Stopped as exc:
                raise exc.cause from exc
            for user in payload.get("data") or []:
                if isinstance(user, dict) and isinstance(user.get("username"), str):
                    known[user["username"].casefold()] = str(user.get("id"))
            for handle in chunk:
                if handle not in known:
                    log.warning("%s: roster account @%s was not found on X", self.name, handle)
        state["user_ids"] = known
        return known


def _refusal(exc: tweepy.HTTPException) -> str:
    """A 401/403 as the operator needs to read it, with X's own reason (e.g. client-not-enrolled)."""
    status = exc.response.status_code
    try:
        problem = exc.response.json()
    except ValueError:
        problem = {}
    problem = problem if isinstance(problem, dict) else {}
    said = "; ".join(str(problem[k]) for k in ("reason", "title", "detail") if problem.get(k))[:400]
    hint = ("the app is not enrolled for this endpoint: attach it to a project with the needed access level"
            if problem.get("reason") == "client-not-enrolled" else
            "the bearer token is wrong, revoked or lacks access to this endpoint; check X_BEARER_TOKEN and the "
            "app's API tier")
    return f"X answered {status}" + (f" ({said})" if said else "") + f": {hint}"


def _snowflake_time(tweet_id: str) -> datetime:
    """When a post was created, from its id (X's ids carry milliseconds since X's epoch)."""
    try:
        millis = (int(tweet_id) >> 22) + TWITTER_EPOCH_MS
        return datetime.fromtimestamp(millis / 1000, tz=timezone.utc)
    except (ValueError, OverflowError, OSError):
        return datetime.max.replace(tzinfo=timezone.utc)  # unknown age: keep using it


def _parse(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _newer(a: Any, b: Any) -> str | None:
    ids = [x for x in (a, b) if isinstance(x, str) and x.isdigit()]
    return max(ids, key=int) if ids else None


def _tweet_id(tweet: Any) -> str | None:
    value = tweet.get("id") if isinstance(tweet, dict) else None
    return str(value)[:128] if value is not None else None


def _api_messages(exc: tweepy.HTTPException) -> str:
    return "; ".join(exc.api_messages)[:300] or str(exc.response.status_code)


def _copy(state: dict[str, Any]) -> dict[str, Any]:
    return {**state, "streams": dict(state["streams"])}


def build(source: XSource, context: BuildContext) -> XCollector:
    """The descriptor's builder (collectors/x.py, PLATFORM)."""
    settings = context.settings
    return XCollector(source, context.credentials["X_BEARER_TOKEN"], settings.watched_terms,
                      context.roster.accounts("x"), context.clock, context.endpoint, x_search_query(settings))
