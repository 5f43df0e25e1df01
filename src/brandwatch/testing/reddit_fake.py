"""A local stand-in for Reddit's OAuth token endpoint and listing JSON, for praw to talk to.

Speaks: POST /api/v1/access_token (client credentials, HTTP basic auth); GET /r/<subs>/search,
/r/<subs>/new, /r/<subs>/comments (subs joined by '+', or 'all') and /user/<name>/ (the overview),
each a Listing with `after` pagination, at most `page_size` items per page, newest first.

Behaviours taken from Reddit's API documentation and praw/prawcore's, so the collector meets them here:
- a request quota per 10-minute window: every API answer carries `x-ratelimit-remaining` (a float),
  `x-ratelimit-used` and `x-ratelimit-reset` (seconds until the window ends, never 0 mid-window);
  a request beyond the quota gets 429 with `retry-after` (seconds) and no reset header;
- a private or quarantined subreddit answers 403 with its `reason`, a banned one 404, and one that
  does not exist redirects (302) to the subreddit search;
- a deleted post or comment keeps its place with author and body `[deleted]` (`[removed]` when
  moderators removed it) and no `author_fullname`; a deleted account's posts keep their text.
The clock is injected (`now`, epoch seconds) so tests move through quota windows without sleeping.
"""

from __future__ import annotations

import base64
import hashlib
import re
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from brandwatch.testing.fakehttp import FakeServer, Fault, Reply, Request
from brandwatch.testing.search_syntax import any_alternative_matches
from brandwatch.testing.seeds import BASE_EPOCH, seed_text

_LISTING = re.compile(r"^/r/(?P<subs>[^/]+)/(?P<kind>search|new|comments)/?$")
_USER = re.compile(r"^/user/(?P<name>[^/]+)(?:/overview|/new)?/?$")
QUOTA_WINDOW = 600  # Reddit counts requests per 10-minute window
RESTRICTED = {  # how Reddit answers a listing of a subreddit nobody outside may read
    "private": (403, {"reason": "private", "message": "Forbidden", "error": 403}),
    "quarantined": (403, {"reason": "quarantined", "message": "Forbidden", "error": 403,
                          "quarantine_message": "This community is quarantined."}),
    "banned": (404, {"reason": "banned", "message": "Not Found", "error": 404}),
}


@dataclass
class RedditItem:
    kind: str  # t3 submission, t1 comment
    id: str
    subreddit: str
    author: str
    created: float
    title: str = ""
    body: str = ""
    link_id: str | None = None
    override: dict[str, Any] | None = None  # a malformed item's data, served as given
    state: str = ""  # "" | deleted (by its author) | removed (by moderators) | account_deleted
    edited: float | None = None  # when its author last edited it (Reddit sends false when never)

    @property
    def fullname(self) -> str:
        return f"{self.kind}_{self.id}"

    def data(self) -> dict[str, Any]:
        if self.override is not None:
            return self.override
        common = {"id": self.id, "name": self.fullname, "author": self.author, "subreddit": self.subreddit,
                  "subreddit_name_prefixed": f"r/{self.subreddit}", "created_utc": self.created,
                  "score": 3, "edited": self.edited if self.edited is not None else False}
        body = {"deleted": "[deleted]", "removed": "[removed]"}.get(self.state, self.body)
        if self.state:
            common["author"] = "[deleted]"  # and no author_fullname, as Reddit sends it
        else:
            common["author_fullname"] = author_fullname(self.author)
        if self.kind == "t3":
            return {**common, "title": self.title, "selftext": body, "num_comments": 0,
                    "upvote_ratio": 1.0, "is_self": True,
                    "permalink": f"/r/{self.subreddit}/comments/{self.id}/post/",
                    "url": f"https://www.reddit.com/r/{self.subreddit}/comments/{self.id}/post/"}
        link = self.link_id or "t3_0"
        return {**common, "body": body, "link_id": link, "parent_id": link,
                "permalink": f"/r/{self.subreddit}/comments/{link[3:]}/post/{self.id}/"}


def author_fullname(name: str) -> str:
    return "t2_" + hashlib.sha1(name.casefold().encode()).hexdigest()[:8]


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if number == 0:
            return out


class RedditFake(FakeServer):
    def __init__(self, page_size: int = 100, client_id: str = "fake-reddit-client",
                 client_secret: str = "fake-reddit-secret", quota: int = 1000,
                 now: Callable[[], float] | None = None):
        super().__init__()
        self.page_size = page_size
        self.quota = quota  # requests per 10-minute window
        self._now = now or time.time
        self._window: tuple[int, int] = (-1, 0)  # (window number, requests used in it)
        self.restricted: dict[str, str] = {}  # subreddit → private | quarantined | banned | missing
        self.client_id, self.client_secret = client_id, client_secret
        self.items: list[RedditItem] = []
        self._tokens: set[str] = set()
        self._counter = 0

    # --- what the collector needs to reach it ---
    @property
    def credentials(self) -> dict[str, str]:
        return {"REDDIT_CLIENT_ID": self.client_id, "REDDIT_CLIENT_SECRET": self.client_secret,
                "REDDIT_USER_AGENT": "brandwatch-tests/1.0 (local fake)"}

    def endpoints(self) -> Any:
        from brandwatch.collectors.reddit import RedditEndpoints

        return RedditEndpoints.at(self.url)

    def rate_limited(self, reset_in: float | None) -> Fault:
        """A 429 as Reddit sends it: `retry-after` (seconds) when `reset_in` is given, no reset header."""
        return Fault(status=429, headers={} if reset_in is None else {"retry-after": str(int(reset_in))})

    def restrict(self, subreddit: str, how: str) -> None:
        """Make a subreddit private, quarantined, banned or missing (a mistyped name)."""
        with self.lock:
            self.restricted[subreddit.casefold()] = how

    def edit(self, fullname: str, body: str, at: float) -> None:
        """The author edits the body: same id, new text, `edited` set to the time of the edit."""
        with self.lock:
            item = next(i for i in self.items if i.fullname == fullname)
            item.body, item.edited = body, at

    def delete(self, fullname: str, how: str = "deleted") -> None:
        """The author deletes it ("deleted"), moderators remove it ("removed"), or the account goes."""
        with self.lock:
            next(i for i in self.items if i.fullname == fullname).state = how

    def error_body(self, status: int) -> dict[str, Any]:
        return {"message": {401: "Unauthorized", 429: "Too Many Requests"}.get(status, "Error"), "error": status}

    # --- content ---
    def _next_id(self, created: float | None) -> tuple[str, float]:
        with self.lock:
            self._counter += 1
            number = self._counter
        return _base36(1_000_000 + number), created if created is not None else BASE_EPOCH + number * 60

    def add_submission(self, subreddit: str, author: str, title: str, body: str = "",
                       created: float | None = None) -> str:
        item_id, when = self._next_id(created)
        item = RedditItem("t3", item_id, subreddit, author, when, title=title, body=body)
        with self.lock:
            self.items.append(item)
        return item.fullname

    def add_comment(self, subreddit: str, author: str, body: str, created: float | None = None) -> str:
        item_id, when = self._next_id(created)
        item = RedditItem("t1", item_id, subreddit, author, when, body=body)
        with self.lock:
            self.items.append(item)
        return item.fullname

    def add_malformed(self, subreddit: str, author: str, data: dict[str, Any]) -> str:
        """An item whose data is served as given (missing fields, wrong types)."""
        item_id, when = self._next_id(None)
        item = RedditItem("t3", item_id, subreddit, author, when,
                          override={"id": item_id, "name": f"t3_{item_id}", **data})
        with self.lock:
            self.items.append(item)
        return item.fullname

    def seed(self, count: int, term: str, subreddits: Iterable[str], roster: Iterable[str] = (),
             start: int = 0) -> list[str]:
        """Deterministic posts: submissions and comments naming `term`, some by roster accounts."""
        subs, people = list(subreddits) or ["all"], list(roster)
        self._seed_args, self.seeded = (term, subs, people), start + count
        added = []
        for i in range(start, start + count):
            created = BASE_EPOCH + (i + 1) * 60
            sub = subs[i % len(subs)]
            if people and i % 10 == 9:  # roster accounts also post elsewhere, about anything
                added.append(self.add_submission("cycling", people[i % len(people)], f"Weekend ride #{i}",
                                                 "Long loop by the river.", created=created))
            elif i % 4 == 3:
                added.append(self.add_comment(sub, f"user{i % 37}", seed_text(i, term), created=created))
            else:
                added.append(self.add_submission(sub, f"user{i % 37}", seed_text(i, term),
                                                 f"Post number {i}.", created=created))
        return added

    def seed_more(self, count: int) -> list[str]:
        term, subs, people = getattr(self, "_seed_args", ("Acme", ["acme"], []))
        return self.seed(count, term, subs, people, start=getattr(self, "seeded", 0))

    def valid_ids(self) -> set[str]:
        return self.fullnames()

    def fullnames(self, valid_only: bool = True) -> set[str]:
        with self.lock:
            return {i.fullname for i in self.items
                    if not (valid_only and (i.override is not None or _gone_comment(i)))}

    # --- serving ---
    def route(self, request: Request) -> Reply:
        if request.method == "POST" and request.path.rstrip("/") == "/api/v1/access_token":
            return self._token(request)
        if not self._authorised(request):
            return Reply.json(401, {"message": "Unauthorized", "error": 401},
                              {"www-authenticate": 'Bearer realm="reddit", error="invalid_token"'})
        limited = self._count_request()
        if limited is not None:
            return limited
        match = _LISTING.match(request.path)
        if match:
            subs = {s.casefold() for s in match["subs"].split("+")}
            refused = self._refuse_restricted(subs)
            if refused is not None:
                return refused
            return self._listing(request, self._select(match["kind"], subs, request.query))
        match = _USER.match(request.path)
        if match:
            name = match["name"].casefold()
            return self._listing(request, [i for i in self._items() if i.author.casefold() == name])
        return Reply.json(404, {"message": "Not Found", "error": 404}, self._rate_headers())

    def _count_request(self) -> Reply | None:
        """Spend one request of the window's quota; past it, the 429 Reddit sends."""
        with self.lock:
            now = self._now()
            number = int(now // QUOTA_WINDOW)
            used = self._window[1] if self._window[0] == number else 0
            if used >= self.quota:
                retry = max(1, int((number + 1) * QUOTA_WINDOW - now))
                return Reply.json(429, {"message": "Too Many Requests", "error": 429}, {"retry-after": str(retry)})
            self._window = (number, used + 1)
        return None

    def _rate_headers(self) -> dict[str, str]:
        with self.lock:
            now = self._now()
            number, used = self._window
        reset = max(1, int((number + 1) * QUOTA_WINDOW - now))
        return {"x-ratelimit-remaining": f"{max(self.quota - used, 0):.1f}", "x-ratelimit-used": str(used),
                "x-ratelimit-reset": str(reset)}

    def _refuse_restricted(self, subs: set[str]) -> Reply | None:
        with self.lock:
            states = [(sub, self.restricted.get(sub)) for sub in sorted(subs)]
        for sub, how in states:
            if how == "missing":
                return Reply(302, b"", {"Location": f"{self.url}/subreddits/search.json?q={sub}",
                                        **self._rate_headers()})
            if how in RESTRICTED:
                status, body = RESTRICTED[how]
                return Reply.json(status, body, self._rate_headers())
        return None

    def _token(self, request: Request) -> Reply:
        expected = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        if request.headers.get("authorization") != f"Basic {expected}":
            return Reply.json(401, {"message": "Unauthorized", "error": 401})
        with self.lock:
            token = f"fake-token-{len(self._tokens) + 1}"
            self._tokens.add(token)
        return Reply.json(200, {"access_token": token, "token_type": "bearer", "expires_in": 86400,
                                "scope": "*"})

    def _authorised(self, request: Request) -> bool:
        value = request.headers.get("authorization", "")
        return value.lower().startswith("bearer ") and value[7:] in self._tokens

    def _items(self) -> list[RedditItem]:
        with self.lock:
            items = list(self.items)
        return sorted(items, key=lambda i: (i.created, i.id), reverse=True)

    def _select(self, kind: str, subs: set[str], query: dict[str, str]) -> list[RedditItem]:
        everywhere = "all" in subs
        items = [i for i in self._items() if everywhere or i.subreddit.casefold() in subs]
        if kind == "comments":
            return [i for i in items if i.kind == "t1"]
        items = [i for i in items if i.kind == "t3"]
        if kind == "search":
            return [i for i in items if _matches(query.get("q", ""), f"{i.title} {i.body}")]
        return items

    def _listing(self, request: Request, items: list[RedditItem]) -> Reply:
        after = request.query.get("after")
        if after:
            names = [i.fullname for i in items]
            items = items[names.index(after) + 1:] if after in names else []
        try:
            limit = min(int(request.query.get("limit", 25)), self.page_size)
        except ValueError:
            limit = self.page_size
        page, more = items[:limit], len(items) > limit
        children = [{"kind": i.kind, "data": i.data()} for i in page]
        return Reply.json(200, {"kind": "Listing", "data": {
            "after": page[-1].fullname if more and page else None, "before": None, "dist": len(page),
            "modhash": None, "children": children}}, self._rate_headers())


def _gone_comment(item: RedditItem) -> bool:
    """A comment whose body is `[deleted]` or `[removed]`: nothing of it is left to store."""
    return item.kind == "t1" and item.state in ("deleted", "removed")


def _matches(query: str, text: str) -> bool:
    """Enough of Reddit's search syntax for tests: OR between alternatives, all words of one."""
    return any_alternative_matches(query, text)


class _RedditPlatformFake:
    """`--fake` and serve.py for Reddit (testing.cli_fakes.PlatformFake)."""

    seed_posts = 400  # more than three pages of 100

    def start(self, stack, source, term, roster, count):
        from brandwatch.collectors.registry import Connection
        from brandwatch.testing.cli_fakes import StartedFake

        reddit = stack.enter_context(RedditFake())
        accounts = roster.accounts("reddit") if source.roster_history else []
        reddit.seed(count, term, source.subreddits or [term.casefold()], accounts)
        return StartedFake(Connection(reddit.credentials, endpoint=reddit.endpoints()), len(reddit.fullnames()),
                           f"local Reddit fake at {reddit.url}")

    def default_source(self, name, term):
        from brandwatch.collectors.reddit import RedditSource

        return RedditSource(name=name, type="reddit", queries=[term], subreddits=[term.casefold()])

    def standalone(self, seed, term, places, roster):
        fake = RedditFake()
        fake.seed(seed, term, places or [term.casefold()], roster)
        return fake


PLATFORM_FAKE = _RedditPlatformFake()
