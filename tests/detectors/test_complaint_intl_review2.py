"""Second review of the Spanish, French, German and Portuguese complaint-cue exclusions (issue 17): each
exclusion made for a harmless sense (a plant, a game lost, a working life, "du vol" of a flight, thanks
for a small sum) had grown wider than the clause and role it is about, and dropped real complaints.
Each kind is tested beside the hard negatives it was made for, which stay harmless. Posts written for
this test: the reviewer's and new phrasings of the same kinds."""

from __future__ import annotations

import re

import pytest

from brandwatch.detectors import linguistic_intl as intl
from brandwatch.detectors.brand import BrandTerms
from brandwatch.detectors.complaints import ComplaintDetector
from brandwatch.detectors.linguistic import read_cues
from brandwatch.detectors.reading import plain_lower
from brandwatch.model.sentiment import SentimentResult

ACME = BrandTerms(("acme",), frozenset({"acmehelp"}))
NEUTRAL = SentimentResult("neutral", 1.0, 0.0)


def cues(text: str, english: bool | None = None):
    return read_cues(plain_lower(text), text, english=english)


# 1. A date of two digits is a date too: "desde el 15 de mayo", "depuis le 12 mai", "desde las 10".
@pytest.mark.parametrize("text", [
    "desde el 15 de mayo el router de acme parpadea en rojo",
    "desde el 3 de mayo el router de acme parpadea en rojo",
    "depuis le 12 mai ma box acme clignote",
    "desde las 10 de la mañana el servicio de acme está caído",
    "depuis le 21 octobre acme ne répond pas",
    "depuis 2 ans acme me facture une option que je n'ai pas",
])
def test_when_the_wait_counts_from_a_date_of_any_length_then_it_is_waiting(text):
    assert cues(text).waiting


@pytest.mark.parametrize("text", [
    "compré el acme rocket desde la app y llegó al día siguiente",
    "j'ai commandé depuis le site acme, livré en 24 h, top",
    "je vous écris depuis la boutique acme, super accueil",
])
def test_when_desde_or_depuis_means_from_a_place_then_it_still_is_no_wait(text):
    assert not cues(text).waiting


# 2. An English post's rule hits are not denied by a foreign word that is English too ("falls").
@pytest.mark.parametrize("text", [
    "the acme ebike chain falls off and doesn't work, took it back twice",
    "acme plug falls out and won't charge",
])
def test_when_an_english_post_says_falls_then_its_rule_hits_still_count(analyze, text):
    assert analyze(text).complaint.is_complaint


# 3-4. French "plante": a crash of a device, a till, a terminal or a named product, and "plante une fois
# sur deux" is how often it crashes, not what is planted.
@pytest.mark.parametrize("text", [
    "le terminal de paiement acme plante une fois sur deux",
    "la caisse acme plante 3 fois par jour",
    "le routeur acme plante le soir",
    "la borne acme plante la moitié du temps",
    "mon android plante quand j'ouvre l'appli acme",
    "mon iphone plante depuis la mise à jour acme",
    "mon wifi acme plante toutes les heures",
])
def test_when_a_device_plante_however_often_then_it_is_trouble(text):
    assert cues(text).trouble


def test_when_a_named_product_has_crashed_then_it_is_trouble():
    text = "Acme Pay a encore planté au moment de payer"
    assert read_cues(plain_lower(text), text).trouble


@pytest.mark.parametrize("text", [
    "J'ai acheté une plante chez Acme, elle est magnifique",
    "Acme plante 1000 arbres cette année",
    "Il m'a planté devant le magasin Acme",
    "Acme plante des arbres dans chaque ville",
    "Marie plante des tulipes avec sa pelle Acme",
])
def test_when_plante_is_a_plant_a_tree_or_a_person_then_it_stays_harmless(text):
    assert not read_cues(plain_lower(text), text).trouble


@pytest.mark.parametrize("text", [
    "Le terminal de paiement Acme plante une fois sur deux",
    "Mon Android plante quand j'ouvre l'appli Acme",
])
def test_when_a_device_plante_then_the_post_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint


# 5. A wait is dropped only for what its own clause measures: a working life, a race, the length of a
# ride. A word for a trip, a use or an age elsewhere in the sentence says nothing of the wait.
@pytest.mark.parametrize("text", [
    "my mum is 80 years old and has been without an acme phone line for 9 days",
    "acme fitness app: no workout has synced for 5 days",
    "trajet acme paris-lyon : ça fait 2 heures qu'on est bloqués en gare, aucune annonce",
    "trabajo en casa y hace 3 días que acme me dejó sin internet",
    "uso la app de acme y desde hace 4 días no carga",
    "el uso de datos de acme lleva 5 días sin actualizarse, llevo 5 días esperando",
    "viaje con acme a madrid, llevo 5 horas en el andén",
    "die fahrt mit acme steht seit 2 stunden still",
    "reise mit acme gebucht, seit 4 wochen keine erstattung",
    "total rip off from acme, paid in march and still nothing",
    "acme price hike again, still no reply to my email",
    "my colleagues and i have had no acme wifi for 3 days",
    "my retired dad has had no acme tv for 2 weeks",
    "a corrida da acme: há 40 minutos esperando o motorista",
    "la carrera con acme me cobró doble y hace 3 días que no devuelven nada",
    "acme internet has been down for 3 days",
    "acme refund: they said it would be devolvido, há 2 semanas e nada",
])
def test_when_the_clause_of_the_wait_is_about_the_company_then_it_is_waiting(text):
    assert cues(text).waiting


@pytest.mark.parametrize("text", [
    "my grandad worked at acme for 30 years, rest in peace",
    "mi abuelo trabajó en acme durante 30 años, descanse en paz",
    "llevo 10 años trabajando en acme y me encanta",
    "er arbeitete seit 1985 bei acme, ruhe in frieden",
    "ela trabalhou na acme há 30 anos, descanse em paz",
    "corri a maratona da acme há 2 semanas",
    "finished the acme city marathon after 4 hours, legs gone",
    "the train ride to the acme factory took us 5 hours, lovely views",
    "há dois anos uso meu acme rocket e nunca deu problema",
    "seit 3 jahren fahre ich mein acme rocket, läuft top",
    "hace 3 horas que corro con mis acme y ni una ampolla",
    "el viaje en el tren de acme duró 3 horas, precioso paisaje",
    "le trajet avec acme a duré 2 heures, très confortable",
])
def test_when_the_clause_of_the_wait_measures_a_life_a_race_or_a_ride_then_it_is_no_wait(text):
    assert not cues(text).waiting


@pytest.mark.parametrize("text", [
    "My mum is 80 years old and has been without an Acme phone line for 9 days",
    "Trajet Acme Paris-Lyon : ça fait 2 heures qu'on est bloqués en gare, aucune annonce",
])
def test_when_an_outage_is_beside_an_age_or_a_trip_then_the_post_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint


def test_when_a_working_life_is_told_then_the_post_stays_no_complaint(analyze):
    assert not analyze("My grandad worked at Acme for 30 years, rest in peace").complaint.is_complaint


# 6. A game word beside a real loss: the brand lost the author's own thing, whatever match it was during;
# "final de semana" is a weekend, "jogo de cabos" a set of cables.
@pytest.mark.parametrize("text", [
    "a acme perdeu meu pedido da final de semana",
    "perdieron mi maleta en el partido de vuelta, gracias acme",
    "acme perdeu o jogo de cabos que comprei",
    "acme a perdu ma valise pendant la finale",
    "acme perdió el paquete del partido del domingo",
])
def test_when_the_brand_lost_the_authors_thing_near_a_game_word_then_it_is_trouble(text):
    assert cues(text).trouble


@pytest.mark.parametrize("text", [
    "o acme fc perdeu o jogo mas o estádio é lindo",
    "perdieron el partido pero la camiseta acme es preciosa",
    "das acme team hat das spiel verloren, schade",
    "o acme fc perdeu a final de ontem",
])
def test_when_a_game_was_lost_then_it_stays_no_trouble(text):
    assert not cues(text).trouble


@pytest.mark.parametrize("text", [
    "Acme perdeu o jogo de cabos que comprei",
    "Acme perdió mi maleta en el partido de vuelta",
])
def test_when_the_brand_lost_the_authors_thing_near_a_game_word_then_the_post_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint


# 7. French "du vol" is the flight only after a word about the flight; a delayed or cancelled flight is
# trouble of its own.
@pytest.mark.parametrize("text", [
    "50 € pour choisir son siège chez acme, du vol organisé",
    "les frais de bagage d'acme, du vol pur et simple",
    "le retard du vol acme af1234 : 5 heures au sol",
    "depuis l'annulation du vol acme, on attend toujours le remboursement",
    "mon vol acme a été annulé sans explication",
])
def test_when_du_vol_is_theft_or_the_flight_went_wrong_then_it_is_trouble(text):
    assert cues(text).trouble


@pytest.mark.parametrize("text", [
    "l'équipage du vol acme était adorable",
    "le numéro du vol acme est af1234, départ à 10 h",
    "pendant la durée du vol acme, repas excellent",
])
def test_when_du_vol_is_the_flight_and_nothing_went_wrong_then_it_is_no_trouble(text):
    assert not cues(text).trouble


def test_when_a_fee_is_called_organised_theft_then_the_post_is_a_complaint(analyze):
    assert analyze("50 € pour choisir son siège chez Acme, du vol organisé").complaint.is_complaint


# 8. Each clause's wait verdict is worked out once: a long post of many waits costs one look per
# clause, not one per wait (counted, not timed).
class _Counting:
    def __init__(self, pattern: re.Pattern[str]):
        self.pattern, self.calls = pattern, 0

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)


@pytest.mark.parametrize("unit", ["uso hace 1 h ", "ride for 3 days "])
def test_a_long_post_of_waits_is_judged_once_per_clause(monkeypatch, unit):
    counting = _Counting(intl._NO_WAIT)
    monkeypatch.setattr(intl, "_NO_WAIT", counting)
    text = unit * (20_000 // len(unit))
    cues(text)
    assert counting.calls <= 2


# 9. A small sum does not cancel sarcasm: thanks "for nothing" are never meant, and a fine or a fee is
# no sum anyone thanks for.
@pytest.mark.parametrize("text", [
    "danke für nichts acme, nur 10 € rabatt nach 3 wochen warten",
    "obrigado pela ajuda acme, só 200 reais de multa",
    "merci pour rien acme, seulement 5 € de geste commercial",
    "gracias por nada acme, solo 2 € de descuento",
    "merci pour l'accueil acme, seulement 30 € de frais",
])
def test_when_the_thanks_are_for_nothing_or_the_sum_is_a_fee_then_it_is_irony(text):
    assert cues(text, english=False).irony


@pytest.mark.parametrize("text", [
    "danke für den tollen service, acme, nur 10 € versand",
    "merci pour la livraison rapide acme, 5 € seulement",
    "obrigado pela ajuda acme, paguei só 20 reais",
])
def test_when_thanks_are_for_a_small_price_then_they_stay_meant(text):
    assert not cues(text, english=False).irony


# 10. "half of what you charged" to the @-addressed brand; the brand named a few words after the
# fraction; "quoted" is a price.
def _worse(text: str) -> bool:
    detector = ComplaintDetector(ACME, 0.5)
    return "worsening" in detector.judge(text, plain_lower(text), [], NEUTRAL, "en").reasons


@pytest.mark.parametrize("text", [
    "@acme Globex did the same repair for half of what you charged me",
    "Globex fixed it for half of what Acme's official repair centre wanted",
    "Globex did it for half of what Acme quoted",
])
def test_when_the_brand_is_the_dearer_side_however_named_then_it_is_a_worse_deal(text):
    assert _worse(text)


@pytest.mark.parametrize("text", [
    "Globex did the same repair for half of what you charged me",   # "you" is nobody known
    "@acme you did it for half of what Globex charged",
    "Acme did the same repair for half of what Globex charged",
])
def test_when_you_is_not_the_brand_or_the_brand_is_cheaper_then_it_is_no_worse_deal(text):
    assert not _worse(text)


# Language codes arrive as the detector wrote them: "EN", "pt-BR", "es_MX" are English, Portuguese and
# Spanish.
class _Reader:
    def log_odds(self, text: str) -> float:
        return 1.0


@pytest.mark.parametrize("language, share", [
    ("pt-BR", 3.0), ("ES", 3.0), ("es_MX", 3.0), ("EN", 0.5), ("zxx", 0.5), ("", 0.5),
])
def test_language_codes_are_read_by_their_base_language(language, share):
    detector = ComplaintDetector(ACME, 0.5, reader_weight=0.5, reader_weight_intl=3.0, reader=_Reader())
    text = "@acme hola"
    reasons = detector.judge(text, plain_lower(text), [], NEUTRAL, language).reasons
    assert reasons["reader"]["weight"] == share


def test_an_upper_case_english_code_reads_english_cues_alone():
    # "falls" denies nothing in English, whatever case the code arrives in.
    detector = ComplaintDetector(ACME, 0.5)
    text = "acme encore show tonight"
    assert detector.judge(text, plain_lower(text), [], NEUTRAL, "EN").reasons \
        == detector.judge(text, plain_lower(text), [], NEUTRAL, "en").reasons


# Found by probing the fixes above: a failure in the clause does not make a working life a wait; a
# named store before a plant is no crashing product; "du vol" before a flight number or a destination
# is the flight, and "c'est du vol" theft whatever follows.
@pytest.mark.parametrize("text", [
    "i worked at acme for 10 years without a single day off",
    "trabajó en acme durante 30 años sin faltar un día",
])
def test_when_a_working_life_names_a_denial_then_it_stays_no_wait(text):
    assert not cues(text).waiting


@pytest.mark.parametrize("text", [
    "Chez Acme plante verte à 5 €, superbe",
    "Merci Acme plante reçue en parfait état",
    "Le numéro du vol AF1234 de chez Acme, départ 10 h",
    "Infos du vol AF1234 d'Acme : embarquement à 9 h",
])
def test_when_a_store_sells_a_plant_or_du_vol_names_the_flight_then_it_is_no_trouble(text):
    assert not read_cues(plain_lower(text), text).trouble


def test_when_du_vol_follows_a_verdict_then_it_is_theft_whatever_follows():
    assert cues("c'est du vol de faire payer le bagage cabine chez acme").trouble


@pytest.mark.parametrize("text, trouble", [
    ("mon vol acme a été annulé sans explication", True),
    ("acme a annulé ma commande sans prévenir", True),
    ("le train acme de 8 h est annulé", True),
    ("j'ai annulé mon abonnement acme hier", False),
    ("le concert acme est annulé, dommage", False),
])
def test_a_cancelled_flight_train_or_order_is_trouble_not_the_authors_own_cancelling(text, trouble):
    assert bool(cues(text).trouble) is trouble


# Older gaps the review listed: an uncounted stretch or an event the wait runs from.
@pytest.mark.parametrize("text", [
    "depuis plusieurs jours la box acme ne marche plus",
    "depuis longtemps acme ne répond plus à mes mails",
    "depuis quinze jours pas de réseau acme",
    "depuis l'intervention du technicien acme, plus d'internet",
    "desde la visita del técnico de acme no tengo línea",
])
def test_when_the_wait_runs_from_an_uncounted_stretch_or_an_event_then_it_is_waiting(text):
    assert cues(text).waiting
