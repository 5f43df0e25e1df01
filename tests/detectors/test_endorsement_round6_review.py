"""Issue 27, review of round 6: each kind the reviewer found, as a table of posts (the reviewer's and our
own) with the hard negatives beside the positives, on the Acme roster of test_endorsement_cases.py.

Each cue is narrowed to its grammatical anchor rather than to a list of phrasings:
- a partner's own terms exempt a post only when nothing outside the terms' clause sells the product;
- details "on file", "good luck finding", "reconsider", legal words: a threat only when aimed at the
  reader or their review, or beside menace;
- NLRA shapes (rest, heat, injury, one person on a post, shifts) need a work place or a first person at work;
- praise abroad counts in its first-person and imperative verb forms, not participles and nouns;
- quantity buy calls need the product as their object; profile ties need crew/team/staff right after the brand.
"""

from __future__ import annotations

import pytest

from test_endorsement_cases import acme_analyzer, judge


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return acme_analyzer(tmp_path_factory.mktemp("acme"))


# --- 1. a partner's own terms beside product praise or a buy call -------------------------------------
PARTNER_TERMS = [
    ("Acme's creator rates are great and so is the Anvil, best pan I own. Buy one!", "partner-undisclosed"),
    ("My affiliate cut is small but honestly the Acme Anvil is the best pan ever made, get one", "partner-undisclosed"),
    ("The Acme partner payout dropped again; still, the Acme Rocket is my favourite blender. Pick one up!",
     "partner-undisclosed"),
    ("Acme sponsorship terms are fair and the Rocket is the best blender on the market", "partner-undisclosed"),
    # hard negatives: the praise is about the terms themselves
    ("Acme cut the affiliate commission to 3% this spring. Still worth it for me, barely.", "none"),
    ("My referral commission is tiny, still my favorite part of the week lol", "none"),
    ("Acme's affiliate payout went down. Still the best program for creators though.", "none"),
    ("The Acme partner payout per video went up, honestly great news for small creators", "none"),
]


@pytest.mark.parametrize("text, expected", PARTNER_TERMS)
def test_a_partner_s_terms_exempt_only_posts_that_sell_nothing_else(analyzer, text, expected):
    assert judge(analyzer, text, "pia_partner")[0] == expected


# --- 2-6, 19. brand replies: details on file, good luck, reconsider, legal words -------------------
SUPPRESSION = [
    # details kept on file, tied to the review or beside menace
    ("@kim_b your details are on file after that review. think twice before posting again", "acmehelp"),
    ("@kim_b your visits are logged now, people who leave reviews like that get noticed", "sue_staff"),
    ("@kim_b your plate is on file. be careful what you write about us", "sue_staff"),
    # a dare tied to the review, even said with "lol"
    ("@kim_b trash our store online again and good luck finding a mechanic in this town lol", "sue_staff"),
    # bad luck wished on the reviewer's next visit to the brand's own place
    ("@kim_b good luck getting an appointment at our shop ever again after that review", "sue_staff"),
    ("@kim_b after that review, good luck getting a table here again", "mo_manager"),
    ("@kim_b you won't be welcome here again after that review", "acmehelp"),
    ("@kim_b you won't be served at the Main St store again, not after that post", "mo_manager"),
    # reconsider with the review as its object
    ("@kim_b if I were you I'd reconsider that review", "mo_manager"),
    ("@kim_b reconsider your rating, it would be a shame if your warranty lapsed", "mo_manager"),
    # legal words aimed at the reader's words
    ("@kim_b your claims are defamatory and our counsel has them", "acme"),
    ("@kim_b you're libelling us. take it down.", "acmehelp"),
    # a cease and desist is sent to someone: aimed by itself
    ("@kim_b a cease and desist about your 1-star post is in the mail.", "acme"),
    # a warranty made to wait on the review going, with a subjunctive
    ("@kim_b Tu garantía queda anulada hasta que borres la reseña.", "acme"),
    ("@kim_b Tu reembolso queda en espera hasta que elimines la reseña.", "acmehelp"),
]
SUPPRESSION_NOT = [
    ("@kim_b your details are on file, so the warranty repair is covered. thanks for the review!", "acmehelp"),
    ("@kim_b your info is on file so next time checkout is faster. thanks for the 5 stars!", "acmehelp"),
    ("@kim_b your address is on file, so the replacement ships today. sorry about the review experience", "acmehelp"),
    ("@kim_b your plate is on file for the free parking validation, thanks for the review!", "acmehelp"),
    ("@kim_b thanks for the review! your number is on file and we'll text when the Anvil is back in stock",
     "acmehelp"),
    ("@kim_b your visit is logged and a manager will call you about the review tomorrow", "acmehelp"),
    ("@kim_b your order number is logged, the courier will collect the old pan. thanks for the review", "acmehelp"),
    ("@kim_b good luck finding a better pan anywhere, thanks for the kind review haha", "sue_staff"),
    ("@kim_b good luck finding a cheaper blender anywhere, glad the review was 5 stars", "mo_manager"),
    ("@kim_b if I were you I'd reconsider the Anvil 1 and get the Anvil 2, thanks for the review", "mo_manager"),
    ("@kim_b maybe rethink the slow setting for soups, thanks for the review!", "acmehelp"),
    ("@kim_b that account pretending to be us is posting defamatory claims about customers, please report it",
     "acmehelp"),
    ("@kim_b we're sorry about the defamation case you mentioned, hope it resolves. your review helps us improve",
     "acmehelp"),
    ("@kim_b a libel suit against a reviewer is never our way, thanks for the honest post", "acme"),
]


@pytest.mark.parametrize("text, author", SUPPRESSION)
def test_a_threat_aimed_at_the_reviewer_or_their_review_is_suppression(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "review-suppression"


@pytest.mark.parametrize("text, author", SUPPRESSION_NOT)
def test_service_notes_boasts_product_advice_and_others_legal_trouble_are_not(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "none"


# --- 7-11. NLRA shapes need a work place or a first person at work ----------------------------------
NLRA = [
    ("Can't even sit down to eat with my kids lately, the Acme Anvil makes dinner so fast we eat standing",
     "employee-undisclosed"),
    ("it's 100 degrees in the garage so I'm testing how the Acme Anvil handles a cold start lol", "none"),
    ("Heatwave tip: it's 95 in the shop parking lot, keep your Acme Rocket out of the sun!", "none"),
    ("it's 95 in the shop parking lot on my way to work, keep your Acme Rocket out of the sun", "none"),
    ("my kid is about to pass out, the Acme Rocket demo was that exciting", "none"),
    ("somebody is going to get hurt if they keep leaving Acme Anvils on the top shelf at home lol", "none"),
    ("one guy on the register at the grocery store and 20 people in line, ugh", "none"),
    ("Unsere Schichten im Fußballverein wurden verschoben, Spiel ist jetzt Sonntag", "none"),
    ("honestly the stockroom scene in that movie was dangerous lol", "none"),
    # hard negatives the other way: the same shapes at work stay cautions
    ("no breaks again on my shift today, 9 hours on my feet at the store", "nlra-caution"),
    ("it's 100 degrees in the warehouse and the fans at work are broken again", "nlra-caution"),
    ("someone is going to get hurt on the forklift in our warehouse, the brakes are shot", "nlra-caution"),
    ("someone is going to get hurt on that ladder, it wobbles every time", "nlra-caution"),
    ("I'm the only one on the register again tonight and there are 20 people in line", "nlra-caution"),
    ("Unsere Schichten im Lager wurden schon wieder verschoben", "nlra-caution"),
    ("our stockroom is dangerous, boxes stacked to the ceiling and no ladder", "nlra-caution"),
]


@pytest.mark.parametrize("text, expected", NLRA)
def test_working_conditions_need_a_work_place_or_a_worker(analyzer, text, expected):
    assert judge(analyzer, text, "sue_staff")[0] == expected


# --- 12-14. widened praise: verb forms, buy calls with the product as object, negation after ---------
PRAISE = [
    ("Les clients recommandés par Acme reçoivent un mail de suivi.", "none"),
    ("Acme Rocket: recomendado para mayores de 12 años según el manual.", "none"),
    ("Empfehlung der Stiftung Warentest: Finger weg vom Acme Rocket.", "none"),
    ("Grab a pair of oven mitts before touching the Acme Anvil, it gets hot", "none"),
    ("The Acme Anvil recall: get a set of replacement handles from the store, the old ones crack", "none"),
    ("Ich empfehle den Acme Rocket nicht, der Akku ist schwach.", "none"),
    ("Je ne recommande vraiment plus du tout le Acme Rocket.", "none"),
    # the positives beside them: first person, imperative, the product as the buy call's object
    ("Je vous recommande le Acme Rocket, il est génial.", "employee-undisclosed"),
    ("Recomiendo el Acme Rocket, es el mejor del mercado.", "employee-undisclosed"),
    ("Ich empfehle den Acme Rocket wirklich jedem.", "employee-undisclosed"),
    ("Grab a pair of Acme Anvils before the holidays!", "employee-undisclosed"),
    ("Acme Anvil lids are back, pick up a set of them today", "employee-undisclosed"),
]


@pytest.mark.parametrize("text, expected", PRAISE)
def test_praise_abroad_is_a_first_person_or_imperative_verb_and_buy_calls_name_the_product(analyzer, text,
                                                                                         expected):
    assert judge(analyzer, text, "sue_staff")[0] == expected


# --- 15-17. profiles: team fans, "tech with", former staff now elsewhere ----------------------------
POST = "The Acme Anvil is the best pan I own, buy one."
PROFILES = [
    ("🚀 acme rocket team captain (rec league) | Reno", "none"),
    ("🏀 Acme Rockets team fan | Reno", "none"),
    ("Acme Rockets team captain since the 90s | Reno", "none"),
    ("Tech with Acme gear since 2019", "none"),
    ("ex Acme installer, now self-employed", "none"),
    ("ex Acme tech since 2019, now freelance", "none"),
    ("ex Acme engineer, now freelance", "none"),
    ("Former Acme installer | now on my own", "none"),
    # insiders beside them
    ("🚀 Acme crew | Reno", "employee-undisclosed"),
    ("Acme tech since 2019 | Reno", "employee-undisclosed"),
    ("Acme installer, ex teacher", "employee-undisclosed"),
    ("ex teacher, now Acme installer", "employee-undisclosed"),
]


@pytest.mark.parametrize("profile, expected", PROFILES)
def test_a_profile_names_an_insider_only_by_a_present_role_at_the_brand(analyzer, profile, expected):
    assert judge(analyzer, POST, "hobby_hank", profile)[0] == expected


# --- 18. "proud to launch" hints at a tie only with the brand's product as object ---------------------
LAUNCH = [
    ("Proud to launch my own bakery side hustle! Every loaf baked on the Acme Anvil, best pan ever",
     "employee-undisclosed", "missing"),
    ("Proud to unveil the Acme Rocket 3 today. Get yours now.", "ambiguous-disclosure", "ambiguous"),
    ("Proud to launch our new Anvil lids this week, grab a set", "ambiguous-disclosure", "ambiguous"),
]


@pytest.mark.parametrize("text, expected, disclosure", LAUNCH)
def test_proud_to_launch_hints_only_with_the_brand_s_product(analyzer, text, expected, disclosure):
    assert judge(analyzer, text, "sue_staff")[:2] == (expected, disclosure)


# --- devices the round-6 tests did not pin ------------------------------------------------------------
PINNED = [
    # French negation around the verb with a pronoun between "ne" and the cue
    ("Franchement, je ne les recommande à personne, les Acme Anvil.", "none"),
    # German/Dutch negation placed after the object
    ("Ich empfehle das Acme Anvil echt nicht.", "none"),
    # "nicht nur" adds to the praise rather than denying it
    ("Ich empfehle den Acme Rocket nicht nur Profis, sondern allen.", "employee-undisclosed"),
]


@pytest.mark.parametrize("text, expected", PINNED)
def test_negation_around_or_after_the_verb_denies_the_praise(analyzer, text, expected):
    assert judge(analyzer, text, "sue_staff")[0] == expected
