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
