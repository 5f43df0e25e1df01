"""A local stand-in for the Bluesky XRPC endpoints brandwatch uses, for the `atproto` Client to talk to.

Speaks (under /xrpc/): com.atproto.server.createSession and refreshSession (POST),
app.bsky.feed.searchPosts (q, sort, since, limit 1–100, cursor), app.bsky.feed.getAuthorFeed (actor,
limit 1–100, cursor, filter) and app.bsky.actor.getProfiles (actors, repeated, at most 25). Answers
carry the lexicons' shapes: post views with `uri`, `cid`, a basic `author`, the `record` as written
(text, createdAt, langs, facets, reply, embed), an `embed` view for quotes, counts and `indexedAt`;
feed items wrap views as `{"post": ...}`, reposts add `reason`; errors are `{"error", "message"}`;
every answer has ratelimit-limit / -remaining / -reset (epoch seconds) / -policy headers; with
`quota` set, each query spends one and an empty window answers 429 RateLimitExceeded.

Behaviours taken from the API documentation, so the collector meets them here first:
- queries need `Authorization: Bearer <accessJwt>`: none is 401 AuthenticationRequired, an unknown
  one 400 InvalidToken, an expired one 400 ExpiredToken (`expire_sessions()` expires every token
  issued so far, as a server restart or a revoked app password would);
- tokens are JWT-shaped with a real `exp` (wall-clock time: the client refreshes by it);
  `access_ttl` short makes the client refresh before each call;
- listings are newest first by sortAt (the earlier of createdAt and indexedAt); `since` is
  inclusive; the cursor is opaque; a page has a cursor only when more follow;
- posts are never edited; a deleted post disappears from every listing;
- an unknown actor is 400 InvalidRequest "Profile not found"; unknown profiles are left out.
Its clock is injected (`now`, used for ratelimit-reset); without one it lives an hour after its
newest post.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs

from brandwatch.testing.bluesky_fake_shapes import (
    ERROR_NAMES, RATE_LIMIT, RATE_WINDOW, cid_for, did_for, iso, jwt, parse_iso, tid, xrpc_error,
)
from brandwatch.testing.fakehttp import Fault, FakeServer, Reply, Request
from brandwatch.testing.search_syntax import any_alternative_matches
from brandwatch.testing.seeds import BASE_EPOCH, seed_text

POST = "app.bsky.feed.post"


@dataclass
class BskyPost:
    did: str
    rkey: str
    text: str
    created: float
    indexed: float
    reply_to: str | None = None  # the parent's URI
    quote_of: str | None = None
    links: list[str] = field(default_factory=list)
    override: dict[str, Any] | None = None  # a malformed view, served as given (merged over the good one)
    deleted: bool = False
    reposted_by: list[tuple[str, float]] = field(default_factory=list)  # (did, when)

    @property
    def uri(self) -> str:
        return f"at://{self.did}/{POST}/{self.rkey}"

    @property
    def sort_at(self) -> float:
        return min(self.created, self.indexed)


class BlueskyFake(FakeServer):
    def __init__(self, handle: str = "brandwatch.bsky.social", app_password: str = "fake-app-pass-word",
                 now: Callable[[], float] | None = None, base: float = BASE_EPOCH, access_ttl: float = 7200):
        super().__init__()
        self.base = base
        self.handle, self.app_password = handle, app_password
        self.access_ttl = access_ttl
        self._now = now or self._after_newest_post
        self.posts: list[BskyPost] = []
        self.accounts: dict[str, dict[str, Any]] = {}  # did -> profile
        self._access: set[str] = set()
        self._refresh: set[str] = set()
        self._expired: set[str] = set()
        self._counter = 0
        self.quota: int | None = None  # requests left in the window; None: not counted (always plenty)

    def _after_newest_post(self) -> float:
        with self.lock:
            newest = max((p.indexed for p in self.posts), default=self.base)
        return newest + 3600

    def now(self) -> float:
        return self._now()

    # --- what the collector needs to reach it ---
    @property
    def credentials(self) -> dict[str, str]:
        return {"BLUESKY_HANDLE": self.handle, "BLUESKY_APP_PASSWORD": self.app_password}

    def rate_limited(self, reset_in: float | None) -> Fault:
        """A 429 with Bluesky's headers; `ratelimit-reset` (epoch seconds) only when `reset_in` is given."""
        headers = {"ratelimit-limit": str(RATE_LIMIT), "ratelimit-remaining": "0",
                   "ratelimit-policy": f"{RATE_LIMIT};w={RATE_WINDOW}"}
        if reset_in is not None:
            headers["ratelimit-reset"] = str(int(self._now() + reset_in))
        return Fault(status=429, headers=headers)

    def error_body(self, status: int) -> dict[str, Any]:
        name = ERROR_NAMES.get(status, "InternalServerError")
        return {"error": name, "message": {429: "Rate Limit Exceeded"}.get(status, name)}

    def expire_sessions(self) -> None:
        """Every token issued so far now answers ExpiredToken (refresh tokens too)."""
        with self.lock:
            self._expired |= self._access | self._refresh

    # --- content ---
    def account(self, handle: str, followers: int = 100) -> str:
        did = did_for(handle)
        with self.lock:
            if did not in self.accounts:
                self.accounts[did] = {
                    "did": did, "handle": handle, "displayName": handle.split(".")[0].title(),
                    "description": f"{handle} posts here", "followersCount": followers, "followsCount": 10,
                    "postsCount": 50, "indexedAt": iso(self.base), "createdAt": iso(self.base - 86400 * 30),
                    "labels": [], "associated": {"lists": 0, "feedgens": 0, "starterPacks": 0, "labeler": False}}
        return did

    def add_post(self, author: str, text: str, created: float | None = None, reply_to: str | None = None,
                 quote_of: str | None = None, links: Iterable[str] = (), indexed_after: float = 2.0,
                 override: dict[str, Any] | None = None) -> str:
        did = self.account(author if "." in author else f"{author}.bsky.social")
        with self.lock:
            self._counter += 1
            when = created if created is not None else self.base + self._counter * 60
            post = BskyPost(did, tid(when, self._counter), text, when, when + indexed_after, reply_to, quote_of,
                            list(links), override)
            self.posts.append(post)
        return post.uri

    def add_malformed(self, author: str, override: dict[str, Any]) -> str:
        return self.add_post(author, "", override=override)

    def post(self, uri: str) -> BskyPost:
        with self.lock:
            return next(p for p in self.posts if p.uri == uri)

    def delete(self, uri: str) -> None:
        with self.lock:
            self.post(uri).deleted = True

    def repost(self, author: str, uri: str, when: float | None = None) -> None:
        did = self.account(author if "." in author else f"{author}.bsky.social")
        with self.lock:
            original = self.post(uri)
            original.reposted_by.append((did, when if when is not None else original.indexed + 60))

    def seed(self, count: int, term: str, roster: Iterable[str] = (), start: int = 0) -> list[str]:
        people = list(roster)
        self._seed_args, self.seeded = (term, people), start + count
        added: list[str] = []
        for i in range(start, start + count):
            created = self.base + (i + 1) * 60
            if people and i % 10 == 9:  # roster accounts' own posts hold posts search would not find
                added.append(self.add_post(people[i % len(people)], f"Morning run done, {i} km total", created))
            else:
                reply = added[0] if i % 5 == 4 and added else None
                added.append(self.add_post(f"fan{i % 41}", seed_text(i, term), created, reply_to=reply))
        return added

    def seed_more(self, count: int) -> list[str]:
        term, people = getattr(self, "_seed_args", ("Acme", []))
        return self.seed(count, term, people, start=getattr(self, "seeded", 0))

    def valid_ids(self) -> set[str]:
        return self.ids()

    def ids(self, valid_only: bool = True) -> set[str]:
        """The URIs a full read should store: posts not deleted, not malformed."""
        with self.lock:
            return {p.uri for p in self.posts if not p.deleted and not (valid_only and p.override is not None)}

    # --- serving ---
    def route(self, request: Request) -> Reply:
        nsid = request.path.rstrip("/").removeprefix("/xrpc/")
        if nsid == "com.atproto.server.createSession" and request.method == "POST":
            return self._create_session(request)
        if nsid == "com.atproto.server.refreshSession" and request.method == "POST":
            return self._refresh_session(request)
        handlers = {"app.bsky.feed.searchPosts": self._search, "app.bsky.feed.getAuthorFeed": self._author_feed,
                    "app.bsky.actor.getProfiles": self._profiles}
        if nsid not in handlers:
            return xrpc_error(501, "MethodNotImplemented", "Method Not Implemented")
        refused = self._check_token(request, self._access, "access")
        if refused is not None:
            return refused
        with self.lock:
            if self.quota is not None:
                if self.quota <= 0:
                    return xrpc_error(429, "RateLimitExceeded", "Rate Limit Exceeded", self._headers())
                self.quota -= 1
        return handlers[nsid](request)

    def _check_token(self, request: Request, issued: set[str], kind: str) -> Reply | None:
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            return xrpc_error(401, "AuthenticationRequired", "Authentication Required")
        token = auth[len("Bearer "):]
        with self.lock:
            if token not in issued:
                return xrpc_error(400, "InvalidToken", "Token could not be verified")
            if token in self._expired or _exp(token) < time.time():
                return xrpc_error(400, "ExpiredToken", "Token has expired")
        return None

    def _session(self, did: str) -> dict[str, Any]:
        issued = time.time()  # tokens live in wall-clock time: the client checks `exp` against it
        access = jwt(did, "com.atproto.appPass", issued, issued + self.access_ttl)
        refresh = jwt(did, "com.atproto.refresh", issued, issued + 90 * 86400)
        with self.lock:
            self._access.add(access)
            self._refresh.add(refresh)
        return {"accessJwt": access, "refreshJwt": refresh, "handle": self.handle, "did": did, "active": True}

    def _create_session(self, request: Request) -> Reply:
        try:
            body = json.loads(request.body or "{}")
        except ValueError:
            return xrpc_error(400, "InvalidRequest", "Request body is not JSON")
        if not isinstance(body, dict) or body.get("identifier") not in (self.handle, did_for(self.handle)) \
                or body.get("password") != self.app_password:
            return xrpc_error(401, "AuthenticationRequired", "Invalid identifier or password")
        return Reply.json(200, self._session(self.account(self.handle)), self._headers())

    def _refresh_session(self, request: Request) -> Reply:
        refused = self._check_token(request, self._refresh, "refresh")
        if refused is not None:
            return refused
        with self.lock:
            self._refresh.discard(request.headers["authorization"][len("Bearer "):])  # a refresh token is used once
        return Reply.json(200, self._session(did_for(self.handle)), self._headers())

    def _headers(self) -> dict[str, str]:
        left = RATE_LIMIT - 1 if self.quota is None else self.quota
        return {"ratelimit-limit": str(RATE_LIMIT), "ratelimit-remaining": str(left),
                "ratelimit-reset": str(int(self._now() + RATE_WINDOW)), "ratelimit-policy": f"{RATE_LIMIT};w={RATE_WINDOW}"}

    def _limit(self, request: Request, default: int) -> int | None:
        try:
            size = int(request.query.get("limit", default))
        except ValueError:
            return None
        return size if 1 <= size <= 100 else None

    def _search(self, request: Request) -> Reply:
        query = request.query.get("q", "")
        size = self._limit(request, 25)
        if not query.strip() or size is None:
            return xrpc_error(400, "InvalidRequest", 'Error: Params must have the property "q" and a limit of 1-100')
        since = parse_iso(request.query.get("since", "")) if request.query.get("since") else None
        with self.lock:
            found = [p for p in self.posts if not p.deleted and (p.override is not None or any_alternative_matches(
                query, p.text)) and (since is None or p.sort_at >= since)]
        page, cursor = self._page(found, request.query.get("cursor"), size, lambda p: (p.sort_at, p.rkey))
        payload: dict[str, Any] = {"posts": [self._view(p) for p in page], "hitsTotal": len(found)}
        if cursor:
            payload["cursor"] = cursor
        return Reply.json(200, payload, self._headers())

    def _author_feed(self, request: Request) -> Reply:
        actor = request.query.get("actor", "")
        size = self._limit(request, 50)
        did = actor if actor.startswith("did:") else did_for(actor)
        with self.lock:
            known = did in self.accounts
        if size is None:
            return xrpc_error(400, "InvalidRequest", "limit must be 1-100")
        if not known:
            return xrpc_error(400, "InvalidRequest", "Profile not found")
        with self.lock:
            items = [(p, None, p.sort_at) for p in self.posts if p.did == did and not p.deleted]
            items += [(p, when, when) for p in self.posts if not p.deleted for by, when in p.reposted_by if by == did]
        page, cursor = self._page(items, request.query.get("cursor"), size, lambda item: (item[2], item[0].rkey))
        feed = []
        for post, reposted, _ in page:
            entry: dict[str, Any] = {"post": self._view(post)}
            if reposted is not None:
                entry["reason"] = {"$type": "app.bsky.feed.defs#reasonRepost", "by": self._basic(did),
                                   "indexedAt": iso(reposted)}
            feed.append(entry)
        payload: dict[str, Any] = {"feed": feed}
        if cursor:
            payload["cursor"] = cursor
        return Reply.json(200, payload, self._headers())

    def _profiles(self, request: Request) -> Reply:
        actors = parse_qs(request.raw_query).get("actors", [])
        if not actors or len(actors) > 25:
            return xrpc_error(400, "InvalidRequest", "actors must hold 1-25 items")
        with self.lock:
            found = [dict(self.accounts[d]) for d in (a if a.startswith("did:") else did_for(a) for a in actors)
                     if d in self.accounts]
        return Reply.json(200, {"profiles": found}, self._headers())

    def _page(self, items: list[Any], cursor: str | None, size: int,
              key: Callable[[Any], tuple[float, str]]) -> tuple[list[Any], str | None]:
        """Newest first; the cursor names the last item served (sortAt in ms and its record key)."""
        ordered = sorted(items, key=key, reverse=True)
        if cursor:
            stamp, _, rkey = cursor.partition("::")
            try:
                after = (int(stamp) / 1000, rkey)
            except ValueError:
                after = (float("inf"), "")
            ordered = [i for i in ordered if (round(key(i)[0], 3), key(i)[1]) < after]
        page = ordered[:size]
        more = len(ordered) > size
        return page, (f"{int(round(key(page[-1])[0] * 1000))}::{key(page[-1])[1]}" if more and page else None)

    def _basic(self, did: str) -> dict[str, Any]:
        profile = self.accounts.get(did) or {"did": did, "handle": "handle.invalid"}
        return {"did": did, "handle": profile["handle"], "displayName": profile.get("displayName", ""),
                "avatar": f"https://cdn.bsky.app/img/avatar/plain/{did}/bafkrei@jpeg", "labels": [],
                "createdAt": profile.get("createdAt", iso(self.base))}

    def _record(self, post: BskyPost) -> dict[str, Any]:
        record: dict[str, Any] = {"$type": POST, "text": post.text, "createdAt": iso(post.created), "langs": ["en"]}
        if post.links:
            record["facets"] = _link_facets(post.text, post.links)
        if post.reply_to:
            parent = self.post(post.reply_to)
            root = self.post(parent.reply_to) if parent.reply_to else parent
            record["reply"] = {"root": {"uri": root.uri, "cid": cid_for(root.uri)},
                               "parent": {"uri": parent.uri, "cid": cid_for(parent.uri)}}
        if post.quote_of:
            record["embed"] = {"$type": "app.bsky.embed.record",
                               "record": {"uri": post.quote_of, "cid": cid_for(post.quote_of)}}
        return record

    def _view(self, post: BskyPost) -> dict[str, Any]:
        view: dict[str, Any] = {
            "uri": post.uri, "cid": cid_for(post.uri + post.text), "author": self._basic(post.did),
            "record": self._record(post), "replyCount": 0, "repostCount": len(post.reposted_by),
            "likeCount": post.created.__int__() % 7, "quoteCount": 0, "indexedAt": iso(post.indexed), "labels": []}
        if post.quote_of:
            with self.lock:
                quoted = next((p for p in self.posts if p.uri == post.quote_of), None)
            if quoted is None or quoted.deleted:
                shown: dict[str, Any] = {"$type": "app.bsky.embed.record#viewNotFound", "uri": post.quote_of,
                                         "notFound": True}
            else:
                shown = {"$type": "app.bsky.embed.record#viewRecord", "uri": quoted.uri, "cid": cid_for(quoted.uri),
                         "author": self._basic(quoted.did), "value": self._record(quoted),
                         "indexedAt": iso(quoted.indexed)}
            view["embed"] = {"$type": "app.bsky.embed.record#view", "record": shown}
        if post.override is not None:
            view.update(post.override)
        return view


def _link_facets(text: str, links: list[str]) -> list[dict[str, Any]]:
    """A link facet over the first place each link's shown form (its host and path, maybe cut) appears."""
    encoded = text.encode("utf-8")
    facets = []
    for uri in links:
        shown = uri.split("://", 1)[-1]
        for candidate in (shown, shown[:27] + "...", shown[:24] + "..."):
            start = encoded.find(candidate.encode("utf-8"))
            if start >= 0:
                facets.append({"index": {"byteStart": start, "byteEnd": start + len(candidate.encode("utf-8"))},
                               "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}]})
                break
    return facets


def _exp(token: str) -> float:
    import base64

    try:
        payload = token.split(".")[1]
        return float(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["exp"])
    except (IndexError, ValueError, KeyError):
        return 0.0


class _BlueskyPlatformFake:
    """`--fake` and serve.py for Bluesky (testing.cli_fakes.PlatformFake)."""

    seed_posts = 320  # more than three pages of 100

    def start(self, stack, source, term, roster, count):
        from brandwatch.collectors.registry import Connection
        from brandwatch.testing.cli_fakes import FakeClock, StartedFake

        fake = stack.enter_context(BlueskyFake())
        fake.seed(count, term, roster.accounts("bluesky") if source.roster_timelines else [])
        connection = Connection(fake.credentials, endpoint=fake.url, clock=FakeClock(fake.now))
        return StartedFake(connection, len(fake.ids()), f"local Bluesky fake at {fake.url}")

    def default_source(self, name, term):
        from brandwatch.collectors.bluesky import BlueskySource

        return BlueskySource(name=name, type="bluesky", queries=[term])

    def standalone(self, seed, term, places, roster):
        fake = BlueskyFake(base=time.time() // 60 * 60 - 86400, now=time.time)
        fake.seed(seed, term, roster)
        return fake


PLATFORM_FAKE = _BlueskyPlatformFake()
