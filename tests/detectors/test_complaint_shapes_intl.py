"""The grievance shapes (trouble, waiting, unanswered, a hashtag, what the failure cost, irony) in
Spanish, French, German and Portuguese, and a rival left for the brand in those languages (issue 17):
with few cue rules in those languages, these are what let a plain report count. New Acme posts written
for this test, one per family and language, with the same words in posts that are no grievance."""

from __future__ import annotations

import pytest

from brandwatch.detectors.brand import BrandTerms
from brandwatch.detectors.complaints import ComplaintDetector
from brandwatch.detectors.linguistic import read_cues
from brandwatch.model.sentiment import SentimentResult

ACME = BrandTerms(("acme",), frozenset({"acmehelp"}))
NEUTRAL = SentimentResult("neutral", 1.0, 0.0)


@pytest.mark.parametrize("family, text", [
    ("trouble", "la tarjeta de Acme no funciona en ningún cajero"),
    ("trouble", "l'appli Acme plante dès que j'ouvre mes factures"),
    ("trouble", "Die Acme Uhr ist nach dem Update abgestürzt und startet nicht"),
    ("trouble", "o carregador da Acme veio com defeito"),
    ("waiting", "@acme sigo esperando el técnico, desde el martes nada"),
    ("waiting", "Acme, ça fait trois jours que mon colis est bloqué à l'entrepôt"),
    ("waiting", "Seit Dienstag warte ich auf den Acme Techniker"),
    ("waiting", "há duas semanas espero o reembolso da Acme"),
    ("hashtag", "#AcmeArnaque encore un abonnement prélevé deux fois"),
    ("irony", "Bravo Acme, mon colis est arrivé cassé et le livreur est reparti"),
    ("irony", "Parabéns Acme, o aplicativo não abre há três dias"),
    ("consequence", "Tuve que pedir un taxi porque el Acme Rocket se quedó sin batería a mitad de camino"),
    ("unanswered", "Dos correos a Acme y ninguna respuesta"),
])
def test_when_a_grievance_shape_is_written_in_another_language_then_it_is_a_complaint(analyze, family, text):
    assert analyze(text).complaint.is_complaint, family


# Cues at the threshold (hashtag + "otra vez" + brand: log-odds 0.4), and the reader, which saw few
# Spanish hashtags, votes it down at its larger share on Spanish posts. Kept visible until the reader
# learns such posts.
@pytest.mark.xfail(strict=True, reason="the reader outvotes a Spanish grievance hashtag at the threshold")
def test_when_a_spanish_grievance_hashtag_names_the_brand_then_it_is_a_complaint(analyze):
    assert analyze("#AcmeEstafa otra vez el cargo duplicado").complaint.is_complaint


@pytest.mark.parametrize("text", [
    "mi Acme Rocket nunca se cuelga, una maravilla",
    "l'appli Acme ne plante jamais, bravo",
    "Danke Acme, der Techniker kam pünktlich und alles läuft",
    "Obrigado pela ajuda, Acme, tudo resolvido",
    "Acme me cobró dos veces pero me lo reembolsaron al día siguiente, todo resuelto",
    "Mi compañía anterior me dejó sin internet tres días. Me paso a Acme",
    "Avec l'ancien opérateur plus d'internet chaque semaine. Je passe chez Acme",
])
def test_when_the_same_words_carry_no_grievance_at_the_brand_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


@pytest.mark.parametrize("text, shape", [
    ("la app no funciona", "trouble"),
    ("funktioniert seit gestern nicht", "trouble"),
    ("ça fait deux semaines", "waiting"),
    ("llevo tres días esperando", "waiting"),
    ("keine antwort vom support", "unanswered"),
    ("#acmeabzocke", "hashtag"),
    ("bravo acme, 89 € de frais pour changer une date", "irony"),
    ("parabéns acme, 60 reais de taxa", "irony"),
    ("tres correos y nada", "persistence"),
    ("cobrado em dobro", "expectation"),
    ("j'ai dû annuler le voyage", "consequence"),
])
def test_the_shapes_read_their_words_in_each_language(text, shape):
    cues = read_cues(text, text)
    assert getattr(cues, shape), shape


def test_an_amount_written_before_its_currency_counts_as_money():
    cues = read_cues("antes 25 € y ahora 39 €", "antes 25 € y ahora 39 €")
    assert cues.money and cues.prices == 2


def test_a_negated_failure_in_another_language_is_not_trouble():
    cues = read_cues("nunca se cuelga", "nunca se cuelga")
    assert cues.trouble == 0 and cues.negated_trouble



def test_when_the_companys_own_word_is_held_up_in_quotes_then_the_post_is_not_judged_grievance_free():
    # No trouble word and a neutral tone: the quotes around the company's promise carry the grievance.
    detector = ComplaintDetector(ACME, 0.5)
    quoted = "My Acme 'priority' appointment is in eleven days"
    plain = "My Acme priority appointment is in eleven days"
    assert "no_grievance" not in detector.judge(quoted, quoted.casefold(), [], NEUTRAL).reasons
    assert "no_grievance" in detector.judge(plain, plain.casefold(), [], NEUTRAL).reasons


@pytest.mark.parametrize("text, worse", [
    ("the corner garage did the same service for half of what acme charged", True),
    ("globex did it for a third of what acme wanted", True),
    ("globex wanted twice what acme asks for the same plan", False),
    ("i earn twice what i did last year", False),
])
def test_a_price_set_against_what_another_charged_reads_as_a_worse_deal(text, worse):
    # Whose price is the dearer one takes the brand to tell, so the detector reads it, not `read_cues`.
    reasons = ComplaintDetector(ACME, 0.5).judge(text, text, [], NEUTRAL, "en").reasons
    assert ("worsening" in reasons) is worse
