"""The writing gate lets through every text its value's pattern matches in (it may let more through)."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

from brandwatch.rules.canonical import (SEPARATORS, _guess_form, _writing_regex, canonical, hide_cut_pieces,
                                        sub_in_any_digits, writing_pattern)
from brandwatch.rules.writing_gate import (CASE_PARTNERS, DIGIT_ZEROS, PRINTABLE, SKIPPABLE_ABOVE, SKIPPABLE_BELOW,
                                           fold_table, full_width, piece_pattern)

EVERY_CHAR = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)


def test_the_case_partners_are_all_the_characters_ignorecase_matches_with_ascii():
    ascii_like = re.compile("[" + re.escape("".join(PRINTABLE + [full_width(c) for c in PRINTABLE])) + "]",
                            re.IGNORECASE)
    outside = {c for c in ascii_like.findall(EVERY_CHAR) if not ("!" <= c <= "~" or "！" <= c <= "～")}
    assert outside == set(CASE_PARTNERS)


def test_every_skippable_character_lies_below_the_bound():
    skippable = re.compile(f"[{SEPARATORS}]", re.IGNORECASE).findall(EVERY_CHAR)
    assert {c for c in skippable if ord(c) >= SKIPPABLE_BELOW} == {chr(code) for code in SKIPPABLE_ABOVE}
    assert all(fold_table(SEPARATORS)[ord(c)] is None for c in skippable)


def test_every_character_a_piece_matches_folds_like_the_piece():
    table = fold_table(SEPARATORS)
    assert table is not None
    for ch in PRINTABLE:
        piece = re.compile(piece_pattern(ch), re.IGNORECASE)
        assert {table.get(ord(c), c) for c in piece.findall(EVERY_CHAR)} == {ch.translate(table) or None}


def test_the_digit_scripts_are_every_decimal_digit_of_this_python():
    zeros = tuple(ord(c) for c in EVERY_CHAR if c.isdecimal() and unicodedata.decimal(c) == 0)
    assert zeros == DIGIT_ZEROS
    assert all(unicodedata.decimal(chr(zero + d)) == d for zero in DIGIT_ZEROS for d in range(10))


def _written_variants(value: str, rng: random.Random) -> str:
    out = []
    for ch in value:
        roll = rng.random()
        if roll < 0.2 and "!" <= ch <= "~":
            ch = full_width(ch)
        elif roll < 0.4:
            ch = ch.swapcase()
        elif roll < 0.45:
            ch = rng.choice("\u212a\u0130\u0131\u017f")
        elif roll < 0.55 and ch.isdigit():
            ch = chr(rng.choice(DIGIT_ZEROS) + int(ch))
        out.append(ch)
        if rng.random() < 0.15:
            out.append(rng.choice(" -_.\u200b\u00ad\u3000\t\u2013\u2212\uff0d\u30fc"))
    return "".join(out)


def test_the_gated_pattern_hides_exactly_what_the_plain_regex_hides():
    rng = random.Random(26)
    values = ["4929 3813 3266 4295", "Ana.Lopez@Example.com", "ghp_R8vTq2LmXw9KpZs4NcYb7HdJf3GaUe6Qo1Vi",
              "DE89 3704 0044 0532 0130 00", "+44 20 7946 0958", "project kestrel", "sk-live-Ks1s", "café-Secret"]
    for value in values:
        pattern = writing_pattern(value)
        for _ in range(300):
            text = "see " + _written_variants(value, rng) + " and " + _written_variants(value[::-1], rng)
            plain = sub_in_any_digits(_writing_regex(value), "[masked]", text)
            # A doubled full stop is a cut preview's ellipsis: both sides then hide the pieces next to it.
            plain = hide_cut_pieces(plain, canonical(value, _guess_form(value)), _guess_form(value), "[masked]")
            assert pattern.sub("[masked]", text) == plain, (value, text)
