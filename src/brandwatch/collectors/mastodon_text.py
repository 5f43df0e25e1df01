"""Mastodon's HTML status content as plain text, and the length Mastodon gives a reply.

A status's `content` is sanitised HTML: paragraphs (`<p>`), line breaks (`<br>`), links (`<a>`)
whose text is the URL split into spans (the `invisible` ones hold the scheme and the tail past the
ellipsis), mentions (`<span class="h-card"><a>@<span>user</span></a></span>`) and hashtags
(`<a class="hashtag">#<span>tag</span></a>`). The stdlib parser decodes each entity exactly once
as it reads character data, so "&amp;lt;" becomes the literal text "&lt;" and stays that way.
Invisible spans are kept: together with the visible ones they give the whole URL, which the
detectors need (an affiliate tag or a token sits in the part Mastodon hides).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

MASTODON_LIMIT = 500
URL_WEIGHT = 23  # Mastodon counts every link as this many characters, whatever its length

_BLOCKS = {"p", "blockquote", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}
_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]'’]", re.IGNORECASE)
# @user@domain: Mastodon counts only the @user part, so remote mentions cost no more than local ones.
_REMOTE_MENTION = re.compile(r"(?<![\w@])(@\w+(?:[.-]\w+)*)@[\w-]+(?:\.[\w-]+)+", re.UNICODE)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.blocks[-1].append("\n")
        elif tag in _BLOCKS:
            self._new_block()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._new_block()

    def handle_data(self, data: str) -> None:
        self.blocks[-1].append(data)

    def _new_block(self) -> None:
        if self.blocks[-1]:
            self.blocks.append([])

    def text(self) -> str:
        paragraphs = ("".join(parts).strip(" \t\r\n") for parts in self.blocks)
        return "\n\n".join(p for p in paragraphs if p)


def html_to_text(content: str) -> str:
    """The status's text: paragraphs split by a blank line, `<br>` as a newline, entities decoded once."""
    parser = _TextCollector()
    parser.feed(content)
    parser.close()
    return parser.text()


def mastodon_length(text: str) -> int:
    """Mastodon's count of a status: URLs as 23 characters, `@user@domain` as `@user`.

    Counted in code points; Mastodon counts grapheme clusters, so an emoji sequence is over-counted
    here, never under-counted: a reply that fits by this count fits on Mastodon.
    """
    text = _REMOTE_MENTION.sub(r"\1", text)
    total, position = 0, 0
    for url in _URL.finditer(text):
        total += len(text[position:url.start()]) + URL_WEIGHT
        position = url.end()
    return total + len(text[position:])
