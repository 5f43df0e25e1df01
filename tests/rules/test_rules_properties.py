"""Property tests: arbitrary Unicode never crashes the engine and spans always lie inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brandwatch.config import load_settings
from brandwatch.rules import load_rules
from brandwatch.rules.normalise import normalise
from rulefiles import REPO

_RULES = load_rules(None, load_settings(REPO / "config" / "brandwatch.yaml"))

# Mix arbitrary code points with fragments that make rules fire, so hits actually happen.
_FRAGMENTS = st.sampled_from([
    "AKIAQ3EGUVNT5XJ2LWPM", "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", "\u200b", "\u0301", "😀",
    "internal use only", "Acme", "Bluebird", "OPS-4412", "4282 3768 5860 9055", "ß", "ﬁ", "ＡＣＭＥ",
    "a@b.co", "(415) 555-0132", "password=", "@", "-", " ",
])
_TEXT = st.lists(st.one_of(st.text(max_size=12), _FRAGMENTS), max_size=12).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_when_any_unicode_is_matched_then_spans_lie_inside_and_values_are_slices(text):
    for hit in _RULES.match(text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.value == text[hit.start:hit.end]
        assert 0.0 <= hit.score <= 1.0


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_when_any_text_is_normalised_then_every_span_maps_inside_the_original(text):
    norm = normalise(text)
    for start in range(len(norm.text)):
        o_start, o_end = norm.to_original(start, start + 1)
        assert 0 <= o_start < o_end <= len(text)
    for start in range(len(norm.folded)):
        t_start, t_end = norm.from_folded(start, start + 1)
        assert 0 <= t_start < t_end <= len(norm.text)
