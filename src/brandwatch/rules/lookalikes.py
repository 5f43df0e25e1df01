"""Letters of other scripts that a reader takes for basic Latin ones, and how the rules read them.

NFKC leaves a Cyrillic "І" or a Greek "Ν" alone: it is a different letter that looks the same, so
"ІNTERNAL USE ONLY" would slip past a phrase. The table covers the Cyrillic, Greek and
Latin-extension letters that Unicode's confusables data (UTS #39) maps to a single basic Latin
letter, plus the sharp sign that imitates "#". Each swap is one character for one, so offsets survive.
"""

from __future__ import annotations

import re

LOOKALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b", "һ": "h", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "Ѕ": "S", "І": "I", "Ј": "J", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin extensions and symbols
    "ı": "i", "ɑ": "a", "ǀ": "l", "ɩ": "i", "ȷ": "j", "♯": "#",
}
_TABLE = str.maketrans(LOOKALIKES)
_LOOKALIKE_SET = frozenset(LOOKALIKES)
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z]")


def read_lookalikes(text: str) -> str:
    """`text` with look-alike letters read as the Latin letters they imitate, same length.

    A post written in Cyrillic or Greek keeps its own words (folding "нет" to "het" would invent
    Latin words): there only words that already mix in Latin letters are read, which is where a
    disguise sits. A post with no letters of those scripts but look-alikes is folded throughout.
    """
    if _LOOKALIKE_SET.isdisjoint(text):
        return text
    if not any(_native(ch) for ch in text):
        return text.translate(_TABLE)
    return _WORD.sub(lambda word: word.group().translate(_TABLE) if _LATIN.search(word.group())
                     else word.group(), text)


def _native(ch: str) -> bool:
    """A Cyrillic or Greek letter that does not imitate a Latin one: the post is in that script."""
    return "\u0370" <= ch <= "\u052f" and ch not in _LOOKALIKE_SET and ch.isalpha()
