"""Issue 27, third round: compositional cues that carry to new writers' wording, as tables of
(post, author) -> expected class and disclosure on the Acme roster of test_endorsement_cases.py.

Each row is a shape, not a phrase: a removal demand tied to something the customer is owed, an ask to
insiders named in the singular or in another language, a working condition said in everyday words
in a sentence about the job. Precision rows sit beside them: a reply that leaves the choice to the
reviewer, a manager who forbids staff reviews, a staff member who only names a manager or a break room.
"""

from __future__ import annotations

import pytest

from test_endorsement_cases import acme_analyzer, judge


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return acme_analyzer(tmp_path_factory.mktemp("acme"))

SUPPRESSION = [
    ("@kim_b take down the post and we'll process your refund. Until then it stays paused.", "acmehelp",
     "review-suppression"),
    ("@kim_b your warranty paperwork goes out as soon as the review is corrected", "acme", "review-suppression"),
    ("@kim_b we'd need that rating changed first, then the replacement ships", "acme", "review-suppression"),
    ("@kim_b I know exactly who you are. Rethink that review.", "sue_staff", "review-suppression"),
    ("@kim_b keep writing those reviews and see if any store in town will serve you", "acme", "review-suppression"),
    ("@kim_b tu reseña es difamatoria, tomaremos acciones legales", "acme", "review-suppression"),
    ("@kim_b if that post stays up, don't bother ordering from us again", "mo_manager", "review-suppression"),
    ("@kim_b we have the security footage. Post it again and we publish ours.", "acme", "review-suppression"),
    ("@kim_b everyone at the store will know who you are after that review", "sue_staff", "review-suppression"),
    ("@kim_b your refund went out today either way. If you update the review later, that's up to you.", "acmehelp",
     "none"),
    ("@kim_b we've refunded the order and shared your notes with the team", "acme", "none"),
]

SOLICITATION = [
    ("Warehouse pickers: an Amazon review from you would mean a lot this month", "mo_manager", "review-solicitation"),
    ("Every associate should rate the Rocket 5 stars and ask one relative to do it too", "ada_ceo",
     "review-solicitation"),
    ("crew: reviews from ur parents by thurs pls", "mo_manager", "review-solicitation"),
    ("Any associate who brings me 4 Google reviews from friends or family gets Friday off", "mo_manager",
     "review-solicitation"),
    ("Equipo Acme: pidan a sus familias una reseña del Anvil", "ada_ceo", "review-solicitation"),
    ("If your brother bought an Anvil, make him write the review", "mo_manager", "review-solicitation"),
    ("We never ask staff to review our products. Report any staff review to compliance.", "ada_ceo", "none"),
]

NLRA = [
    ("they gave us 3 paid mental health days this year, finally", "nlra-caution"),
    ("the AC in the stockroom has been broken for a week and it's 98 in there", "nlra-caution"),
    ("they piled 20 more orders onto each shift and kept the same hours", "nlra-caution"),
    ("new hire associates are starting at $19 and I'm at $18.25 after 3 years", "nlra-caution"),
    ("down to 2 people on the registers for the whole store", "nlra-caution"),
    ("nos quitaron el descanso del almuerzo en el almacén", "nlra-caution"),
    ("mandatory sunday meetings now, unpaid", "nlra-caution"),
    ("commission for reps just got cut from 10% to 6%", "nlra-caution"),
    ("the fire exits in the back are blocked with pallets again", "nlra-caution"),
    ("@kim_b so sorry, I've passed your note to the store manager", "none"),
    ("my coworkers decorated the break room for my birthday", "none"),
]

ENDORSEMENTS = [
    ("Acme Anvil deep clean service 🫧 book it before the holiday rush", "sue_staff", None, "employee-undisclosed",
     "missing"),
    ("Knife sharpening special at every Acme store: $15 through March", "sue_staff", None, "employee-undisclosed",
     "missing"),
    ("The Acme Rocket is the move for new cooks. Don't overthink it.", "pia_partner", None, "partner-undisclosed",
     "missing"),
    ("My niece loves the Acme Rocket", "pia_partner", None, "partner-undisclosed", "missing"),
    ("The Acme Anvil is the only pan my kid uses now", "pia_partner", None, "partner-undisclosed", "missing"),
    ("Acme Rocket first look: if you order via my link it helps the channel", "pia_partner", None,
     "ambiguous-disclosure", "ambiguous"),
    ("My team just rolled out Acme Rocket refills at the Elm St store, come see us!", "sue_staff", None,
     "ambiguous-disclosure", "ambiguous"),
    ("Pia adore la Acme Rocket, merci @acme !", "pia_partner", None, "ambiguous-disclosure", "ambiguous"),
    ("Acme vet tech here, so I'm biased: the Anvil is the best pan we sell", "sue_staff", None, "none", "clear"),
    ("The Acme Anvil is the only pan I recommend now", "new_voice", "vet tech @ Acme Boulder", "employee-undisclosed",
     "missing"),
    ("Melhor panela do mundo, comprem a Acme Anvil!", "nova_voz", "Caixa na Acme | Lisboa", "employee-undisclosed",
     "missing"),
    ("My husband works the night shift at Acme, so grain of salt: best pan we own", "spouse_s", None, "none", "clear"),
]


@pytest.mark.parametrize("text, author, expected", SUPPRESSION)
def test_suppression_is_a_threat_or_a_removal_tied_to_what_the_customer_is_owed(analyzer, text, author, expected):
    assert judge(analyzer, text, author)[0] == expected


@pytest.mark.parametrize("text, author, expected", SOLICITATION)
def test_solicitation_reaches_insiders_named_in_the_singular_and_in_other_languages(analyzer, text, author,
                                                                                     expected):
    assert judge(analyzer, text, author)[0] == expected


@pytest.mark.parametrize("text, expected", NLRA)
def test_working_conditions_in_everyday_words_and_their_look_alikes(analyzer, text, expected):
    assert judge(analyzer, text, "sue_staff")[0] == expected


@pytest.mark.parametrize("text, author, description, expected, disclosure", ENDORSEMENTS)
def test_praise_promotion_and_ties_in_new_wording(analyzer, text, author, description, expected, disclosure):
    assert judge(analyzer, text, author, description)[:2] == (expected, disclosure)


# Second pass of the round, after holdout5's one scoring (its posts are not repeated here).
SECOND_PASS = [
    ("@kim_b we've got you on camera in the store. maybe rethink the reviews", "acme", None, "review-suppression"),
    ("@kim_b glad to waive the restocking fee the moment your rating is revised", "acmehelp", None,
     "review-suppression"),
    ("@kim_b keep posting reviews and watch your account stop working", "sue_staff", None, "review-suppression"),
    ("Associates: ask your kids to rate Acme on the app store. Proof = a free lunch.", "mo_manager", None,
     "review-solicitation"),
    ("All Acme staff: one review each, tonight. Let's drown out the trolls.", "ada_ceo", None, "review-solicitation"),
    ("whoever piles up the most Google reviews from their relatives wins the parking spot", "mo_manager", None,
     "review-solicitation"),
    ("Équipe Acme : chacun laisse un avis sur l'Anvil ce soir, svp", "ada_ceo", None, "review-solicitation"),
    ("Heads up team, reviews from your households count toward the store bonus", "mo_manager", None,
     "review-solicitation"),
    ("reps went from 8% of sales to 5% this quarter, no warning", "sue_staff", None, "nlra-caution"),
    ("one cashier for four registers on sundays now", "sue_staff", None, "nlra-caution"),
    ("the freezer has been leaking in the stockroom and we keep slipping", "sue_staff", None, "nlra-caution"),
    ("we finally get the schedule with two weeks notice", "sue_staff", None, "nlra-caution"),
    ("friendliest kitchen store in Denver and I'd know 😅 Acme on Elm, come shop", "sue_staff", None,
     "employee-undisclosed"),
    ("The Acme cooking classes are unmatched, grab a seat", "new_voice", "cooking instructor @ Acme Denver",
     "employee-undisclosed"),
    ("we just opened the new demo kitchen at Acme Elm St and it's gorgeous", "sue_staff", None, "ambiguous-disclosure"),
    ("Get the Acme Anvil through my link, every order keeps this channel going", "pia_partner", None,
     "ambiguous-disclosure"),
    ("My honest month with the Acme Anvil, every dish ranked", "home_cook_hal", None, "none"),
    ("I managed an Acme store for six years, left in 2023. The Anvil is still great.", "former_fay", None, "none"),
]


@pytest.mark.parametrize("text, author, description, expected", SECOND_PASS)
def test_second_pass_shapes(analyzer, text, author, description, expected):
    assert judge(analyzer, text, author, description)[0] == expected
