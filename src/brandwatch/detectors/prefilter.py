"""Skips regular expressions that cannot match: one keyword pass over a text tells which of many
patterns contain a piece of literal text found in it.

For each pattern, `necessary_literals` reads the compiled expression's parse tree and derives a set of
strings such that every match contains at least one of them (for `\\b(?:my|our) (?:order|refund)`,
the six strings "my order", "my refund", ...). A pattern none of whose strings occurs in the text
has no match there, so the gate answers exactly what the full search would, for far less work. A
pattern with no such set (one that can match with no fixed text, like `[A-Z]{4,}`) is always run.
"""

from __future__ import annotations

import re
from itertools import product
from typing import Iterable, Mapping

import ahocorasick

from re import _constants as sre, _parser as sre_parse  # type: ignore[attr-defined]

# Beyond this many alternatives a literal set is dropped: a smaller, shorter set is kept instead.
MAX_STRINGS = 512
# A character class of up to this many characters counts as alternatives ("[$£€]").
MAX_CLASS_CHARS = 16
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_CASE_FLAGS = sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_LOCALE


class _Shape:
    """What a piece of a pattern is known to match: `exact`, every string it can match (when few);
    `required`, strings at least one of which every match contains (None: nothing is known)."""

    __slots__ = ("exact", "required")

    def __init__(self, exact: frozenset[str] | None, required: frozenset[str] | None):
        self.exact, self.required = exact, required


_UNKNOWN = _Shape(None, None)
_EMPTY = _Shape(frozenset({""}), None)


def necessary_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None when there are none to rely on."""
    if pattern.flags & _CASE_FLAGS or not isinstance(pattern.pattern, str):
        return None
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags)).required


def _sequence(items) -> _Shape:
    candidates: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset({""})  # the fixed strings the items so far spell together
    all_exact = True
    for op, arg in items:
        shape = _item(op, arg)
        if shape.exact is None:
            all_exact = False
            _keep(candidates, run)
            _keep(candidates, shape.required)
            run = frozenset({""})
            continue
        joined = _join(run, shape.exact)
        if joined is None:  # too many combinations: keep what was spelled so far, start again here
            all_exact = False
            _keep(candidates, run)
            joined = shape.exact
        run = joined
    _keep(candidates, run)
    best = max(candidates, key=_selectivity, default=None)
    return _Shape(run if all_exact else None, best)


def _item(op, arg) -> _Shape:
    if op is sre.LITERAL:
        return _Shape(frozenset({chr(arg)}), None)
    if op in _ZERO_WIDTH:
        return _EMPTY
    if op is sre.IN:
        return _char_class(arg)
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = arg
        return _UNKNOWN if add_flags & _CASE_FLAGS else _sequence(body)
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg)
    if op is sre.BRANCH:
        return _branch([_sequence(alternative) for alternative in arg[1]])
    if op in _REPEATS:
        return _repeat(*arg)
    return _UNKNOWN


def _char_class(members) -> _Shape:
    chars: set[str] = set()
    for op, arg in members:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < MAX_CLASS_CHARS:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:  # negated classes, categories (\d, \w), wide ranges
            return _UNKNOWN
    if len(chars) > MAX_CLASS_CHARS:
        return _UNKNOWN
    return _Shape(frozenset(chars), frozenset(chars))


def _branch(alternatives: list[_Shape]) -> _Shape:
    return _Shape(_union([a.exact for a in alternatives]), _union([_required_of(a) for a in alternatives]))


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    """All the alternatives' strings, unless one alternative has none to offer or they are too many."""
    union: set[str] = set()
    for strings in sets:
        if strings is None:
            return None
        union.update(strings)
    return frozenset(union) if len(union) <= MAX_STRINGS else None


def _repeat(low: int, high: int, body) -> _Shape:
    shape = _sequence(body)
    if shape.exact is not None and high <= 3:
        exact: frozenset[str] | None = frozenset({""})
        for _ in range(low):
            exact = _join(exact, shape.exact)
            if exact is None:
                break
        if exact is not None:  # optional further copies: each string may stop after any of them
            grown: frozenset[str] | None = exact
            options = exact
            for _ in range(high - low):
                grown = _join(grown, shape.exact)
                if grown is None:
                    break
                options = options | grown
            else:
                return _Shape(options if len(options) <= MAX_STRINGS else None,
                              _required_of(shape) if low >= 1 else None)
    return _Shape(None, _required_of(shape) if low >= 1 else None)


def _required_of(shape: _Shape) -> frozenset[str] | None:
    """The strings a piece needs: its own exact strings when that is the better set."""
    candidates: list[frozenset[str]] = []
    _keep(candidates, shape.exact)
    _keep(candidates, shape.required)
    return max(candidates, key=_selectivity, default=None)


def _join(left: frozenset[str] | None, right: frozenset[str]) -> frozenset[str] | None:
    if left is None or len(left) * len(right) > MAX_STRINGS:
        return None
    return frozenset(a + b for a, b in product(left, right))


def _keep(candidates: list[frozenset[str]], strings: frozenset[str] | None) -> None:
    """A set is worth keeping when none of its strings is empty (the empty string is in every text)."""
    if strings and "" not in strings:
        candidates.append(strings)


def _selectivity(strings: frozenset[str]) -> tuple[int, int]:
    """Longer shortest string first (rarer in text), then fewer strings."""
    return min(map(len, strings)), -len(strings)


class PatternGate:
    """One Aho-Corasick pass over a text answers, for each named pattern, whether it may match."""

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]):
        self.bits: dict[str, int] = {}
        self.always = 0  # patterns with no literal to look for: always "may match"
        owners: dict[str, int] = {}
        for index, (name, pattern) in enumerate(patterns.items()):
            bit = 1 << index
            self.bits[name] = bit
            literals = necessary_literals(pattern)
            if literals is None:
                self.always |= bit
                continue
            for literal in literals:
                owners[literal] = owners.get(literal, 0) | bit
        self._automaton = ahocorasick.Automaton()
        for literal, bits in owners.items():
            self._automaton.add_word(literal, bits)
        self._empty = not owners
        if not self._empty:
            self._automaton.make_automaton()

    def possible(self, text: str) -> int:
        """The bits of the patterns that may match `text` (see `bits`)."""
        found = self.always
        if not self._empty:
            for _end, bits in self._automaton.iter(text):
                found |= bits
        return found

    def literals(self) -> Iterable[str]:
        return self._automaton.keys() if not self._empty else ()
