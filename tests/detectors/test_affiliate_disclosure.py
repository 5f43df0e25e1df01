"""Affiliate and sponsor disclosures as creators write them in video descriptions and pins.

The status keeps the FTC reading of issue 27 (a statement that the author earns or was given something
is clear; a bare affiliate wording is ambiguous; a buried clear term is ambiguous with "buried:"), and
bench/affiliate_disclosure.py reads "disclosed" from it. Each row is a wording of its kind, not a post of
the affiliate_descriptions batch.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from affiliate_disclosure import reads_disclosed  # noqa: E402  (the scorer's own reading)

LONG_BODY = ("Kayak camping on the lake, day two\n\n0:00 Intro\n1:12 Packing the boat\n5:40 Camp\n\n"
             "Paddle: carbon blade - https://go.example.net/pdl1\nTent: 2p ultralight - https://go.example.net/tnt2\n"
             "Instagram: @lakeloop\n\n")


@pytest.mark.parametrize("text", [
    # the author's earning, said about the links, the sale or the purchase
    "Heads up, the links in this description can earn me a commission.",
    "Commissions are earned on the retailer links below.",
    "If you order through the shop links I receive a small commission, thank you!",
    "I make a few cents whenever you buy from these.",
    "Anything you buy from the list sends some cents my way",
    "I earn a little from every purchase through the kit list.",
    "Referral links give you 10% off and pay me a small fee.",
    "Si compras desde estos enlaces gano una pequeña comisión.",
    "Über diese Links bekomme ich eine kleine Provision.",
    "Via deze links verdien ik een kleine commissie.",
    "We may receive compensation when you book through these partners.",
    "I'm compensated for sign-ups through the banner link.",
    # payment or sponsorship in words, whoever the brand is
    "This week's video is brought to you by a meal-kit company I actually use.",
    "The studio paid me to make this build guide.",
    "I was paid to test these skis for a month.",
    "Episode sponsored content: Harbor Socks, link below.",
    "Contém publicidade paga.",
    "Partenariat rémunéré",
    "Enthält Produktplatzierung.",
    "Huge thanks to today's sponsor, Lumen Sleep.",
    # a gift in words
    "Both lenses were sent to me for review; I keep them afterwards.",
    "I was gifted this stand mixer by the brand.",
    "Free review units from Solano Audio.",
    "Our cabin stay was covered by the regional tourism office.",
    "The resort paid for our flights and the spa day.",
    "Prodotti ricevuti in regalo.",
    # a label on its own line of a long description
    LONG_BODY + "Ad | the stove brand paid for this trip",
    LONG_BODY + "Werbung: Produkte wurden kostenlos zur Verfügung gestellt",
    "Spring tablescape ideas\nPaid link - thanks for reading",
    # a complete line above does not reach across the break; a label answered with a name is a label
    "Not my usual style, I know.\n#ad Trying the Acme Rocket this week",
    "Camp stove test\nSponsor: Acme Outdoors, link below",
    "I make money when you buy through my links, thank you!",
    "Our flights were covered by Acme Travel.",
    "The playlist is a collaboration with Northwind Radio, who paid me for the slot.",
    "#ad Want to try the stove? No worries, the shop link is below.",
])
def test_when_a_creator_states_payment_commission_or_a_gift_then_it_is_a_disclosure(analyze, text):
    disclosure = analyze(text).disclosure
    assert disclosure.status == "clear" or disclosure.evidence.startswith("buried:"), disclosure
    assert reads_disclosed(disclosure, "placed")


@pytest.mark.parametrize("text", [
    "Kit list (aff):",
    "Some of the links up there are affiliate links.",
    "*affiliate",
    "Links (some aff):",
    "#amazonaffiliate",
    "aff links in the pin",
    "Affiliate: every amzn.to link",
    "Shopping through this pin helps my small blog",
    "Every order through my code keeps the lights on",
    "Using the links below is the easiest way to support what I do",
    "This pin contains affiliate links.",
])
def test_when_only_an_affiliate_wording_is_given_then_it_is_ambiguous_but_states_the_tie(analyze, text):
    disclosure = analyze(text).disclosure
    assert disclosure.status == "ambiguous", disclosure
    assert not reads_disclosed(disclosure, "placed")
    assert reads_disclosed(disclosure, "stated")


@pytest.mark.parametrize("text", [
    "Thanks to Quarry for making this possible",
    "#sp",
    "In collaboration with Boreal",
    "Partner: Kitewing",
])
def test_when_only_a_vague_term_is_given_then_no_reading_counts_it_disclosed(analyze, text):
    disclosure = analyze(text).disclosure
    assert disclosure.status != "clear", disclosure
    assert not any(reads_disclosed(disclosure, reading) for reading in ("strict", "placed", "stated"))


@pytest.mark.parametrize("text", [
    "Not sponsored, I paid for every piece of this kit.",
    "Links are plain links, I earn nothing from them.",
    "No one paid me to make this video.",
    "Adjust the playback speed if I ramble.",
    "Use SponsorBlock all you like, there is nothing to skip.",
    "Brands I affiliate with? None.",
    "Keine Werbung, alles selbst gekauft.",
    "Niet gesponsord.",
    "How creators earn money: commissions, ads and sponsors explained.",
    "The manager comped my drink when they got the order wrong.",
    "No-spend month challenge\nAdd to your board!",
    "If this were sponsored I would say so.",
    "The sponsor of the charity run was a local bakery.",
    "Paid subscribers get the pattern a week early.",
    # a negation hard-wrapped onto the line above still governs the term
    "Just to be clear, I'm not an\nAcme employee, just a fan",
    "This is not\nsponsored by Acme",
    "Nobody paid me, this is not a\npaid partnership with Acme",
    "Not\n#ad, I bought it myself",
    "If this were\n#sponsored I'd tell you",
    "Not sponsored\n#ad-free living",
    # a label answered "none", and sponsor or payer talk that names no tie
    "This is NOT an ad\nSponsor: nobody",
    "No brand deal here\nbrand deal: none",
    "Our sponsor is whoever buys us coffee",
    "Today's sponsor of my bad mood: Acme support",
    "Acme, who paid me? Nobody.",
    # earning talk that is not about the author's links
    "I earn money as a nurse",
    "We make money when you buy? That's how Acme's affiliate program works, explained",
    "My card pays out, so we get a little money back if you buy through the insurance",
    "I make money when you buy through my link? Nope, these are plain links",
    # a gift or cover from family, an insurer, an employer or a contract
    "I was gifted this Acme Anvil by my mother-in-law for Christmas",
    "My son was gifted an Acme Rocket by grandma",
    "produit offert par ma sœur",
    "Received this Acme Rocket for free with my phone contract",
    "Our flights were covered by travel insurance",
    "My hotel stay was covered by my employer",
    # an affiliate denial, and "afiliado" meaning a member
    "#notanaffiliate just love my Acme Rocket",
    "Affiliates: none. I bought my Acme Rocket",
    "Mi padre es afiliado del sindicato",
])
def test_when_the_words_are_denied_or_mean_something_else_then_nothing_is_disclosed(analyze, text):
    disclosure = analyze(text).disclosure
    assert not reads_disclosed(disclosure, "stated"), disclosure


def test_when_a_commission_statement_closes_a_long_description_then_it_is_buried_yet_disclosed(analyze):
    disclosure = analyze(LONG_BODY + "The links above may earn me a commission.").disclosure
    assert disclosure.status == "ambiguous"
    assert disclosure.evidence.startswith("buried:")
    assert reads_disclosed(disclosure, "placed") and not reads_disclosed(disclosure, "strict")


@pytest.mark.parametrize(("text", "status", "stated"), [
    ("#ad Loving the new stove", "clear", True),
    (LONG_BODY + "The links above may earn me a commission.", "ambiguous", True),  # buried, still said
    ("Stove of the year #affiliate", "ambiguous", True),  # a vague tag that names the affiliate tie
    ("Camp kitchen tour #afflink", "ambiguous", True),
    ("Kit list (aff):", "ambiguous", True),
    ("Stove of the year #sp", "ambiguous", False),  # vague: says nothing of what the tie is
    ("Partner: Kitewing", "ambiguous", False),
    ("Not an #ad, I just love it", "missing", False),
    ("Brands I affiliate with? None.", "missing", False),
])
def test_the_scan_contract_says_whether_the_tie_is_stated_beside_how_clearly(analyze, text, status, stated):
    contract = analyze(text).to_contract()["disclosure"]
    assert (contract["status"], contract["stated"]) == (status, stated), contract
