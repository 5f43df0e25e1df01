"""Issue 27, review fixes: two disclosure false positives, as tables of (post, author) -> expected class
and disclosure on the Acme roster of test_endorsement_cases.py.

1. "As Acme's CFO" discloses only when the writer speaks as that person ("As Acme's CFO, I...",
   "speaking as Acme's CEO", "I'm ... as Acme's ..."); a citation of what the officer said, put or
   announced, or a quote, is someone else's words and discloses nothing.
2. "I'm biased" hints at a tie only when the bias is bare or is about the brand, its products or its
   people ("biased since Acme sponsors me", "full bias: ..."); a bias toward a kind of thing is taste.
"""

from __future__ import annotations

import pytest

from test_endorsement_cases import acme_analyzer, judge


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return acme_analyzer(tmp_path_factory.mktemp("acme"))


PROMO = "Loving the Acme Anvil, use my code PIA20 for 20% off!"

CITED_OFFICERS = [
    # the reviewer's post, and the same citation in other words, tenses and titles
    (f"{PROMO} As Acme's CFO said on the call, best quarter ever", "missing"),
    (f"{PROMO} As Acme's CEO put it, the Anvil sells itself", "missing"),
    (f"{PROMO} As Acme's founder told the paper, it took ten years to get right", "missing"),
    (f"{PROMO} As Acme's store manager mentioned, stock is low this week", "missing"),
    (f"{PROMO} As Acme's new CEO announced today, the Rocket ships in June", "missing"),
    (f"{PROMO} Just as Acme's CFO predicted, it sold out by noon", "missing"),
    (f"{PROMO} As Acme's CEO says, \u201ccook more, worry less\u201d", "missing"),
    (f"{PROMO} As Acme's CEO, \u201cwe never cut corners\u201d is the motto", "missing"),
    (f"{PROMO} As Acme's CFO, she told me the Rocket is next", "missing"),
    (f"{PROMO} I'm told, as Acme's CFO said, the Rocket is next", "missing"),
    # the writer speaking as the officer still discloses
    ("As Acme's CFO, I may be biased: the Anvil is the best pan I own, grab one", "clear"),
    ("As Acme's CFO, take this with salt: the Anvil is great, grab one", "clear"),
    ("Speaking as Acme's CEO, the Anvil is the best pan you can buy, grab one", "clear"),
    ("I'm writing this as Acme's founder: the Anvil is the best pan I own, grab one", "clear"),
    ("As Acme's store manager I see the Anvil fly off the shelf every day, grab one", "clear"),
    ("The Anvil is the best pan I own, grab one. As Acme's CFO, honestly I'd say that anyway", "clear"),
]

BIASES = [
    # the reviewer's post, and taste for a kind of thing in other words
    ("I'm a bit biased toward fast bikes, but the Acme Anvil is the best pan I own, grab one", "missing"),
    ("I'm biased towards cast iron, and the Acme Anvil is the best pan I own, grab one", "missing"),
    ("I'm totally biased for spicy food, so the Acme Rocket salsa mode won me over, grab one", "missing"),
    ("I'm heavily biased to anything with a long warranty. Acme Anvil is the best pan, grab one", "missing"),
    ("I'm kinda biased when it comes to pans. The Acme Anvil is the best I own, grab one", "missing"),
    ("I'm biased because I grew up cooking on gas, but the Acme Anvil is the best pan, grab one", "missing"),
    # a bias about the brand, its products or its people, or a bare one, still hints at a tie
    ("Best blender on the shelf (I'm a bit biased), grab the Acme Rocket", "ambiguous"),
    ("I'm biased, I work with them, but the Acme Anvil is the best pan I own, grab one", "ambiguous"),
    ("I'm biased since I know the Acme founders, but the Anvil is the best pan I own, grab one", "ambiguous"),
    # a sponsorship stated as the reason is more than a hint
    ("I'm biased since Acme sponsors me, but the Anvil is the best pan I own, grab one", "clear"),
    ("Full bias: the Acme Anvil is the best pan I own, grab one", "ambiguous"),
    ("I'm biased toward Acme, the Anvil is the best pan I own, grab one", "ambiguous"),
    ("I'm obviously biased about the Acme Rocket, but grab one", "ambiguous"),
    ("I'm biased because they send me everything they make. The Acme Anvil is the best pan, grab one",
     "ambiguous"),
    ("I'm a little biased toward their gear, the Acme Anvil is the best pan I own, grab one", "ambiguous"),
]
CLASS = {"clear": "none", "ambiguous": "ambiguous-disclosure", "missing": "partner-undisclosed"}


@pytest.mark.parametrize("text, disclosure", CITED_OFFICERS)
def test_an_officer_title_discloses_only_when_the_writer_speaks_as_that_officer(analyzer, text, disclosure):
    found, status, result = judge(analyzer, text, "pia_partner")
    assert (found, status) == (CLASS[disclosure], disclosure), result.disclosure


@pytest.mark.parametrize("text, disclosure", BIASES)
def test_a_bias_hints_at_a_tie_only_when_bare_or_about_the_brand(analyzer, text, disclosure):
    found, status, result = judge(analyzer, text, "pia_partner")
    assert (found, status) == (CLASS[disclosure], disclosure), result.disclosure


MORE_PUNCTUATION = [
    # a colon or dash after the title, and an emoji after a bare bias, are still the writer's own words
    ("As Acme's CEO: I cook on the Anvil every day, grab one", "clear"),
    ("As Acme's founder \u2014 my favourite pan is the Anvil, grab one", "clear"),
    ("The Acme Anvil is the best pan I own, grab one (I'm a bit biased \U0001F605)", "ambiguous"),
]


@pytest.mark.parametrize("text, disclosure", MORE_PUNCTUATION)
def test_punctuation_or_an_emoji_after_the_title_or_the_bias_keeps_the_disclosure(analyzer, text, disclosure):
    found, status, result = judge(analyzer, text, "pia_partner")
    assert (found, status) == (CLASS[disclosure], disclosure), result.disclosure
