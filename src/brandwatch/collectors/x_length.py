"""How long X says a post is: the weighted length of the twitter-text v3 configuration.

The published rules: text is NFC-normalised; a code point in the Latin, general-punctuation and
similar ranges weighs 1, any other (CJK, Hangul, most symbols) weighs 2; an emoji sequence (with its
joiners, skin tones and variation selectors) weighs 2 as a whole; every URL counts as 23 whatever its
length (X shortens it); the limit is 280. The twitter-text-parser package implements this but
imports pkg_resources, which current environments no longer ship, so the rules are kept here.
URLs are recognised by scheme (http, https) or a leading "www."; bare domains are counted as text,
which over-counts, never under-counts, a reply.
"""

from __future__ import annotations

import re
import unicodedata

X_LIMIT = 280
URL_WEIGHT = 23
_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]'’]", re.IGNORECASE)
_ZWJ, _VS16 = 0x200D, 0xFE0F


def weighted_length(text: str) -> int:
    """X's count of `text`: 280 or less fits in one post."""
    text = unicodedata.normalize("NFC", text)
    total, position = 0, 0
    for url in _URL.finditer(text):
        total += _text_weight(text[position:url.start()]) + URL_WEIGHT
        position = url.end()
    return total + _text_weight(text[position:])


def fits_x(text: str) -> bool:
    return weighted_length(text) <= X_LIMIT


def _text_weight(text: str) -> int:
    weight, index = 0, 0
    while index < len(text):
        point = ord(text[index])
        if _is_emoji(point):
            index = _end_of_emoji_sequence(text, index)
            weight += 2
            continue
        weight += 1 if any(low <= point <= high for low, high in _LIGHT_RANGES) else 2
        index += 1
    return weight


def _is_emoji(point: int) -> bool:
    return 0x1F000 <= point <= 0x1FAFF or 0x2600 <= point <= 0x27BF


def _end_of_emoji_sequence(text: str, index: int) -> int:
    first = ord(text[index])
    index += 1
    if 0x1F1E6 <= first <= 0x1F1FF and index < len(text) and 0x1F1E6 <= ord(text[index]) <= 0x1F1FF:
        return index + 1  # a flag: two regional indicators
    while index < len(text):
        point = ord(text[index])
        if point == _VS16 or 0x1F3FB <= point <= 0x1F3FF:
            index += 1
        elif point == _ZWJ and index + 1 < len(text):
            index += 2
        else:
            break
    return index
