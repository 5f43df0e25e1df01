"""How far an exception reaches: `not: {..., scope: hit | sentence | line | repeats | {within: N}}`.

A `not` without a scope silences its rule in the whole post, so an exception phrase in one sentence
(a joke heading, "private and confidential" boilerplate) hid a real leak in another. A scoped `not`
excuses a hit only when an exception span touches the hit's own region: the hit itself (`hit`, for an
innocent phrase that contains the marker), its sentence, its line, or N words either side of it
inside its sentence (words counted as `near` counts them). `repeats` reads one sense per post: the
exception overlaps the hit, or holds the hit's words elsewhere, compared casefolded, except that an
exception in lower or title case never excuses a hit written in capitals ("the Kittiwake pub ... the
kittiwake has a view" is the pub twice; "KITTIWAKE ships in May" is not).

Everything here is linear in the post: sentence and line starts are found once per post with one
pass, the exception's spans once per rule, and each hit is then checked with a few binary searches.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Iterable

from brandwatch.rules.scan import Scan

HIT, SENTENCE, LINE, REPEATS, WORDS = "hit", "sentence", "line", "repeats", "words"
NAMES = ("post", HIT, SENTENCE, LINE, REPEATS)  # as written in a rule file; `{within: N}` is the word window
_WORD = re.compile(r"\w+")

# Where a new line starts: after any line break Python's splitlines() knows.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Where a new sentence starts: after a line break; after a stop (closing quotes and brackets may follow
# it: 'strictly confidential." Then') that a space, the end, or a CJK character follows (NFKC reads a
# full-width ！ as "!", and CJK text puts no space after it); after a CJK stop, which needs no space.
# A dot inside a word (acme.internal, v2.1) ends nothing, nor one closing a short abbreviation
# ("St. Louis", "e.g. the"), see _ABBREVIATION. Linear: each match is a stop, a bounded run of
# closers and a one-character look-ahead.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_SENTENCE_END = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\u3002\uff01\uff1f\uff61]"
                           r"|[.!?\u2026\u203c\u2047-\u2049][\"'\u201d\u2019)\]\u00bb]*(?=\s|$|[" + _CJK + "])")
# A dot after one of these words closes the abbreviation, not the sentence.
_ABBREVIATION = re.compile(r"(?i)(?:^|[^\w.])(?:st|mr|mrs|ms|dr|vs|etc|no|inc|ltd|co|e\.g|i\.e)$")


@dataclass(frozen=True)
class Scope:
    kind: str  # HIT | SENTENCE | LINE | REPEATS | WORDS
    words: int = 0  # for WORDS: how many words may stand between the hit and the exception

    def excuses(self, scan: Scan, exceptions: "Exceptions", start: int, end: int) -> bool:
        if self.kind == HIT:
            return exceptions.touch(start, end)
        if self.kind == REPEATS:
            return exceptions.touch(start, end) or exceptions.hold_words(scan.norm.text[start:end])
        return exceptions.touch(*self.region(scan, start, end))

    def region(self, scan: Scan, start: int, end: int) -> tuple[int, int]:
        """(low, high): an exception span (s, e) excuses the hit at start..end when s < high and e > low."""
        if self.kind == WORDS:  # the words either side, but never past the hit's own sentence
            low, high = _word_window(scan, start, end, self.words)
            sentence_low, sentence_high = _region(scan, SENTENCE, start, end)
            return max(low, sentence_low), min(high, sentence_high)
        return _region(scan, self.kind, start, end)


def _region(scan: Scan, kind: str, start: int, end: int) -> tuple[int, int]:
    """(low, high) of the hit's own sentences (lines)."""
    starts = _starts(scan, kind)
    # The region runs from the start of the hit's first sentence (line) to the start of the next
    # one after the hit's last character; a span that ends where the hit's sentence starts lies
    # wholly in the sentence before.
    low = starts[bisect_right(starts, start) - 1]
    after = bisect_left(starts, end)
    high = starts[after] if after < len(starts) else len(scan.norm.text) + 1
    return low, high


class Exceptions:
    """The spans an exception condition found in one post, searchable by region."""

    def __init__(self, spans: Iterable[tuple[int, int]], text: str | None = None):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        # The furthest end among the spans that start at or before each one.
        self._reach = list(accumulate((end for _, end in ordered), max))
        # For `repeats`: every word inside an exception span, casefolded, and those written in capitals.
        written = [word for start, end in ordered for word in _WORD.findall(text[start:end])] if text else []
        self._words = {word.casefold() for word in written}
        self._capitals = {word.casefold() for word in written if _capitals(word)}

    def hold_words(self, value: str) -> bool:
        """Whether every word of `value` stands inside some exception span, compared casefolded; a word
        written in capitals only where an exception wrote it in capitals too (BLUEBIRD CAFE excuses a
        later Bluebird, "the Bluebird cafe" does not excuse BLUEBIRD)."""
        words = _WORD.findall(value)
        return bool(words) and all(
            word.casefold() in (self._capitals if _capitals(word) else self._words) for word in words)

    def touch(self, low: int, high: int) -> bool:
        before = bisect_left(self._starts, high)  # spans that start before `high`
        return before > 0 and self._reach[before - 1] > low


def _starts(scan: Scan, kind: str) -> list[int]:
    """Where each sentence (line) of the normalised text starts; the first is always 0."""
    cached = scan.region_starts.get(kind)
    if cached is None:
        pattern = _SENTENCE_END if kind == SENTENCE else _LINE_BREAK
        text = scan.norm.text
        cached = [0, *(match.end() for match in pattern.finditer(text)
                       if not (match.group()[0] == "." and _ABBREVIATION.search(text, max(0, match.start() - 5),
                                                                              match.start())))]
        if kind == SENTENCE and ("\uff01" in scan.norm.original or "\uff1f" in scan.norm.original):
            cached = sorted({*cached, *_full_width_stops(scan)})
        scan.region_starts[kind] = cached
    return cached


def _full_width_stops(scan: Scan) -> Iterable[int]:
    """After a full-width ！ or ？ (NFKC made it ASCII), which ends a sentence with no space after it."""
    norm = scan.norm
    for match in re.finditer(r"[!?]", norm.text):
        start, end = norm.to_original(match.start(), match.end())
        if norm.original[start:end] in ("\uff01", "\uff1f"):
            yield match.end()


def _capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _word_window(scan: Scan, start: int, end: int, words: int) -> tuple[int, int]:
    """The region within `words` words of the hit, with `near`'s count of words between."""
    word_ends = scan.word_ends()
    first = scan.words_before(start) - words - 1  # the last word an exception before may end in
    low = word_ends[first] - 1 if first >= 0 else -1
    last = scan.words_before(end) + words  # an exception after must start before this word ends
    high = word_ends[last] if last < len(word_ends) else len(scan.norm.text) + 1
    return low, high
