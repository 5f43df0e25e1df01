"""Bluesky post views (app.bsky.feed.defs#postView, JSON as the AppView sent it) turned into Posts.

What Bluesky sends and how it is read (the app.bsky lexicons):
- a post is keyed by its AT URI, at://<author did>/app.bsky.feed.post/<rkey>; the web app shows it at
  https://bsky.app/profile/<handle>/post/<rkey>;
- `record` is the post as its author wrote it: `text`, `createdAt` (the author's clock), `langs`,
  `facets` (byte ranges of the text that are links, mentions or tags: a link's full URI is only
  there, the text may show it shortened), `reply` (`parent` and `root` strong refs) and `embed` (a
  quoted post is `app.bsky.embed.record`, or `recordWithMedia` when it carries images too);
- `indexedAt` is when the AppView saw it. Listings sort by "sortAt", the earlier of the two, so a
  post whose author's clock runs ahead cannot jump the queue;
- the author in a post view is a basic profile (did, handle, displayName); description and
  followers come from app.bsky.actor.getProfiles, passed in as `profiles`.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from brandwatch.collectors.common import MalformedItem, required_str, utc_from_iso
from brandwatch.model.post import Author, Post

_POST_URI = re.compile(r"^at://(?P<did>did:[a-z]+:[A-Za-z0-9._:%-]+)/app\.bsky\.feed\.post/(?P<rkey>[A-Za-z0-9._:~-]+)$")
_QUOTE_EMBEDS = ("app.bsky.embed.record", "app.bsky.embed.recordWithMedia")


def split_uri(uri: Any) -> tuple[str, str]:
    """(did, rkey) of a post's AT URI; MalformedItem for anything else."""
    match = _POST_URI.match(uri) if isinstance(uri, str) else None
    if match is None:
        raise MalformedItem(f"field 'uri' must be an at:// post URI, got {str(uri)[:60]!r}")
    return match["did"], match["rkey"]


def web_url(uri: str, handle: str | None = None) -> str:
    """The post in the Bluesky web app (by handle when known; the did works too)."""
    did, rkey = split_uri(uri)
    return f"https://bsky.app/profile/{handle or did}/post/{rkey}"


def sort_time(view: Any) -> datetime:
    """When a listing places the post: the earlier of its createdAt and indexedAt."""
    if not isinstance(view, dict):
        raise MalformedItem("a post view must be a JSON object")
    indexed = utc_from_iso(view.get("indexedAt"), "indexedAt")
    record = view.get("record") if isinstance(view.get("record"), dict) else {}
    try:
        return min(indexed, utc_from_iso(record.get("createdAt"), "record.createdAt"))
    except MalformedItem:
        return indexed


def author_did(view: Any) -> str | None:
    author = view.get("author") if isinstance(view, dict) else None
    did = author.get("did") if isinstance(author, dict) else None
    return did if isinstance(did, str) else None


def post_from_view(view: Any, profiles: dict[str, dict[str, Any]]) -> Post:
    if not isinstance(view, dict):
        raise MalformedItem("a post view must be a JSON object")
    uri = required_str(view, "uri")
    did, _ = split_uri(uri)
    author = view.get("author")
    if not isinstance(author, dict) or author.get("did") != did:
        raise MalformedItem("field 'author' must be an object whose did is the URI's")
    handle = required_str(author, "handle")
    record = view.get("record")
    if not isinstance(record, dict):
        raise MalformedItem("field 'record' must be an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedItem("field 'record.text' must be a string")
    created = utc_from_iso(record.get("createdAt"), "record.createdAt")
    sort_time(view)  # indexedAt must be readable: checkpoints are made of it
    langs = record.get("langs")
    lang = langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None
    profile = profiles.get(did) or {}
    raw: dict[str, Any] = {"post": view, "author": profile or None}
    links = facet_links(record)
    if links:
        raw["links"] = links
    quoted = _quoted(record, view)
    if quoted is not None:
        raw["quoted"] = quoted
    reply = record.get("reply") if isinstance(record.get("reply"), dict) else {}
    root = _ref_uri(reply.get("root"))
    if root is not None:
        raw["reply_root"] = root
    metrics = {name: view[name] for name in ("replyCount", "repostCount", "likeCount", "quoteCount")
               if isinstance(view.get(name), int) and not isinstance(view.get(name), bool)}
    return Post(
        platform="bluesky", external_id=uri, text=text, author=_author(did, handle, author, profile),
        created_at=created, url=web_url(uri, handle), parent_id=_ref_uri(reply.get("parent")),
        lang=lang[:16] if lang else None, metrics=metrics, raw=raw,
    )


def facet_links(record: dict[str, Any]) -> list[str]:
    """Every link's full URI, from the facets and an external (link card) embed, in order, once each."""
    found: list[str] = []
    facets = record.get("facets") if isinstance(record.get("facets"), list) else []
    for facet in facets:
        features = facet.get("features") if isinstance(facet, dict) else None
        for feature in features if isinstance(features, list) else []:
            if (isinstance(feature, dict) and feature.get("$type") == "app.bsky.richtext.facet#link"
                    and isinstance(feature.get("uri"), str)):
                found.append(feature["uri"])
    embed = record.get("embed") if isinstance(record.get("embed"), dict) else {}
    external = embed.get("external") if isinstance(embed.get("external"), dict) else {}
    if embed.get("$type") == "app.bsky.embed.external" and isinstance(external.get("uri"), str):
        found.append(external["uri"])
    return list(dict.fromkeys(found))


def _quoted(record: dict[str, Any], view: dict[str, Any]) -> dict[str, Any] | None:
    """The quoted post's URI and link; the handle comes from the view's embed when it has it."""
    embed = record.get("embed") if isinstance(record.get("embed"), dict) else {}
    if embed.get("$type") not in _QUOTE_EMBEDS:
        return None
    inner = embed.get("record") if isinstance(embed.get("record"), dict) else {}
    if embed.get("$type") == "app.bsky.embed.recordWithMedia":
        inner = inner.get("record") if isinstance(inner.get("record"), dict) else {}
    uri = inner.get("uri")
    if not isinstance(uri, str) or not _POST_URI.match(uri):
        return None  # a quoted list or feed generator, not a post
    return {"id": uri, "url": web_url(uri, _embedded_handle(view, uri))}


def _embedded_handle(view: dict[str, Any], uri: str) -> str | None:
    embed = view.get("embed") if isinstance(view.get("embed"), dict) else {}
    shown = embed.get("record") if isinstance(embed.get("record"), dict) else {}
    if isinstance(shown.get("record"), dict):  # recordWithMedia#view nests the record view once more
        shown = shown["record"]
    author = shown.get("author") if isinstance(shown.get("author"), dict) else {}
    handle = author.get("handle")
    return handle if shown.get("uri") == uri and isinstance(handle, str) else None


def _ref_uri(ref: Any) -> str | None:
    uri = ref.get("uri") if isinstance(ref, dict) else None
    return uri if isinstance(uri, str) and uri else None


def _author(did: str, handle: str, basic: dict[str, Any], profile: dict[str, Any]) -> Author:
    name = profile.get("displayName", basic.get("displayName"))
    followers = profile.get("followersCount")
    description = profile.get("description")
    return Author(
        id=did, handle=handle, display_name=name if isinstance(name, str) and name else None,
        description=description if isinstance(description, str) else None,
        followers=followers if isinstance(followers, int) and not isinstance(followers, bool) else None,
    )
