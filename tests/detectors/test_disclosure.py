"""Disclosure status per the FTC Endorsement Guides: clear, ambiguous (vague or buried), missing."""

from __future__ import annotations

import pytest

FILLER = ("Spent the whole weekend cooking with the new Anvil skillet and honestly it changed how I "
          "think about weeknight dinners, the heat is so even and cleanup takes a minute. ")


@pytest.mark.parametrize("text, evidence", [
    ("#ad Loving my new Acme Anvil, the heat is so even", "#ad"),
    ("Loving my new Acme Anvil #sponsored", "#sponsored"),
    ("Paid partnership with Acme: my Anvil routine", "Paid partnership"),
    ("I work at Acme and the new Rocket is the best thing we've made", "I work at Acme"),
    ("As an Acme ambassador I get the Rocket early and it rips", "As an Acme ambassador"),
    ("Links are affiliate links, I earn a commission: the Anvil is on sale", "I earn a commission"),
])
def test_when_a_clear_term_is_in_plain_view_then_disclosure_is_clear(analyze, text, evidence):
    disclosure = analyze(text).disclosure
    assert disclosure.status == "clear"
    assert disclosure.evidence.casefold() == evidence.casefold()


@pytest.mark.parametrize("text, evidence", [
    ("Loving the Acme Anvil #sp", "#sp"),
    ("Loving the Acme Anvil #spon", "#spon"),
    ("New Rocket day #collab", "#collab"),
    ("Best anvil ever #partner", "#partner"),
    ("Anvil game strong today, thanks Acme!", "thanks Acme"),
    ("Ambassador life: my Acme Anvil goes everywhere", "Ambassador"),
])
def test_when_the_tag_is_vague_then_disclosure_is_ambiguous(analyze, text, evidence):
    disclosure = analyze(text).disclosure
    assert disclosure.status == "ambiguous"
    assert disclosure.evidence == evidence


def test_when_a_clear_tag_comes_after_the_first_125_characters_then_it_is_buried(analyze):
    text = FILLER + "Go get one. #ad"
    assert text.index("#ad") >= 125
    disclosure = analyze(text).disclosure
    assert (disclosure.status, disclosure.evidence) == ("ambiguous", "buried: #ad")


def test_when_a_clear_tag_ends_inside_the_first_125_characters_then_it_is_clear(analyze):
    text = "Obsessed with the Acme Anvil #ad " + FILLER
    assert analyze(text).disclosure.status == "clear"


def test_when_a_long_post_starts_with_ad_then_it_is_clear(analyze):
    for opening in ("#ad ", "Ad: ", "AD | ", "[Ad] "):
        disclosure = analyze(opening + FILLER + FILLER).disclosure
        assert disclosure.status == "clear", opening
        assert not disclosure.evidence.startswith("buried:")


def test_when_the_clear_tag_sits_at_the_end_among_three_other_hashtags_then_it_is_buried(analyze):
    disclosure = analyze("Anvil dinner tonight #cooking #kitchen #home #ad").disclosure
    assert (disclosure.status, disclosure.evidence) == ("ambiguous", "buried: #ad")


def test_when_the_clear_tag_sits_at_the_end_among_two_other_hashtags_then_it_is_clear(analyze):
    assert analyze("Anvil dinner tonight #cooking #kitchen #ad").disclosure.status == "clear"


@pytest.mark.parametrize("tag", [
    "#\u0430d",         # Cyrillic small a
    "#a\u200bd",        # zero-width space inside
    "#\u0430\u200dd",   # both
    "\uff03\uff41\uff44",  # full-width #ad
    "#\u0391D",         # Greek capital alpha
])
def test_when_a_tag_uses_lookalike_or_invisible_characters_then_it_reads_as_a_person_reads_it(analyze, tag):
    disclosure = analyze(f"{tag} Loving my new Acme Anvil").disclosure
    assert disclosure.status == "clear"
    assert disclosure.evidence.casefold() == "#ad"


def test_when_ad_only_starts_a_word_then_there_is_no_disclosure(analyze):
    assert analyze("Ad blockers are the best thing online. Also my Acme Rocket.").disclosure.status == "missing"
    assert analyze("Fresh #adidas drop with my Acme Rocket").disclosure.status == "missing"


def test_when_the_only_disclosure_is_in_the_profile_then_the_post_has_none(analyze):
    result = analyze("The Anvil kettle is the best thing to happen to my mornings. Buy one!",
                     author="kettle_kev", description="Acme ambassador | #ad partner")
    assert result.disclosure.status == "missing"


def test_when_nobody_is_paid_then_a_disclosure_is_still_judged(analyze):
    result = analyze("thanks acme for fixing my order so fast", author="random_customer")
    assert result.disclosure.status == "ambiguous"
    assert not [f for f in result.findings if f.category == "endorsement"]
