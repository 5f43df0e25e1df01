"""Which language a post is written in, and whether brandwatch can judge complaints in it.

The detector is py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams for
97 languages, shipped inside the wheel, numpy only). It is reliable on a sentence or more and guesses
on a few words, so a post counts as written in a language we cannot judge only when the detector is
confident and the post has enough words; otherwise it is judged like any other post. Those confident,
unjudgeable posts are not silently "not a complaint": the pipeline routes them for a human read.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import weakref
from collections import OrderedDict
from functools import lru_cache
from typing import Sequence

from brandwatch.model.analysis import UNDETERMINED, Language

# Complaint cues and the multi-task model cover these; every other language needs a human reader.
JUDGED = frozenset({"en", "es", "fr", "de", "pt"})
# Below this normalised probability the guess is not reported; below the second, a post is never
# declared unjudgeable (short posts in English are often guessed as something exotic).
MIN_PROBABILITY = 0.5
UNJUDGED_PROBABILITY = 0.9
UNJUDGED_MIN_WORDS = 4
MAX_CHARS = 400  # the n-gram counts settle long before; longer posts only cost time
# Reposts, quotes and campaign copy repeat texts word for word; the answer depends on the text alone.
REMEMBERED = 8192

_WORD = re.compile(r"(?<![@#\w])\w{2,}")
# Links, handles, hashtags and long tokens (hashes, ids) are names and numbers, not language.
_NOISE = re.compile(r"https?://\S+|[@#]\w+|\w{20,}")
_HIGH = re.compile("[\u2e80-\U0010ffff]")  # CJK radicals onwards: one regex pass, not a Python loop
NO_LANGUAGE = frozenset({"zxx", "und"})

log = logging.getLogger("brandwatch.detectors.language")


@lru_cache(maxsize=1)
def _identifier():
    from brandwatch.detectors import language_model

    return language_model.identifier()


# Below this many texts to classify, py3langid reads them one by one: the batch reading's fixed cost
# (a few numpy calls per window byte) outweighs its saving.
BATCH_MIN = 8


@lru_cache(maxsize=1)
def _batch_classifier():
    """The batch reading (detectors/language_batch.py), or None where it does not answer a few probe
    texts exactly as py3langid does (a py3langid release that scores or walks differently): then every
    text is read by py3langid itself, and a warning says so."""
    from brandwatch.detectors import language_model
    from brandwatch.detectors.language_batch import BatchClassifier, disagreement

    identifier = _identifier()
    try:
        batch = BatchClassifier(identifier, language_model.walk_depth(identifier))
        differs = disagreement(batch)
    except Exception as error:  # a py3langid release whose model is laid out otherwise: read as it reads
        log.warning("the batch language reading could not be built (%s: %s); reading each post with "
                    "py3langid itself (slower, same answers)", type(error).__name__, error)
        return None
    if differs is not None:
        log.warning("the batch language reading disagrees with py3langid on a probe text (%s); "
                    "reading each post with py3langid itself (slower, same answers)", differs)
        return None
    return batch


def load() -> None:
    """Load the model now (before forking workers, so they share it)."""
    _identifier()
    _batch_classifier()


class _Remembered:
    """The last `size` answers by text, oldest forgotten first (shared by the daemon's threads).

    The daemon forks its analysis workers while its other threads run: a child gets this lock in
    whatever state it was at the fork, held by a thread the child does not have, and would wait on it
    forever. So every child starts with a fresh lock (`_after_fork`)."""

    def __init__(self, size: int):
        self.size = size
        self._answers: OrderedDict[str, Language] = OrderedDict()
        self._lock = threading.Lock()
        _REMEMBERING.add(self)

    def _after_fork(self) -> None:
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, text: str) -> Language | None:
        with self._lock:
            answer = self._answers.get(text)
            if answer is not None:
                self._answers.move_to_end(text)
            return answer

    def put(self, text: str, answer: Language) -> None:
        with self._lock:
            self._answers[text] = answer
            self._answers.move_to_end(text)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()


_REMEMBERING: weakref.WeakSet[_Remembered] = weakref.WeakSet()


def _after_fork() -> None:
    for remembered in list(_REMEMBERING):
        remembered._after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)

# Keyed by the part read, not the whole post: a remembered 20,000-character post would hold the
# memory of fifty short ones.
REMEMBERED_ANSWERS = _Remembered(REMEMBERED)


def detect(text: str) -> Language:
    return detect_many([text])[0]


def detect_many(texts: Sequence[str]) -> list[Language]:
    """`detect` of each text. Those not remembered are classified together (language_batch), with
    the answers py3langid gives one by one."""
    starts = [text[:MAX_CHARS] for text in texts]
    remembered = [REMEMBERED_ANSWERS.get(start) for start in starts]
    unread = list(dict.fromkeys(start for start, answer in zip(starts, remembered) if answer is None))
    found: dict[str, Language] = {}
    if unread:
        plains = [_NOISE.sub(" ", start).strip() for start in unread]
        spoken = [plain for plain in plains if plain]
        batch = _batch_classifier() if len(spoken) >= BATCH_MIN else None
        guesses = iter(batch.classify(spoken) if batch is not None else map(_identifier().classify, spoken))
        found = {start: _answer(plain, next(guesses) if plain else None) for start, plain in zip(unread, plains)}
        for start, answer in found.items():
            REMEMBERED_ANSWERS.put(start, answer)
    return [answer if answer is not None else found[start] for start, answer in zip(starts, remembered)]


def _answer(plain: str, guess: tuple[str, float] | None) -> Language:
    if guess is None:
        return Language(UNDETERMINED, 0.0, True)
    code, probability = guess
    probability = float(probability)
    if probability < MIN_PROBABILITY or code in NO_LANGUAGE:
        return Language(UNDETERMINED, round(probability, 3), True)
    confident = probability >= UNJUDGED_PROBABILITY and _enough_words(plain)
    return Language(code, round(probability, 3), code in JUDGED or not confident)


def _enough_words(plain: str) -> bool:
    # Chinese and Japanese put no spaces between words: count their characters, two to a word.
    unspaced = sum(1 for ch in _HIGH.findall(plain) if ch.isalpha())
    return len(_WORD.findall(plain)) + unspaced // 2 >= UNJUDGED_MIN_WORDS
