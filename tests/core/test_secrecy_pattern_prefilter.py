"""Hiding a leaked value builds its writing pattern only for texts that may hold it (rules/writing_gate.py),
and hides exactly what the pattern alone would: the gate never says "absent" where the pattern matches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from brandwatch.rules.canonical import SEPARATORS, _writing_regex
from brandwatch.rules.writing_gate import folded_value, may_hold
from brandwatch.secrecy import MASKED, hide_values

VALUES = ["4929 3813 3266 4295", "Ana.Lopez@Example.com", "ghp_R8vTq2LmXw9KpZs4NcYb7HdJf3GaUe6Qo1Vi",
          "+44 20 7946 0958", "0044 20 7946 0958", "DE89 3704 0044 0532 0130 00", "project  bluebird",
          "078-05-1120", "AKIAIOSFODNN7EXAMPLE", "10.0.0.12", "a(b)c/d-e.f", "x1"]
# Characters that the written forms of these values are made of, plus every gap a pattern may skip.
ALPHABET = "0123456789abcdefxyzADEGKLOPSTXZ@._-/() \t\n+·ｇｈ\u200b•…🙂\u212a\u017f\u00e9"


def pattern_alone(text: str, value: str) -> str:
    """The value's regex run without the gate."""
    regex = _writing_regex(value)
    return regex.sub(MASKED, text) if regex is not None else text


def may_be_written_in(text: str, value: str) -> bool:
    from brandwatch.rules.canonical import _guess_form, canonical

    folded = folded_value(canonical(value, _guess_form(value)), SEPARATORS)
    return folded is None or may_hold(text, folded, SEPARATORS)


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("template", ["refund to {} please", "{}", "x{}y", "nothing here at all"])
@pytest.mark.parametrize("rewrite", [str, str.upper, str.lower, lambda v: v.replace(" ", "-"),
                                     lambda v: v.replace(" ", ""), lambda v: " . ".join(v.split(" ")),
                                     lambda v: v.replace(" ", "\t\n")])
def test_every_ascii_rewriting_of_a_value_is_found_as_the_pattern_finds_it(value, template, rewrite):
    text = template.format(rewrite(value)) if "{}" in template else template
    if pattern_alone(text, value) != text:
        assert may_be_written_in(text, value)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=60), value=st.sampled_from(VALUES + ["7946 0958", "ab.cd"]))
def test_the_check_never_hides_less_than_the_pattern(text, value):
    if not may_be_written_in(text, value):
        assert pattern_alone(text, value) == text


def hide_values_always_by_pattern(text: str, values: list[str]) -> str:
    """hide_values as it was before the check: every value's pattern run over every text (and the
    pieces a preview cut at an ellipsis kept, which the pattern's `sub` hides too)."""
    from brandwatch.rules.canonical import _guess_form, canonical, hide_cut_pieces
    from brandwatch.secrecy import _hide_cut_ends

    for secret in sorted(values, key=len, reverse=True):
        text = pattern_alone(text.replace(secret, MASKED), secret)
        form = _guess_form(secret)
        if len(canonical(secret, form)) >= 2 and ("…" in text or "..." in text):
            text = hide_cut_pieces(text, canonical(secret, form), form, MASKED)
        text = _hide_cut_ends(text, secret)
    return text


@settings(max_examples=200, deadline=None)
@given(prefix=st.text(alphabet=ALPHABET, max_size=20), suffix=st.text(alphabet=ALPHABET, max_size=20),
       values=st.lists(st.sampled_from(VALUES), min_size=1, max_size=3), shout=st.booleans())
def test_hide_values_gives_what_running_every_pattern_gives(prefix, suffix, values, shout):
    text = prefix + (values[0].upper() if shout else values[0].replace(" ", "-")) + suffix
    assert hide_values(text, values) == hide_values_always_by_pattern(text, values)


def test_an_ascii_text_without_the_value_is_passed_without_building_a_pattern():
    assert not may_be_written_in("the parcel never arrived, third time this month", "AKIAIOSFODNN7EXAMPLE")
    assert not may_be_written_in("call 020 7946 0959", "+44 20 7946 0958")


def test_a_preview_with_bullets_does_not_need_the_pattern():
    assert not may_be_written_in("j•••@gmail.com", "jcpsqxb@gmail.com")
    assert not may_be_written_in("AKIA•••••••• … 🙂", "AKIA4ZZI5F774FAD7LPH")
    assert may_be_written_in("AKIA4ZZI5F774FAD7LPH…", "AKIA4ZZI5F774FAD7LPH")
