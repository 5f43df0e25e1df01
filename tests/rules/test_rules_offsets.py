"""Spans are Python string offsets into the ORIGINAL text, whatever precedes the match."""

from __future__ import annotations

import pytest

from brandwatch.rules.normalise import normalise

KEY = "AKIAQ3EGUVNT5XJ2LWPM"


def _spans(bundled, text, rule_id):
    return [(h.start, h.end, h.value) for h in bundled.match(text) if h.rule.id == rule_id]


@pytest.mark.parametrize("prefix, start", [
    ("", 0),
    ("😀 ", 2),  # one code point above the BMP: 4 UTF-8 bytes, 1 Python character
    ("👩‍👩‍👧 key ", 10),  # emoji joined by zero-width joiners
    ("é́ ", 3),  # e + combining acute + combining grave
    ("\u200b\u200b\u200d ", 4),  # zero-width characters the normaliser removes
    ("ﬁle ", 4),  # ligature that NFKC expands to two characters
    ("Straße ", 7),  # casefold turns ß into ss
    ("日本語のキー: ", 8),
])
def test_when_text_before_a_secret_is_not_ascii_then_offsets_point_into_the_original(bundled, prefix, start):
    text = f"{prefix}{KEY} rest"
    assert _spans(bundled, text, "aws-access-key-id") == [(start, start + len(KEY), KEY)]


def test_when_a_zero_width_space_splits_a_phrase_then_it_still_matches_with_the_original_span(bundled):
    text = "📄 slide says internal\u200b use only!"
    hits = _spans(bundled, text, "confidential-classification-marker")
    assert hits == [(13, 31, "internal\u200b use only")]


def test_when_fullwidth_letters_spell_a_phrase_then_the_span_covers_the_fullwidth_text(bundled):
    text = "ok: ＵＮＤＥＲ ＮＤＡ"
    assert _spans(bundled, text, "confidential-classification-marker") == [(4, 13, "ＵＮＤＥＲ ＮＤＡ")]


def test_when_decomposed_accents_precede_a_phrase_then_the_span_counts_each_mark(bundled):
    text = "re\u0301sume\u0301 says: INTERNAL USE ONLY"  # NFD: NFKC composes é, the map must not shift
    assert _spans(bundled, text, "confidential-classification-marker") == [(15, 32, "INTERNAL USE ONLY")]


def test_when_normalising_then_maps_round_trip_for_every_character():
    original = "a\u200bb é\u0301 ﬁ ß 😀 ｘ"
    norm = normalise(original)
    assert norm.text == "ab é\u0301 fi ß 😀 x".replace("é\u0301", "\u00e9\u0301")
    for index in range(len(norm.text)):
        start, end = norm.to_original(index, index + 1)
        assert 0 <= start < end <= len(original)


def test_when_text_is_ascii_then_the_fast_path_keeps_identity_offsets():
    norm = normalise("Hello World")
    assert (norm.text, norm.folded, norm.to_original(6, 11)) == ("Hello World", "hello world", (6, 11))


def test_when_a_phrase_is_split_by_a_line_break_or_extra_spaces_then_it_matches_the_original_run(bundled):
    text = "slide 3 says INTERNAL\n  USE   ONLY 🙈"
    assert _spans(bundled, text, "confidential-classification-marker") == [(13, 34, "INTERNAL\n  USE   ONLY")]


def test_when_ß_precedes_a_double_spaced_phrase_then_both_maps_compose():
    norm = normalise("Straße  under   nda")
    start = norm.folded.index("under nda")
    assert norm.to_original(*norm.from_folded(start, start + len("under nda"))) == (8, 19)
