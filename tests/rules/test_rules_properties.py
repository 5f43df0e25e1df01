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
    "a@b.co", "(415) 555-0132", "password=", "@", "-", " ", "\ud800", "\udcff", "\x00",
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
        source = norm.text[t_start]
        # A folded character comes from a character whose casefold holds it (whitespace reads as one space).
        assert norm.folded[start] in source.casefold() or (norm.folded[start] == " " and source.isspace())


@settings(max_examples=150, deadline=None)
@given(_TEXT, _TEXT)
def test_when_a_profile_is_matched_too_then_description_spans_lie_inside_the_description(text, description):
    from brandwatch.rules import MatchContext

    for hit in _RULES.match(text, MatchContext(author_description=description)):
        source = description if hit.in_description else text
        assert 0 <= hit.start < hit.end <= len(source) and hit.value == source[hit.start:hit.end]


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=False),
                     st.text(max_size=8), st.sampled_from(["leak", "secret", "high", "luhn", "(", "{brand.names}"]))
_KEYS = st.sampled_from(["id", "title", "description", "category", "kind", "severity", "match", "regex",
                         "phrase", "all", "any", "not", "near", "validate", "entropy", "examples", "match",
                         "no_match", "allow", "keywords", "author", "text", "span", "rules", "x"])
_NODES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(_KEYS, inner, max_size=5)),
                      max_leaves=25)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.dictionaries(_KEYS, _NODES, max_size=8), max_size=3))
def test_when_a_rule_file_holds_any_structure_then_loading_succeeds_or_raises_rule_error(tmp_path, rules):
    import io

    from ruamel.yaml import YAML

    from brandwatch.config import Settings
    from brandwatch.errors import RuleError

    buffer = io.StringIO()
    YAML().dump({"rules": rules}, buffer)
    (tmp_path / "fuzz").mkdir(exist_ok=True)
    (tmp_path / "fuzz" / "f.yaml").write_text(buffer.getvalue(), encoding="utf-8")
    try:
        load_rules(tmp_path / "fuzz", Settings())
    except RuleError as exc:
        assert all(line.startswith("fuzz/f.yaml") for line in str(exc).splitlines())
