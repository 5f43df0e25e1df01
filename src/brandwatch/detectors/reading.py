"""Text as a person reads it: look-alike letters folded to the Latin ones they imitate.

The rule engine already reads full-width and styled letters (NFKC) and drops zero-width characters.
What NFKC leaves alone are letters of other scripts that look Latin: a Cyrillic "а" in "#аd" is a
different character but the same tag to a reader. `fold_lookalikes` swaps each such character for
its Latin twin one for one, so offsets into the folded text are offsets into the original.

The table covers the Cyrillic, Greek and Latin-extension letters that Unicode's confusables data
(UTS #39) maps to a single basic Latin letter, plus the sharp sign that imitates "#".
"""

from __future__ import annotations

import unicodedata

from brandwatch.rules.lookalikes import LOOKALIKES as _LOOKALIKES

_TABLE = str.maketrans(_LOOKALIKES)
_LOOKALIKE_SET = frozenset(_LOOKALIKES)
ZERO_WIDTH = {ord(ch): None for ch in "\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"}


def has_lookalikes(text: str) -> bool:
    return not text.isascii() and not _LOOKALIKE_SET.isdisjoint(text)


def fold_lookalikes(text: str) -> str:
    """The same text with look-alike letters replaced one for one (same length, same offsets)."""
    return text.translate(_TABLE) if has_lookalikes(text) else text


def reading(text: str) -> str:
    """What a reader sees: no zero-width characters, NFKC forms, look-alikes folded."""
    if text.isascii():
        return text
    return fold_lookalikes(unicodedata.normalize("NFKC", text.translate(ZERO_WIDTH)))


def plain_lower(text: str) -> str:
    """`reading` casefolded with typographic apostrophes made plain: what the cue patterns read."""
    return reading(text).casefold().replace("\u2019", "'").replace("\u2018", "'")


def aligned_lower(text: str) -> str:
    """Lower-cased, look-alikes folded, typographic apostrophes plain, and always the same length as
    `text`, so offsets found in it are offsets into the post (NFKC and casefold can change length)."""
    folded = fold_lookalikes(text).replace("\u2019", "'").replace("\u2018", "'")
    lowered = folded.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in folded)
