"""Who a post is aimed at: the configured brand, another account, or nobody in particular."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from brandwatch.config import Brand, Competitor, Settings
from brandwatch.detectors.post_facts import compiled
from brandwatch.queries.facts import PostFacts

_HANDLE = re.compile(r"(?<![\w@])@(\w{1,50})")


def _short_product_names(settings: Settings) -> list[str]:
    """"Acme Rocket" is "the Rocket" to its owners: a product named after the brand is also known
    by the rest of its name (kept only when it is at least 4 characters long)."""
    short = []
    for brand in settings.brands:
        makers = [n.casefold() for n in (brand.name, *brand.aliases)]
        for product in brand.products:
            lowered = product.strip().casefold()
            for maker in makers:
                rest = lowered[len(maker):].strip() if lowered.startswith(maker + " ") else ""
                if len(rest) >= 4:
                    short.append(rest)
    return short


def _product_words(settings: Settings) -> frozenset[str]:
    """Single words of the product names that are not the brand's own name ("RoadRunner Trap" ->
    "roadrunner", "trap"): what owners call a product when the brand goes unsaid."""
    makers = {w for brand in settings.brands for n in (brand.name, *brand.aliases) for w in n.casefold().split()}
    return frozenset(w for brand in settings.brands for product in brand.products
                     for w in re.findall(r"[\w'-]+", product.casefold()) if len(w) >= 4 and w not in makers)


@dataclass(frozen=True)
class BrandTerms:
    """The brand's names and handles, matched whole-word on `reading.plain_lower` text."""

    names: tuple[str, ...]
    handles: frozenset[str]
    product_words: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, settings: Settings) -> "BrandTerms":
        names = [t.strip().casefold() for t in settings.brand_terms if t.strip()]
        handles = frozenset(h.strip().lstrip("@").casefold() for b in settings.brands
                            for hs in b.handles.values() for h in hs if h.strip())
        return cls(tuple(dict.fromkeys(names + _short_product_names(settings))), handles,
                   _product_words(settings))

    @property
    def configured(self) -> bool:
        return bool(self.names or self.handles)

    def __post_init__(self) -> None:
        terms = sorted({*self.names, *self.handles}, key=len, reverse=True)
        pattern = (r"(?<!\w)@?(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)") if terms else None
        object.__setattr__(self, "_pattern", re.compile(pattern) if pattern else None)
        # A hashtag that starts with a name ("#acmefail", "#AcmeNeverAgain") names the brand too.
        names = "|".join(re.escape(t.replace(" ", "")) for t in terms)
        object.__setattr__(self, "_hashtag", re.compile(rf"(?<![\w#])#(?:{names})\w") if terms else None)
        words = "|".join(re.escape(w) for w in sorted(self.product_words, key=len, reverse=True))
        object.__setattr__(self, "_nickname", re.compile(rf"(?<![\w@])(?:{words})s?(?!\w)") if words else None)
        # Every match of either pattern holds one of these as written; `in` finds them far faster than
        # the patterns' look-behinds let `re` search, and most strings hold none.
        object.__setattr__(self, "_needles", tuple({*terms, *(t.replace(" ", "") for t in terms)}))

    def nicknamed(self, lowered: str) -> bool:
        """A word of a product name appears without the brand ("the trap", "my rocket")."""
        pattern = self._nickname  # type: ignore[attr-defined]
        return bool(pattern and pattern.search(lowered))

    def spans(self, lowered: str) -> list[tuple[int, int]]:
        """Where the brand is named in `lowered` (offsets into it)."""
        pattern = self._pattern  # type: ignore[attr-defined]
        return [m.span() for m in pattern.finditer(lowered)] if pattern else []

    def mentioned(self, lowered: str) -> bool:
        pattern, hashtag = self._pattern, self._hashtag  # type: ignore[attr-defined]
        if pattern is None or not any(needle in lowered for needle in self._needles):  # type: ignore[attr-defined]
            return False
        return bool(pattern.search(lowered) or hashtag.search(lowered))

    def addressed_handles(self, lowered: str) -> tuple[list[str], list[str]]:
        """(@-handles of the brand, other @-handles) in the post."""
        ours: list[str] = []
        others: list[str] = []
        for handle in _HANDLE.findall(lowered):
            (ours if handle in self.handles or handle in self.names else others).append(handle)
        return ours, others


def brand_of(brands: Sequence[Brand], text: str | None, facts: PostFacts | None = None) -> str | None:
    """The first configured brand the post concerns (see `brands_of`)."""
    found = brands_of(brands, text, facts)
    return found[0] if found else None


def brands_of(brands: Sequence[Brand], text: str | None, facts: PostFacts | None = None) -> list[str]:
    """Every configured brand the post concerns, in config order: for a brand with a `query`, the query
    decides (with `facts` it can read the post's fields; text alone, fields are unknown and do not hold);
    for one without, any of its names, products or handles in the text."""
    if not text:
        return []
    folded = text.casefold()
    found = []
    for brand in brands:
        if brand.query is not None:
            if compiled(brand.query).matches(facts if facts is not None else PostFacts(text)):
                found.append(brand.name)
        elif any(term.casefold() in folded for term in brand.terms if term):
            found.append(brand.name)
    return found


@dataclass(frozen=True)
class CompetitorTerms:
    """One competitor as the pipeline reads it: which posts concern it, and its names for the
    complaint detector (a grievance counts for the company it is aimed at)."""

    name: str
    query: str | None
    terms: BrandTerms

    @classmethod
    def from_settings(cls, competitor: Competitor) -> "CompetitorTerms":
        names = tuple(dict.fromkeys(t.strip().casefold() for t in competitor.terms if t.strip()))
        return cls(competitor.name, competitor.query, BrandTerms(names, frozenset()))

    def concerns(self, lowered: str, facts: PostFacts) -> bool:
        """Its query decides; without one, a name of it as a whole word (as the collectors' name filter)."""
        if self.query is not None:
            return compiled(self.query).matches(facts)
        return self.terms.mentioned(lowered)
