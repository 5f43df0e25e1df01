"""Issue 27, fifth round: shapes from holdout7's first scoring, each in words of our own, as tables of
(post, author) -> expected class on the Acme roster of test_endorsement_cases.py.

The cue families are composed rather than listed:
- suppression = a removal demand (any verb form, bare or clipped) x a consequence (legal words alone,
  a deadline, menace, surveillance of the reviewer, an account put under scrutiny), or a harm to the
  reviewer x a condition that ties it to reviews ("folks who post ratings like yours"), or a thing owed
  x a change to the review x a word that makes one wait on the other, in several languages;
- solicitation = a review object (incl. a star rating) x a request marker (incl. "I'm asking",
  "would be appreciated", a reward) x insiders or their households;
- NLRA = schedules, rest, standby, allowances, unpaid time and staff shortages in everyday words and
  other languages.
Precision rows sit beside them.
"""

from __future__ import annotations

import pytest

from test_endorsement_cases import acme_analyzer, judge


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return acme_analyzer(tmp_path_factory.mktemp("acme"))


SUPPRESSION = [
    ("@kim_b Pull it. Or lawyers get involved.", "acme"),
    ("@kim_b customers who post things like this may be denied service at every Acme store", "acmehelp"),
    ("@kim_b I can see your address on the order 👀 delete the post and we're fine", "sue_staff"),
    ("@kim_b a rating like that? we've noted your name. Don't expect any help in store.", "mo_manager"),
    ("@kim_b strange how deliveries get lost for folks who leave ratings like yours", "sue_staff"),
    ("@kim_b removing that review would be wise, we all talk at the store", "sue_staff"),
    ("@kim_b we will be claiming costs from anyone posting false reviews about Acme", "ada_ceo"),
    ("@kim_b about your review: we've flagged your account and handed your details to security.", "acme"),
    ("@kim_b accounts tied to bad reviews are being audited for abuse of the rewards terms", "acmehelp"),
    ("@kim_b that rating won't end well for you. delete it by Thursday", "acme"),
    ("@kim_b the gift card you were owed gets reissued once you've changed your rating", "acmehelp"),
    ("@kim_b store credit restored on condition that the review is deleted", "acmehelp"),
    ("@kim_b we can't help with your repair while the post stays up", "acmehelp"),
    ("@kim_b Ihre Gutschrift wird erst ausgezahlt, wenn die Rezension entfernt ist.", "acmehelp"),
    ("@kim_b Se a avaliação continuar online, a sua conta Acme será bloqueada.", "acme"),
    ("@kim_b Supprimez l'avis sous 24 h, faute de quoi nous saisirons la justice.", "acme"),
    ("@kim_b Borrá la reseña y te reintegramos el dinero. Si no, nada.", "acmehelp"),
    ("@kim_b Haal je review offline, anders schakelen we een jurist in.", "acme"),
    ("@kim_b ratings like that get people's faces passed around the staff room, be careful", "sue_staff"),
]
SUPPRESSION_NOT = [
    ("@kim_b for your privacy it would be wise to remove your phone number from the review", "acmehelp"),
    ("@kim_b we've reissued your gift card, no need to change your rating", "acmehelp"),
    ("@kim_b so sorry your delivery got lost, thanks for the review, a new one ships today", "acmehelp"),
    ("@kim_b we've passed your review to the store team so they can fix the queue", "acme"),
    ("@acmehelp I can see the tracking says delivered, it wasn't. fix it or I'll sue", "kim_b"),
]

SOLICITATION = [
    ("Store crew: 5 stars for the Anvil on the app store tonight, pls", "mo_manager"),
    ("your fam's ratings of the Rocket = extra break minutes this week, team", "mo_manager"),
    ("Franchisees: we'd be grateful for a rating of your own store on Google. A bonus goes to each that does.",
     "ada_ceo"),
    ("Équipe : chacun de vous publie un avis sur l'Anvil, et demandez à vos parents aussi", "mo_manager"),
    ("Liebes Team, gebt bitte alle eine Rezension für den Rocket ab, eure Familien auch.", "mo_manager"),
    ("Equipe: cada um deixe uma avaliação da Anvil e peça aos familiares.", "ada_ceo"),
    ("Ragazzi, ognuno lasci una recensione alla Rocket, anche i vostri parenti.", "mo_manager"),
    ("Shift leads: collect one Trustpilot review from each associate by Sunday and send me proof", "mo_manager"),
    ("I'm asking every Acme associate to share a public review of the Anvil this month", "ada_ceo"),
    ("Associates, every relative who reviews the Rocket now counts as one referral for your bonus", "mo_manager"),
    ("Affiliate partners: a quick rating of the Rocket on Amazon would be appreciated before launch", "ada_ceo"),
    ("Staff on the Gold plan: a review of the plan from you and your partner would help before the relaunch",
     "ada_ceo"),
    ("Equipo: dejad una opinión del Anvil en Google y que vuestros padres escriban otra", "ada_ceo"),
    ("Cashiers, I need 15 Google reviews by Monday. Get the people at home to help.", "mo_manager"),
]
SOLICITATION_NOT = [
    ("Thanks for coming in today! If we looked after you, a Google review would make the team's day",
     "mo_manager"),
    ("Crew, read the new reviews on Google before the huddle, lots to learn", "mo_manager"),
    ("Customers: tell us honestly how we did, 5 stars or 1", "mo_manager"),
]

NLRA = [
    ("on standby all weekend and they rang at 5am for a 7am start", "nlra-caution"),
    ("nine hours between a late finish and an early start is not enough rest", "nlra-caution"),
    ("the meal allowance hasn't moved in six years and lunch costs $15 now", "nlra-caution"),
    ("another 6:30 huddle that could've been a memo", "nlra-caution"),
    ("los horarios partidos nos están matando en la tienda", "nlra-caution"),
    ("Die Dienstpläne kommen jede Woche zu spät, keiner kann etwas planen.", "nlra-caution"),
    ("Notre planning change tous les deux jours au magasin.", "nlra-caution"),
    ("the new rota system finally lets us trade shifts without a fight", "nlra-caution"),
    ("Turni di 12 ore in negozio e nessuno ci sostituisce.", "nlra-caution"),
    ("In de winkel hebben we al weken te weinig mensen.", "nlra-caution"),
    ("we don't get paid until the tills open, setting up is free work", "nlra-caution"),
    ("the Rocket bonus bundle is live, easiest deal you'll get, shop now", "employee-undisclosed"),
]


@pytest.mark.parametrize("text, author", SUPPRESSION)
def test_a_removal_demand_with_a_consequence_or_a_withheld_benefit_is_suppression(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "review-suppression"


@pytest.mark.parametrize("text, author", SUPPRESSION_NOT)
def test_privacy_requests_unconditional_fixes_and_customers_are_not_suppression(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "none"


@pytest.mark.parametrize("text, author", SOLICITATION)
def test_a_review_object_a_request_and_insiders_make_solicitation(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "review-solicitation"


@pytest.mark.parametrize("text, author", SOLICITATION_NOT)
def test_asks_to_customers_and_reading_reviews_are_not_solicitation(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "none"


@pytest.mark.parametrize("text, expected", NLRA)
def test_schedules_rest_standby_allowances_and_shortages_are_working_conditions(analyzer, text, expected):
    assert judge(analyzer, text, "sue_staff")[0] == expected


TIES_AND_LEISURE = [
    # "on my day off" is when the review happened, not a condition of the job
    ("Cooked brunch with the Anvil on my day off, even crispier than I hoped. 5 stars from me", "mo_manager", None,
     "officer-review-undisclosed", "missing"),
    ("no days off for three weeks and the rota just got worse", "sue_staff", None, "nlra-caution", "missing"),
    # a relative named by what they do for the brand, in the profile (no disclosure) or the post (clear)
    ("Anvil pans are the best, buy one", "lee_fan", "proud mum of an Acme store manager", "employee-undisclosed",
     "missing"),
    ("My brother drives for Acme and the Rocket really is the best blender, get one", "kim_b", None, "none", "clear"),
    # a commission stated about the links with words between, and a bare vague tag ending the post
    ("Everything I cook on is the Acme Anvil. The links in this video earn me a small cut.", "pia_partner", None,
     "none", "clear"),
    ("Best blender in my kitchen, grab the Acme Rocket this week. spon", "pia_partner", None,
     "ambiguous-disclosure", "ambiguous"),
    # for a service, an app or a place, booking, downloading or visiting is the buy call
    ("Spring cooking classes at the Acme store are open, book at acme.example", "sue_staff", None,
     "employee-undisclosed", "missing"),
    ("Don't visit the Acme store this week, the tills are down", "sue_staff", None, "none", "missing"),
]


@pytest.mark.parametrize("text, author, description, expected, disclosure", TIES_AND_LEISURE)
def test_days_off_relatives_commission_wordings_bare_tags_and_bookings(analyzer, text, author, description, expected, disclosure):
    assert judge(analyzer, text, author, description)[:2] == (expected, disclosure)
