"""X (API v2) through tweepy.Client: recent search plus the timelines of roster accounts.

Every tier offers these polling endpoints, unlike the filtered stream. Each stream (`search`,
`user:<handle>`) keeps `since_id` (the newest post stored) in the checkpoint; a read interrupted part
way (page cap, budget, rate limit, error) also keeps where it stopped — the `next_token` and the newest
id seen — so the next run finishes it before moving `since_id`, and nothing in between is skipped.

Rate limits: tweepy's own `wait_on_rate_limit` sleeps inside the call and retries a 429 that carries
no reset header at once and without end, so it stays off. A 429 becomes `RetryLater` with the wait the
`x-rate-limit-reset` header asks for (the runner caps it), or none (the runner backs off).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit, urlunsplit

import requests
import tweepy
from requests.adapters import HTTPAdapter

from brandwatch.collectors.base import Batch, Checkpoint, Clock, RejectedItem, RetryLater, SourceDisabled
from brandwatch.collectors.common import MalformedItem, plain
from brandwatch.collectors.x_items import mention_from_tweet, users_by_id
from brandwatch.config import XSource
from brandwatch.mention import Mention

log = logging.getLogger(__name__)

API_HOST = "https://api.twitter.com/"
EXPANSIONS = ["author_id"]
TWEET_FIELDS = ["created_at", "lang", "conversation_id", "referenced_tweets", "public_metrics", "author_id"]
USER_FIELDS = ["description", "public_metrics", "username", "name"]


class _MaskBearerToken(logging.Filter):
    """tweepy's debug log prints request headers, bearer token included; brandwatch's logs must not."""

    _TOKEN = re.compile(r"(Bearer )[^'\"\s,}]+")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "Bearer " in message:
            record.msg, record.args = self._TOKEN.sub(r"\1(masked)", message), ()
        return True


logging.getLogger("tweepy.client").addFilter(_MaskBearerToken())


class TimeoutAdapter(HTTPAdapter):
    """tweepy sets no timeout, so a stalled connection would hang its source; this adds one."""

    def __init__(self, timeout: float, **kwargs: Any):
        super().__init__(**kwargs)
        self.timeout = timeout

    def send(self, request, **kwargs):  # type: ignore[override]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        return super().send(request, **kwargs)


class ForwardingAdapter(TimeoutAdapter):
    """Sends calls meant for api.twitter.com to another base URL (a proxy, or the local fake).

    tweepy's host is fixed; a transport adapter on the client's own session is requests' public
    way to send its calls elsewhere, so nothing in tweepy is patched.
    """

    def __init__(self, target: str, timeout: float):
        super().__init__(timeout)
        self._target = urlsplit(target)

    def send(self, request, **kwargs):  # type: ignore[override]
        parts = urlsplit(request.url)
        request.url = urlunsplit((self._target.scheme, self._target.netloc, parts.path, parts.query, ""))
        return super().send(request, **kwargs)


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


class XCollector:
    platform = "x"

    def __init__(self, source: XSource, bearer_token: str, brand_terms: list[str],
                 roster_accounts: list[str], clock: Clock,
                 adapter_factory: Callable[[float], HTTPAdapter] | None = None):
        self.name = source.name
        self.source = source
        self.query = source.query or default_query(brand_terms)
        self._token = bearer_token
        self._roster = roster_accounts if source.roster_timelines else []
        self._clock = clock
        base = source.api_base_url
        self._adapter_factory = adapter_factory or (
            (lambda timeout: ForwardingAdapter(base, timeout)) if base else TimeoutAdapter)

    def client(self) -> tweepy.Client:
        client = tweepy.Client(bearer_token=self._token, return_type=dict, wait_on_rate_limit=False)
        client.session.mount(API_HOST, self._adapter_factory(self.source.request_timeout.total_seconds()))
        return client

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        client = self.client()
        state: dict[str, Any] = {**checkpoint, "streams": dict(checkpoint.get("streams") or {})}
        budget = self._budget(checkpoint.get("budget"))
        fields = {"expansions": EXPANSIONS, "tweet_fields": TWEET_FIELDS, "user_fields": USER_FIELDS,
                  "max_results": self.source.max_results}
        if self.query:
            yield from self._stream(state, budget, "search", lambda since, token: client.search_recent_tweets(
                self.query, since_id=since, next_token=token, **fields))
        elif not self._roster:
            log.warning("%s: no query and no brand terms configured: nothing to search for", self.name)
        if self._roster:
            user_ids = self._user_ids(client, state)
            for handle in self._roster:
                user_id = user_ids.get(handle)
                if user_id is None:
                    continue
                yield from self._stream(state, budget, f"user:{handle}",
                                        lambda since, token, uid=user_id: client.get_users_tweets(
                                            uid, since_id=since, pagination_token=token, **fields))

    def _budget(self, stored: Any) -> _Budget:
        month = self._clock.now().strftime("%Y-%m")
        used = stored.get("used", 0) if isinstance(stored, dict) and stored.get("month") == month else 0
        return _Budget(month, int(used), self.source.monthly_post_budget)

    def _stream(self, state: dict[str, Any], budget: _Budget, key: str,
                fetch: Callable[[str | None, str | None], dict[str, Any]]) -> Iterator[Batch]:
        before = state["streams"].get(key)
        stream = dict(before or {})
        resume = stream.get("resume") if isinstance(stream.get("resume"), dict) else None
        since_id = stream.get("since_id")
        token = resume.get("next_token") if resume else None
        newest = resume.get("newest_id") if resume else None
        mentions: list[Mention] = []
        rejected: list[RejectedItem] = []
        stopped: RetryLater | SourceDisabled | None = None
        for _page in range(self.source.max_pages):
            if not budget.allows(self.source.max_results):
                stopped = RetryLater(f"monthly post budget of {budget.limit} reached for {budget.month}",
                                     delay=self.source.rate_limit_wait_cap.total_seconds())
                break
            try:
                payload = self._call(fetch, since_id, token)
            except _Stopped as exc:
                stopped = exc.cause
                break
            budget.used += _normalise_page(payload, mentions, rejected)
            meta = payload.get("meta") if isinstance(payload.get("meta"), dict) else {}
            newest = _newer(newest, meta.get("newest_id"))
            token = meta.get("next_token") if isinstance(meta.get("next_token"), str) else None
            if token is None:
                break
        finished = stopped is None and token is None
        if finished:
            stream = {"since_id": _newer(since_id, newest)}
        elif token is not None or newest is not None:
            stream = {"since_id": since_id, "resume": {"next_token": token, "newest_id": newest}}
        state["streams"][key] = stream
        state["budget"] = budget.dump()
        if mentions or rejected or stream != before:
            yield Batch(tuple(mentions), _copy(state), tuple(rejected), key)
        if stopped is not None:
            raise stopped

    def _call(self, fetch: Callable[[str | None, str | None], dict[str, Any]], since_id: str | None,
              token: str | None) -> dict[str, Any]:
        try:
            payload = fetch(since_id, token)
        except tweepy.TooManyRequests as exc:
            raise _Stopped(RetryLater("X rate limit reached (429)", delay=self._wait_for(exc))) from exc
        except (tweepy.Unauthorized, tweepy.Forbidden) as exc:
            raise _Stopped(SourceDisabled(
                f"X answered {exc.response.status_code}: the bearer token is wrong, revoked or lacks "
                "access to this endpoint; check X_BEARER_TOKEN and the app's API tier")) from exc
        except tweepy.BadRequest as exc:
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
                payload = self._call(lambda _since, _token, c=chunk: client.get_users(
                    usernames=c, user_fields=USER_FIELDS), None, None)
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


def _normalise_page(payload: dict[str, Any], mentions: list[Mention], rejected: list[RejectedItem]) -> int:
    """Adds the page's tweets to `mentions` (or `rejected`); returns how many posts X counted."""
    data = payload.get("data") if isinstance(payload.get("data"), list) else []
    users = users_by_id(payload)
    for tweet in data:
        try:
            mentions.append(mention_from_tweet(tweet, users))
        except MalformedItem as exc:
            raw = plain(tweet) if isinstance(tweet, dict) else {"value": plain(tweet)}
            rejected.append(RejectedItem(str(exc), raw, _tweet_id(tweet)))
    return len(data)


def default_query(brand_terms: list[str]) -> str | None:
    """Every brand name, product and handle, OR-ed; retweets left out (they repeat the original)."""
    terms = list(dict.fromkeys(t.strip() for t in brand_terms if t.strip()))
    if not terms:
        return None
    quoted = [f'"{t}"' if " " in t else t for t in terms]
    return f"({' OR '.join(quoted)}) -is:retweet"


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
