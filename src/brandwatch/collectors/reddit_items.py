"""Reddit submissions and comments (as praw parsed them) turned into Mentions.

Values are read from the object's own fields, never through praw's attribute access: for a field
the listing lacked, praw would fetch the whole item again, one request per malformed item.
"""

from __future__ import annotations

from typing import Any

from brandwatch.collectors.common import MalformedItem, plain, required_str, utc_from_epoch
from brandwatch.model.post import Author, Post

REDDIT = "https://www.reddit.com"
GONE = ("[deleted]", "[removed]")  # what Reddit leaves of a body its author deleted or moderators removed


class GoneItem(Exception):
    """A comment whose body was deleted or removed: nothing is left to store (and nothing is malformed)."""


def raw_payload(item: Any) -> dict[str, Any]:
    if isinstance(item, dict):
        return plain(item)
    return {key: plain(value) for key, value in vars(item).items() if not key.startswith("_")}


def item_kind(item: Any) -> str:
    """t3 for submissions, t1 for comments, from the fullname prefix praw keeps in `name`."""
    name = vars(item).get("name") if not isinstance(item, dict) else item.get("name")
    if isinstance(name, str) and name[:3] in ("t1_", "t3_"):
        return name[:2]
    kind = type(item).__name__
    return {"Submission": "t3", "Comment": "t1"}.get(kind, "")


def mention_from_item(item: Any) -> Post:
    raw = raw_payload(item)
    kind = item_kind(item)
    if kind not in ("t1", "t3"):
        raise MalformedItem(f"not a submission or comment ({type(item).__name__})")
    item_id = required_str(raw, "id")
    created = utc_from_epoch(raw.get("created_utc"), "created_utc")
    if kind == "t3":
        title = required_str(raw, "title")
        body = raw.get("selftext") or ""
        if not isinstance(body, str):
            raise MalformedItem("field 'selftext' must be a string")
        body = "" if body.strip() in GONE else body  # the title is still public; the body is gone
        text = f"{title}\n\n{body}" if body else title
        metrics = _pick(raw, "score", "num_comments", "upvote_ratio")
        parent = None
    else:
        text = raw.get("body")
        if not isinstance(text, str):
            raise MalformedItem("field 'body' must be a string")
        if text.strip() in GONE:
            raise GoneItem(f"t1_{item_id}")
        metrics = _pick(raw, "score")
        parent = raw.get("parent_id") if isinstance(raw.get("parent_id"), str) else None
    permalink = raw.get("permalink")
    return Post(
        platform="reddit", external_id=f"{kind}_{item_id}", text=text, author=_author(raw),
        created_at=created, url=REDDIT + permalink if isinstance(permalink, str) else None,
        parent_id=parent, lang=None, metrics=metrics, raw=raw, version=_edited(raw),
    )


def _edited(raw: dict[str, Any]) -> str | None:
    """Reddit keeps the id of an edited post and sets `edited` to the edit's time: that is its version."""
    edited = raw.get("edited")
    if isinstance(edited, bool) or not isinstance(edited, (int, float)):
        return None
    return f"{int(edited):012d}"  # zero-padded digits, so versions compare in time order


def _author(raw: dict[str, Any]) -> Author:
    name = raw.get("author")
    handle = name if isinstance(name, str) and name not in ("", "None", *GONE) else None
    fullname = raw.get("author_fullname")  # absent for deleted accounts
    return Author(id=fullname if isinstance(fullname, str) and fullname else None, handle=handle,
                  display_name=handle)


def _pick(raw: dict[str, Any], *names: str) -> dict[str, Any]:
    return {n: raw[n] for n in names if isinstance(raw.get(n), (int, float)) and not isinstance(raw[n], bool)}
