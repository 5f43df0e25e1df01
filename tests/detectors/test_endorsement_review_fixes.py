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


# --- Second review (holdout7 config): review suppression, solicitation and promotion false alarms -------
# 4. A harm ("went missing", "got delayed") threatens a reviewer only when it is aimed at the reader or
#    at reviewers as a class and tied to the review by a condition; a bare "while" that only says when
#    something happened is no condition.
HARMS = [
    ("@kim_b So sorry your Anvil went missing while you were moving house. Could you DM the review link?",
     "acmehelp", "none"),
    ("Delivery got delayed again while we waited at the depot, still wrote a nice review of the Rocket",
     "sue_staff", "none"),
    ("@kim_b sorry your parcel got lost while it was with the courier, thanks for the review", "acme", "none"),
    ("My order went missing while I was on holiday, left a review about it", "mo_manager", "none"),
    # a harm tied to the review staying up, or aimed at reviewers as a class, still threatens
    ("@kim_b shame if your next order went missing while your review stays up", "sue_staff",
     "review-suppression"),
    ("@kim_b orders get lost while that rating is still up, you know", "mo_manager", "review-suppression"),
    ("@kim_b strange how deliveries get lost for folks who leave ratings like yours", "sue_staff",
     "review-suppression"),
]


@pytest.mark.parametrize("text, author, expected", HARMS)
def test_a_harm_threatens_only_when_aimed_at_the_reader_and_tied_to_the_review(analyzer, text, author, expected):
    found, _, result = judge(analyzer, text, author)
    assert found == expected, [f.rule for f in result.findings]


# 5. "opinion" is English for a view, not a review; only the Spanish and Portuguese review words
#    (opinión, opiniones, opinião, opiniões) count, and an internal staff survey asks for no public review.
OPINIONS = [
    ("Team, please share your opinion on the new uniforms in the staff survey by Friday", "ada_ceo", "none"),
    ("Store crew: give us your honest opinion of the new store logo, please, by Monday", "mo_manager", "none"),
    ("Team, please leave your feedback on the break room in the employee survey by Friday", "ada_ceo", "none"),
    # a public review in Spanish or Portuguese is still one
    ("Equipo: dejad una opinión del Anvil en Google y que vuestros padres escriban otra", "ada_ceo",
     "review-solicitation"),
    ("Equipe: deixem uma opinião sobre a Anvil no Google e peçam aos familiares também", "ada_ceo",
     "review-solicitation"),
]


@pytest.mark.parametrize("text, author, expected", OPINIONS)
def test_english_opinion_and_a_staff_survey_are_no_review_solicitation(analyzer, text, author, expected):
    found, _, result = judge(analyzer, text, author)
    assert found == expected, [f.rule for f in result.findings]


# 6. "fly Acme", "book now", "go visit" promote as an imperative at a clause start; a statement of what
#    the writer does ("I fly with Acme every week"), a refusal or a past event does not.
TRAVEL = [
    ("Off to Boston again, I fly with Acme every week for work", "ada_ceo", "none"),
    ("Last time I fly Acme on a Friday, the terminal was packed, lol", "sue_staff", "none"),
    ("I refuse to fly Acme after the last trip, the Rocket lounge was shut", "sue_staff", "none"),
    ("Couldn't book it on the Acme app this morning, the Rocket fares were gone", "sue_staff", "none"),
    ("My sister will visit them today to pick up her Acme Anvil", "sue_staff", "none"),
    ("Can't download it on my old phone, the Acme app needs a newer version", "sue_staff", "none"),
    # the imperative still promotes
    ("Honestly, if you want a smooth trip, fly Acme", "sue_staff", "employee-undisclosed"),
    ("The Acme app is the easiest I've used, download it", "sue_staff", "employee-undisclosed"),
    ("Acme's spring cabins are open, book at acme.example", "sue_staff", "employee-undisclosed"),
]


@pytest.mark.parametrize("text, author, expected", TRAVEL)
def test_book_fly_or_visit_promotes_only_as_an_imperative(analyzer, text, author, expected):
    found, _, result = judge(analyzer, text, author)
    assert found == expected, [f.rule for f in result.findings]
