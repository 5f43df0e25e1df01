"""A local stand-in for the Mastodon API endpoints brandwatch reads, for Mastodon.py to talk to.

Speaks: GET /api/v1/instance and /api/v2/instance (public; Mastodon.py reads them to learn the
version and which timelines are open), GET /api/v1/timelines/tag/<tag>, GET /api/v1/accounts/lookup
(acct), GET /api/v1/accounts/<id>/statuses and GET /api/v2/search (type=statuses). Lists are newest
first, `limit` 1–40 (default 20), bounded by `max_id`, `since_id` and `min_id` (the statuses right
after it), with a `Link` header (`rel="next"` by max_id, `rel="prev"` by min_id) whenever the page
is not empty. Every answer carries X-RateLimit-Limit/Remaining/Reset (ISO 8601). Bearer-token auth:
any other token gets 401 {"error": "The access token is invalid"}.

Behaviours from the Mastodon documentation: `content` is HTML (mastodon_fake_shapes.status_html);
an edit keeps the id and sets `edited_at`; a deleted status is no longer served; a boost is its own
status whose `reblog` holds the original, listed on the booster's account but on no hashtag timeline;
search only finds statuses when `search_enabled` (servers without full-text search return nothing).
Faults queued with `fail_next` never hit the instance endpoints: Mastodon.py reads those on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable
from urllib.parse import urlencode

from brandwatch.testing.fakehttp import FakeServer, Fault, Reply, Request
from brandwatch.testing.mastodon_fake_shapes import (
    DOMAIN, hashtags, instance_v1, instance_v2, iso, status_html, status_id,
)
from brandwatch.testing.seeds import BASE_EPOCH, seed_text

_ACCOUNT_STATUSES = re.compile(r"^/api/v1/accounts/(?P<id>\d+)/statuses$")
_TAG_TIMELINE = re.compile(r"^/api/v1/timelines/tag/(?P<tag>[^/]+)$")
_INSTANCE = ("/api/v1/instance", "/api/v2/instance")


@dataclass
class MStatus:
    id: int
    account: str  # username on the fake's server
    text: str
    created: float
    spoiler: str = ""
    reply_to: int | None = None
    reblog_of: int | None = None
    edited: float | None = None
    deleted: bool = False
    override: dict[str, Any] | None = None  # a malformed status, served as given
    tags: list[str] = field(default_factory=list)

    @property
    def uri(self) -> str:
        return f"https://{DOMAIN}/users/{self.account}/statuses/{self.id}"


class MastodonFake(FakeServer):
    def __init__(self, access_token: str = "fake-mastodon-token", now: Callable[[], float] | None = None,
                 base: float = BASE_EPOCH):
        super().__init__()
        self.access_token = access_token
        self.base = base
        self._now = now or self._after_newest_status
        self.statuses: list[MStatus] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.search_enabled = True
        # Statuses the search drops after cutting a page to `limit` (a muted or blocked author, as
        # Mastodon's search service does): a page in the middle of the results comes back short.
        self.search_filtered: set[int] = set()
        self.remaining = 299  # what X-RateLimit-Remaining says on ordinary answers
        self._counter = 0

    def _after_newest_status(self) -> float:
        with self.lock:
            newest = max((s.created for s in self.statuses), default=self.base)
        return newest + 3600

    # --- what the collector needs to reach it ---
    @property
    def credentials(self) -> dict[str, str]:
        return {"MASTODON_ACCESS_TOKEN": self.access_token}

    def now(self) -> float:
        return self._now()

    def rate_limited(self, reset_in: float | None) -> Fault:
        """A 429, with Mastodon's headers (the reset as an ISO 8601 time) when `reset_in` is given."""
        headers = {} if reset_in is None else {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                                               "X-RateLimit-Reset": iso(self._now() + reset_in)}
        return Fault(status=429, headers=headers)

    def error_body(self, status: int) -> dict[str, Any]:
        texts = {401: "The access token is invalid", 404: "Record not found", 429: "Too many requests",
                 500: "We're sorry, but something went wrong", 503: "Service Unavailable"}
        return {"error": texts.get(status, "Error")}

    def _take_fault(self, path: str) -> Fault | None:
        return None if path.rstrip("/") in _INSTANCE else super()._take_fault(path)

    # --- content ---
    def account(self, username: str, followers: int = 100) -> str:
        key = username.casefold()
        with self.lock:
            if key not in self.accounts:
                self.accounts[key] = {
                    "id": str(100 + len(self.accounts) + 1), "username": username, "acct": username,
                    "display_name": username.title(), "locked": False, "bot": False,
                    "created_at": "2024-01-01T00:00:00.000Z", "note": f"<p>{username} posts &amp; boosts here</p>",
                    "url": f"https://{DOMAIN}/@{username}", "uri": f"https://{DOMAIN}/users/{username}",
                    "avatar": "", "header": "", "followers_count": followers, "following_count": 10,
                    "statuses_count": 50, "last_status_at": "2026-11-01", "emojis": [], "fields": []}
            return self.accounts[key]["id"]

    def add_status(self, author: str, text: str, created: float | None = None, spoiler: str = "",
                   reply_to: str | None = None, override: dict[str, Any] | None = None,
                   reblog_of: str | None = None) -> str:
        self.account(author)
        with self.lock:
            self._counter += 1
            when = created if created is not None else self.base + self._counter * 60
            status = MStatus(status_id(when, self._counter), author, text, when, spoiler=spoiler,
                             reply_to=int(reply_to) if reply_to else None, override=override,
                             reblog_of=int(reblog_of) if reblog_of else None,
                             tags=[] if reblog_of else hashtags(f"{spoiler} {text}"))
            self.statuses.append(status)
        return str(status.id)

    def add_malformed(self, author: str, override: dict[str, Any]) -> str:
        return self.add_status(author, "", override=override)

    def status(self, status_id_: str) -> MStatus:
        with self.lock:
            return next(s for s in self.statuses if str(s.id) == str(status_id_))

    def edit(self, status_id_: str, new_text: str, when: float | None = None) -> None:
        status = self.status(status_id_)
        with self.lock:
            status.text, status.tags = new_text, hashtags(f"{status.spoiler} {new_text}")
            status.edited = when if when is not None else status.created + 300

    def delete(self, status_id_: str) -> None:
        with self.lock:
            self.status(status_id_).deleted = True

    def boost(self, author: str, status_id_: str, created: float | None = None) -> str:
        return self.add_status(author, "", created=created, reblog_of=status_id_)

    def seed(self, count: int, term: str, roster: Iterable[str] = (), start: int = 0) -> list[str]:
        people = [p.lstrip("@").partition("@")[0] for p in roster]
        tag = default_hashtag(term)
        self._seed_args, self.seeded = (term, people), start + count
        added: list[str] = []
        for i in range(start, start + count):
            created = self.base + (i + 1) * 60
            if people and i % 10 == 9:  # roster accounts' own statuses carry no hashtag
                added.append(self.add_status(people[i % len(people)], f"Morning run done, {i} km total",
                                             created=created))
            else:
                reply = added[0] if i % 5 == 4 and added else None
                added.append(self.add_status(f"fan{i % 41}", f"{seed_text(i, term)} #{tag}", created=created,
                                             reply_to=reply))
        return added

    def seed_more(self, count: int) -> list[str]:
        term, people = getattr(self, "_seed_args", ("Acme", []))
        return self.seed(count, term, people, start=getattr(self, "seeded", 0))

    def valid_ids(self) -> set[str]:
        return self.ids()

    def ids(self) -> set[str]:
        """The external ids (uris) a full read should store: served, no boosts, no malformed ones."""
        with self.lock:
            return {s.uri for s in self.statuses if not s.deleted and s.reblog_of is None and s.override is None}

    # --- serving ---
    def route(self, request: Request) -> Reply:
        path = request.path.rstrip("/")
        if path == "/api/v1/instance":
            return Reply.json(200, instance_v1(self.url))
        if path == "/api/v2/instance":
            return Reply.json(200, instance_v2(self.url))
        if request.headers.get("authorization") != f"Bearer {self.access_token}":
            return Reply.json(401, {"error": "The access token is invalid"}, self._headers())
        tag = _TAG_TIMELINE.match(path)
        if tag:
            wanted = tag["tag"].casefold()
            return self._list(request, path, [s for s in self._served()
                                              if wanted in s.tags or s.override is not None])
        if path == "/api/v1/accounts/lookup":
            # Any domain: rosters name people by their home server, which the fake stands in for.
            username = request.query.get("acct", "").lstrip("@").partition("@")[0].casefold()
            if username not in self.accounts:
                return Reply.json(404, {"error": "Record not found"}, self._headers())
            return Reply.json(200, self.accounts[username], self._headers())
        account = _ACCOUNT_STATUSES.match(path)
        if account:
            with self.lock:
                names = {a["id"]: n for n, a in self.accounts.items()}
            if account["id"] not in names:
                return Reply.json(404, {"error": "Record not found"}, self._headers())
            return self._list(request, path, [s for s in self._served() if s.account.casefold() == names[account["id"]]])
        if path == "/api/v2/search":
            return self._search(request)
        return Reply.json(404, {"error": "Record not found"}, self._headers())

    def _headers(self) -> dict[str, str]:
        return {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": str(self.remaining),
                "X-RateLimit-Reset": iso(self._now() + 300)}

    def _served(self) -> list[MStatus]:
        with self.lock:
            return sorted((s for s in self.statuses if not s.deleted), key=lambda s: s.id, reverse=True)

    def _window(self, request: Request, statuses: list[MStatus]) -> list[MStatus] | Reply:
        try:
            limit = int(request.query.get("limit", 20))
        except ValueError:
            return Reply.json(422, {"error": "limit must be a number"}, self._headers())
        limit = max(1, min(limit, 40))
        bounds = {k: int(v) for k, v in request.query.items() if k in ("max_id", "since_id", "min_id") and v.isdigit()}
        if "max_id" in bounds:
            statuses = [s for s in statuses if s.id < bounds["max_id"]]
        floor = max(bounds.get("since_id", 0), bounds.get("min_id", 0))
        statuses = [s for s in statuses if s.id > floor]
        if "min_id" in bounds:  # the statuses right after min_id, still listed newest first
            return statuses[-limit:]
        return statuses[:limit]

    def _list(self, request: Request, path: str, statuses: list[MStatus]) -> Reply:
        page = self._window(request, statuses)
        if isinstance(page, Reply):
            return page
        headers = self._headers()
        if page:
            limit = request.query.get("limit", "20")
            older = f"{self.url}{path}?{urlencode({'limit': limit, 'max_id': page[-1].id})}"
            newer = f"{self.url}{path}?{urlencode({'limit': limit, 'min_id': page[0].id})}"
            headers["Link"] = f'<{older}>; rel="next", <{newer}>; rel="prev"'
        return Reply.json(200, [self._entity(s) for s in page], headers)

    def _search(self, request: Request) -> Reply:
        empty: dict[str, Any] = {"accounts": [], "statuses": [], "hashtags": []}
        if request.query.get("type") not in (None, "statuses") or not self.search_enabled:
            return Reply.json(200, empty, self._headers())
        words = request.query.get("q", "").casefold().split()
        found = [s for s in self._served() if s.reblog_of is None and s.override is None
                 and words and all(w in s.text.casefold() for w in words)]
        page = self._window(request, found)
        if isinstance(page, Reply):
            return page
        offset = int(request.query.get("offset", "0") or 0)
        shown = [s for s in page[offset:] if s.id not in self.search_filtered]
        return Reply.json(200, {**empty, "statuses": [self._entity(s) for s in shown]}, self._headers())

    def _entity(self, status: MStatus) -> dict[str, Any]:
        with self.lock:
            account = dict(self.accounts[status.account.casefold()])
            if status.reblog_of is not None:
                boosted = self._entity(next(s for s in self.statuses if s.id == status.reblog_of))
        base = {"id": str(status.id), "uri": status.uri + ("/activity" if status.reblog_of else "")}
        if status.override is not None:
            return {**base, "account": account, **status.override}
        return {**base, "url": f"https://{DOMAIN}/@{status.account}/{status.id}", "created_at": iso(status.created),
                "edited_at": iso(status.edited) if status.edited else None, "account": account,
                "content": "" if status.reblog_of else status_html(status.text),
                "spoiler_text": status.spoiler, "sensitive": bool(status.spoiler), "visibility": "public",
                "language": "en", "in_reply_to_id": str(status.reply_to) if status.reply_to else None,
                "in_reply_to_account_id": None, "reblog": boosted if status.reblog_of is not None else None,
                "replies_count": 0, "reblogs_count": 0, "favourites_count": status.id % 7,
                "mentions": [], "tags": [{"name": t, "url": f"https://{DOMAIN}/tags/{t}"} for t in status.tags],
                "emojis": [], "media_attachments": [], "card": None, "poll": None,
                "application": {"name": "Web", "website": None}}


def default_hashtag(term: str) -> str:
    return re.sub(r"\W", "", term).casefold() or "acme"


class _MastodonPlatformFake:
    """`--fake` and serve.py for Mastodon (testing.cli_fakes.PlatformFake)."""

    seed_posts = 320  # eight pages of 40; the SIGKILL test wants at least 300

    def start(self, stack, source, term, roster, count):
        from brandwatch.collectors.registry import Connection
        from brandwatch.testing.cli_fakes import FakeClock, StartedFake

        fake = stack.enter_context(MastodonFake())
        fake.seed(count, term, roster.accounts("mastodon") if source.roster_statuses else [])
        connection = Connection(fake.credentials, endpoint=fake.url, clock=FakeClock(fake.now))
        return StartedFake(connection, len(fake.ids()), f"local Mastodon fake at {fake.url}")

    def default_source(self, name, term):
        from brandwatch.collectors.mastodon import MastodonSource

        return MastodonSource(name=name, type="mastodon", hashtags=[default_hashtag(term)])

    def standalone(self, seed, term, places, roster):
        import time

        # Date the statuses from a day ago, so a collector on the real clock finds them inside `backfill`.
        fake = MastodonFake(base=time.time() // 60 * 60 - 86400, now=time.time)
        fake.seed(seed, term, roster)
        return fake


PLATFORM_FAKE = _MastodonPlatformFake()
