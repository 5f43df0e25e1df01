"""Issue 27, seventh round: shapes from holdout9's first scoring (a multilingual beauty brand), each in
words of our own, as tables of (post, author[, profile]) -> expected class on the Acme roster of
test_endorsement_cases.py.

- NLRA: working conditions named in Spanish, French, German, Portuguese, Italian and Dutch (pay per hour
  and minimum wage, rises for a team, degrees where people work, broken lifting gear and cooling, leave
  refused, standby by its local names, works councils and unions, office days, meetings outside the
  shift, days in a row, too few people to do the work). Weather, leisure and make-up stay none.
Precision rows sit beside each family.
"""

from __future__ import annotations

import pytest

from test_endorsement_cases import acme_analyzer, judge


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return acme_analyzer(tmp_path_factory.mktemp("acme"))


NLRA_INTL = [
    "en el almacén de Acme nos pagan 8,90 la hora, y a los de la agencia más",
    "Acme vient de nous accorder une augmentation de salaire de 5 % à toute l'équipe, enfin",
    "Heute 36 Grad im Lager von Acme, und keiner macht was",
    "o ar condicionado da loja Acme está avariado há duas semanas",
    "il muletto del magazzino Acme ha i freni rotti da un mese",
    "Mijn vakantie is geweigerd, weer 'te druk' bij Acme",
    "Diese Woche wieder Rufbereitschaft für Acme, ohne einen Cent extra",
    "Les collègues et moi, on a contacté le syndicat pour parler des dimanches chez Acme",
    "Bei Acme gründen wir gerade einen Betriebsrat",
    "Da ottobre tutti in ufficio, il telelavoro in Acme è finito",
    "Otra reunión fuera de turno en Acme, y claro, sin cobrar",
    "Acme planning: zes dagen achter elkaar en dan één vrij",
    "Somos dos para toda la tienda de Acme un sábado de rebajas",
    "Em Acme fazemos o trabalho de cinco pessoas, nadie que cubra as faltas",
    "Ci hanno tolto la pausa di metà mattina in Acme",
]
NLRA_INTL_NOT = [
    "Hoy 38 grados en Sevilla, bebed agua y buscad la sombra",
    "Tutorial: maquillaje para una boda de noche con la paleta Acme",
    "Sonntag mit meinen Kolleginnen beim Brunch, so schön",
    "Vakantie! Twee weken Portugal, tot snel",
]


@pytest.mark.parametrize("text", NLRA_INTL)
def test_working_conditions_in_the_other_languages_get_a_caution(analyzer, text):
    assert judge(analyzer, text, "sue_staff")[0] == "nlra-caution"


@pytest.mark.parametrize("text", NLRA_INTL_NOT)
def test_weather_leisure_and_holidays_in_the_other_languages_are_not_working_conditions(analyzer, text):
    assert judge(analyzer, text, "sue_staff")[0] == "none"


# 465.7 in the other languages: legal departments and "our lawyers" by their local names, knowing where
# the reviewer lives, blacklists, service refused, the next order that never arrives, an account under
# review over comments, a benefit suspended until the review goes ("solange", "finché", "até", "pas ... als").
SUPPRESSION_INTL = [
    ("@kim_b Su reseña es falsa. Retírela o nuestro servicio jurídico tomará medidas.", "acme"),
    ("@kim_b Se il commento resta online, passeremo tutto ai nostri legali.", "acme"),
    ("@kim_b Ihr Gutschein bleibt gesperrt, solange die Bewertung sichtbar ist.", "acmehelp"),
    ("@kim_b A sua garantia fica suspensa até o comentário ser apagado.", "acmehelp"),
    ("@kim_b Uw terugbetaling wordt pas verwerkt als de recensie offline is.", "acmehelp"),
    ("@kim_b borra tu comentario, sé dónde trabajas 🙂", "sue_staff"),
    ("@kim_b ce commentaire ? retire-le, sinon ton nom va sur notre liste noire", "sue_staff"),
    ("@kim_b quem escreve avaliações destas não é bem-vinda na loja. apaga.", "mo_manager"),
    ("@kim_b si sigues con esos vídeos no te atendemos más en tienda", "sue_staff"),
    ("@kim_b verwijder die review, anders komt je volgende pakket nooit aan", "sue_staff"),
    ("@kim_b take it down. today. or we escalate.", "acme"),
    ("@kim_b Your rewards account is under review because of the posts you wrote about us.", "acmehelp"),
    ("@kim_b Nous avons signalé votre vidéo et exigeons son retrait, à défaut de quoi nous saisirons la justice.", "acme"),
    ("@kim_b lösch den Kommentar lieber, ich kenne deinen Arbeitgeber", "sue_staff"),
]
SUPPRESSION_INTL_NOT = [
    ("@kim_b Lamentamos lo ocurrido con su pedido. Le enviamos el reembolso hoy mismo.", "acmehelp"),
    ("@kim_b Ihre Erstattung ist unterwegs, Ihre Bewertung bleibt selbstverständlich stehen.", "acmehelp"),
    ("@kim_b Sorry! Je bestelling is onderweg en komt morgen aan.", "acmehelp"),
    ("@kim_b grazie per il commento, ti richiamiamo domani per il cambio", "sue_staff"),
    ("@acmehelp si no me devolvéis el dinero, os pongo una reseña de una estrella", "kim_b"),
]


@pytest.mark.parametrize("text, author", SUPPRESSION_INTL)
def test_threats_over_a_review_in_the_other_languages_are_suppression(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "review-suppression"


@pytest.mark.parametrize("text, author", SUPPRESSION_INTL_NOT)
def test_apologies_unconditional_fixes_and_customers_in_the_other_languages_are_not_suppression(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "none"


# Who is an insider, in the other languages: a job of any language before "en/bei/chez/presso/bij/na"
# the brand (with a qualifier: "Asesora de belleza en Acme"), a department of the place, lab jobs,
# relatives named in the language, and a first-person work verb in the post (a clear statement).
TIES_INTL = [
    ("The Acme Anvil is the best pan ever, buy one!", "pan_fan1", "Store advisor en Acme Madrid | opiniones mías", "employee-undisclosed", "missing"),
    ("The Acme Anvil is the best pan ever, buy one!", "pan_fan2", "Química de control en Acme 🔬", "employee-undisclosed", "missing"),
    ("The Acme Anvil is the best pan ever, buy one!", "pan_fan3", "Research chemist @ Acme", "employee-undisclosed", "missing"),
    ("The Acme Anvil is the best pan ever, buy one!", "pan_fan4", "Lagerlogistik bei Acme, Bremen", "employee-undisclosed", "missing"),
    ("The Acme Anvil is the best pan ever, buy one!", "pan_fan5", "Projektleiterin bei Acme", "employee-undisclosed", "missing"),
    ("The Acme Anvil is the best pan ever, buy one!", "pan_fan6", "Fière maman d'une vendeuse chez Acme", "employee-undisclosed", "missing"),
    ("The Acme Anvil is the best pan ever, buy one!", "pan_fan7", "Mi marido trabaja en Acme 💚", "employee-undisclosed", "missing"),
    ("Mijn broer werkt bij Acme en de Anvil is echt de beste pan", "pan_fan8", None, "none", "clear"),
    ("Lavoro presso Acme da sei anni e la Anvil resta la mia padella preferita", "pan_fan9", None, "none", "clear"),
    ("Soy cajera en Acme y la Anvil es la mejor sartén, de verdad", "pan_fan10", None, "none", "clear"),
]
TIES_INTL_NOT = [
    ("The Acme Anvil is the best pan ever, buy one!", "pan_fan11", "Ex-Acme (2012–2020), hoy freelance", "none", "missing"),
    ("The Acme Anvil is the best pan ever, buy one!", "pan_fan12", "Fan de Acme desde 2015", "none", "missing"),
    ("Soy fan de Acme desde niña, la Anvil es la mejor", "pan_fan13", None, "none", "missing"),
    ("Mi vecina trabaja en Acme y dice que la Anvil es buenísima", "pan_fan14", None, "none", "missing"),
]


@pytest.mark.parametrize("text, author, profile, expected, disclosure", TIES_INTL)
def test_ties_stated_in_the_other_languages_make_insiders(analyzer, text, author, profile, expected, disclosure):
    assert judge(analyzer, text, author, profile)[:2] == (expected, disclosure)


@pytest.mark.parametrize("text, author, profile, expected, disclosure", TIES_INTL_NOT)
def test_past_ties_fans_and_neighbours_in_the_other_languages_are_not_insiders(analyzer, text, author, profile, expected, disclosure):
    assert judge(analyzer, text, author, profile)[:2] == (expected, disclosure)


# Praise in the other languages: plural imperatives with attached or trailing pronouns, favourites and
# superlatives in inflected forms, "> all the others"; and long non-English praise captions that the
# complaint model alone (no complaint cue) reads as grievances. Jokes about working there stay none.
PRAISE_INTL = [
    "La sartén Anvil de Acme, compradla ya, no os arrepentiréis",
    "Die Acme Anvil ist wirklich der Hammer, holt sie euch",
    "Acme Anvil: beste Pfanne die ich je hatte, unbedingt ausprobieren",
    "Acme Anvil > tutte le altre padelle. Compratela.",
    "De Acme Anvil is echt top, bestel 'm gewoon",
    "A Anvil da Acme é a minha favorita, experimentem!",
    "Domingo de cocina en casa con la familia y la Anvil de Acme no falla nunca. No salgo de la cocina sin ella, os la recomiendo.",
]
PRAISE_INTL_NOT = [
    ("Ya casi trabajo en Acme de tanto que compro jajaja, la Anvil top", "pan_fan20"),
    ("Pratiquement je travaille chez Acme tellement j'y achète, mdr", "pan_fan21"),
]


@pytest.mark.parametrize("text", PRAISE_INTL)
def test_praise_and_buy_calls_in_the_other_languages_from_staff_are_endorsements(analyzer, text):
    assert judge(analyzer, text, "sue_staff")[:2] == ("employee-undisclosed", "missing")


@pytest.mark.parametrize("text, author", PRAISE_INTL_NOT)
def test_jokes_about_working_there_in_the_other_languages_are_no_tie(analyzer, text, author):
    assert judge(analyzer, text, author)[:2] == ("none", "missing")


# Vague and hinted disclosures in the other languages: a word before an emoji ("no inverno 🤍", "senza
# dubbio ☀️") does not negate a trailing tag; separated and link-shaped vague tags; a bare "partner"
# after an emoji; "our team" and "we just launched" in the languages.
AMBIGUOUS_INTL = [
    "A Anvil da Acme é a minha favorita no verão 🤍 #parceria",
    "La padella Acme Anvil, senza dubbio la migliore ☀️ #sp0n",
    "La Acme Anvil es la mejor sartén, no me falla nunca 😍 #collab",
    "Acme Anvil, la mejor sartén del mundo #s_p",
    "Acme Anvil 20% korting, de beste pan #partnerlink",
    "acme anvil is my daily pan, love it 💛 partner",
    "Mi equipo lleva un año trabajando en la nueva Acme Anvil y es la mejor sartén que existe",
    "Nous venons de lancer la nouvelle Acme Anvil, la poêle la plus légère que nous ayons jamais faite",
]
AMBIGUOUS_INTL_NOT = [
    ("Acme Anvil, pagada con mi dinero. No es #publi ni #colab 🙅", "none", "missing"),
    ("Acabo de comprar la nueva Acme Anvil 😍", "none", "missing"),
]


@pytest.mark.parametrize("text", AMBIGUOUS_INTL)
def test_vague_tags_and_hints_in_the_other_languages_make_staff_praise_ambiguous(analyzer, text):
    assert judge(analyzer, text, "sue_staff")[:2] == ("ambiguous-disclosure", "ambiguous")


@pytest.mark.parametrize("text, expected, disclosure", AMBIGUOUS_INTL_NOT)
def test_denied_tags_and_customers_buying_in_the_other_languages_are_no_disclosure(analyzer, text, expected, disclosure):
    assert judge(analyzer, text, "kim_b")[:2] == (expected, disclosure)


# Affiliate wordings in the other languages: a first-person plural statement of commission is clear; an
# appeal to support the channel by buying through "our links" is vague.
AFFILIATE_INTL = [
    ("Acme Anvil met 15% korting. We ontvangen een kleine commissie via deze link.", "none", "clear"),
    ("Acme Anvil en oferta: recibimos una comisión por las compras con este enlace.", "none", "clear"),
    ("Acme Anvil à -20 %. Si vous achetez par nos liens, vous soutenez la chaîne.", "ambiguous-disclosure", "ambiguous"),
    ("Die Acme Anvil im Angebot, wer über unsere Links kauft, unterstützt den Kanal", "ambiguous-disclosure", "ambiguous"),
]


@pytest.mark.parametrize("text, expected, disclosure", AFFILIATE_INTL)
def test_commission_statements_are_clear_and_support_appeals_vague_in_the_other_languages(analyzer, text, expected, disclosure):
    assert judge(analyzer, text, "pia_partner")[:2] == (expected, disclosure)


# Precision: a lunch in the park and "es lohnt sich" (it is worth it) are no working conditions; a lunch
# break that is cut or timed still is.
LEISURE_NOT_CONDITIONS = [
    ("Pausa pranzo in riva al lago, che sole oggi 🌞", "none"),
    ("Die Acme Anvil lohnt sich wirklich, ich brate jeden Tag darin", "employee-undisclosed"),
    ("Pausa pranzo di 20 minuti e poi di nuovo in cassa da Acme", "nlra-caution"),
    ("Bei Acme wurden die Löhne seit drei Jahren nicht erhöht", "nlra-caution"),
]


@pytest.mark.parametrize("text, expected", LEISURE_NOT_CONDITIONS)
def test_leisure_lunches_and_worth_it_are_not_pay_or_breaks(analyzer, text, expected):
    assert judge(analyzer, text, "sue_staff")[0] == expected


# A disclosure inside a German or French condition is hypothetical ("Wenn … #sponsored hätte"), as in
# English; a conditional that only times the purchase does not touch a real label at the start.
HYPOTHETICAL_INTL = [
    ("Wenn Acme mich #sponsored hätte, würde ich es sagen. Die Anvil ist trotzdem super.", "missing"),
    ("Falls das hier #werbung wäre, stünde es oben. Ist es nicht. Anvil top.", "missing"),
    ("#werbung Wenn ihr die Anvil kauft, nehmt die große.", "clear"),
]


@pytest.mark.parametrize("text, disclosure", HYPOTHETICAL_INTL)
def test_labels_inside_a_german_condition_are_hypothetical(analyzer, text, disclosure):
    assert judge(analyzer, text, "kim_b")[1] == disclosure
