"""A cheap test that a text cannot hold any written form of a value, so its pattern need not be built.

`canonical.writing_pattern` compiles one regex per leaked value (~5 ms each: Python's `re` compiles a
full-width alternative and a class of invisible characters for every character of the value), and most
strings an output hides a value in no longer hold it. Folding both sides the same way settles most of
them without the regex: every character a pattern piece can match is mapped to one representative
(its ASCII letter lower-cased, whatever its case or width; a digit of any script its ASCII digit), every character the pattern may skip
between pieces (separators, white space, invisible characters) is dropped. A match of the pattern then
folds to the folded value, so a folded text without it holds no match. Values with a character outside
printable ASCII are not gated: their case partners are not tabulated here.
"""

from __future__ import annotations

import re
from functools import lru_cache

PRINTABLE = [chr(code) for code in range(0x21, 0x7F)]
FULL_WIDTH_OFFSET = 0xFEE0
# Characters outside ASCII and its full-width block that `re.IGNORECASE` matches with an ASCII letter:
# KELVIN SIGN (k), LATIN CAPITAL LETTER I WITH DOT ABOVE and LATIN SMALL LETTER DOTLESS I (i), LATIN
# SMALL LETTER LONG S (s). tests/rules/test_writing_gate.py checks the list against all of Unicode.
CASE_PARTNERS = "\u212a\u0130\u0131\u017f"
# Every character the widest gap between pieces (`[separators]*`, `\s+`) matches lies below this
# bound or is one of the few listed after it (the katakana long mark, small and full-width dashes,
# the byte-order mark); the test checks that too.
SKIPPABLE_BELOW = 0x3001
SKIPPABLE_ABOVE = (0x30FC, 0xFE58, 0xFE63, 0xFEFF, 0xFF0D)


# The zero of every decimal digit script (Unicode category Nd: ASCII, Arabic-Indic, Devanagari, Thai,
# ...); each runs on for ten code points. A card written in Devanagari digits is the same card, so a
# pattern's digit matches the digit of that value in any script. tests/rules/test_writing_gate.py
# checks the list against this Python's Unicode tables.
DIGIT_ZEROS = (
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50,
    0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
    0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950,
    0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
    0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
)


def full_width(ch: str) -> str:
    return chr(ord(ch) + FULL_WIDTH_OFFSET)


def piece_chars(ch: str) -> list[str]:
    """The characters one piece of a writing pattern matches for the printable ASCII character `ch`,
    besides the case partners `re.IGNORECASE` adds: itself, its full-width form and, for a digit, the
    same digit in every other script (the pattern runs on the text with its digits read as ASCII,
    canonical.sub_in_any_digits, so the gate folds them alike)."""
    chars = [ch, full_width(ch)]
    if "0" <= ch <= "9":
        chars += [chr(zero + int(ch)) for zero in DIGIT_ZEROS if chr(zero + int(ch)) not in chars]
    return chars


def piece_pattern(ch: str) -> str:
    """A regex matching exactly `piece_chars(ch)`: what the gate must fold to one representative."""
    chars = piece_chars(ch)
    if len(chars) > 2:
        return "[" + "".join(re.escape(c) for c in chars) + "]"
    return "(?:" + "|".join(re.escape(c) for c in chars) + ")"


@lru_cache(maxsize=1)
def fold_table(separators: str) -> dict[int, str | None] | None:
    """str.translate table: characters of the regex class body `separators` dropped, each ASCII
    character's case and width partners mapped to one representative; None (no gating) if this
    Python's `re` ever matches one character with two classes."""
    gap = re.compile(f"[{separators}]", re.IGNORECASE)
    table: dict[int, str | None] = {code: None for code in [*range(SKIPPABLE_BELOW), *SKIPPABLE_ABOVE]
                                    if gap.fullmatch(chr(code))}
    candidates = {c for ch in PRINTABLE for c in piece_chars(ch)} | set(CASE_PARTNERS)
    candidates |= {c.swapcase() for c in candidates if len(c.swapcase()) == 1}
    for ch in PRINTABLE:
        piece = re.compile(piece_pattern(ch), re.IGNORECASE)
        partners = [c for c in candidates if piece.fullmatch(c)]
        dropped = any(ord(c) in table and table[ord(c)] is None for c in partners)
        representative = None if dropped else ch.lower()
        for c in partners:
            if table.get(ord(c), representative) != representative:
                return None
            table[ord(c)] = representative
    return table


def folded_value(canon: str, separators: str) -> str | None:
    """The value as the gate compares it, or None when the value cannot be gated."""
    table = fold_table(separators)
    if table is None or not all(" " <= ch <= "~" for ch in canon):
        return None
    return canon.translate(table)


def may_hold(text: str, folded: str, separators: str) -> bool:
    """False only when `text` holds no match of the value's writing pattern."""
    return folded in text.translate(fold_table(separators))  # type: ignore[arg-type]
