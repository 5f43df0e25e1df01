"""X API v2 tweets (JSON as the API sent it) turned into Mentions.

What X sends and how it is read (X's v2 documentation):
- `text` is HTML-escaped (`&amp;`, `&lt;`, `&gt;`) and, for a post over 280 characters, cut short;
  the whole post is in `note_tweet.text`. The whole text is unescaped exactly once, so "AT&amp;T"
  is stored as "AT&T" and a post that really says "&amp;" keeps it.
- An edit is a new post id; `edit_history_tweet_ids` lists every version, oldest first. The
  mention is keyed by the first version's id and carries the latest as its `version`.
- A retweet (`referenced_tweets` type `retweeted`) repeats someone else's post: it is not a mention.
- A quote keeps its own text; the quoted post's id and link go in `raw["quoted"]`.
"""

from __future__ import annotations

import html
from typing import Any

from brandwatch.collectors.common import MalformedItem, required_str, utc_from_iso
from brandwatch.model.post import Author, Post


class Retweet(Exception):
    """The item is a retweet: it counts for the original's reach and is not stored on its own."""

    def __init__(self, original_id: str):
        super().__init__(original_id)
        self.original_id = original_id


def users_by_id(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    includes = payload.get("includes") if isinstance(payload.get("includes"), dict) else {}
    users = includes.get("users") if isinstance(includes.get("users"), list) else []
    return {u["id"]: u for u in users if isinstance(u, dict) and isinstance(u.get("id"), str)}


def tweets_by_id(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The referenced posts X expanded into `includes.tweets` (quoted and retweeted originals)."""
    includes = payload.get("includes") if isinstance(payload.get("includes"), dict) else {}
    tweets = includes.get("tweets") if isinstance(includes.get("tweets"), list) else []
    return {t["id"]: t for t in tweets if isinstance(t, dict) and isinstance(t.get("id"), str)}


def full_text(tweet: dict[str, Any]) -> str:
    """The whole post, HTML entities decoded once: note_tweet for long posts, else text."""
    note = tweet.get("note_tweet")
    text = note.get("text") if isinstance(note, dict) and isinstance(note.get("text"), str) else tweet.get("text")
    if not isinstance(text, str):
        raise MalformedItem("field 'text' must be a string")
    return html.unescape(text)


def first_version(tweet: dict[str, Any], tweet_id: str) -> str:
    history = tweet.get("edit_history_tweet_ids")
    if isinstance(history, list) and history and all(isinstance(h, str) and h.isdigit() for h in history):
        return min(history, key=int)
    return tweet_id


def mention_from_tweet(tweet: Any, users: dict[str, dict[str, Any]],
                       referenced: dict[str, dict[str, Any]] | None = None) -> Post:
    if not isinstance(tweet, dict):
        raise MalformedItem("a tweet must be a JSON object")
    tweet_id = required_str(tweet, "id")
    if not tweet_id.isdigit():
        raise MalformedItem(f"field 'id' must be digits, got {tweet_id[:40]!r}")
    retweeted = _reference(tweet, "retweeted")
    if retweeted is not None:
        raise Retweet(retweeted)
    text = full_text(tweet)
    created = utc_from_iso(tweet.get("created_at"), "created_at")
    user = users.get(tweet.get("author_id")) or {}
    handle = user.get("username") if isinstance(user.get("username"), str) else None
    metrics = tweet.get("public_metrics") if isinstance(tweet.get("public_metrics"), dict) else {}
    lang = tweet.get("lang") if isinstance(tweet.get("lang"), str) else None
    raw: dict[str, Any] = {"tweet": tweet, "author": user or None}
    quoted = _reference(tweet, "quoted")
    if quoted is not None:
        raw["quoted"] = _quoted(quoted, referenced or {}, users)
    return Post(
        platform="x", external_id=first_version(tweet, tweet_id), text=text, author=_author(tweet, user),
        created_at=created, url=status_url(handle, tweet_id), parent_id=_reference(tweet, "replied_to"),
        lang=lang[:16] if lang else None, metrics=metrics, raw=raw, version=tweet_id,
    )


def status_url(handle: str | None, tweet_id: str) -> str:
    return f"https://x.com/{handle or 'i/web'}/status/{tweet_id}"


def _quoted(quoted_id: str, referenced: dict[str, dict[str, Any]],
            users: dict[str, dict[str, Any]]) -> dict[str, Any]:
    original = referenced.get(quoted_id) or {}
    author = users.get(original.get("author_id")) or {}
    handle = author.get("username") if isinstance(author.get("username"), str) else None
    return {"id": quoted_id, "url": status_url(handle, quoted_id)}


def _author(tweet: dict[str, Any], user: dict[str, Any]) -> Author:
    author_id = tweet.get("author_id") if isinstance(tweet.get("author_id"), str) else None
    public = user.get("public_metrics") if isinstance(user.get("public_metrics"), dict) else {}
    followers = public.get("followers_count")
    return Author(
        id=author_id,
        handle=user.get("username") if isinstance(user.get("username"), str) else None,
        display_name=user.get("name") if isinstance(user.get("name"), str) else None,
        description=user.get("description") if isinstance(user.get("description"), str) else None,
        followers=followers if isinstance(followers, int) and not isinstance(followers, bool) else None,
    )


def _reference(tweet: dict[str, Any], kind: str) -> str | None:
    references = tweet.get("referenced_tweets")
    if not isinstance(references, list):
        return None
    for ref in references:
        if isinstance(ref, dict) and ref.get("type") == kind and isinstance(ref.get("id"), str):
            return ref["id"]
    return None
