"""Which language a post is written in, and whether brandwatch can judge complaints in it.

The detector is py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams for
97 languages, shipped inside the wheel, numpy only). It is reliable on a sentence or more and guesses
on a few words, so a post counts as written in a language we cannot judge only when the detector is
confident and the post has enough words; otherwise it is judged like any other post. Those confident,
unjudgeable posts are not silently "not a complaint": the pipeline routes them for a human read.
"""

from __future__ import annotations

import re
from functools import lru_cache

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


@lru_cache(maxsize=1)
def _identifier():
    from brandwatch.detectors import language_model

    return language_model.identifier()


def load() -> None:
    """Load the model now (before forking workers, so they share it)."""
    _identifier()


def detect(text: str) -> Language:
    return _detect_start(text[:MAX_CHARS])


# Keyed by the part read, not the whole post: a remembered 20,000-character post would hold the
# memory of fifty short ones.
@lru_cache(maxsize=REMEMBERED)
def _detect_start(text: str) -> Language:
    plain = _NOISE.sub(" ", text).strip()
    if not plain:
        return Language(UNDETERMINED, 0.0, True)
    code, probability = _identifier().classify(plain)
    probability = float(probability)
    if probability < MIN_PROBABILITY or code in NO_LANGUAGE:
        return Language(UNDETERMINED, round(probability, 3), True)
    confident = probability >= UNJUDGED_PROBABILITY and _enough_words(plain)
    return Language(code, round(probability, 3), code in JUDGED or not confident)


def _enough_words(plain: str) -> bool:
    # Chinese and Japanese put no spaces between words: count their characters, two to a word.
    unspaced = sum(1 for ch in _HIGH.findall(plain) if ch.isalpha())
    return len(_WORD.findall(plain)) + unspaced // 2 >= UNJUDGED_MIN_WORDS
