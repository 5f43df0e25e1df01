"""The condition tree of a rule: leaves that find text, leaves that filter what was found, and
`any` / `all` / `not` blocks. Conditions are frozen data built by the loader; nothing is evaluated
from rule text except RE2 patterns, which run in linear time.

A finding condition yields spans `(start, end, info)` in the coordinates of the normalised text,
lazily: the engine stops after MAX_HITS_PER_RULE kept hits, and existence checks (`not`, the other
parts of an `all`) stop at the first span. Look-alikes that a filter rejects never count towards
the cap, so 200 card-shaped order numbers cannot hide the real card after them. `info` records why
(phrase, regex, validator result) and ends up in the hit's explanation.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import Any, Callable, Iterator, Union

from brandwatch.rules.scan import Scan
from brandwatch.rules.scopes import REPEATS, Exceptions, Scope

Found = tuple[int, int, dict]

# A regex that matches everywhere in a 100 KB post must not turn one post into 10,000 hits.
MAX_HITS_PER_RULE = 200


@dataclass(frozen=True)
class Phrase:
    phrases: tuple[str, ...]  # casefolded, templates expanded

    def find(self, scan: Scan) -> Iterator[Found]:
        # The scan's own table, looked up directly: a rule lists dozens of phrases and a post holds
        # few of them, so the look-ups are most of this loop.
        seen = scan.phrases
        for phrase in self.phrases:
            if phrase in seen:
                for start, end in seen[phrase]:
                    yield start, end, {"phrase": phrase}


@dataclass(frozen=True)
class Regex:
    pattern: str  # as written in the rule file, templates expanded
    compiled: Any  # re2 regexp over UTF-8 bytes; None when a template expanded to nothing
    group: int  # the captured value: group 1 when the pattern has groups, or `secret_group`

    def find(self, scan: Scan) -> Iterator[Found]:
        if self.compiled is None:
            return
        norm = scan.norm
        for match in self.compiled.finditer(norm.encoded):
            start, end = match.span(self.group)
            if start >= 0:
                yield norm.char_offset(start), norm.char_offset(end), {"regex": self.pattern}


@dataclass(frozen=True)
class Near:
    first: tuple[str, ...]
    second: tuple[str, ...]
    within: int  # at most this many words between the two terms

    def find(self, scan: Scan) -> Iterator[Found]:
        seen = scan.phrases
        firsts = [(s, e) for p in self.first if p in seen for s, e in seen[p]]
        if not firsts:
            return
        seconds = sorted((scan.words_before(s), s, e) for p in self.second if p in seen for s, e in seen[p])
        if not seconds:
            return
        # Words a second term can span, so the window below never misses a pair.
        longest = max(scan.words_before(e) - ws for ws, _, e in seconds)
        starts = [ws for ws, _, _ in seconds]
        for a_start, a_end in firsts:
            low = scan.words_before(a_start) - self.within - longest - 1
            high = scan.words_before(a_end) + self.within
            # Only second terms whose word position is near the first term: linear, not quadratic,
            # on a hostile post that repeats both terms thousands of times.
            for _, b_start, b_end in seconds[bisect_left(starts, low):bisect_right(starts, high)]:
                (_, first_end), (second_start, _) = sorted([(a_start, a_end), (b_start, b_end)])
                gap = scan.words_before(second_start) - scan.words_before(first_end)
                if gap <= self.within and (a_start, a_end) != (b_start, b_end):
                    yield (min(a_start, b_start), max(a_end, b_end),
                           {"near": [scan.norm.text[a_start:a_end], scan.norm.text[b_start:b_end]]})


@dataclass(frozen=True)
class Entropy:
    minimum: float  # bits per character

    def keep(self, scan: Scan, found: Found) -> Found | None:
        value = scan.norm.text[found[0]:found[1]]
        bits = shannon_entropy(value)
        if bits < self.minimum:
            return None
        return found[0], found[1], {**found[2], "entropy": round(bits, 2)}


@dataclass(frozen=True)
class Validate:
    name: str
    check: Callable[[str], bool]

    def keep(self, scan: Scan, found: Found) -> Found | None:
        if not self.check(scan.norm.text[found[0]:found[1]]):
            return None
        return found[0], found[1], {**found[2], "validator": self.name}


@dataclass(frozen=True)
class Not:
    condition: "Condition"
    scope: Scope | None = None  # None: the whole post (rules/scopes.py)

    def holds(self, scan: Scan) -> bool:
        return not finds_any(self.condition, scan)

    def exceptions(self, scan: Scan) -> Exceptions:
        words_from = scan.norm.text if self.scope is not None and self.scope.kind == REPEATS else None
        return Exceptions(((start, end) for start, end, _ in self.condition.find(scan)), words_from)


@dataclass(frozen=True)
class Any_:
    conditions: tuple["Condition", ...]

    def find(self, scan: Scan) -> Iterator[Found]:
        return chain.from_iterable(condition.find(scan) for condition in self.conditions)


@dataclass(frozen=True)
class All:
    """Every part must hold; the first finding part supplies the spans, filters narrow them."""

    finders: tuple["Condition", ...]
    filters: tuple[Union[Entropy, Validate], ...] = ()
    negations: tuple[Not, ...] = ()

    def find(self, scan: Scan) -> Iterator[Found]:
        primary = iter(self.finders[0].find(scan))
        first = next(primary, None)
        if first is None:  # the common case: skip the other parts entirely
            return
        if not all(finds_any(other, scan) for other in self.finders[1:]):
            return
        if not all(negation.holds(scan) for negation in self.negations if negation.scope is None):
            return
        scoped = [negation for negation in self.negations if negation.scope is not None]
        found: dict[int, Exceptions] = {}  # per scoped `not`, built when a hit first needs it
        for item in chain((first,), primary):
            for condition in self.filters:
                kept = condition.keep(scan, item)
                if kept is None:
                    break
                item = kept
            else:
                if not scoped or not _excused(item, scoped, found, scan):
                    yield item


Condition = Union[Phrase, Regex, Near, Any_, All]


def _excused(item: Found, scoped: list[Not], found: dict[int, Exceptions], scan: Scan) -> bool:
    """Whether a scoped `not` finds its exception in the hit's own sentence, line or word window (or,
    for `repeats`, the hit's words written the same way inside an exception anywhere)."""
    for index, negation in enumerate(scoped):
        assert negation.scope is not None
        if index not in found:
            found[index] = negation.exceptions(scan)
        if negation.scope.excuses(scan, found[index], item[0], item[1]):
            return True
    return False


def finds_any(condition: Condition, scan: Scan) -> bool:
    """Whether the condition finds at least one span; stops at the first."""
    return next(iter(condition.find(scan)), None) is not None


def shannon_entropy(value: str) -> float:
    if not value:
        return 0.0
    length = len(value)
    return -sum(n / length * math.log2(n / length) for n in Counter(value).values())


def phrases_in(condition: Any) -> set[str]:
    """Every folded phrase a condition tree looks for, to put into the automaton."""
    if isinstance(condition, Phrase):
        return set(condition.phrases)
    if isinstance(condition, Near):
        return set(condition.first) | set(condition.second)
    if isinstance(condition, Not):
        return phrases_in(condition.condition)
    if isinstance(condition, Any_):
        return set().union(*(phrases_in(c) for c in condition.conditions))
    if isinstance(condition, All):
        parts = [*condition.finders, *condition.negations]
        return set().union(*(phrases_in(c) for c in parts))
    return set()


def triggers(condition: Any) -> frozenset[str] | None:
    """Phrases of which at least one must be present for the condition to find anything.

    None: no such set (a regex can match anywhere), so the rule runs on every post unless it has
    keywords. This lets phrase rules skip posts without the automaton having seen their words.
    """
    if isinstance(condition, Phrase):
        return frozenset(condition.phrases)
    if isinstance(condition, Near):
        return frozenset(condition.first)
    if isinstance(condition, Any_):
        parts = [triggers(c) for c in condition.conditions]
        return None if any(p is None for p in parts) else frozenset().union(*(p for p in parts if p is not None))
    if isinstance(condition, All):
        known = [t for t in (triggers(c) for c in condition.finders) if t is not None]
        return min(known, key=len) if known else None
    return None
