"""Reads served HTML as a browser would (tags and attributes) to find anything that could run script."""

from __future__ import annotations

from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "script" and not values.get("src"):
            self.problems.append("inline <script>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name in URL_ATTRIBUTES and value and value.strip().lower().startswith(("javascript:", "data:text")):
                self.problems.append(f"{name}={value!r} on <{tag}>")


def script_hazards(html: str) -> tuple[list[str], list[str]]:
    """(problems found, every tag seen) in `html`."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.problems, collector.tags
