"""A local stand-in for the X API v2 endpoints brandwatch polls, for tweepy to talk to.

Speaks: GET /2/tweets/search/recent (query, since_id or start_time, max_results 10–100, next_token),
GET /2/users/by (usernames) and GET /2/users/<id>/tweets (since_id, max_results 5–100,
pagination_token); answers carry `data`, `includes.users` / `includes.tweets`, `meta` (newest_id,
oldest_id, result_count, next_token), partial `errors[]`, newest first, plus x-rate-limit-* headers.
Bearer-token auth: any other token gets 401.

Behaviours taken from X's v2 documentation, so the collector meets them here first:
- ids are snowflakes (milliseconds since 2010-11-04 in the top bits), so their age is known;
- recent search refuses a `since_id` or `start_time` older than 7 days with 400 "Invalid Request",
  and refuses `since_id` together with `start_time`;
- `text` is HTML-escaped (`&amp;`, `&lt;`, `&gt;`); a post longer than 280 characters is cut in
  `text` and whole in `note_tweet.text`, sent only when `tweet.fields` asks for `note_tweet`;
- an edit is a new id whose `edit_history_tweet_ids` lists every version, oldest first; only the
  latest version is served;
- retweets ("RT @user: …", cut) and quotes reference the original in `referenced_tweets`;
  `-is:retweet` in a query leaves retweets out; timelines include them;
- `withheld` is sent when asked for; a referenced post that is gone gives a partial error in `errors[]`.
Its clock is injected (`now`); without one it lives an hour after its newest post, so seeded posts
are always within the recent-search window.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from brandwatch.testing.fakehttp import FakeServer, Fault, Reply, Request
from brandwatch.testing.search_syntax import any_alternative_matches
from brandwatch.testing.seeds import BASE_EPOCH, seed_text
from brandwatch.testing.x_fake_shapes import (
    SEARCH_WINDOW, TEXT_LIMIT, invalid_request, iso, parse_iso, snowflake, snowflake_seconds,
)

_TIMELINE = re.compile(r"^/2/users/(?P<id>\d+)/tweets/?$")


@dataclass
class XTweet:
    id: int
    author_id: str
    text: str  # as written, unescaped and whole
    created: float
    lang: str = "en"
    reply_to: str | None = None
    override: dict[str, Any] | None = None  # a malformed tweet, served as given
    references: list[dict[str, str]] = field(default_factory=list)  # retweeted / quoted
    edit_history: list[str] = field(default_factory=list)  # earlier versions' ids, oldest first
    withheld_in: list[str] = field(default_factory=list)
    superseded: bool = False  # an edit replaced it
    gone: bool = False  # deleted or made protected: expansions referencing it get a partial error

    @property
    def is_retweet(self) -> bool:
        return any(r["type"] == "retweeted" for r in self.references)

    def data(self, fields: set[str]) -> dict[str, Any]:
        if self.override is not None:
            return {"id": str(self.id), "author_id": self.author_id, **self.override}
        escaped = html.escape(self.text, quote=False)
        data: dict[str, Any] = {
            "id": str(self.id), "author_id": self.author_id, "created_at": iso(self.created), "lang": self.lang,
            "text": escaped if len(self.text) <= TEXT_LIMIT else html.escape(self.text[:TEXT_LIMIT - 1], quote=False) + "…",
            "conversation_id": self.reply_to or str(self.id),
            "public_metrics": {"retweet_count": 0, "reply_count": 0, "like_count": self.id % 7, "quote_count": 0},
            "edit_history_tweet_ids": [*self.edit_history, str(self.id)]}
        if len(self.text) > TEXT_LIMIT and "note_tweet" in fields and not self.is_retweet:
            data["note_tweet"] = {"text": escaped}
        references = ([{"type": "replied_to", "id": self.reply_to}] if self.reply_to else []) + self.references
        if references:
            data["referenced_tweets"] = references
        if self.withheld_in and "withheld" in fields:
            data["withheld"] = {"copyright": False, "country_codes": self.withheld_in, "scope": "tweet"}
        return data


class XFake(FakeServer):
    def __init__(self, bearer_token: str = "fake-x-bearer-token",
                 now: Callable[[], float] | None = None, base: float = BASE_EPOCH):
        super().__init__()
        self.base = base  # seeded and undated posts are dated from here
        self.bearer_token = bearer_token
        self._now = now or self._after_newest_post
        self.tweets: list[XTweet] = []
        self.users: dict[str, dict[str, Any]] = {}
        self._counter = 0
        self.forbidden_reason: str | None = None  # e.g. "client-not-enrolled": every call gets that 403

    def _after_newest_post(self) -> float:
        with self.lock:
            newest = max((t.created for t in self.tweets), default=self.base)
        return newest + 3600

    # --- what the collector needs to reach it ---
    @property
    def credentials(self) -> dict[str, str]:
        return {"X_BEARER_TOKEN": self.bearer_token}

    def adapter_factory(self) -> Callable[[float], Any]:
        from brandwatch.testing.forwarding import ForwardingAdapter

        return lambda timeout: ForwardingAdapter(self.url, timeout)

    def now(self) -> float:
        """The fake's own time (epoch seconds): the one its 7-day rule is judged by."""
        return self._now()

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
                  reply_to: str | None = None, override: dict[str, Any] | None = None,
                  references: list[dict[str, str]] | None = None, withheld_in: Iterable[str] = ()) -> str:
        author_id = self.user(author)
        with self.lock:
            self._counter += 1
            when = created if created is not None else self.base + self._counter * 60
            tweet = XTweet(snowflake(when, self._counter), author_id, text, when, reply_to=reply_to,
                           override=override, references=list(references or []), withheld_in=list(withheld_in))
            self.tweets.append(tweet)
        return str(tweet.id)

    def add_malformed(self, author: str, override: dict[str, Any]) -> str:
        return self.add_tweet(author, "", override=override)

    def tweet(self, tweet_id: str) -> XTweet:
        with self.lock:
            return next(t for t in self.tweets if str(t.id) == str(tweet_id))

    def edit(self, tweet_id: str, new_text: str, created: float | None = None) -> str:
        """The author edits a post: a new id carrying the whole edit history; the old one is no longer served."""
        old = self.tweet(tweet_id)
        when = created if created is not None else old.created + 300
        author = next(u["username"] for u in self.users.values() if u["id"] == old.author_id)
        new_id = self.add_tweet(author, new_text, created=when, reply_to=old.reply_to, references=old.references)
        with self.lock:
            old.superseded = True
            self.tweet(new_id).edit_history = [*old.edit_history, str(old.id)]
        return new_id

    def retweet(self, author: str, tweet_id: str, created: float | None = None) -> str:
        original = self.tweet(tweet_id)
        by = next(u["username"] for u in self.users.values() if u["id"] == original.author_id)
        return self.add_tweet(author, f"RT @{by}: {original.text}", created=created,
                              references=[{"type": "retweeted", "id": str(original.id)}])

    def quote(self, author: str, tweet_id: str, text: str, created: float | None = None) -> str:
        return self.add_tweet(author, text, created=created, references=[{"type": "quoted", "id": str(tweet_id)}])

    def seed(self, count: int, term: str, roster: Iterable[str] = (), start: int = 0) -> list[str]:
        people = list(roster)
        self._seed_args, self.seeded = (term, people), start + count
        added: list[str] = []
        for i in range(start, start + count):
            created = self.base + (i + 1) * 60
            if people and i % 10 == 9:  # roster accounts' timelines hold posts search would not find
                added.append(self.add_tweet(people[i % len(people)], f"Morning run done, {i} km total",
                                            created=created))
            else:
                reply = added[0] if i % 5 == 4 and added else None
                added.append(self.add_tweet(f"fan{i % 41}", seed_text(i, term), created=created,
                                            reply_to=reply))
        return added

    def seed_more(self, count: int) -> list[str]:
        term, people = getattr(self, "_seed_args", ("Acme", []))
        return self.seed(count, term, people, start=getattr(self, "seeded", 0))

    def valid_ids(self) -> set[str]:
        return self.ids()

    def ids(self, valid_only: bool = True) -> set[str]:
        """The ids a full read should store: current versions, no retweets, no malformed ones."""
        with self.lock:
            return {str(t.id) for t in self.tweets if not t.superseded and not t.is_retweet
                    and not (valid_only and t.override is not None)}

    # --- serving ---
    def route(self, request: Request) -> Reply:
        if request.headers.get("authorization") != f"Bearer {self.bearer_token}":
            return Reply.json(401, {"title": "Unauthorized", "type": "about:blank", "status": 401,
                                    "detail": "Unauthorized"})
        if self.forbidden_reason:
            return Reply.json(403, {
                "title": "Client Forbidden", "reason": self.forbidden_reason, "registration_url":
                "https://developer.x.com/en/portal/projects-and-apps", "required_enrollment": "Appropriate Level of API Access",
                "detail": "This request must be made using an approved developer account that is enrolled in the "
                          "requested endpoint.", "type": "https://api.twitter.com/2/problems/client-forbidden"})
        path = request.path.rstrip("/")
        if path == "/2/tweets/search/recent":
            refused = self._refuse_window(request)
            if refused is not None:
                return refused
            query = request.query.get("query", "")
            return self._page(request, [t for t in self._served() if _matches(query, t)], "next_token", (10, 100))
        if path == "/2/users/by":
            return self._users_by(request)
        match = _TIMELINE.match(path)
        if match:
            tweets = [t for t in self._served() if t.author_id == match["id"]]
            return self._page(request, tweets, "pagination_token", (5, 100))
        return Reply.json(404, {"title": "Not Found Error", "status": 404, "detail": request.path})

    def _refuse_window(self, request: Request) -> Reply | None:
        """Recent search looks back 7 days: an older since_id or start_time is a 400, as X documents."""
        since, start = request.query.get("since_id"), request.query.get("start_time")
        oldest = self._now() - SEARCH_WINDOW
        if since and start:
            return invalid_request("since_id", since, "Invalid use of 'since_id' or 'until_id' in conjunction "
                                                      "with 'start_time' or 'end_time'.")
        if since and since.isdigit() and snowflake_seconds(int(since)) < oldest:
            return invalid_request("since_id", since, f"Invalid 'since_id':'{since}'. 'since_id' must be a tweet "
                                                      f"id created after {iso(oldest)}.")
        if start:
            moment = parse_iso(start)
            if moment is None or moment < oldest - 1:
                return invalid_request("start_time", start, f"Invalid 'start_time':'{start}'. 'start_time' must be "
                                                            f"on or after {iso(oldest)}")
        return None

    def _headers(self) -> dict[str, str]:
        return {"x-rate-limit-limit": "450", "x-rate-limit-remaining": "449",
                "x-rate-limit-reset": str(int(self._now() + 900))}

    def _served(self) -> list[XTweet]:
        with self.lock:
            return sorted((t for t in self.tweets if not t.superseded and not t.gone), key=lambda t: t.id,
                          reverse=True)

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
        start = parse_iso(request.query.get("start_time") or "")
        if start is not None:
            tweets = [t for t in tweets if t.created >= start]
        token = request.query.get(token_param)
        if token and token.startswith("nt_") and token[3:].isdigit():
            tweets = [t for t in tweets if t.id < int(token[3:])]
        page = tweets[:size]
        if not page:
            return Reply.json(200, {"meta": {"result_count": 0}}, self._headers())
        fields = set(request.query.get("tweet.fields", "").split(","))
        payload: dict[str, Any] = {"data": [t.data(fields) for t in page]}
        payload["includes"], errors = self._includes(page, request, fields)
        if errors:
            payload["errors"] = errors
        meta = {"newest_id": str(page[0].id), "oldest_id": str(page[-1].id), "result_count": len(page)}
        if len(tweets) > size:
            meta["next_token"] = f"nt_{page[-1].id}"
        payload["meta"] = meta
        return Reply.json(200, payload, self._headers())

    def _includes(self, page: list[XTweet], request: Request,
                  fields: set[str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        expansions = set(request.query.get("expansions", "").split(","))
        referenced: list[XTweet] = []
        errors: list[dict[str, Any]] = []
        if "referenced_tweets.id" in expansions:
            wanted = {r["id"] for t in page for r in t.references}
            with self.lock:
                known = {str(t.id): t for t in self.tweets}
            for ref_id in sorted(wanted):
                target = known.get(ref_id)
                if target is None or target.gone:
                    errors.append({"value": ref_id, "detail": f"Could not find tweet with referenced_tweets.id: "
                                   f"[{ref_id}].", "title": "Not Found Error", "resource_type": "tweet",
                                   "parameter": "referenced_tweets.id", "resource_id": ref_id, "section": "includes",
                                   "type": "https://api.twitter.com/2/problems/resource-not-found"})
                else:
                    referenced.append(target)
        authors = {t.author_id for t in [*page, *referenced]}
        with self.lock:
            users = [u for u in self.users.values() if u["id"] in authors]
        includes: dict[str, Any] = {"users": users}
        if referenced:
            includes["tweets"] = [t.data(fields) for t in referenced]
        return includes, errors

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
    """Enough of X's query language for tests: OR-ed words and "phrases", and `-is:retweet`."""
    if tweet.override is not None:
        return True  # malformed tweets are served to every search so tests can see them rejected
    if tweet.is_retweet and re.search(r"(?<!\S)-is:retweet\b", query):
        return False
    core = re.sub(r"(?<!\S)-?\w+:\S+", " ", query).replace("(", " ").replace(")", " ")
    return any_alternative_matches(core, tweet.text)


class _XPlatformFake:
    """`--fake` and serve.py for X (testing.cli_fakes.PlatformFake)."""

    seed_posts = 320  # more than three pages of 100

    def start(self, stack, source, term, roster, count):
        from brandwatch.collectors.registry import Connection
        from brandwatch.testing.cli_fakes import FakeClock, StartedFake

        x = stack.enter_context(XFake())
        x.seed(count, term, roster.accounts("x") if source.roster_timelines else [])
        connection = Connection(x.credentials, endpoint=x.adapter_factory(), clock=FakeClock(x.now))
        return StartedFake(connection, len(x.ids()), f"local X fake at {x.url}")

    def default_source(self, name, term):
        from brandwatch.collectors.x import XSource

        return XSource(name=name, type="x", query=f"{term} -is:retweet")

    def standalone(self, seed, term, places, roster):
        import time

        # X's recent search only reaches 7 days back: date the posts from a day ago, so a daemon on
        # the real clock finds them inside the window.
        fake = XFake(base=time.time() // 60 * 60 - 86400, now=time.time)
        fake.seed(seed, term, roster)
        return fake


PLATFORM_FAKE = _XPlatformFake()
