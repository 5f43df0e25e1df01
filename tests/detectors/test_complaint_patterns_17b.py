"""Grievance families in Spanish, French, German and Portuguese that the default path missed (issue 17,
round h17b): the kinds found by reading fresh batch 3's misses, each written here as a new Acme post in
the family's words (a verb and its object, a promise and the time since), not as any batch sentence.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("family, text", [
    ("billed above the quote", "Acme me cobró 120 € por una reparación que me presupuestaron en 50"),
    ("billed above the quote", "A Acme cobrou-me 150 euros por um serviço orçado em 40"),
    ("billed above the quote", "Acme hat mir 300 Euro berechnet, angeboten waren 90 Euro"),
    ("billed twice", "Acme m'a facturé deux fois la même réparation"),
    ("time off lost to a no-show", "Pedí el día libre para recibir al técnico de Acme y no vino nadie"),
    ("time off lost to a no-show", "Faltei ao trabalho para esperar a Acme e adiaram a instalação"),
    ("time off lost to a no-show", "Urlaub genommen für den Acme Techniker, dann kam eine SMS: verschoben"),
    ("marked delivered, nothing here", "La app de Acme dice 'entregado' y aquí no hay ningún paquete"),
    ("marked delivered, nothing here", "L'appli Acme indique 'livré'. Aucun colis chez moi."),
    ("promised callback never came", "Acme me prometió una llamada el martes y ya es viernes"),
    ("promised callback never came", "A Acme prometeu ligar-me há duas semanas e nada"),
    ("promised callback never came", "Acme hatte einen Rückruf versprochen, seitdem nichts"),
    ("no answer for weeks", "Seit zwei Wochen keine Antwort von Acme auf meine Reklamation"),
    ("delay with no word", "Dos horas de retraso con Acme y nadie explica nada"),
    ("delay with no word", "Quatre heures de retard avec Acme, sans la moindre annonce"),
    ("left uninformed", "Compré con Acme, cancelaron el envío y nadie me avisó"),
    ("left uninformed", "A Acme mudou a data e ninguém avisou"),
    ("wrong item sent", "Acme hat mir statt des Rasenmähers einen Föhn geschickt"),
    ("wrong item sent", "Acme me envió una talla equivocada por segunda vez"),
    ("staff contempt", "El técnico de Acme se rió en mi cara cuando pregunté por la garantía"),
    ("staff contempt", "Le vendeur Acme ne m'a même pas regardé"),
    ("installers damaged the home", "Los instaladores de Acme rayaron todo el suelo y se fueron"),
    ("installers damaged the home", "Os técnicos da Acme riscaram a parede e foram embora"),
    ("waiting counted in weeks", "Globex me devolvió el dinero en dos días. Acme lleva cinco semanas."),
    ("material gave out early", "La funda del sofá de Acme se está pelando a los cuatro meses"),
    ("material gave out early", "O colchão da Acme afundou no meio em dois meses"),
])
def test_when_a_grievance_family_is_written_in_another_judged_language_then_it_is_a_complaint(analyze, family, text):
    assert analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("text", [
    "Acme me cobró 50 € por la reparación, lo que me presupuestaron. Perfecto.",
    "Acme me prometió una llamada el martes y me llamó a la hora, genial",
    "La app de Acme dice 'entregado' y sí, el paquete estaba en la puerta",
    "Pedí el día libre para ir a la playa, qué calor",
    "Dos horas de retraso en el tren, la Renfe como siempre. Menos mal que el Acme Rocket tenía batería",
])
def test_when_the_same_words_carry_no_grievance_at_the_brand_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


@pytest.mark.parametrize("family, text", [
    ("billed above the quote", "Acme quoted £90 for the repair, the invoice came to £240"),
    ("billed above the quote", "acme estimate was $300. final bill $720. nobody rang me first"),
    ("time off lost to a no-show", "Took a day off work for the Acme engineer, text at 5pm saying rescheduled"),
    ("overdue against a stated date", "Acme said the replacement would ship within 10 days. It's day 31."),
    ("overdue against a stated date", "On the Acme repair list since July. It's November."),
    ("staff contempt", "The Acme rep walked off while I was still talking"),
    ("staff contempt", "Asked the Acme engineer about the leak and he just shrugged"),
    ("staff damaged the home", "Acme fitters gouged the kitchen floor and left without a word"),
    ("wrong item sent", "Acme sent me a left-handed Anvil. I ordered right-handed."),
    ("material gave out", "My Acme cushion has gone completely flat after a month"),
    ("material gave out", "The Acme mattress is sagging in the middle after eight weeks"),
    ("waiting on the phone", "90 mins on hold to Acme and the line went dead"),
    ("delay with no word", "Four hour delay on the Acme service and zero updates from anyone"),
])
def test_when_an_english_grievance_family_has_no_strong_word_then_it_is_a_complaint(analyze, family, text):
    assert analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("text", [
    "Took a day off work to enjoy my new Acme Rocket",
    "The Acme engineer shrugged off the rain and fixed the boiler in twenty minutes",
    "Flat out busy today, my Acme Rocket is the only thing keeping me sane",
])
def test_when_an_english_family_word_comes_without_a_grievance_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


@pytest.mark.parametrize("family, text", [
    ("fee kept after a refund", "@acme ¿cómo recupero la comisión de un pedido cancelado? Solo me devolvieron el producto"),
    ("fee kept after a refund", "@acme como recupero a taxa de entrega da encomenda cancelada? Só devolveram o valor do artigo"),
    ("fee kept after a refund", "@acme how do I get the booking fee back? You refunded the order but kept £9"),
    ("still nothing after a stated time", "@acme die Ersatzteile sind seit zwei Wochen bestellt, immer noch nichts da. Wer hilft?"),
    ("still nothing after a stated time", "@acme o técnico foi marcado há dez dias e ainda não veio ninguém"),
])
def test_when_a_help_request_implies_a_problem_then_it_is_a_complaint(analyze, family, text):
    assert analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("family, text", [
    # The four posts the second review found (issue 17) and variants of each kind in other words.
    ("wrong item: an order that came right", "I ordered a flat white, got a perfect one as always at the Acme cafe"),
    ("wrong item: an order that came right", "We ordered the Acme tasting menu and got a table by the window, lovely night"),
    ("time lost: an event moved, not a visit missed", "Took the day off for the Acme launch party, it got postponed to Friday so more time to get ready"),
    ("time lost: an event moved, not a visit missed", "Booked a day off for the Acme open day; it was rescheduled to a Saturday, even better"),
    ("fee kept: something kept that is no charge", "Acme refunded the jacket but kept the receipt copy for me, super helpful"),
    ("fee kept: something kept that is no charge", "Acme swapped my kettle and kept my details on file so next time is quicker"),
    ("fee kept: something kept that is no charge", "Acme repaired the bike but kept the old chain aside in case I wanted it, nice touch"),
    ("delay no word: news the writer is not owed", "No word yet on the Acme summer sale, hours of scrolling the site hoping"),
    ("delay no word: news the writer is not owed", "Zero updates on the Acme Rocket 2 launch for hours now, the fan forum is buzzing"),
])
def test_when_a_new_family_cue_appears_in_a_happy_or_neutral_post_then_it_is_not_a_complaint(analyze, family, text):
    assert not analyze(text).complaint.is_complaint, family


# Older false alarms these variants found, not from today's families: the waiting cue read "in two days
# and" and "still no announcement ... waiting for it" as a wait on the brand (fixed: a count after "in" is
# speed, and news a fan waits for is not owed).
@pytest.mark.parametrize("text", [
    "Ordered a large Acme hoodie, received it in two days and it fits perfectly",
    "Still no announcement about the Acme Rocket 2 and I'm waiting for it like a kid at Christmas",
])
def test_when_a_happy_post_counts_days_or_waits_for_news_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


@pytest.mark.parametrize("text", [
    "Ordered a hoodie from Acme two weeks ago and still no sign of it",
    "@acme still no refund and no reply to my emails",
    "Waited in for the Acme engineer two days and nobody came",
])
def test_when_a_real_wait_is_counted_then_the_waiting_cue_still_reads_it(analyze, text):
    assert analyze(text).complaint.is_complaint
