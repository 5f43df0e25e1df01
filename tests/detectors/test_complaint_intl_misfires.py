"""Misfires of the Spanish, French, German and Portuguese complaint cues found in review (issue 17):
foreign words read on English posts, foreign irony openers that are English words, durations that
are no wait on a company, the French "plante" outside its software sense, the reader's larger share
given to languages brandwatch has no cues for, and a price fraction read against whichever company it
names. Each kind beside the posts that must keep firing. Posts written for this test."""

from __future__ import annotations

import pytest

from brandwatch.detectors.brand import BrandTerms
from brandwatch.detectors.complaints import ComplaintDetector
from brandwatch.detectors.linguistic import read_cues
from brandwatch.detectors.reading import plain_lower
from brandwatch.model.sentiment import SentimentResult

ACME = BrandTerms(("acme",), frozenset({"acmehelp"}))
NEUTRAL = SentimentResult("neutral", 1.0, 0.0)


def cues(text: str, english: bool | None = None):
    return read_cues(plain_lower(text), text, english=english)


# 1. An English post is read by the English cues alone: a word that is Spanish, French or Portuguese
# for a failure, a denial, "again" or "only" is an ordinary English word there.
@pytest.mark.parametrize("text, shape", [
    ("the new rota at the acme store is out", "trouble"),      # es "rota": broken
    ("acme encore show tonight", "expectation"),               # fr "encore": again
    ("what a sin to miss the acme sale", "negation"),          # es "sin": without
    ("yo acme, nice drop", "first_person"),                    # es "yo": I
])
def test_when_the_post_is_english_then_foreign_cue_words_are_not_read(text, shape):
    english, unknown = cues(text, english=True), cues(text)
    assert not getattr(english, shape) and getattr(unknown, shape), shape


def test_when_the_post_is_english_then_a_foreign_word_for_only_does_not_undo_a_refund():
    # pt "só" (only) after a refund reads as "only part of it"; in English "so" is no such thing.
    assert cues("acme refunded me so fast", english=True).resolved
    assert cues("acme refunded me the next day", english=True).resolved
    assert not cues("acme refunded me, then it broke again", english=True).resolved


@pytest.mark.parametrize("text, shape", [
    ("la pantalla de acme está rota", "trouble"),
    ("tres correos a acme y sin respuesta", "unanswered"),
    ("ça fait trois jours que j'attends acme", "waiting"),
    ("das acme ladegerät ist kaputt", "trouble"),
])
def test_when_the_post_is_in_another_language_or_unknown_then_its_cues_are_read(text, shape):
    assert getattr(cues(text, english=False), shape) and getattr(cues(text), shape), shape


def test_when_an_english_post_holds_foreign_cue_words_then_it_is_not_a_complaint(analyze):
    assert not analyze("Acme encore show tonight, what a sin to miss it").complaint.is_complaint


# 2. Irony: a foreign praise word that is also an English word ("genial", "toll") is irony only in a
# post known to be in another language; said in English it is meant, or not praise at all.
@pytest.mark.parametrize("text", [
    "genial host at the acme store event, tipped 20 €",
    "the toll to reach the acme outlet is 6 € now",
    "chapeau shop next to acme sells hats for 30 €, cracked one though",
])
def test_when_an_english_post_has_a_foreign_praise_word_then_it_is_not_irony(text):
    assert not cues(text, english=True).irony
    assert not cues(text).irony  # language unknown: a word shared with English proves nothing


@pytest.mark.parametrize("text", [
    "genial, acme me cobra 40 € por un cable roto",
    "toll, acme, 60 € für eine kaputte lieferung",
    "parabéns acme, 60 reais de taxa",
    "merci pour rien acme, 89 € de frais",
])
def test_when_the_post_is_in_another_language_then_ironic_praise_is_read(text):
    assert cues(text, english=False).irony


def test_when_a_praise_word_is_only_foreign_then_it_reads_as_irony_with_the_language_unknown():
    assert cues("parabéns acme, 60 reais de taxa").irony
    assert not cues("parabéns acme, 60 reais de taxa", english=True).irony


# 3. Waiting is a wait on a company (a delivery, a reply, a repair): a working life, a race time, the
# length of a trip or of ownership is no wait, in any of the five languages.
@pytest.mark.parametrize("text", [
    "my grandad worked at acme for 30 years, rest in peace",
    "she was employed by acme for over 20 years",
    "finished the acme city marathon after 4 hours, legs gone",
    "the train ride to the acme factory took us 5 hours, lovely views",
    "mi abuelo trabajó en acme durante 30 años, descanse en paz",
    "llevo 10 años trabajando en acme y me encanta",
    "il a travaillé chez acme depuis 1990, repose en paix",
    "er arbeitete seit 1985 bei acme, ruhe in frieden",
    "ela trabalhou na acme há 30 anos, descanse em paz",
    "corri a maratona da acme há 2 semanas",
])
def test_when_a_duration_is_no_wait_on_the_company_then_it_is_not_waiting(text):
    assert not cues(text).waiting


@pytest.mark.parametrize("text", [
    "waiting for my acme refund for 3 weeks now",
    "the acme train was 3 hours late and no one told us",
    "worked from home all week because acme internet has been down since monday",
    "llevo tres días esperando al técnico de acme",
    "ça fait trois jours que mon colis acme est bloqué",
    "seit 2 wochen warte ich auf die erstattung von acme",
    "o voo da acme: 5 horas de atraso",
    "há duas semanas espero o reembolso da acme",
])
def test_when_the_wait_is_on_the_company_then_it_stays_waiting(text):
    assert cues(text).waiting


def test_when_an_obituary_names_the_brand_then_it_is_not_a_complaint(analyze):
    assert not analyze("My grandad worked at Acme for 30 years, rest in peace").complaint.is_complaint


# 4. French "plante"/"planté" is a crash only with software or a device as its subject.
@pytest.mark.parametrize("text", [
    "l'appli acme plante dès que j'ouvre mes factures",
    "le site acme a planté pendant le paiement",
    "ma box acme plante tous les soirs",
    "depuis la mise à jour, le jeu plante",
])
def test_when_an_app_or_device_plante_then_it_is_trouble(text):
    assert cues(text).trouble


@pytest.mark.parametrize("text", [
    "j'ai acheté une plante chez acme, elle est magnifique",
    "il m'a planté devant le magasin acme",
    "acme plante 1000 arbres cette année",
    "on va planter un arbre devant le siège d'acme",
    "mes plantes vertes viennent de chez acme",
    "il plante des arbres avec sa pelle acme",
    "avec l'appli acme, elle plante des tulipes chaque printemps",
])
def test_when_plante_is_a_plant_or_a_person_then_it_is_not_trouble(text):
    assert not cues(text).trouble


@pytest.mark.parametrize("text", [
    "J'ai acheté une plante chez Acme, elle est magnifique",
    "Acme plante 1000 arbres cette année",
    "On va planter un arbre devant le siège d'Acme",
])
def test_when_plante_is_a_plant_then_the_post_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


def test_when_an_app_plante_then_the_post_is_a_complaint(analyze):
    assert analyze("L'appli Acme plante dès que j'ouvre mes factures").complaint.is_complaint


# 5. The reader's larger share is for the languages brandwatch has cues for; any other keeps the
# English share (posts confidently in such a language are routed for a human read by the pipeline).
class _Reader:
    def log_odds(self, text: str) -> float:
        return 1.0


@pytest.mark.parametrize("language, share", [
    ("es", 3.0), ("fr", 3.0), ("de", 3.0), ("pt", 3.0),
    ("en", 0.5), (None, 0.5), ("und", 0.5), ("it", 0.5), ("nl", 0.5),
])
def test_the_readers_other_language_share_applies_to_the_four_languages_only(language, share):
    detector = ComplaintDetector(ACME, 0.5, reader_weight=0.5, reader_weight_intl=3.0, reader=_Reader())
    text = "@acme hola"
    reasons = detector.judge(text, plain_lower(text), [], NEUTRAL, language).reasons
    assert reasons["reader"]["weight"] == share


# 6. "half of what X charges": a worse deal only when X, the dearer one, is the brand and someone else
# did it for less; with the brand as the cheaper one it favours the brand.
def _worse(text: str) -> bool:
    detector = ComplaintDetector(ACME, 0.5)
    return "worsening" in detector.judge(text, plain_lower(text), [], NEUTRAL, "en").reasons


@pytest.mark.parametrize("text", [
    "Globex did the same repair for half of what Acme charged",
    "the corner garage fixed it for a third of what @acme wanted",
    "Globex me lo arregló por la mitad de lo que cobra Acme",
    "Globex l'a fait pour la moitié de ce que facture Acme",
    "Globex macht es für die Hälfte von dem, was Acme verlangt",
    "a Globex cobra metade do que a Acme cobra",
])
def test_when_another_did_it_for_a_fraction_of_the_brands_price_then_it_is_a_worse_deal(text):
    assert _worse(text)


@pytest.mark.parametrize("text", [
    "Acme did the same repair for half of what Globex charged",
    "Acme charges half of what Globex charges for the same plan",
    "I paid half of what my neighbour paid for his Acme Rocket",
    "Acme cobra la mitad de lo que cobra Globex",
    "Acme coûte la moitié de ce que facture Globex",
])
def test_when_the_brand_is_the_cheaper_one_or_not_compared_then_it_is_no_worse_deal(text):
    assert not _worse(text)


def test_when_the_brand_is_the_cheaper_one_then_the_post_is_not_a_complaint(analyze):
    assert not analyze("Acme charges half of what Globex charges for the same plan").complaint.is_complaint


# The worse-deal cue is gone here, but first person, "paid for" (read as a broken expectation) and the
# reader still carry it over the threshold: the bargain the author got is not read as one.
@pytest.mark.xfail(strict=True, reason="'I paid ... for' reads as experience and expectation; the author's bargain is not recognised")
def test_when_the_author_paid_less_for_the_brand_then_the_post_is_not_a_complaint(analyze):
    assert not analyze("I paid half of what my neighbour paid for his Acme Rocket").complaint.is_complaint


# Found by probing after the fixes above: the length of a ride, a run or of using a thing is no wait.
@pytest.mark.parametrize("text", [
    "took my kids to the acme anvil museum, the ride took us 2 hours but worth it",
    "hace 3 horas que corro con mis acme y ni una ampolla",
    "seit 3 jahren fahre ich mein acme rocket, läuft top",
    "acme has been in business for 100 years, happy birthday",
    "há dois anos uso meu acme rocket e nunca deu problema",
])
def test_when_a_duration_measures_a_ride_a_run_or_use_then_it_is_not_waiting(text):
    assert not cues(text).waiting


@pytest.mark.parametrize("text", [
    "hace 3 días que no tengo internet de acme",
    "seit 3 tagen kein netz bei acme",
    "dossier acme en cours depuis 3 mois, toujours rien",
])
def test_when_a_service_has_been_out_for_a_while_then_it_stays_waiting(text):
    assert cues(text).waiting


# Spanish "desde" and French "depuis" also mean "from" a place or channel ("desde la app", "depuis le
# site"); and "still can't believe how good" is delight, not a wait.
@pytest.mark.parametrize("text", [
    "compré el acme rocket desde la app y llegó al día siguiente",
    "te escribo desde el móvil, acme rocket recomendadísimo",
    "desde la tienda de acme me atendieron de maravilla",
    "j'ai commandé depuis le site acme, livré en 24 h, top",
    "je vous écris depuis la boutique acme, super accueil",
    "je commande depuis un pc chez acme",
    "acme, todavía no me creo lo bueno que es el rocket",
    "ainda não acredito como o acme rocket é bom",
    "toujours pas remis de ce concert sponsorisé par acme",
    "immer noch nicht fassen, wie gut der acme rocket ist",
])
def test_when_desde_or_depuis_means_from_or_still_means_disbelief_then_it_is_not_waiting(text):
    assert not cues(text).waiting


@pytest.mark.parametrize("text", [
    "desde el martes no funciona mi acme rocket",
    "desde la actualización la app de acme no abre",
    "desde hace una semana sin internet de acme",
    "depuis lundi mon colis acme est bloqué",
    "depuis la mise à jour l'appli acme ne charge plus",
    "depuis une semaine pas de réseau acme",
    "depuis 3 jours aucune réponse d'acme",
    "todavía no llega mi pedido de acme",
])
def test_when_desde_or_depuis_counts_time_then_it_stays_waiting(text):
    assert cues(text).waiting


# The same kind as "plante": a trouble word with a second, harmless sense. Portuguese "a partida" (a
# match, a departure) and "a trava" (a lock) are nouns after an article; losing a game is no lost parcel;
# "das letzte Mal" is "the last time"; "du vol" after a flight's crew is the flight, not theft; a haircut
# is no cut-off service.
@pytest.mark.parametrize("text", [
    "a partida do acme fc foi incrível ontem",
    "a trava de segurança da bicicleta acme é ótima",
    "o acme fc perdeu o jogo mas o estádio é lindo",
    "perdieron el partido pero la camiseta acme es preciosa",
    "das acme team hat das spiel verloren, schade",
    "das letzte mal bei acme war super, gerne wieder",
    "l'équipage du vol acme était adorable",
    "ela cortou o cabelo no salão acme, ficou lindo",
])
def test_when_a_trouble_word_is_in_its_harmless_sense_then_it_is_not_trouble(text):
    assert not cues(text).trouble


@pytest.mark.parametrize("text", [
    "meu acme rocket chegou partido",
    "o app da acme trava toda hora",
    "a acme perdeu o meu pacote",
    "acme perdieron mi maleta",
    "das ist das letzte, acme",
    "acme m'a facturé deux fois, c'est du vol",
    "a acme cortou a minha internet sem aviso",
])
def test_when_the_same_words_mean_a_failure_then_they_stay_trouble(text):
    assert cues(text).trouble


# Found by probing: a fraction with nobody named as the cheaper side is no comparison.
def test_when_no_one_is_named_as_the_cheaper_side_then_a_fraction_is_no_worse_deal():
    assert not _worse("Half of what Acme charges goes to shipping, apparently")
    assert _worse("Got it fixed elsewhere for half of what Acme charges")


# Thanks beside a sum the author calls small ("nur 10 € Versand", "5 € seulement") is meant.
@pytest.mark.parametrize("text", [
    "danke für den tollen service, acme, nur 10 € versand",
    "merci pour la livraison rapide acme, 5 € seulement",
    "obrigado pela ajuda acme, paguei só 20 reais",
    "gracias por el envío, acme, solo 3 €",
])
def test_when_thanks_come_beside_a_sum_called_small_then_it_is_not_irony(text):
    assert not cues(text, english=False).irony


@pytest.mark.parametrize("text", [
    "danke für nichts, acme, 60 € für eine verspätete lieferung",
    "merci pour rien acme, 89 € de frais",
    "gracias por cobrarme 40 € dos veces, acme",
])
def test_when_thanks_come_beside_a_sum_charged_then_it_stays_irony(text):
    assert cues(text, english=False).irony
