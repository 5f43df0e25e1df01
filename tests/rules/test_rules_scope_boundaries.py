"""Where a scoped exception stops: a word window never crosses its hit's sentence, a `hit` scope
needs the exception to overlap the hit itself, sentences end at full-width stops, at stops closed
by a quote or bracket, but not after a short abbreviation ("St. Louis"); `repeats` compares words
casefolded but never lets a lower-case exception excuse a hit written in capitals."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandwatch.config import Settings, load_settings
from brandwatch.rules import load_rules
from rulefiles import one_rule, write_rules

ROOT = Path(__file__).resolve().parents[2]


def _rules(tmp_path, match_yaml):
    return load_rules(write_rules(tmp_path / "r", one_rule(match_yaml)), Settings())


def _found(rule_set, text):
    return [(h.start, h.value) for h in rule_set.match(text)]


def _secret_unless(scope_yaml: str, exception: str = "sample") -> str:
    return ("      all:\n        - regex: 'key=(\\w+)'\n"
            f"        - not: {{phrase: {exception}{scope_yaml}}}\n")


@pytest.mark.parametrize("stop", [". ", "\n", "。", "！", "？"])
def test_when_a_word_window_meets_a_sentence_end_then_it_stops_there(tmp_path, stop):
    rules = _rules(tmp_path, _secret_unless(", scope: {within: 3}"))
    text = f"a sample{stop}键 key=zq93"
    assert _found(rules, text) == [(text.index("zq93"), "zq93")]
    assert _found(rules, "a sample key=zq93") == []


def test_when_the_scope_is_hit_then_only_an_exception_overlapping_the_hit_excuses_it(tmp_path):
    rules = _rules(tmp_path, "      all:\n        - phrase: secret\n"
                             "        - not: {phrase: secret santa, scope: hit}\n")
    assert _found(rules, "our secret santa list") == []
    text = "secret santa aside, secret plan attached"
    assert _found(rules, text) == [(text.rindex("secret"), "secret")]
    assert _found(rules, "santa secret") == [(6, "secret")]  # beside the hit is not on it


@pytest.mark.parametrize("stop", ["！", "？", "!", "?"])
def test_when_a_stop_is_followed_by_a_cjk_character_then_the_sentence_ends(tmp_path, stop):
    rules = _rules(tmp_path, _secret_unless(", scope: sentence"))
    text = f"見本 sample{stop}键 key=zq93"
    assert _found(rules, text) == [(text.index("zq93"), "zq93")]


@pytest.mark.parametrize("closing", ['"', "'", "”", "’", ")", "]", "»", '")'])
def test_when_a_stop_is_closed_by_a_quote_or_bracket_then_the_sentence_still_ends(tmp_path, closing):
    rules = _rules(tmp_path, _secret_unless(", scope: sentence"))
    text = f"(a sample.{closing} key=zq93"
    assert _found(rules, text) == [(text.index("zq93"), "zq93")]


@pytest.mark.parametrize("abbreviation", ["St.", "Mr.", "Mrs.", "Dr.", "e.g.", "i.e.", "vs.", "No.", "Inc.", "Ltd.", "Co."])
def test_when_a_stop_closes_a_short_abbreviation_then_the_sentence_goes_on(tmp_path, abbreviation):
    rules = _rules(tmp_path, _secret_unless(", scope: sentence"))
    assert _found(rules, f"a sample from {abbreviation} Louis key=zq93") == []


def test_when_repeats_compares_words_then_case_is_folded_but_capitals_are_not_excused_by_lower_case(tmp_path):
    rules = _rules(tmp_path, "      all:\n        - regex: '(?i)\\b(kittiwake)\\b'\n"
                             "        - not: {regex: '(?i)\\bkittiwake (?:pub|inn)\\b', scope: repeats}\n")
    assert _found(rules, "KITTIWAKE PUB is open again! Kittiwake scones are back") == []
    assert _found(rules, "the kittiwake pub. Kittiwake has a view") == []
    text = "Drinks at the Kittiwake pub. KITTIWAKE ships in May"
    assert _found(rules, text) == [(text.index("KITTIWAKE"), "KITTIWAKE")]


@pytest.fixture(scope="module")
def bundled():
    return load_rules(None, load_settings(ROOT / "config" / "brandwatch.yaml"))


def _reported(rule_set, text, prefix="confidential"):
    return sorted({h.value for h in rule_set.match(text) if h.rule.id.startswith(prefix)})


@pytest.mark.parametrize("text, expected", [
    ("Acme Q3 layoff slides, INTERNAL ONLY, DO NOT SHARE them", "INTERNAL ONLY"),
    ("fake Acme giveaway texts going round. DO NOT SHARE them\nINTERNAL ONLY - Acme payroll schedule attached",
     "INTERNAL ONLY"),
    ("my diary is CONFIDENTIAL. CONFIDENTIAL: Acme layoff list attached", "CONFIDENTIAL"),
    ("we moved to Acme confidential computing\nAcme Confidential - Q3 roadmap slide leaked", "Acme Confidential"),
    ("plz don't share. do not forward this memo outside Acme", "do not forward"),
    ("信封上写着 PRIVATE AND CONFIDENTIAL！Acme 的工资表标着 RESTRICTED 已经在网上了", "RESTRICTED"),
    ('Acme HR: "your answers stay strictly confidential." Then they mailed us all a pdf headed '
     "STRICTLY CONFIDENTIAL with ratings", "STRICTLY CONFIDENTIAL"),
    ("PRIVATE AND CONFIDENTIAL letter from my bank, and the Acme org chart someone posted has "
     "CONFIDENTIAL across the top", "CONFIDENTIAL"),
    ("bought a second-hand desk with a CONFIDENTIAL sticker, and the Acme deck on my feed says "
     "INTERNAL USE ONLY on every slide", "INTERNAL USE ONLY"),
])
def test_when_an_innocent_use_sits_beside_a_real_marker_then_the_marker_is_still_reported(bundled, text, expected):
    assert expected in _reported(bundled, text)


def test_when_a_receipt_abbreviates_a_street_then_customer_copy_still_excuses_its_marker(bundled):
    assert _reported(bundled, "my Acme receipt: CUSTOMER COPY - St. Louis store - CONFIDENTIAL") == []


def test_when_a_code_name_repeats_then_case_is_folded_and_capitals_stay_a_leak(bundled):
    assert _reported(bundled, "BLUEBIRD CAFE is open again! Bluebird scones are back. Acme kettle still going strong") == []
    assert "Bluebird" in _reported(bundled, "Lunch at the Bluebird Cafe, lovely. Then my Acme manager showed us "
                                            "Acme Bluebird, ships in May")


def test_when_a_json_line_holds_a_public_key_then_another_key_on_it_is_still_reported(bundled):
    line = ('{"app_public_key": "Hc4YpL2mQ8vR3tN6wZ1xK9", '
            '"storage_account_key": "Pz3Kd8Wm1Qx6Rv9Tb4Ny7Hc2Jf5Lg0Sa"}')
    assert "Pz3Kd8Wm1Qx6Rv9Tb4Ny7Hc2Jf5Lg0Sa" in _reported(bundled, line, prefix="credential")


def test_when_a_full_width_stop_is_followed_by_latin_text_then_the_sentence_still_ends(tmp_path):
    rules = _rules(tmp_path, _secret_unless(", scope: sentence"))
    assert _found(rules, "a sample！key=zq93") == [(13, "zq93")]
    assert _found(rules, "a sample!key=zq93") == []  # an ASCII stop needs a space or CJK after it


def test_when_staff_name_their_own_manager_at_the_brand_then_a_repeated_code_name_is_still_reported(bundled):
    text = "Lunch at the Bluebird Cafe, lovely. Then my Acme manager showed us Bluebird, ships in May"
    assert "Bluebird" in _reported(bundled, text)
    assert _reported(bundled, "Lunch at the Bluebird Cafe, lovely. Acme kettle still going strong") == []
