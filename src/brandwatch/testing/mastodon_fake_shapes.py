"""Facts about Mastodon's API the fake needs: ids, timestamps, status HTML, instance metadata.

Shapes follow the Mastodon API documentation (Status, Account, Instance entities; timelines, accounts
and search methods), written here from it.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone
from typing import Any

DOMAIN = "fake.mastodon.example"  # fixed, so uris are the same in every process whatever the port
VERSION = "4.3.2"

_LINK = re.compile(r"https?://[^\s<>\"]+")
_TAG = re.compile(r"(?<![\w/])#(\w*[^\W\d_]\w*)")
_MENTION = re.compile(r"(?<![\w/])@(\w+)(?:@([\w.-]+\w))?")


def status_id(created: float, sequence: int) -> int:
    """Mastodon's ids: milliseconds since 1970 in the high bits, a sequence in the low 16."""
    return (int(created * 1000) << 16) | (sequence & 0xFFFF)


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def hashtags(text: str) -> list[str]:
    return sorted({t.casefold() for t in _TAG.findall(text)})


def status_html(text: str) -> str:
    """Plain text as Mastodon renders it: <p> per paragraph, <br /> per line, links split into
    invisible and ellipsis spans, hashtags and mentions as links; everything else HTML-escaped."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{'<br />'.join(_line(line) for line in p.split(chr(10)))}</p>" for p in paragraphs)


def _line(line: str) -> str:
    out, position = [], 0
    pattern = re.compile(f"{_LINK.pattern}|{_TAG.pattern}|{_MENTION.pattern}")
    for match in pattern.finditer(line):
        out.append(html.escape(line[position:match.start()]))
        out.append(_entity(match.group(0)))
        position = match.end()
    out.append(html.escape(line[position:]))
    return "".join(out)


def _entity(token: str) -> str:
    if token.startswith("#"):
        tag = token[1:]
        return (f'<a href="https://{DOMAIN}/tags/{html.escape(tag.casefold())}" class="mention hashtag" '
                f'rel="tag">#<span>{html.escape(tag)}</span></a>')
    if token.startswith("@"):
        user, _, domain = token[1:].partition("@")
        return (f'<span class="h-card" translate="no"><a href="https://{domain or DOMAIN}/@{html.escape(user)}" '
                f'class="u-url mention">@<span>{html.escape(user)}</span></a></span>')
    scheme, _, rest = token.partition("://")
    shown, hidden = rest[:30], rest[30:]
    return (f'<a href="{html.escape(token)}" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
            f'<span class="invisible">{html.escape(scheme)}://</span>'
            f'<span class="{"ellipsis" if hidden else ""}">{html.escape(shown)}</span>'
            f'<span class="invisible">{html.escape(hidden)}</span></a>')


def instance_v1(url: str) -> dict[str, Any]:
    return {"uri": DOMAIN, "title": "Fake Mastodon", "short_description": "a local stand-in", "description": "",
            "email": "admin@" + DOMAIN, "version": VERSION, "urls": {"streaming_api": url.replace("http", "ws")},
            "stats": {"user_count": 10, "status_count": 100, "domain_count": 1}, "languages": ["en"],
            "registrations": False, "approval_required": False, "invites_enabled": False,
            "configuration": {"statuses": {"max_characters": 500, "characters_reserved_per_url": 23}},
            "contact_account": None, "rules": []}


def instance_v2(url: str) -> dict[str, Any]:
    public = {"local": "public", "remote": "public"}
    return {"domain": DOMAIN, "title": "Fake Mastodon", "version": VERSION, "source_url": "",
            "description": "a local stand-in", "usage": {"users": {"active_month": 10}}, "languages": ["en"],
            "api_versions": {"mastodon": 2},
            "configuration": {"urls": {"streaming": url.replace("http", "ws")},
                              "accounts": {"max_featured_tags": 10},
                              "statuses": {"max_characters": 500, "max_media_attachments": 4,
                                           "characters_reserved_per_url": 23},
                              "timelines_access": {"live_feeds": public, "hashtag_feeds": public,
                                                   "trending_link_feeds": public}},
            "registrations": {"enabled": False, "approval_required": False, "message": None},
            "contact": {"email": "admin@" + DOMAIN, "account": None}, "rules": []}
