"""Cut-preview masking after review: it stops at ordinary text, knows more ellipses and dashes, and its
work grows with the text, not with the text times the value (issue 16 review, points 1-3)."""

from __future__ import annotations

import pytest

from brandwatch.rules import canonical as canonical_module
from brandwatch.secrecy import MASKED, hide_values

CARD = "4929 3813 3266 4295"
TOKEN = "ghp_R8vTq2LmXw9KpZs4NcYb7HdJf3GaUe6Qo1Vi"


def test_digits_scattered_through_words_before_an_ellipsis_are_not_a_piece_of_the_card():
    text = "room 49, floor 2, gate 93813, see you there… bye"
    assert hide_values(text, [CARD]) == text


def test_a_piece_stops_at_a_word_but_the_piece_itself_is_still_hidden():
    assert hide_values("gate 4929 3813 32… bye", [CARD]) == f"gate {MASKED}… bye"
    assert hide_values("ref4929 3813 32… bye", [CARD]) == f"ref{MASKED}… bye"


@pytest.mark.parametrize("dash", ["\uff0d", "\ufe63", "\u30fc", "\u2043"])
def test_full_width_small_and_katakana_dashes_separate_groups(dash):
    written = "４９２９ ３８１３ ３２６６ ４２９５".replace(" ", dash) if dash == "\uff0d" else CARD.replace(" ", dash)
    assert hide_values(f"card {written} ok", [CARD]) == f"card {MASKED} ok"


@pytest.mark.parametrize("cut", ["\u22ef", "\uff0e\uff0e\uff0e", "..", "\u2025"])
def test_other_ellipsis_forms_cut_a_preview(cut):
    assert hide_values(f"4929 3813 3266 42{cut} see", [CARD]) == f"{MASKED}{cut} see"
    assert hide_values(f"a {TOKEN[:12]}{cut} b", [TOKEN]) == f"a {MASKED}{cut} b"


def test_a_single_full_stop_is_not_a_cut():
    assert hide_values("version 4929 3813. Next", [CARD]) == "version 4929 3813. Next"


class CountingFold:
    def __init__(self, real):
        self.real, self.calls = real, 0

    def __call__(self, ch, form):
        self.calls += 1
        return self.real(ch, form)


@pytest.mark.parametrize("text", [
    "…" * 50000,
    "." * 60000,
    "4…" * 25000,
    "1.." * 20000,
    "4929 3813 … " * 5000,
    "ghp_R8vTq2… " * 5000,
])
def test_the_work_of_hiding_cut_pieces_grows_linearly_with_the_text(monkeypatch, text):
    counting = CountingFold(canonical_module.fold_char)
    monkeypatch.setattr(canonical_module, "fold_char", counting)
    for value in (CARD, TOKEN):
        form = canonical_module._guess_form(value)
        canonical_module.hide_cut_pieces(text, canonical_module.canonical(value, form), form, MASKED)
    assert counting.calls <= 2 * 2 * len(text)


def test_fold_char_is_cached():
    assert hasattr(canonical_module.fold_char, "cache_info")


def test_legacy_fingerprints_include_the_canonical_form_before_the_digit_fold():
    from brandwatch.rules.masking import fingerprint, legacy_fingerprints

    arabic = "".join(chr(0x660 + int(ch)) if ch.isdigit() else ch for ch in CARD)
    old = "".join(chr(0x660 + int(ch)) for ch in CARD if ch.isdigit())  # old canonical kept the script
    assert fingerprint(old, b"k" * 32) in legacy_fingerprints(arabic, b"k" * 32, "card")


@pytest.mark.parametrize("closing", ['"', "*", ",", ", ", ")", "\u201d", "'*"])
def test_closing_punctuation_between_a_piece_and_the_ellipsis_still_hides_the_piece(closing):
    kept = canonical_module.hide_cut_pieces(f'card "41111111111111{closing}... thanks', "4111111111111111", "card", "[M]")
    assert "41111111111111" not in kept
    assert kept.startswith('card "[M]') and kept.endswith("... thanks")


@pytest.mark.parametrize("opening", ['"', "(", "*", " \u201c"])
def test_opening_punctuation_between_the_ellipsis_and_an_end_piece_still_hides_it(opening):
    kept = canonical_module.hide_cut_pieces(f"card …{opening}11111111111111 ok", "4111111111111111", "card", "[M]")
    assert "11111111111111" not in kept


def test_punctuation_beside_the_ellipsis_does_not_let_a_piece_run_on_through_words():
    text = "room 49, floor 2, gate 93813, see you there, … bye"
    assert hide_values(text, [CARD]) == text
    assert hide_values("see 4929 3813 32, word… bye", [CARD]) == "see 4929 3813 32, word… bye"
