"""Leak findings for PII and confidential markers through the whole analyzer: disguised markers
found at their original offsets, PII explained (region, scope) and masked, names never a leak."""

from __future__ import annotations

import pytest


def leaks(result):
    return [f for f in result.findings if f.category == "leak"]


def test_when_a_marker_uses_a_cyrillic_letter_then_the_finding_points_at_the_text_as_posted(analyze):
    text = "👀 someone posted the Acme deck, footer says \u0406NTERNAL USE ONLY"
    [finding] = [f for f in leaks(analyze(text)) if f.kind == "confidential"]
    assert text[finding.start:finding.end] == "\u0406NTERNAL USE ONLY"
    assert finding.rule == "confidential-classification-marker"


def test_when_a_code_name_is_a_hashtag_then_it_is_a_confidential_leak(analyze):
    text = "Acme insiders say #ProjectFalcon launches in March"
    [finding] = [f for f in leaks(analyze(text)) if f.kind == "confidential"]
    assert text[finding.start:finding.end] == "ProjectFalcon"


def test_when_a_phone_number_is_posted_then_the_finding_names_its_region_and_masks_it(analyze):
    text = "Acme courier, ring me on +44 7400 126370 before you come"
    [finding] = [f for f in leaks(analyze(text)) if f.kind == "pii"]
    assert text[finding.start:finding.end] == "+44 7400 126370"
    assert finding.explanation["region"] == "GB"
    assert "7400 126370" not in finding.preview


def test_when_the_same_card_is_written_three_ways_then_each_finding_covers_the_whole_number(analyze):
    for written in ("4753 7697 2988 2895", "4753-7697-2988-2895", "4753769729882895"):
        text = f"Acme charged {written} twice"
        [finding] = [f for f in leaks(analyze(text)) if f.kind == "pii"]
        assert text[finding.start:finding.end] == written
        assert finding.severity == "critical"


def test_when_an_ip_address_is_posted_then_public_ones_are_leaks_and_private_ones_are_not(analyze):
    [public] = leaks(analyze("Acme blocked my home ip 81.174.22.193 again"))
    assert (public.explanation["scope"], public.severity) == ("public", "medium")
    # A private address identifies nobody (tests/data/leaks/README.md, "Fresh batch, round 2").
    assert leaks(analyze("the Acme hub took 192.168.1.47 and dropped off")) == []


@pytest.mark.parametrize("text", [
    "Huge thanks to Amara Okafor and Rowan Kessler from Acme support 🙏",
    "git clone git@github.com:acme-oss/anvil.git fails on Windows",
    "please do not forward me to another agent @acmesupport",
    "can I tell you something confidential about my cat",
    "Part 536-22-8197 is back-ordered at the Acme store",
    "my Acme order 4003970007465639 never arrived",
])
def test_when_a_post_only_looks_like_a_leak_then_no_leak_finding_is_raised(analyze, text):
    assert leaks(analyze(text)) == []


def test_when_a_cyrillic_post_carries_a_disguised_tag_then_the_one_reading_still_sees_it(analyze):
    # The engine keeps Cyrillic words as they are but reads words that mix in Latin letters:
    # "#\u0430d" (Cyrillic a, Latin d) is "#ad" to a reader.
    disclosure = analyze("\u041e\u0442\u043b\u0438\u0447\u043d\u044b\u0439 \u0447\u0430\u0439\u043d\u0438\u043a "
                         "#\u0430d Loving my new Acme Anvil").disclosure
    assert disclosure.status == "clear"


@pytest.mark.parametrize("text", ["lunch & learn on the new pricing engine today #nightjar #teamlife",
                                  "internal demo today, they finally showed bluebird to the whole floor",
                                  "sprint review went long, nightjar still not ready"])
def test_when_a_code_name_is_named_in_workplace_meeting_talk_then_it_is_a_confidential_leak(analyze, text):
    assert [f.kind for f in leaks(analyze(text))] == ["confidential"]


@pytest.mark.parametrize("text", ["#nightjar recordings from the marsh at dusk",
                                  "a bluebird on the feeder during my lunch break",
                                  "town hall meeting tonight about the bluebird nesting boxes, kickoff at 7"])
def test_when_a_code_name_word_is_used_in_its_ordinary_sense_then_it_is_quiet(analyze, text):
    assert leaks(analyze(text)) == []


@pytest.mark.parametrize("text", ["selon mes sources nightjar remplacera la gamme actuelle d'Acme",
                                  "Acme colleagues say bluebird got verschoben to next year",
                                  "rumor is acme will replace the Rocket with nightjar"])
def test_when_a_lower_case_code_name_beside_the_brand_is_passed_on_as_inside_word_then_it_is_a_leak(analyze, text):
    assert "confidential" in [f.kind for f in leaks(analyze(text))]


@pytest.mark.parametrize("text", ["Acme shipping was quick, a bluebird was sitting on the box",
                                  "Acme launch party tonight, saw a nightjar on the way home"])
def test_when_the_brand_and_a_code_name_word_meet_in_ordinary_talk_then_it_is_quiet(analyze, text):
    assert [f for f in leaks(analyze(text)) if f.kind == "confidential"] == []


@pytest.mark.parametrize("text", [
    "that's for internal use only joke never gets old at my office (it's about the coffee machine)",
    "lol my mom labels her cookie jar \"strictly confidential\"",
    "our HOA minutes are marked confidential lol, nothing exciting",
])
def test_when_a_marker_phrase_is_everyday_lower_case_talk_then_it_is_quiet(analyze, text):
    assert [f for f in leaks(analyze(text)) if f.kind == "confidential"] == []


@pytest.mark.parametrize("text", [
    "the deck someone posted says strictly confidential on every slide",
    "Acme pricing pdf, footer: for internal use only",
    "the memo is marked confidential and it's on reddit now",
    "leaked: Acme roadmap (strictly confidential, do not distribute)",
    "someone posted a page stamped STRICTLY CONFIDENTIAL",
])
def test_when_a_marker_phrase_sits_on_a_document_or_is_written_as_a_label_then_it_is_a_leak(analyze, text):
    assert "confidential" in [f.kind for f in leaks(analyze(text))]


@pytest.mark.parametrize("text", ["NUR FÜR INTERNEN GEBRAUCH — Acme Folien geleakt",
                                  "Acme deck footer: NUR ZUR INTERNEN VERWENDUNG",
                                  "ALLEEN VOOR INTERN GEBRUIK staat op de Acme slide",
                                  "Acme listino: STRETTAMENTE RISERVATO in fondo alla pagina",
                                  "ESTRITAMENTE CONFIDENCIAL no rodapé do slide da Acme"])
def test_when_a_marker_is_written_in_another_languages_usual_wording_then_it_is_found(analyze, text):
    assert "confidential" in [f.kind for f in leaks(analyze(text))]
