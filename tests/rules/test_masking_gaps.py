"""A leaked value is hidden however it is written again: the gaps found after the masking round.

Each case is a way of writing a value that a person reads as the same value (a decomposed accent,
another script's digits, an underscore or en dash between groups) or a piece of it that still gives
it away (a preview cut inside it, with text after the cut).
"""

from __future__ import annotations

import unicodedata

import pytest

from brandwatch.rules.canonical import canonical
from brandwatch.secrecy import MASKED, hide_values

CARD = "4929 3813 3266 4295"
TOKEN = "ghp_R8vTq2LmXw9KpZs4NcYb7HdJf3GaUe6Qo1Vi"
MAIL = "José.Núñez@correo.es"


def in_script(text: str, zero: int) -> str:
    """`text` with its ASCII digits written in the digit script whose zero is code point `zero`."""
    return "".join(chr(zero + int(ch)) if ch.isdigit() else ch for ch in text)


@pytest.mark.parametrize("text", [
    f"card {CARD.replace(' ', '_')} please",
    f"card {CARD.replace(' ', chr(0x2013))} please",  # en dash
    f"card {CARD.replace(' ', chr(0x2014))} please",  # em dash
    f"card {CARD.replace(' ', chr(0x2212))} please",  # minus sign
    f"card {in_script(CARD, 0x660)} please",  # Arabic-Indic digits
    f"card {in_script(CARD, 0x966)} please",  # Devanagari digits
    f"card {in_script(CARD, 0x6F0).replace(' ', '-')} please",  # Extended Arabic-Indic, dashed
])
def test_a_card_is_hidden_with_any_separator_and_in_any_digit_script(text):
    assert hide_values(text, [CARD]) == f"card {MASKED} please"


def test_a_decomposed_accent_is_the_same_value():
    decomposed = unicodedata.normalize("NFD", MAIL)
    assert decomposed != MAIL
    assert canonical(decomposed, "email") == canonical(MAIL, "email")
    assert hide_values(f"write to {decomposed} today", [MAIL]) == f"write to {MASKED} today"
    assert hide_values(f"write to {MAIL} today", [decomposed]) == f"write to {MASKED} today"


def test_another_script_digits_give_the_same_fingerprint_form():
    assert canonical(in_script(CARD, 0x660), "card") == canonical(CARD, "card") == "4929381332664295"


@pytest.mark.parametrize("text, shown", [
    (f"new post: 'my key is {TOKEN[:14]}…' (3 findings, rule github-pat)",
     f"new post: 'my key is {MASKED}…' (3 findings, rule github-pat)"),
    (f"preview: …{TOKEN[-12:]} was pasted\nrule: github-pat", f"preview: …{MASKED} was pasted\nrule: github-pat"),
    ("card 4929-3813-32… see thread", f"card {MASKED}… see thread"),  # cut in another written form
    (f"a {TOKEN[:10]}... then more", f"a {MASKED}... then more"),
])
def test_a_preview_cut_inside_a_value_hides_the_piece_even_with_text_after_it(text, shown):
    value = CARD if "4929" in text else TOKEN
    assert hide_values(text, [value]) == shown


def test_a_short_piece_before_an_ellipsis_stays():
    assert hide_values("see ghp_R… and 4929… later", [TOKEN, CARD]) == "see ghp_R… and 4929… later"
