"""How long Bluesky says a post is: its limit is 300 graphemes (user-perceived characters).

Python's standard library has no grapheme segmentation, and the `regex` package (whose \\X does it)
is not a dependency of brandwatch, so this is a careful approximation of Unicode's extended grapheme
clusters (UAX #29): a cluster is a base character plus what attaches to it: combining marks,
variation selectors, emoji skin tones and tag characters, a zero-width joiner and the emoji it
joins to an emoji, a pair of regional indicators (a flag), and Hangul jamo that compose one syllable; CR LF is
one. It agrees with \\X on Latin, CJK, combining accents, Indic vowel signs, flags and ZWJ emoji;
rarer rules (Indic conjuncts across a virama, prepended marks) count a little high, never low, so a
reply it accepts fits.
"""

from __future__ import annotations

import unicodedata

BLUESKY_LIMIT = 300
_ZWJ = 0x200D


def _attaches(point: int) -> bool:
    """Does this code point extend the cluster before it?"""
    if unicodedata.category(chr(point)) in ("Mn", "Mc", "Me"):
        return True
    return (0xFE00 <= point <= 0xFE0F or 0x1F3FB <= point <= 0x1F3FF or 0xE0020 <= point <= 0xE007F
            or 0xE0100 <= point <= 0xE01EF or point == _ZWJ)


def _jamo(point: int) -> str:
    if 0x1100 <= point <= 0x115F or 0xA960 <= point <= 0xA97C:
        return "L"
    if 0x1160 <= point <= 0x11A7 or 0xD7B0 <= point <= 0xD7C6:
        return "V"
    if 0x11A8 <= point <= 0x11FF or 0xD7CB <= point <= 0xD7FB:
        return "T"
    if 0xAC00 <= point <= 0xD7A3:
        return "LV" if (point - 0xAC00) % 28 == 0 else "LVT"
    return ""


def _pictographic(point: int) -> bool:
    """Roughly Unicode's Extended_Pictographic: the emoji blocks and the older symbol ranges they use."""
    return (0x1F000 <= point <= 0x1FAFF or 0x2600 <= point <= 0x27BF or 0x2300 <= point <= 0x23FF
            or 0x2B00 <= point <= 0x2BFF or point in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D))


_JAMO_FOLLOWS = {"L": {"L", "V", "LV", "LVT"}, "V": {"V", "T"}, "LV": {"V", "T"}, "T": {"T"}, "LVT": {"T"}}


def grapheme_length(text: str) -> int:
    """Bluesky's count of `text`: 300 or less fits in one post."""
    points = [ord(c) for c in text]
    count, index = 0, 0
    while index < len(points):
        first = points[index]
        index += 1
        count += 1
        if first == 0x0D and index < len(points) and points[index] == 0x0A:
            index += 1
            continue
        if 0x1F1E6 <= first <= 0x1F1FF and index < len(points) and 0x1F1E6 <= points[index] <= 0x1F1FF:
            index += 1  # a flag
        kind = _jamo(first)
        while kind and index < len(points) and _jamo(points[index]) in _JAMO_FOLLOWS.get(kind, ()):
            kind = _jamo(points[index])
            index += 1
        while index < len(points) and _attaches(points[index]):
            joined = points[index] == _ZWJ
            index += 1
            if joined and index < len(points) and _pictographic(first) and _pictographic(points[index]):
                index += 1  # a joiner glues emoji into one (a family, a rainbow flag); elsewhere it glues nothing
    return count


def fits_bluesky(text: str) -> bool:
    return grapheme_length(text) <= BLUESKY_LIMIT
