"""Mastodon Status entities (JSON as the server sent it) turned into Posts.

What a status holds and how it is read (the Mastodon API documentation, Status and Account entities):
- `uri` is the status's ActivityPub id: the same on every server that knows the status, while `id`
  is each server's own number for it. `uri` is the external id, so one status read on two servers
  (or through a boost) is stored once. `url` is the page people open; the link falls back to `uri`.
- `content` is HTML, turned into text once (mastodon_text); a content warning (`spoiler_text`)
  comes first, as readers see it, since a complaint or a disclosure can sit in it.
- A boost is a status whose `reblog` holds the original: it is the original's mention, not a new one.
- An edit keeps the id and sets `edited_at`: its time (milliseconds, zero-padded digits) is the
  version, so the store replaces the text it holds when it sees a newer one.
- The author is `account`. Its `id` and `acct` are the reading server's own (a local account's
  `acct` has no domain), so the author is keyed by user@domain, the domain taken from the profile
  `url` when `acct` lacks one: the same person read on two servers is one author. Besides that,
  `display_name`, `note` (HTML bio, as text) and `followers_count`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from brandwatch.collectors.common import MalformedItem, required_str, utc_from_iso
from brandwatch.collectors.mastodon_text import html_to_text
from brandwatch.model.post import Author, Post


def original(status: Any) -> Any:
    """The status itself, or the one it boosts."""
    if isinstance(status, dict) and isinstance(status.get("reblog"), dict):
        return status["reblog"]
    return status


def mention_from_status(status: Any) -> Post:
    boosted_by = None
    if isinstance(status, dict) and isinstance(status.get("reblog"), dict):
        boosted_by = status.get("account", {}).get("acct") if isinstance(status.get("account"), dict) else None
    item = original(status)
    if not isinstance(item, dict):
        raise MalformedItem("a status must be a JSON object")
    required_str(item, "id")  # every status has one; a status without it is malformed
    uri = required_str(item, "uri")
    content = item.get("content")
    if not isinstance(content, str):
        raise MalformedItem("field 'content' must be a string")
    created = utc_from_iso(item.get("created_at"), "created_at")
    account = item.get("account")
    if not isinstance(account, dict):
        raise MalformedItem("field 'account' must be an object")
    spoiler = item.get("spoiler_text") if isinstance(item.get("spoiler_text"), str) else ""
    text = html_to_text(content)
    if spoiler.strip():
        text = f"{spoiler.strip()}\n\n{text}" if text else spoiler.strip()
    url = item.get("url") if isinstance(item.get("url"), str) and item.get("url") else uri
    lang = item.get("language") if isinstance(item.get("language"), str) else None
    raw: dict[str, Any] = {"status": item}
    if boosted_by is not None:
        raw["boosted_by"] = boosted_by
    return Post(
        platform="mastodon", external_id=uri, text=text, author=_author(account), created_at=created, url=url,
        parent_id=_parent(item), lang=lang[:16] if lang else None, metrics=_metrics(item), raw=raw,
        version=_version(item.get("edited_at")),
    )


def status_id(status: Any) -> str | None:
    """The server's id of a (possibly malformed) status, for rejected items and pagination."""
    if isinstance(status, dict) and isinstance(status.get("id"), (str, int)) and not isinstance(status.get("id"), bool):
        return str(status["id"])
    return None


def _version(edited_at: Any) -> str | None:
    if edited_at is None:
        return None
    moment: datetime = utc_from_iso(edited_at, "edited_at")
    return f"{int(moment.timestamp() * 1000):015d}"


def _parent(item: dict[str, Any]) -> str | None:
    parent = item.get("in_reply_to_id")
    return str(parent) if isinstance(parent, (str, int)) and not isinstance(parent, bool) else None


def _metrics(item: dict[str, Any]) -> dict[str, Any]:
    names = ("replies_count", "reblogs_count", "favourites_count")
    return {n: item[n] for n in names if isinstance(item.get(n), int) and not isinstance(item.get(n), bool)}


def _author(account: dict[str, Any]) -> Author:
    def text(field: str) -> str | None:
        value = account.get(field)
        return value if isinstance(value, str) and value else None

    note = text("note")
    followers = account.get("followers_count")
    handle = full_handle(account)
    return Author(
        id=handle, handle=handle, display_name=text("display_name"),
        description=html_to_text(note) if note else None,
        followers=followers if isinstance(followers, int) and not isinstance(followers, bool) else None,
    )


def full_handle(account: dict[str, Any]) -> str | None:
    """user@domain for any account, local or remote."""
    acct = account.get("acct") if isinstance(account.get("acct"), str) else account.get("username")
    if not isinstance(acct, str) or not acct:
        return None
    if "@" in acct:
        return acct
    url = account.get("url")
    host = urlsplit(url).hostname if isinstance(url, str) else None
    return f"{acct}@{host}" if host else acct
