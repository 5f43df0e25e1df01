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
    # Scope kind ("sentence", "line") -> where each such region of `norm.text` starts (rules/scopes.py).
    region_starts: dict[str, list[int]] = field(default_factory=dict)

    def phrase_spans(self, phrase: str) -> list[tuple[int, int]]:
        return self.phrases.get(phrase, [])

    def word_ends(self) -> list[int]:
        """Where each word of the normalised text ends, in order."""
        if self._word_ends is None:
            self._word_ends = [m.end() for m in _WORD.finditer(self.norm.text)]
        return self._word_ends

    def words_before(self, position: int) -> int:
        """How many words of the normalised text end at or before `position`."""
        return bisect.bisect_right(self.word_ends(), position)
