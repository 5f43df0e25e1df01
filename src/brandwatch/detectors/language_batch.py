"""py3langid's `classify` for many texts at once, with the same answers, bit for bit.

py3langid walks its automaton over a text's bytes one at a time in Python (`visit_counts`), each
step waiting on the last, and then scores and normalises each text with a handful of small numpy
calls. Here the walk is done for every byte of every text of a batch together, and the
normalisation for the whole batch in one go:

- The automaton is Aho-Corasick over byte n-grams: after any input it stands in the state of the
  longest suffix of that input that some n-gram begins with. No state is deeper than `depth` bytes
  (measured from the model when it is read), so the state after byte i depends only on the `depth`
  bytes ending at i. Walking each such window from the start state, all windows side by side (one
  numpy gather per window byte), gives every position's state without the sequential loop. The
  feature counts per text are then py3langid's, in the same first-seen order.
- Each text's scores are computed as py3langid computes them (same gather, same product, so the same
  float32 numbers). Its normalisation is element-wise but for the maximum and the sum, which numpy
  reduces along a row as it does a lone vector; it runs on the batch as one array.
- Memory: the walk holds several int64 numbers per byte, so a batch is read in chunks of at most
  MAX_CHUNK_TEXTS texts and MAX_CHUNK_BYTES bytes (`chunks`; a longer text is a chunk of its own), and
  a chunk is walked MAX_CHUNK_BYTES bytes at a time. Each text's answer depends on its own bytes
  only, so the chunking changes no answer.

tests/detectors/test_language_batch.py compares counts, scores and answers with py3langid's own on
a corpus of posts and on random bytes.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from typing import Any, Sequence

import numpy as np


class BatchClassifier:
    """The batch reading of one py3langid `LanguageIdentifier` (built with `norm_probs=True`)."""

    def __init__(self, identifier: Any, depth: int):
        """`depth`: `automaton_depth` of the identifier's automaton (or more: a longer window reaches
        the same state)."""
        self.identifier = identifier
        self._next, self._rowbase, self._output = model_arrays(identifier)
        self.depth = depth

    def classify(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(language, probability) per text, as `identifier.classify` answers each."""
        encoded = [_encode(text) for text in texts]
        answers: list[tuple[str, float]] = []
        for start, end in chunks([len(data) for data in encoded]):
            answers += self._classify_encoded(encoded[start:end])
        return answers

    def _classify_encoded(self, encoded: Sequence[bytes]) -> list[tuple[str, float]]:
        if not encoded:
            return []
        ident = self.identifier
        visits = self._visit_chunk(encoded)
        table, prior = ident.nb_ptc, ident.nb_pc
        scores = np.empty((len(encoded), len(ident.nb_classes)), dtype=np.float32)
        for row, counts in enumerate(visits):
            if counts:
                idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
                values = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
                scores[row] = np.log1p(values) @ table[idx] + prior
            else:
                scores[row] = 0.0  # py3langid's "no features" under norm_probs
        scale = np.array([1.0 / math.sqrt(len(data) or 1) for data in encoded], dtype=np.float32)
        scores *= scale[:, None]
        np.exp(scores - scores.max(axis=1, keepdims=True), out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        for i, j in _alias_pairs(ident.nb_classes):
            scores[:, i] += scores[:, j]
            scores[:, j] = 0.0
        best = scores.argmax(axis=1)
        confidence = scores[np.arange(len(encoded)), best].tolist()
        return [(ident.nb_classes[i], conf) for i, conf in zip(best.tolist(), confidence)]

    def visit_counts(self, encoded: Sequence[bytes]) -> list[Counter | None]:
        """py3langid's `visit_counts` of each byte string: feature -> count, None when none."""
        counts: list[Counter | None] = []
        for start, end in chunks([len(data) for data in encoded]):
            counts += self._visit_chunk(encoded[start:end])
        return counts

    def _visit_chunk(self, encoded: Sequence[bytes]) -> list[Counter | None]:
        """`visit_counts` of one chunk. The walk goes over at most MAX_CHUNK_BYTES bytes at a time (a
        text alone in its chunk may be longer): each piece is walked with the `depth - 1` bytes before
        it, which is all its first states depend on, and each text's counter is extended
        piece after piece, so features keep their first-seen order."""
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
        ends = np.cumsum(lengths)
        starts = ends - lengths
        data = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        counters: list[Counter] = [Counter() for _ in encoded]
        context = self.depth - 1
        step = max(MAX_CHUNK_BYTES - context, 1)  # a piece and its context: MAX_CHUNK_BYTES at most
        for low in range(0, len(data), step):
            high = min(low + step, len(data))
            first = max(low - context, 0)  # the walk starts this far back, for the window's sake
            positions = np.arange(first, high, dtype=np.int64)
            owner = np.searchsorted(ends, positions, side="right")  # the text each byte belongs to
            # Each byte's offset within its own text: a window never reaches into the text before it.
            states = self._states(data[first:high], positions - starts[owner])[low - first:]
            features = self._output[states]
            found = features >= 0
            kept = features[found].tolist()
            texts = owner[low - first:][found]
            # The kept features of each text in this piece: a run of equal owners.
            cuts = np.flatnonzero(np.diff(texts)) + 1
            for a, b in zip([0, *cuts.tolist()], [*cuts.tolist(), len(kept)]):
                if b > a:
                    counters[int(texts[a])].update(kept[a:b])
        return [counter or None for counter in counters]

    def _states(self, data: np.ndarray, offset: np.ndarray) -> np.ndarray:
        """The automaton's state after each byte of `data`, where `offset` says how many bytes of the
        same text precede it (the window of each position stops at its text's start)."""
        local = np.arange(len(data), dtype=np.int64)
        state = np.zeros(len(data), dtype=np.int64)
        for back in range(self.depth - 1, -1, -1):  # the window's bytes, oldest first
            inside = offset >= back
            moved = self._next[self._rowbase[state] + data[np.maximum(local - back, 0)]]
            state = np.where(inside, moved, state)
        return state


# A batch is read this many texts and bytes at a time: the walk's arrays hold several int64 numbers
# per byte, so a batch holding a few huge posts must not be one array as long as all of them.
MAX_CHUNK_TEXTS = 256
MAX_CHUNK_BYTES = 256 * 1024


def chunks(lengths: Sequence[int], max_texts: int = MAX_CHUNK_TEXTS,
           max_bytes: int = MAX_CHUNK_BYTES) -> list[tuple[int, int]]:
    """(start, end) ranges of consecutive texts, in order, each at most `max_texts` texts and
    `max_bytes` bytes; a text longer than `max_bytes` is a chunk of its own."""
    found: list[tuple[int, int]] = []
    start, size = 0, 0
    for index, length in enumerate(lengths):
        if index > start and (index - start >= max_texts or size + length > max_bytes):
            found.append((start, index))
            start, size = index, 0
        size += length
    if start < len(lengths):
        found.append((start, len(lengths)))
    return found


# Read both ways when the batch reading is built: scripts, all capitals, emoji, an empty text, a lone
# byte, and texts longer than the automaton is deep, several in a chunk so that a window reaching into
# the text before it would show.
PROBES = (
    "my scooter stopped halfway home and the app is still charging me",
    "Mi patinete dejó de funcionar y nadie responde a mis correos",
    "La trottinette s'est bloquée en pleine rue et personne ne rappelle",
    "Der Roller hat mitten auf der Kreuzung ausgeschaltet",
    "A trotinete parou no meio da avenida e a app continua a cobrar",
    "ÇA NE MARCHE PAS DU TOUT",
    "電動スクーターが途中で止まりました",
    "Самокат остановился посреди дороги",
    "Το πατίνι σταμάτησε στη μέση του δρόμου",
    "الدراجة توقفت في منتصف الطريق",
    "ok 😀🙃 lol",
    "",
    "x",
)


def disagreement(batch: BatchClassifier) -> str | None:
    """None when the batch reading walks every probe text to py3langid's own feature counts (in the
    same first-seen order) and answers it as py3langid's `classify` does, to the last bit; else the
    first probe that differs. The counts are compared too because clear probes answer with
    probability 1.0 even from a walk one byte too shallow."""
    from py3langid.langid import visit_counts

    ident = batch.identifier
    rowbase = [row << 8 for row in ident.tk_row]
    encoded = [_encode(text) for text in PROBES]
    ours = batch.classify(PROBES)
    for text, data, counts, answer in zip(PROBES, encoded, batch.visit_counts(encoded), ours):
        theirs = visit_counts(ident.tk_nextmove, rowbase, ident.tk_output, data)
        if (None if counts is None else list(counts.items())) != (None if theirs is None else list(theirs.items())):
            return repr(text[:30])
        code, probability = ident.classify(text)
        if (code, float(probability)) != answer:
            return repr(text[:30])
    return None


def model_arrays(identifier: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The automaton as numpy arrays: next state by (row offset + byte), each state's row offset,
    each state's feature (-1: none)."""
    typecode = getattr(identifier.tk_nextmove, "typecode", None)
    next_state = (np.frombuffer(identifier.tk_nextmove, dtype=np.dtype(typecode)) if typecode
                  else np.asarray(identifier.tk_nextmove))
    return (next_state, np.asarray(identifier.tk_row, dtype=np.int64) << 8,
            np.asarray(identifier.tk_output, dtype=np.int64))


# `automaton_depth` of py3langid's bundled model, by the SHA-256 of its model file
# (language_model.model_digest): the breadth-first search takes most of a second, so a start with the
# bundled model skips it. Another model file is searched (tests/detectors/test_language_batch.py checks
# this entry against the search).
KNOWN_DEPTHS = {
    "f4f4a2c3465ca1f081541037f9cac23021d68151c2f709c55ae5eedfca522963": 6,  # py3langid 0.4.0 model.plzma
}


def automaton_depth(next_state: np.ndarray, rowbase: np.ndarray) -> int:
    """The most bytes any state lies from the start state (breadth first over every byte)."""
    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    frontier, depth = np.array([0]), 0
    every_byte = np.arange(256)
    while True:
        reached = np.unique(next_state[(rowbase[frontier][:, None] + every_byte).ravel()])
        reached = reached[~seen[reached]]
        if not len(reached):
            return max(depth, 1)
        seen[reached] = True
        frontier, depth = reached, depth + 1


def _encode(text: str) -> bytes:
    """py3langid's own encoding of a str: lower-cased when all upper case, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def _alias_pairs(classes: Sequence[str]) -> list[tuple[int, int]]:
    """(first, dupe) columns of labels that appear twice (py3langid folds the dupe into the first)."""
    first: dict[str, int] = {}
    pairs = []
    for i, label in enumerate(classes):
        if label in first:
            pairs.append((first[label], i))
        else:
            first[label] = i
    return pairs
