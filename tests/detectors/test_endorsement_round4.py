"""Issue 27, fourth round: shapes from holdout6's first scoring, each in words of our own, as tables of
(post, author) -> expected class on the Acme roster of test_endorsement_cases.py.

Suppression: a consequence that befalls the reviewer (no booking, no service, "it will cost you",
"we don't forget", "see how fast your order ships"), a removal demand with an "or else" in seven
languages, knowing the reviewer's data, and a threat with a removal demand but no review word.
Solicitation: agents (ambassadors, affiliates, creators, franchisees), insiders on shift, "each of
you" and colleagues in other languages, review asks in other verb forms, a rating venue as the ask.
NLRA: pay in other currencies and per piece, breaks and shifts in other languages, protective gear,
a worker short or added. Precision rows sit beside them.
"""

from __future__ import annotations

import pytest

from test_endorsement_cases import acme_analyzer, judge


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return acme_analyzer(tmp_path_factory.mktemp("acme"))


SUPPRESSION = [
    ("@kim_b after a review like that you won't be seated at any of our stores again", "acme"),
    ("@kim_b reviewers who make things up don't get served here", "acmehelp"),
    ("@kim_b that rating will cost you, mark my words", "acme"),
    ("@kim_b we won't forget a review like yours", "sue_staff"),
    ("@kim_b keep writing reviews and see how long your repair takes", "sue_staff"),
    ("@kim_b we can read your purchase history. Think hard about that review.", "acmehelp"),
    ("@kim_b careful what you write about our store online, I know where you park", "sue_staff"),
    ("@kim_b we know who your boss is. Take it down.", "mo_manager"),
    ("@kim_b posting a review like that ends the service plan on your account", "acmehelp"),
    ("@kim_b if the review isn't deleted by Monday your membership is cancelled", "acme"),
    ("@kim_b we'll be sending your review and your details to our insurer. Your call.", "acme"),
    ("@kim_b Borre esa reseña o iremos a juicio.", "acme"),
    ("@kim_b Retirez votre avis, sinon nous engagerons des poursuites.", "acme"),
    ("@kim_b Entfernen Sie die Rezension, sonst gibt es rechtliche Konsequenzen.", "acme"),
    ("@kim_b Remova a avaliação ou cancelamos a sua encomenda.", "acme"),
    ("@kim_b Cancella la recensione o ci vediamo in tribunale.", "acme"),
    ("@kim_b Haal die review weg, anders nemen we juridische maatregelen.", "acme"),
    ("@kim_b Tenemos tu dirección. Piénsalo bien antes de escribir otra reseña.", "acmehelp"),
    ("@kim_b writing reviews like yours cancels the Acme Gold repair plan on your account", "acmehelp"),
]
SUPPRESSION_NOT = [
    ("@kim_b thanks for the review, the replacement ships today, nothing else needed", "acmehelp"),
    ("@kim_b we're sorry, the store manager will call you to put it right", "acme"),
    ("@kim_b your review shows your email address, you may want to remove it for your privacy", "acmehelp"),
    ("@acme take down your reply to my review or I'll see you in court", "kim_b"),
    ("@kim_b Lo sentimos mucho, le devolvemos el dinero hoy.", "acme"),
    ("@kim_b gracias por la reseña, nos ayuda a mejorar", "acmehelp"),
]

SOLICITATION = [
    ("Brand ambassadors: please get a review of the Anvil up on the product page before the launch", "ada_ceo"),
    ("Affiliates and creators in our program, post your review of the Rocket by the 15th please", "ada_ceo"),
    ("I expect every franchisee to leave a review of the new Anvil this month", "ada_ceo"),
    ("Everybody on the floor today: leave the store a Google review before you clock out", "mo_manager"),
    ("Acme folks, a quick favour: one review each on Trustpilot this week", "ada_ceo"),
    ("Equipo: cada uno de vosotros escribe una reseña del Anvil esta semana", "ada_ceo"),
    ("Liebe Kollegen, schreibt bitte jeder eine Rezension zum Anvil", "mo_manager"),
    ("Squadra, ognuno di voi lasci una recensione entro lunedì", "mo_manager"),
    ("Collega's, vraag jullie ouders om een review voor de winkel", "mo_manager"),
    ("associates, your better halves own Anvils too, get them to rate it on the app store", "mo_manager"),
    ("cashiers, your moms love this store, tell them to say so on Google", "mo_manager"),
    ("Equipe da loja: pedimos aos vossos pais para avaliar a Acme no Google este mês", "ada_ceo"),
    ("Equip de la botiga, demaneu als vostres germans una ressenya de l'Anvil, si us plau", "mo_manager"),
]
SOLICITATION_NOT = [
    ("Thanks for shopping with us today! A review helps other cooks find the store.", "mo_manager"),
    ("Team, answer every review on Google within a day, kindly", "mo_manager"),
    ("we should all review the store lol, nobody ever does", "sue_staff"),
]

NLRA = [
    ("new starters get £2 more an hour than me and I trained them", "nlra-caution"),
    ("we're paid per order, not per hour, so a quiet Monday pays nothing", "nlra-caution"),
    ("if you want to compare what we're paid across stores, message me", "nlra-caution"),
    ("our 45 min lunch is now three 15 minute breaks we never get to take", "nlra-caution"),
    ("nos han quitado la pausa del café en la tienda", "nlra-caution"),
    ("vandaag weer geen pauze gehad in de winkel", "nlra-caution"),
    ("the new boss moves our shifts around every week without telling anyone", "nlra-caution"),
    ("el nuevo jefe nos cambia los turnos sin avisar", "nlra-caution"),
    ("the grinders are deafening and none of us have hearing protection", "nlra-caution"),
    ("they finally put a second cashier on the late shift, first week I got out on time", "nlra-caution"),
    ("we'll be three cashiers short on Saturday and nobody is replacing them", "nlra-caution"),
    ("nos piden más pedidos por turno y el mismo sueldo", "nlra-caution"),
    ("we are paid by the basket, so a slow night means a tiny check", "nlra-caution"),
    ("Acme Rocket refills are what my dog Pip gets excited about, try them", "employee-undisclosed"),
    ("Customers, your feedback shapes what we make next year", "none"),
]

ENDORSEMENTS = [
    ("Meine Bewertung: Acme Anvil, seit zwei Jahren täglich im Einsatz, 5 Sterne.", "ada_ceo", None,
     "officer-review-undisclosed", "missing"),
    ("Mi reseña de la Acme Rocket: la uso cada día desde hace un año, 5 estrellas.", "mo_manager", None,
     "officer-review-undisclosed", "missing"),
    ("The Acme Anvil is the only pan worth buying, full stop", "sue_staff", None, "employee-undisclosed", "missing"),
    ("Why I moved my whole kitchen to the Acme Anvil. Links below.", "pia_partner", None, "partner-undisclosed",
     "missing"),
    ("The Acme Rocket is the best blender I own (ok, I'm a little biased)", "sue_staff", None,
     "ambiguous-disclosure", "ambiguous"),
    ("La Acme Anvil es la mejor sartén. Enlace de afiliado en la descripción", "pia_partner", None,
     "ambiguous-disclosure", "ambiguous"),
    ("Die Acme Anvil ist die beste Pfanne! Affiliate-Link unten.", "pia_partner", None, "ambiguous-disclosure",
     "ambiguous"),
    ("La Acme Anvil est la meilleure poêle. Lien affilié ci-dessous", "pia_partner", None, "ambiguous-disclosure",
     "ambiguous"),
    ("La Acme Anvil es la mejor sartén #embajadora", "pia_partner", None, "ambiguous-disclosure", "ambiguous"),
    ("my team bottled 2,000 Acme cold brews this week, best batch yet, grab one", "sue_staff", None,
     "ambiguous-disclosure", "ambiguous"),
    # a reviewer's "we tested" is no hint of making the product
    ("We tested nine blenders and the Acme Rocket won easily", "pia_partner", None, "partner-undisclosed", "missing"),
    ("As Acme's CFO I'm biased, but the Anvil earns its five stars", "ada_ceo", None, "none", "clear"),
    ("Acme Anvil, best pan going, buy one", "son_of_mo", "my dad runs the Acme store on Elm", "employee-undisclosed",
     "missing"),
]


@pytest.mark.parametrize("text, author", SUPPRESSION)
def test_a_consequence_for_the_reviewer_is_suppression_in_any_language(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "review-suppression"


@pytest.mark.parametrize("text, author", SUPPRESSION_NOT)
def test_apologies_fixes_privacy_requests_and_customers_threats_are_not(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "none"


@pytest.mark.parametrize("text, author", SOLICITATION)
def test_asks_to_agents_shifts_and_colleagues_in_other_languages_are_solicitation(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "review-solicitation"


@pytest.mark.parametrize("text, author", SOLICITATION_NOT)
def test_asks_to_customers_replies_and_staff_musings_are_not(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "none"


@pytest.mark.parametrize("text, expected", NLRA)
def test_working_conditions_in_other_currencies_languages_and_gear(analyzer, text, expected):
    assert judge(analyzer, text, "sue_staff")[0] == expected


@pytest.mark.parametrize("text, author, description, expected, disclosure", ENDORSEMENTS)
def test_ratings_ties_and_affiliate_wordings_in_other_languages(analyzer, text, author, description, expected,
                                                                disclosure):
    assert judge(analyzer, text, author, description)[:2] == (expected, disclosure)
