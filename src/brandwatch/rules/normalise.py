"""Text as the matcher reads it, with a map back to offsets in the text as the user wrote it.

Two views are built from one post:
- `text`: NFKC with zero-width characters removed and look-alike letters (Cyrillic "І" in
  "ІNTERNAL") read as the Latin ones they imitate. Regexes run here, so full-width or styled letters
  read as plain ones and `pass\u200bword` cannot hide, while case (which secrets depend on) survives.
  Every rule category reads this one view: leak rules as much as complaint and disclosure signals.
- `folded`: `text` casefolded, each run of whitespace read as one space. The keyword automaton,
  phrases and `near` terms run here.

Every offset reported to callers is a Python string offset into the ORIGINAL text. Most posts are
plain ASCII or already NFKC-stable (emoji are), so those take a fast path with identity maps.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from brandwatch.rules.lookalikes import read_lookalikes

# Characters a reader does not see: they must not split a word the matcher is looking for.
ZERO_WIDTH = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff")
_ZERO_WIDTH_TABLE = {ord(ch): None for ch in ZERO_WIDTH}
# Phrases are written with single spaces; posts break lines and double-space between the words.
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
_SPACES_OR_NOT = re.compile(r"\s+|\S+")
_WHITESPACE = re.compile(r"\s+")


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
    _fold_pending: bool = False  # `folded` is not `text` char for char: `_fold_map` built lazily

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
        if self._fold_pending:
            self._fold_map = _fold_map(self.text)
            self._fold_pending = False
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
        if self._starts is None or self._ends is None:
            return start, end
        if start >= end:
            point = self._starts[start] if start < len(self._starts) else len(self.original)
            return point, point
        return self._starts[start], self._ends[end - 1]


def normalise(original: str) -> NormalisedText:
    if original.isascii():
        lowered = original.lower()
        if not _SPACE_RUN.search(lowered):
            return NormalisedText(original, original, lowered)
        return NormalisedText(original, original, _WHITESPACE.sub(" ", lowered), _fold_pending=True)
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
    """NFKC piece by piece, so each output character knows its source span.

    Whitespace never composes with its neighbours, so each run of non-space characters is checked
    on its own: one already in NFKC without zero-width characters is copied with an identity map,
    and only the others are normalised one combining sequence at a time.
    """
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in _SPACES_OR_NOT.finditer(original):
        run_start, run_end = match.span()
        run = match.group()
        if run.isascii() or (ZERO_WIDTH.isdisjoint(run) and unicodedata.is_normalized("NFKC", run)):
            pieces.append(run)
            starts.extend(range(run_start, run_end))
            ends.extend(range(run_start + 1, run_end + 1))
            continue
        _normalise_run(run, run_start, pieces, starts, ends)
    return NormalisedText(original, "".join(pieces), "", starts, ends)


def _normalise_run(run: str, offset: int, pieces: list[str], starts: list[int], ends: list[int]) -> None:
    """NFKC of `run` one combining sequence (a base and the marks after it) at a time."""
    combining, normalize = unicodedata.combining, unicodedata.normalize
    length, index = len(run), 0
    while index < length:
        end = index + 1
        while end < length and combining(run[end]):
            end += 1
        ch = run[index]
        if end == index + 1 and ch < "\x80":  # a lone ASCII character is its own NFKC
            pieces.append(ch)
            starts.append(offset + index)
            ends.append(offset + end)
        else:
            normal = normalize("NFKC", run[index:end].translate(_ZERO_WIDTH_TABLE))
            pieces.append(normal)
            starts.extend([offset + index] * len(normal))
            ends.extend([offset + end] * len(normal))
        index = end


def _folded(view: NormalisedText) -> NormalisedText:
    # Look-alikes swap one character for one, so the map to the original stays as it is.
    view.text = read_lookalikes(view.text)
    folded = view.text.casefold()
    pending = len(folded) != len(view.text)
    if _SPACE_RUN.search(folded):
        folded, pending = _WHITESPACE.sub(" ", folded), True
    view.folded, view._fold_pending = folded, pending
    return view


def _fold_map(text: str) -> list[int]:
    """For each character of the folded view, the index of the `text` character it came from.

    Built only when a phrase hit needs it: casefold expands some characters (ß -> ss, never fewer
    than one), and each run of whitespace reads as one space.
    """
    if len(text.casefold()) == len(text):  # casefold kept every character: only spaces move
        fold_map: list[int] = []
        position = 0
        for run in _WHITESPACE.finditer(text):
            start, end = run.span()
            fold_map.extend(range(position, start + 1))
            position = end
        fold_map.extend(range(position, len(text)))
        return fold_map
    folded: list[str] = []
    index_of: list[int] = []
    for index, ch in enumerate(text):
        for piece in ch.casefold():
            folded.append(piece)
            index_of.append(index)
    fold_map = []
    for match in _SPACES_OR_NOT.finditer("".join(folded)):
        start, end = match.span()
        if match.group().isspace():
            fold_map.append(index_of[start])
        else:
            fold_map.extend(index_of[start:end])
    return fold_map


def _byte_index(text: str) -> dict[int, int]:
    """Byte offset -> character offset for every character boundary of `text`."""
    index: dict[int, int] = {}
    position = 0
    for char_index, ch in enumerate(text):
        index[position] = char_index
        position += len(ch.encode("utf-8", "surrogatepass"))
    index[position] = len(text)
    return index
