"""Text as the matcher reads it, with a map back to offsets in the text as the user wrote it.

Two views are built from one post:
- `text`: NFKC with zero-width characters removed. Regexes run here, so full-width or styled letters
  read as plain ones and `pass\u200bword` cannot hide, while case (which secrets depend on) survives.
- `folded`: `text` casefolded. The keyword automaton, phrases and `near` terms run here.

Every offset reported to callers is a Python string offset into the ORIGINAL text. Most posts are
plain ASCII or already NFKC-stable (emoji are), so those take a fast path with identity maps.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

# Characters a reader does not see: they must not split a word the matcher is looking for.
ZERO_WIDTH = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff")
_ZERO_WIDTH_TABLE = {ord(ch): None for ch in ZERO_WIDTH}


@dataclass
class NormalisedText:
    original: str
    text: str  # NFKC, zero-width characters removed
    folded: str  # `text` casefolded
    # Per character of `text`: where it came from in `original` (start, end). None: identity.
    _starts: list[int] | None = None
    _ends: list[int] | None = None
    # Per character of `folded`: index of the `text` character it came from. None: identity.
    _fold_map: list[int] | None = None
    _encoded: bytes | None = field(default=None, repr=False)
    _byte_to_char: dict[int, int] | None = field(default=None, repr=False)
    _removed_only: bool = False  # `text` is `original` minus zero-width characters: map built lazily

    @property
    def encoded(self) -> bytes:
        """`text` as UTF-8, which is what RE2 searches."""
        if self._encoded is None:
            self._encoded = self.text.encode("utf-8", "surrogatepass")
        return self._encoded

    def char_offset(self, byte_offset: int) -> int:
        """RE2 reports byte offsets into `encoded`; convert one to a character offset in `text`."""
        if len(self.encoded) == len(self.text):
            return byte_offset
        if len(self.text) < 2048:  # short posts: decoding the prefix is cheaper than an index
            return len(self.encoded[:byte_offset].decode("utf-8", "surrogatepass"))
        if self._byte_to_char is None:
            self._byte_to_char = _byte_index(self.text)
        return self._byte_to_char[byte_offset]

    def from_folded(self, start: int, end: int) -> tuple[int, int]:
        """A span of `folded` as a span of `text`."""
        if self._fold_map is None:
            return start, end
        if start >= end:
            point = self._fold_map[start] if start < len(self._fold_map) else len(self.text)
            return point, point
        return self._fold_map[start], self._fold_map[end - 1] + 1

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """A span of `text` as a span of `original` (Python string offsets)."""
        if self._removed_only:
            # Built on first use: most posts never produce a hit, so most never need the map.
            kept = [i for i, ch in enumerate(self.original) if ch not in ZERO_WIDTH]
            self._starts, self._ends = kept, [i + 1 for i in kept]
            self._removed_only = False
        if self._starts is None:
            return start, end
        if start >= end:
            point = self._starts[start] if start < len(self._starts) else len(self.original)
            return point, point
        return self._starts[start], self._ends[end - 1]


def normalise(original: str) -> NormalisedText:
    if original.isascii():
        return NormalisedText(original, original, original.lower())
    if unicodedata.is_normalized("NFKC", original):
        if ZERO_WIDTH.isdisjoint(original):
            return _folded(NormalisedText(original, original, ""))
        stripped = original.translate(_ZERO_WIDTH_TABLE)
        # Removing zero-width characters cannot make NFKC text un-normalised except by letting a
        # combining mark meet a base it may compose with; check rather than assume.
        if unicodedata.is_normalized("NFKC", stripped):
            return _folded(NormalisedText(original, stripped, "", _removed_only=True))
    return _folded(_slow_normalise(original))


def _slow_normalise(original: str) -> NormalisedText:
    """NFKC one combining sequence at a time, so each output character knows its source span."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for seg_start, seg_end in _segments(original):
        segment = original[seg_start:seg_end].translate(_ZERO_WIDTH_TABLE)
        if not segment:
            continue
        normal = unicodedata.normalize("NFKC", segment)
        pieces.append(normal)
        starts.extend([seg_start] * len(normal))
        ends.extend([seg_end] * len(normal))
    return NormalisedText(original, "".join(pieces), "", starts, ends)


def _segments(text: str):
    """(start, end) of each base character with the combining marks that follow it."""
    start = 0
    for index in range(1, len(text)):
        if not unicodedata.combining(text[index]):
            yield start, index
            start = index
    if text:
        yield start, len(text)


def _folded(view: NormalisedText) -> NormalisedText:
    folded = view.text.casefold()
    view.folded = folded
    if len(folded) != len(view.text):
        # Some character expanded (ß -> ss); casefold never shrinks one, so map char by char.
        fold_map: list[int] = []
        for index, ch in enumerate(view.text):
            fold_map.extend([index] * len(ch.casefold()))
        view._fold_map = fold_map
    return view


def _byte_index(text: str) -> dict[int, int]:
    """Byte offset -> character offset for every character boundary of `text`."""
    index: dict[int, int] = {}
    position = 0
    for char_index, ch in enumerate(text):
        index[position] = char_index
        position += len(ch.encode("utf-8", "surrogatepass"))
    index[position] = len(text)
    return index
