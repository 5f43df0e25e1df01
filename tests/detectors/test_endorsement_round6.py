"""Issue 27, sixth round: the kinds of miss that holdout8's single scoring showed, each pinned in words
of our own (no phrasing of the batch), as tables of (post, author, profile) -> expected class on the Acme
roster of test_endorsement_cases.py, with neighbours that must stay as they are:
- praise in es/fr/de/pt/it/nl in its plural and feminine forms and with an object pronoun before the
  verb ("je vous les recommande"), and buy calls that name a quantity ("grab a pair");
- profile lines that name a trade (technician, advisor, mechanic, in several languages), a tenure
  ("Acme tech since 2019"), or the brand's handle after an emoji;
- working conditions in more everyday words: broken fans and equipment that will hurt someone, missing
  protective gear, hours cut and shifts changed in other languages, counts of missing staff, no time
  to step away, office days named by the place;
- threats to reviewers in more shapes: exclusion said with "no longer", a benefit lost "over" a review
  with a plea to reconsider, "good luck getting ... again", "if I were you", harms put in quotes,
  and a Portuguese condition on deletion.
"""

from __future__ import annotations

import pytest

from test_endorsement_cases import acme_analyzer, judge


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return acme_analyzer(tmp_path_factory.mktemp("acme"))


PRAISE_IN_LANGUAGES = [
    ("Las ollas Acme Anvil son las mejores de mi cocina.", "sue_staff", "employee-undisclosed"),
    ("Les poêles Acme Anvil sont incroyables, je vous les recommande.", "sue_staff", "employee-undisclosed"),
    ("Franchement, les meilleures poêles du marché : Acme Anvil.", "sue_staff", "employee-undisclosed"),
    ("Der Acme Rocket ist absolut empfehlenswert.", "sue_staff", "employee-undisclosed"),
    ("Le padelle Acme Anvil sono fantastiche, ve le consiglio.", "sue_staff", "employee-undisclosed"),
    ("As panelas Acme Anvil são incríveis.", "sue_staff", "employee-undisclosed"),
    ("De Acme Rocket is echt fantastisch.", "pia_partner", "partner-undisclosed"),
    ("New kitchen? Pick up a pair of Acme Anvils this week.", "sue_staff", "employee-undisclosed"),
    ("At $49 the Acme Rocket is an absolute steal.", "pia_partner", "partner-undisclosed"),
    # neighbours: the same words from a customer, and praise negated or turned to a complaint
    ("Las ollas Acme Anvil son las mejores de mi cocina.", "kim_b", "none"),
    ("Je ne vous les recommande pas, les poêles Acme Anvil collent.", "sue_staff", "none"),
    # "ne" as a word, not the start of "new": "my new favourite" is praise
    ("Full walkthrough of the Acme Rocket is up. Spoiler: it's my new favourite.", "pia_partner", "partner-undisclosed"),
    ("Der Acme Rocket ist leider nicht empfehlenswert, er ist nach zwei Wochen kaputt.", "sue_staff", "none"),
]


@pytest.mark.parametrize("text, author, expected", PRAISE_IN_LANGUAGES)
def test_praise_in_other_languages_in_any_inflection_and_quantity_buy_calls_are_endorsements(
        analyzer, text, author, expected):
    assert judge(analyzer, text, author)[0] == expected


PROFILE_TRADES = [
    ("Service advisor at Acme | Tulsa", "employee-undisclosed"),
    ("acme tech since 2019", "employee-undisclosed"),
    ("Mecánico en Acme (Sevilla)", "employee-undisclosed"),
    ("Techniker bei Acme, Köln", "employee-undisclosed"),
    ("technicienne chez Acme", "employee-undisclosed"),
    ("🛠 @acme crew | Reno", "employee-undisclosed"),
    ("dad of two | my wife is a tech at Acme", "employee-undisclosed"),
    # neighbours: fans, customers and former staff
    ("Tech enthusiast. Acme fan since 2019", "none"),
    ("Acme customer since 2015 | Tulsa", "none"),
    ("former tech at Acme, now freelancing", "none"),
]


@pytest.mark.parametrize("profile, expected", PROFILE_TRADES)
def test_profiles_that_name_a_trade_a_tenure_or_the_brand_handle_make_an_insider(analyzer, profile, expected):
    assert judge(analyzer, "The Acme Anvil is the best pan I own, buy one.", "new_face", profile)[0] == expected


WORKING_CONDITIONS = [
    ("the fans in the back have been broken all week, someone is going to pass out", "nlra-caution"),
    ("the pallet jack brakes are shot and somebody is going to get crushed", "nlra-caution"),
    ("we've had no masks or gloves in stock for a month", "nlra-caution"),
    ("Nos han recortado las horas otra vez a todo el equipo.", "nlra-caution"),
    ("On nous a réduit les heures sans aucune explication.", "nlra-caution"),
    ("Unsere Stunden wurden schon wieder gekürzt.", "nlra-caution"),
    ("Unsere Schichten wurden kurzfristig geändert, wie immer.", "nlra-caution"),
    ("we're down 3 cashiers since spring and nobody is hiring", "nlra-caution"),
    ("it's one person on the register every sunday now", "nlra-caution"),
    ("I can't even step away to eat on a twelve-hour day", "nlra-caution"),
    ("niente pausa pranzo da settimane in magazzino", "nlra-caution"),
    ("they're making us come into headquarters four days a week", "nlra-caution"),
    ("honestly the stockroom is dangerous right now", "nlra-caution"),
    # neighbours: a customer on staffing, a product's fan, a staff post with no condition
    ("the Acme store had one person on the register, forty minute wait", "none"),
    ("the fan on my Acme Rocket broke after a week, sending it back", "none"),
    ("store closes early on friday for the stock count", "none"),
    ("fans at the store were out in force for the Anvil launch, what a morning", "none"),
    ("sorry, we have no gloves in stock until friday, the delivery is late", "none"),
    ("it was 40 in the shop and 35 online for the Acme Anvil lid last week", "none"),
    ("one guy on the floor at the concert would not stop dancing", "none"),
]


@pytest.mark.parametrize("text, expected", WORKING_CONDITIONS)
def test_broken_equipment_missing_gear_cut_hours_abroad_short_counts_and_office_days_are_conditions(
        analyzer, text, expected):
    author = "kim_b" if text.startswith("the Acme store had") else "sue_staff"
    assert judge(analyzer, text, author)[0] == expected


SUPPRESSION = [
    ("@kim_b people who leave reviews like that are no longer welcome in our stores", "acme"),
    ("@kim_b it would be a shame if your rewards account got closed over one review. maybe reconsider it?",
     "acmehelp"),
    ("@kim_b keep trashing our store online and good luck getting a table here again", "sue_staff"),
    ("@kim_b we've got your email from the order. I'd take that review down if I were you", "sue_staff"),
    ("@kim_b odd how repairs get 'postponed' for customers who post reviews like that", "mo_manager"),
    ("@kim_b O seu reembolso só será liberado quando a avaliação for apagada.", "acmehelp"),
    ("@kim_b careful what you write about my crew. your plate is on file.", "mo_manager"),
]
SUPPRESSION_NOT = [
    ("@kim_b sorry we let you down, you're always welcome back in store", "acmehelp"),
    ("@kim_b good luck with the new kitchen! thanks for the review", "acme"),
    ("@kim_b if I were you I'd ask the store for a refund, DM us the order number", "acmehelp"),
    ("@kim_b your rewards account is no longer linked to the old email, reconnect it in settings", "acmehelp"),
    ("@kim_b your warranty is on file, so the repair is free. thanks for the review!", "acmehelp"),
    # legal words as banter between friends, from a staff account
    ("@kim_b calling my lasagna mid is straight up defamation lol", "sue_staff"),
    ("@kim_b sorry, dogs are no longer welcome inside our stores under the new policy. thanks for the review",
     "acmehelp"),
]


@pytest.mark.parametrize("text, author", SUPPRESSION)
def test_exclusion_lost_benefits_bad_luck_and_quoted_harms_aimed_at_reviewers_are_suppression(
        analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "review-suppression"


@pytest.mark.parametrize("text, author", SUPPRESSION_NOT)
def test_welcomes_good_wishes_and_advice_are_not_suppression(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "none"


SECOND_PASS = [
    # trash talk names the review as well as "review" does; a warranty in Portuguese is owed
    ("@kim_b keep talking smack about our store and good luck getting served anywhere in town", "sue_staff", None,
     "review-suppression", "missing"),
    ("@kim_b A sua garantia fica suspensa até que a avaliação seja apagada.", "acmehelp", None,
     "review-suppression", "missing"),
    # a legal threat in a reply to a person, even without the word review
    ("@kim_b those claims are defamatory. our counsel is preparing a cease and desist.", "acme", None,
     "review-suppression", "missing"),
    # a request for reviews with a deadline at the quarter's end is solicitation, not a withheld benefit
    ("Asking every Acme associate to review the Gold membership on Google before quarter end", "ada_ceo", None,
     "review-solicitation", "missing"),
    # pay systems named by their kind, a German schedule with many words between
    ("piece-rate pay at Acme means a slow day is a broke day", "sue_staff", None, "nlra-caution", "missing"),
    ("Unsere Schichten werden jetzt schon wieder ganz ohne Ankündigung verschoben.", "sue_staff", None,
     "nlra-caution", "missing"),
    # a disclosure tag run pushed below padding is buried as a whole
    ("Cooked all week on the Acme Anvil, love it.\n\n\n\n#ad #sponsored", "pia_partner", None,
     "ambiguous-disclosure", "ambiguous"),
    ("#ad #sponsored the Acme Anvil cooked all week, love it.", "pia_partner", None, "none", "clear"),
    # a vague tag with a digit for a letter, a launch said with pride, "give it a go"
    ("Sunday pancakes on the Acme Anvil, love it #sp0n", "pia_partner", None, "ambiguous-disclosure", "ambiguous"),
    ("Proud to unveil the Acme Rocket 3 today. Get yours now.", "sue_staff", None, "ambiguous-disclosure", "ambiguous"),
    ("The Acme Rocket app has a new recipe mode, give it a go", "sue_staff", None, "employee-undisclosed", "missing"),
    # advice against buying is no promotion, from a partner or anyone
    ("Acme Anvil prices went up again. Skip this sale.", "pia_partner", None, "none", "missing"),
    ("Proud to finally own an Acme Rocket!", "kim_b", None, "none", "missing"),
]


@pytest.mark.parametrize("text, author, profile, expected, disclosure", SECOND_PASS)
def test_second_pass_kinds(analyzer, text, author, profile, expected, disclosure):
    assert judge(analyzer, text, author, profile)[:2] == (expected, disclosure)


PARTNER_TERMS = [
    # a partner on their own rates and terms is not promoting (N3), even when the deal is "worth it"
    ("Acme cut the affiliate commission to 3% this spring. Still worth it for me, barely.", "none"),
    ("The Acme partner payout per video went up, honestly great news for small creators", "none"),
    # neighbours: the same partner selling, or praising the product
    ("Acme's affiliate commission is great and so is the Anvil. Grab one here acme.example/pia", "partner-undisclosed"),
    ("The Acme Anvil is the best pan I've cooked on, get one", "partner-undisclosed"),
]


@pytest.mark.parametrize("text, expected", PARTNER_TERMS)
def test_a_partner_on_their_own_rates_is_not_an_endorsement_unless_they_sell(analyzer, text, expected):
    assert judge(analyzer, text, "pia_partner")[0] == expected
