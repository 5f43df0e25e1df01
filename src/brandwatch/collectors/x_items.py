"""X API v2 tweets (JSON as the API sent it) turned into Mentions."""

from __future__ import annotations

from typing import Any

from brandwatch.collectors.common import MalformedItem, required_str, utc_from_iso
from brandwatch.mention import Author, Mention


def users_by_id(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    includes = payload.get("includes") if isinstance(payload.get("includes"), dict) else {}
    users = includes.get("users") if isinstance(includes.get("users"), list) else []
    return {u["id"]: u for u in users if isinstance(u, dict) and isinstance(u.get("id"), str)}


def mention_from_tweet(tweet: Any, users: dict[str, dict[str, Any]]) -> Mention:
    if not isinstance(tweet, dict):
        raise MalformedItem("a tweet must be a JSON object")
    tweet_id = required_str(tweet, "id")
    if not tweet_id.isdigit():
        raise MalformedItem(f"field 'id' must be digits, got {tweet_id[:40]!r}")
    text = tweet.get("text")
    if not isinstance(text, str):
        raise MalformedItem("field 'text' must be a string")
    created = utc_from_iso(tweet.get("created_at"), "created_at")
    user = users.get(tweet.get("author_id")) or {}
    handle = user.get("username") if isinstance(user.get("username"), str) else None
    metrics = tweet.get("public_metrics") if isinstance(tweet.get("public_metrics"), dict) else {}
    lang = tweet.get("lang") if isinstance(tweet.get("lang"), str) else None
    return Mention(
        platform="x", external_id=tweet_id, text=text, author=_author(tweet, user), created_at=created,
        url=f"https://x.com/{handle or 'i/web'}/status/{tweet_id}", parent_id=_replied_to(tweet),
        lang=lang[:16] if lang else None, metrics=metrics, raw={"tweet": tweet, "author": user or None},
    )


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


def _replied_to(tweet: dict[str, Any]) -> str | None:
    references = tweet.get("referenced_tweets")
    if not isinstance(references, list):
        return None
    for ref in references:
        if isinstance(ref, dict) and ref.get("type") == "replied_to" and isinstance(ref.get("id"), str):
            return ref["id"]
    return None
