"""One normalisation for every rule category: look-alike letters, zero-width and full-width
characters read the way a person reads them, and spans still point into the text as written."""

from __future__ import annotations

import pytest

from brandwatch.config import load_settings
from brandwatch.rules import load_rules
from brandwatch.rules.lookalikes import read_lookalikes
from brandwatch.rules.normalise import normalise
from rulefiles import REPO


@pytest.fixture(scope="module")
def bundled():
    return load_rules(None, load_settings(REPO / "config" / "brandwatch.yaml"))


def hits(rules, text, rule_id):
    return [(h.start, h.end, h.value) for h in rules.match(text) if h.rule.id == rule_id]


@pytest.mark.parametrize("disguised", [
    "\u0406NTERNAL USE ONLY",  # Cyrillic capital I
    "INT\u0415RN\u0410L USE \u041eNLY",  # Cyrillic E, A, O
    "\u0399\u039d\u03a4\u0395R\u039d\u0391L USE \u039f\u039dLY",  # Greek capitals
    "INTER\u200bNAL U\u200dSE ONLY",  # zero-width inside words
    "\uff29\uff2e\uff34\uff25\uff32\uff2e\uff21\uff2c \uff35\uff33\uff25 \uff2f\uff2e\uff2c\uff39",  # full-width
    "I\u200bNT\u0415RN\uff21L use only",  # all three at once
])
def test_when_a_marker_is_disguised_then_the_leak_rule_reads_it_and_the_span_is_the_original(bundled, disguised):
    text = f"lol the Acme deck says {disguised} on every slide"
    [(start, end, value)] = hits(bundled, text, "confidential-classification-marker")
    assert text[start:end] == value == disguised


@pytest.mark.parametrize("text, span", [
    ("Acme leak: N\u0456ghtjar ships in May", "N\u0456ghtjar"),
    ("Acme fans, #Pr\u043eject\u200bFalcon is real", "Pr\u043eject\u200bFalcon"),
    ("\uff30\uff52\uff4f\uff4a\uff45\uff43\uff54 \uff26\uff41\uff4c\uff43\uff4f\uff4e at Acme", "\uff30\uff52\uff4f\uff4a\uff45\uff43\uff54 \uff26\uff41\uff4c\uff43\uff4f\uff4e"),
])
def test_when_a_code_name_is_disguised_then_it_is_found_at_its_original_offsets(bundled, text, span):
    [(start, end, value)] = hits(bundled, text, "confidential-code-name")
    assert text[start:end] == value == span


def test_when_a_secret_uses_lookalikes_the_value_reported_is_the_text_as_posted(bundled):
    # A card written with a full-width digit and a zero-width space: masking must cover what was posted.
    text = "Acme charged 4753 7697 2988 \uff12\u200b895 twice"
    [(start, end, value)] = hits(bundled, text, "pii-payment-card")
    assert value == text[start:end] == "4753 7697 2988 \uff12\u200b895"


def test_when_a_post_is_written_in_cyrillic_then_its_own_words_are_not_turned_into_latin():
    russian = "\u043d\u0435\u0442, \u044d\u0442\u043e \u043d\u0435 \u0432\u043d\u0443\u0442\u0440\u0435\u043d\u043d\u0438\u0439 \u0406NTERNAL"
    read = read_lookalikes(russian)
    assert read.startswith(russian[:3]) and read.endswith("INTERNAL")
    assert len(read) == len(russian)


@pytest.mark.parametrize("original", [
    "\u0406NTERNAL",
    "x\u200b\u0406\uff2e\u200dTERNAL y",
    "caf\u0065\u0301 \u0421\u041e\u041d\u0424\u0418 \uff43\uff4f\uff4e\uff46",
    "\u03a1roject \u0424alcon",
])
def test_when_lookalikes_are_read_then_every_character_maps_back_inside_the_original(original):
    norm = normalise(original)
    for index in range(len(norm.text)):
        start, end = norm.to_original(index, index + 1)
        assert 0 <= start < end <= len(original)
    assert norm.to_original(0, len(norm.text)) == (0, len(original))


@pytest.mark.parametrize("text", [
    "please do not forward me to another agent, Acme, just fix it",
    "can I tell you something confidential about my cat",
    "do not share your password with anyone, even Acme staff",
])
def test_when_marker_words_are_everyday_speech_then_no_confidential_leak_is_raised(bundled, text):
    assert [h.rule.id for h in bundled.match(text) if h.rule.kind == "confidential"] == []


@pytest.mark.parametrize("text", ["Acme memo (do not forward) leaked", "the memo says DO NOT FORWARD",
                                  "do not forward this email outside the company"])
def test_when_a_distribution_marker_labels_a_document_then_it_is_a_leak(bundled, text):
    assert hits(bundled, text, "confidential-distribution-marker")


@pytest.mark.parametrize("text", ["#ProjectFalcon is coming from Acme", "#PROJECTFALCON Acme",
                                  "acme repo project_falcon", "ACME PROJECT FALCON", "Acme and #nightjar"])
def test_when_a_code_name_is_in_any_case_or_a_hashtag_then_it_is_found(bundled, text):
    assert hits(bundled, text, "confidential-code-name")


def test_when_a_code_name_is_an_ordinary_lowercase_word_then_it_is_read_as_the_word(bundled):
    assert hits(bundled, "a bluebird sat on my Acme Rocket", "confidential-code-name") == []


# Issue 16, round 2 (tests/data/leaks/fresh2.jsonl): code names spoken of from inside the company,
# markers in more languages, and everyday uses of the same words.
@pytest.mark.parametrize("text, rule_id, span", [
    ("is nightjar the next Acme speaker? my team lead went very quiet", "confidential-code-name", "nightjar"),
    ("Bluebird demo at the all-hands looked unreal, cannot say more", "confidential-code-name-in-insider-talk", "Bluebird"),
    ("my coworker says #PROJECTFALCON got scrapped", "confidential-code-name-in-insider-talk", "PROJECTFALCON"),
    ("Titel der Folie: NUR FÜR DEN INTERNEN GEBRAUCH", "confidential-classification-marker", "NUR FÜR DEN INTERNEN GEBRAUCH"),
    ("the deck footer reads USO INTE\u2060RNO", "confidential-classification-marker", "USO INTE\u2060RNO"),
    ("sorry, we are under an NDA until the launch", "confidential-classification-marker", "under an NDA"),
    ("signed an NDA for the Acme beta, so no comment", "confidential-nda-about-brand", "signed an NDA"),
])
def test_when_a_post_speaks_from_inside_the_company_then_the_confidential_value_is_found(bundled, text, rule_id, span):
    assert [value for _, _, value in hits(bundled, text, rule_id)] == [span]


@pytest.mark.parametrize("text", [
    "please do not forward this chain mail, it's a scam",
    "signed an NDA for my landlord's parking spot, lol",
    "heard a nightjar on the heath, the night walk got cancelled by rain",
])
def test_when_the_words_are_said_of_ordinary_things_then_no_confidential_leak_is_raised(bundled, text):
    assert [h.rule.id for h in bundled.match(text) if h.rule.category == "leak"] == []
