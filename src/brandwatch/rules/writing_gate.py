"""A cheap test that a text cannot hold any written form of a value, so its pattern need not be built.

`canonical.writing_pattern` compiles one regex per leaked value (~5 ms each: Python's `re` compiles a
full-width alternative and a class of invisible characters for every character of the value), and most
strings an output hides a value in no longer hold it. Folding both sides the same way settles most of
them without the regex: every character a pattern piece can match is mapped to one representative
(its ASCII letter lower-cased, whatever its case or width), every character the pattern may skip
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
# bound or is U+FEFF; the test checks that too.
SKIPPABLE_BELOW = 0x3001


def full_width(ch: str) -> str:
    return chr(ord(ch) + FULL_WIDTH_OFFSET)


@lru_cache(maxsize=1)
def fold_table(separators: str) -> dict[int, str | None] | None:
    """str.translate table: characters of the regex class body `separators` dropped, each ASCII
    character's case and width partners mapped to one representative; None (no gating) if this
    Python's `re` ever matches one character with two classes."""
    gap = re.compile(f"[{separators}]", re.IGNORECASE)
    table: dict[int, str | None] = {code: None for code in [*range(SKIPPABLE_BELOW), 0xFEFF]
                                    if gap.fullmatch(chr(code))}
    candidates = set(PRINTABLE) | {full_width(ch) for ch in PRINTABLE} | set(CASE_PARTNERS)
    candidates |= {c.swapcase() for c in candidates if len(c.swapcase()) == 1}
    for ch in PRINTABLE:
        piece = re.compile(f"(?:{re.escape(ch)}|{re.escape(full_width(ch))})", re.IGNORECASE)
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
