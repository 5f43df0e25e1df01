"""A local stand-in for the X API v2 endpoints brandwatch polls, for tweepy to talk to.

Speaks: GET /2/tweets/search/recent (query, since_id, max_results 10–100, next_token),
GET /2/users/by (usernames) and GET /2/users/<id>/tweets (since_id, max_results 5–100,
pagination_token); answers carry `data`, `includes.users` (for expansions=author_id) and `meta`
(newest_id, oldest_id, result_count, next_token), newest first, plus x-rate-limit-* headers.
Bearer-token auth: any other token gets 401.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from brandwatch.testing.fakehttp import FakeServer, Fault, Reply, Request
from brandwatch.testing.search_syntax import any_alternative_matches
from brandwatch.testing.seeds import BASE_EPOCH, seed_text

FIRST_ID = 1_860_000_000_000_000_000
_TIMELINE = re.compile(r"^/2/users/(?P<id>\d+)/tweets/?$")


@dataclass
class XTweet:
    id: int
    author_id: str
    text: str
    created: float
    lang: str = "en"
    reply_to: str | None = None
    override: dict[str, Any] | None = None  # a malformed tweet, served as given

    def data(self) -> dict[str, Any]:
        if self.override is not None:
            return {"id": str(self.id), "author_id": self.author_id, **self.override}
        stamp = datetime.fromtimestamp(self.created, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        data = {"id": str(self.id), "author_id": self.author_id, "text": self.text, "created_at": stamp,
                "lang": self.lang, "conversation_id": self.reply_to or str(self.id),
                "public_metrics": {"retweet_count": 0, "reply_count": 0, "like_count": self.id % 7,
                                   "quote_count": 0}, "edit_history_tweet_ids": [str(self.id)]}
        if self.reply_to:
            data["referenced_tweets"] = [{"type": "replied_to", "id": self.reply_to}]
        return data


class XFake(FakeServer):
    def __init__(self, bearer_token: str = "fake-x-bearer-token",
                 now: Callable[[], float] | None = None):
        super().__init__()
        self.bearer_token = bearer_token
        self._now = now or (lambda: datetime.now(timezone.utc).timestamp())
        self.tweets: list[XTweet] = []
        self.users: dict[str, dict[str, Any]] = {}
        self._counter = 0

    # --- what the collector needs to reach it ---
    @property
    def credentials(self) -> dict[str, str]:
        return {"X_BEARER_TOKEN": self.bearer_token}

    def adapter_factory(self) -> Callable[[float], Any]:
        from brandwatch.testing.forwarding import ForwardingAdapter

        return lambda timeout: ForwardingAdapter(self.url, timeout)

    def rate_limited(self, reset_in: float | None) -> Fault:
        """A 429, announcing its reset (epoch seconds, as X does) when `reset_in` is given."""
        headers = {} if reset_in is None else {"x-rate-limit-reset": str(int(self._now() + reset_in))}
        return Fault(status=429, headers=headers)

    def error_body(self, status: int) -> dict[str, Any]:
        titles = {401: "Unauthorized", 429: "Too Many Requests", 500: "Internal Server Error",
                  503: "Service Unavailable"}
        title = titles.get(status, "Error")
        return {"title": title, "detail": title, "type": "about:blank", "status": status}

    # --- content ---
    def user(self, username: str, followers: int = 100) -> str:
        key = username.casefold()
        with self.lock:
            if key not in self.users:
                user_id = str(1000 + len(self.users) + 1)
                self.users[key] = {"id": user_id, "username": username, "name": username.title(),
                                   "description": f"{username} posts here",
                                   "public_metrics": {"followers_count": followers, "following_count": 10,
                                                      "tweet_count": 50, "listed_count": 0}}
            return self.users[key]["id"]

    def add_tweet(self, author: str, text: str, created: float | None = None,
                  reply_to: str | None = None, override: dict[str, Any] | None = None) -> str:
        author_id = self.user(author)
        with self.lock:
            self._counter += 1
            tweet = XTweet(FIRST_ID + self._counter, author_id, text,
                           created if created is not None else BASE_EPOCH + self._counter * 60,
                           reply_to=reply_to, override=override)
            self.tweets.append(tweet)
        return str(tweet.id)

    def add_malformed(self, author: str, override: dict[str, Any]) -> str:
        return self.add_tweet(author, "", override=override)

    def seed(self, count: int, term: str, roster: Iterable[str] = (), start: int = 0) -> list[str]:
        people = list(roster)
        self._seed_args, self.seeded = (term, people), start + count
        added = []
        for i in range(start, start + count):
            created = BASE_EPOCH + (i + 1) * 60
            if people and i % 10 == 9:  # roster accounts' timelines hold posts search would not find
                added.append(self.add_tweet(people[i % len(people)], f"Morning run done, {i} km total",
                                            created=created))
            else:
                reply = str(FIRST_ID + 1) if i % 5 == 4 and added else None
                added.append(self.add_tweet(f"fan{i % 41}", seed_text(i, term), created=created,
                                            reply_to=reply))
        return added

    def seed_more(self, count: int) -> list[str]:
        term, people = getattr(self, "_seed_args", ("Acme", []))
        return self.seed(count, term, people, start=getattr(self, "seeded", 0))

    def valid_ids(self) -> set[str]:
        return self.ids()

    def ids(self, valid_only: bool = True) -> set[str]:
        with self.lock:
            return {str(t.id) for t in self.tweets if not (valid_only and t.override is not None)}

    # --- serving ---
    def route(self, request: Request) -> Reply:
        if request.headers.get("authorization") != f"Bearer {self.bearer_token}":
            return Reply.json(401, {"title": "Unauthorized", "type": "about:blank", "status": 401,
                                    "detail": "Unauthorized"})
        path = request.path.rstrip("/")
        if path == "/2/tweets/search/recent":
            query = request.query.get("query", "")
            return self._page(request, [t for t in self._newest_first() if _matches(query, t)],
                              "next_token", (10, 100))
        if path == "/2/users/by":
            return self._users_by(request)
        match = _TIMELINE.match(path)
        if match:
            tweets = [t for t in self._newest_first() if t.author_id == match["id"]]
            return self._page(request, tweets, "pagination_token", (5, 100))
        return Reply.json(404, {"title": "Not Found Error", "status": 404, "detail": request.path})

    def _headers(self) -> dict[str, str]:
        return {"x-rate-limit-limit": "450", "x-rate-limit-remaining": "449",
                "x-rate-limit-reset": str(int(self._now() + 900))}

    def _newest_first(self) -> list[XTweet]:
        with self.lock:
            return sorted(self.tweets, key=lambda t: t.id, reverse=True)

    def _page(self, request: Request, tweets: list[XTweet], token_param: str,
              bounds: tuple[int, int]) -> Reply:
        try:
            size = int(request.query.get("max_results", 10))
        except ValueError:
            size = -1
        if not bounds[0] <= size <= bounds[1]:
            return Reply.json(400, {"errors": [{"message": f"max_results must be {bounds[0]}–{bounds[1]}"}],
                                    "title": "Invalid Request", "status": 400})
        since = request.query.get("since_id")
        if since and since.isdigit():
            tweets = [t for t in tweets if t.id > int(since)]
        token = request.query.get(token_param)
        if token and token.startswith("nt_") and token[3:].isdigit():
            tweets = [t for t in tweets if t.id < int(token[3:])]
        page = tweets[:size]
        if not page:
            return Reply.json(200, {"meta": {"result_count": 0}}, self._headers())
        authors = {t.author_id for t in page}
        with self.lock:
            users = [u for u in self.users.values() if u["id"] in authors]
        meta = {"newest_id": str(page[0].id), "oldest_id": str(page[-1].id), "result_count": len(page)}
        if len(tweets) > size:
            meta["next_token"] = f"nt_{page[-1].id}"
        return Reply.json(200, {"data": [t.data() for t in page], "includes": {"users": users},
                                "meta": meta}, self._headers())

    def _users_by(self, request: Request) -> Reply:
        names = [n for n in request.query.get("usernames", "").split(",") if n]
        with self.lock:
            found = [self.users[n.casefold()] for n in names if n.casefold() in self.users]
            missing = [n for n in names if n.casefold() not in self.users]
        payload: dict[str, Any] = {"data": found} if found else {}
        if missing:
            payload["errors"] = [{"value": n, "detail": f"Could not find user with usernames: [{n}].",
                                  "title": "Not Found Error", "resource_type": "user"} for n in missing]
        return Reply.json(200, payload, self._headers())


def _matches(query: str, tweet: XTweet) -> bool:
    """Enough of X's query language for tests: OR-ed words and "phrases"; operators are ignored."""
    if tweet.override is not None:
        return True  # malformed tweets are served to every search so tests can see them rejected
    core = re.sub(r"(?<!\S)-?\w+:\S+", " ", query).replace("(", " ").replace(")", " ")
    return any_alternative_matches(core, tweet.text)
