"""What a query can ask about a post, read once: its words (with their places) and its fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Union

from brandwatch.query_syntax.words import WORD, fold, normal

Lang = Union[str, None, Callable[[], Union[str, None]]]


@dataclass(frozen=True, slots=True)
class PostFacts:
    """The post as a query sees it. `lang` may be a function, so language detection runs only for a
    query that asks `lang:` and gets that far."""

    text: str
    platform: str | None = None
    author: str | None = None
    subreddit: str | None = None
    lang: Lang = None


class Reading:
    """A post cut into words once: word -> its places (0-based word numbers), folded; with `keep_case`
    (a query with case-sensitive words) the original-case words too, cut at the same places."""

    __slots__ = ("facts", "words", "tokens", "cased", "_lang", "_lang_known")

    def __init__(self, facts: PostFacts, keep_case: bool = False):
        self.facts = facts
        self.cased: dict[str, list[int]] = {}
        if keep_case:
            originals = WORD.findall(normal(facts.text))
            self.tokens: list[str] = [fold(t) for t in originals]
            self.cased = _places(originals)
        else:
            self.tokens = WORD.findall(fold(facts.text))
        self.words = _places(self.tokens)
        self._lang_known = False
        self._lang: str | None = None

    @property
    def lang(self) -> str | None:
        if not self._lang_known:
            value = self.facts.lang
            self._lang = value() if callable(value) else value
            self._lang_known = True
        return self._lang


def _places(tokens: list[str]) -> dict[str, list[int]]:
    places: dict[str, list[int]] = {}
    tagged = False
    for i, token in enumerate(tokens):
        found = places.get(token)
        if found is None:
            places[token] = [i]
        else:
            found.append(i)
        if token[0] in "#@":
            tagged = True
    if tagged:
        # A plain word matches its hashtag and handle too: "acme" finds "#acme" and "@acme".
        for token in [t for t in places if t[0] in "#@"]:
            bare = places.setdefault(token[1:], [])
            bare.extend(places[token])
            bare.sort()
    return places
