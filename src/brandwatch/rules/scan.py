"""One post prepared for matching: its normalised views and where the automaton saw each phrase."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from brandwatch.rules.normalise import NormalisedText

_WORD = re.compile(r"\w+")


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass
class Scan:
    norm: NormalisedText
    # Folded phrase -> whole-word occurrences as spans of `norm.text`.
    phrases: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    keywords: dict[int, str] = field(default_factory=dict)  # rule index -> first keyword seen
    _word_ends: list[int] | None = None

    def phrase_spans(self, phrase: str) -> list[tuple[int, int]]:
        return self.phrases.get(phrase, [])

    def words_before(self, position: int) -> int:
        """How many words of the normalised text end at or before `position`."""
        if self._word_ends is None:
            self._word_ends = [m.end() for m in _WORD.finditer(self.norm.text)]
        return bisect.bisect_right(self._word_ends, position)
