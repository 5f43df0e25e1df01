"""What a complaint is about, by the kind of grievance rather than by one phrasing (issue 17, topics).

The label guideline (data/complaints/README.md): *staff* is how people treated the customer (rough
handling, shouting, no answer), *policy* is money and rules (a claim refused, wages held, a charge that
goes on after cancelling), *product* is the thing itself failing. Each kind is tried in English and in
Spanish, French, German and Portuguese, on Acme posts written for this file, beside posts of the
neighbouring kind whose topic must not move.
"""

from __future__ import annotations

from array import array

import pytest

from brandwatch.detectors.brand import BrandTerms
from brandwatch.detectors.complaints import TOPIC_LEAN, TOPIC_SURE, ComplaintDetector, _topic
from brandwatch.detectors.linguistic import read_cues
from brandwatch.rules.matcher import RuleHit
from brandwatch.model.sentiment import SentimentResult
from brandwatch.rules.schema import Rule
from brandwatch.sentiment.complaint_reader import ComplaintReader
from brandwatch.sentiment.complaint_topic_reader import TOPICS, TopicReader

ACME = BrandTerms(("acme",), frozenset({"acmehelp"}))
NEGATIVE = SentimentResult("negative", 1.0, -0.6)


def topic_of(analyze, text: str) -> str | None:
    result = analyze(text)
    assert result.complaint.is_complaint, text
    return result.complaint.topic


# A person working for the brand handled the goods roughly, shouted at or fined the customer: staff,
# even where the damage they did is also named.
@pytest.mark.parametrize("text", [
    "the Acme courier booted my parcel down the stairs and the vase inside is in bits",
    "Acme security guard yelled at my mum at the entrance in front of everyone",
    "el repartidor de Acme lanzó la caja por encima de la valla y la tele llegó rota",
    "la cajera de Acme me gritó delante de toda la cola por pagar con monedas",
    "le livreur Acme a jeté mon colis par-dessus la haie, l'écran est fendu",
    "la contrôleuse Acme m'a hurlé dessus devant tout le wagon",
    "Der Acme-Bote hat das Paket über den Zaun geworfen, der Monitor ist hin",
    "Die Kassiererin bei Acme hat mich vor allen angeschnauzt",
    "o motorista da Acme jogou a caixa no chão e a tela rachou",
    "a atendente da Acme gritou comigo na frente de todo mundo",
])
def test_when_someone_at_the_brand_mistreats_the_customer_then_the_topic_is_staff(analyze, text):
    assert topic_of(analyze, text) == "staff"


# Customer service that does not answer, in another language: the silence is the grievance (staff),
# also when it is counted in days.
@pytest.mark.parametrize("text", [
    "el soporte de Acme no contesta mis mensajes desde el lunes",
    "le service client Acme ne répond à aucun de mes mails depuis une semaine",
    "Der Acme Kundendienst reagiert seit zwei Wochen nicht auf meine Anfragen",
    "o suporte da Acme não responde meus e-mails há dez dias",
])
def test_when_customer_service_stays_silent_in_another_language_then_the_topic_is_staff(analyze, text):
    assert topic_of(analyze, text) == "staff"


# Money and rules: an insurer that will not pay, wages or a transfer held back, a charge that goes on
# after the customer cancelled.
@pytest.mark.parametrize("text", [
    "Acme Insurance won't pay out on the burst pipe because it was 'gradual wear'. It burst overnight.",
    "Acme bank froze my wages for a 'security review' and now my rent is late",
    "Acme se niega a pagar la reparación, dicen que el golpe ya estaba antes",
    "Acme me sigue cobrando la cuota aunque di de baja el plan en marzo",
    "Acme refuse de rembourser la réparation, soi-disant que la panne existait avant",
    "Acme a bloqué mon virement pendant six jours « pour contrôle »",
    "Acme weigert sich, den Schaden zu bezahlen, angeblich war er schon vorher da",
    "Acme hat meine Überweisung eine Woche lang zurückgehalten",
    "a Acme recusa-se a pagar o conserto, dizem que o dano já existia",
    "a Acme continua a cobrar a mensalidade depois de eu cancelar o plano",
])
def test_when_money_is_refused_held_or_still_taken_then_the_topic_is_policy(analyze, text):
    assert topic_of(analyze, text) == "policy"


# Neighbours: the thing itself failing stays product, even with the words the fixes above read
# (a frozen app, an app that does not respond, a driver's app).
@pytest.mark.parametrize("text", [
    "l'appli Acme est bloquée sur l'écran d'accueil depuis la mise à jour",
    "la app de Acme no responde cuando intento pagar, se queda en blanco",
    "my Acme Rocket froze three times today and lost all my settings",
    "o aplicativo da Acme trava toda vez que abro o extrato",
])
def test_when_the_thing_itself_fails_then_the_topic_stays_product(analyze, text):
    assert topic_of(analyze, text) == "product"


def _hit(rule_id: str, topic: str, start: int) -> RuleHit:
    rule = Rule(id=rule_id, title=rule_id, description="", category="signal", kind=None,
                signal="complaint-cue", topic=topic, severity=None, source="test", content_hash="")
    return RuleHit(rule=rule, start=start, end=start + 5, value="x" * 5, score=1.0, explanation={})


def test_when_the_wait_counted_is_for_an_answer_then_the_silence_decides_staff():
    """A wait cue and a no-answer cue over the same grievance ("three weeks and no reply"): the
    wait is how long the silence lasted, so the staff cue is not tied by it."""
    text = "three weeks and no reply from acme about my warranty claim"
    hits = (_hit("complaint-policy-waiting", "policy", 0), _hit("complaint-staff-unresponsive", "staff", 16))
    assert _topic(hits, read_cues(text, text)) == "staff"
    money = (_hit("complaint-policy-waiting", "policy", 0), _hit("complaint-policy-refund", "policy", 10),
             _hit("complaint-staff-unresponsive", "staff", 30))
    assert _topic(money, read_cues(text, text)) == "policy"



class Leans(TopicReader):
    """A topic reader that leans to one topic with a fixed probability, the rest shared evenly."""

    def __init__(self, topic: str, chance: float):
        super().__init__([array("b", [0]) for _ in TOPICS], [0.0] * len(TOPICS))
        self.topic, self.chance = topic, chance

    def probabilities(self, lowered: str) -> dict[str, float]:
        rest = (1 - self.chance) / (len(TOPICS) - 1)
        return {t: self.chance if t == self.topic else rest for t in TOPICS}


class Complains(ComplaintReader):
    def __init__(self):
        super().__init__(array("b", [0]), 4.0)

    def log_odds(self, lowered: str) -> float:
        return 4.0


def _judged_topic(text: str, reader: TopicReader, hits: tuple[RuleHit, ...] = ()) -> str | None:
    detector = ComplaintDetector(ACME, 0.5, reader_weight=0.5, reader_offset=2.0, reader=Complains(),
                                 topic_reader=reader)
    judgment = detector.judge(text, text.casefold(), list(hits), NEGATIVE)
    assert judgment.complaint.is_complaint
    return judgment.complaint.topic


def test_when_nothing_in_the_post_names_the_topic_then_the_readers_lean_decides():
    """Below the sure level but well above a four-way guess, the reader's likeliest topic beats
    `other`, the rarest topic; a near-even reading still leaves `other`."""
    text = "@acmehelp honestly not impressed with you lot today"
    assert _judged_topic(text, Leans("staff", TOPIC_LEAN + 0.05)) == "staff"
    assert TOPIC_LEAN + 0.05 < TOPIC_SURE
    assert _judged_topic(text, Leans("staff", 0.28)) == "other"


def test_when_a_cue_rule_calls_it_a_plain_grievance_then_the_lean_does_not_override_it():
    text = "Acme is a scam, never buying from them again"
    scam = _hit("complaint-other-grievance", "other", text.index("scam"))
    assert _judged_topic(text, Leans("product", TOPIC_SURE - 0.05), (scam,)) == "other"


# Kept on hold or in a phone or desk queue: nobody picks up, the unanswered-call grievance (staff), in
# every language. The labelled batches read it so throughout; a queue that is the product itself (a
# virtual ticket queue) or an order put on hold is not this.
@pytest.mark.parametrize("text", [
    "three quarters of an hour on hold with Acme and the music keeps cutting out",
    "Acme, 37th in the phone queue, been here since lunch",
    "una hora en espera con Acme y la musiquita de siempre",
    "quarante minutes au téléphone avec Acme, toujours la même musique d'attente",
    "seit einer Stunde hänge ich in der Warteschleife von Acme",
    "há uma hora em espera com a Acme, ninguém atende",
])
def test_when_the_customer_is_kept_on_hold_then_the_topic_is_staff(analyze, text):
    assert topic_of(analyze, text) == "staff"


@pytest.mark.parametrize("text", [
    "an hour in the Acme virtual queue and then every ticket was gone",
    "Acme put my order on hold for a 'stock check' and now it ships in March",
])
def test_when_the_queue_or_hold_is_not_a_call_then_it_is_not_staff(analyze, text):
    result = analyze(text)
    assert not result.complaint.is_complaint or result.complaint.topic != "staff"


# One-off mix-ups (the guideline's `other`): belongings lost, the wrong item sent, an order marked
# delivered that never came. A lost bag is not a late delivery, whatever delivery words it uses.
@pytest.mark.parametrize("text", [
    "Acme Air lost my golf clubs somewhere between Dublin and Faro",
    "my suitcase never came off the carousel, Acme. 2 days in the same clothes",
    "Acme perdió mi maleta en el transbordo y nadie sabe dónde está",
    "ma valise Acme n'est jamais arrivée à Lyon, je fais comment ?",
    "Acme hat meinen Koffer verloren, seit Sonntag keine Spur",
    "a Acme perdeu a minha mala na conexão",
    "Acme sent me a blue kettle instead of the red one I paid for",
    "Acme a livré une table basse au lieu de la chaise commandée",
])
def test_when_something_is_lost_or_mixed_up_then_the_topic_is_other(analyze, text):
    assert topic_of(analyze, text) == "other"


# A delay nobody explained: the silence is how people treated the customer (staff), not a rule; the
# labelled batches never read such a post as policy.
@pytest.mark.parametrize("text", [
    "Acme bus two hours late and no announcement whatsoever, just a dark screen",
    "vuelo de Acme retrasado tres horas y nadie explica nada",
    "le train Acme bloqué une heure, personne ne nous a prévenus",
])
def test_when_a_delay_comes_with_no_word_then_the_topic_is_not_policy(analyze, text):
    assert topic_of(analyze, text) != "policy"


def test_when_only_a_wait_is_read_then_the_readers_lean_comes_before_policy():
    """"since 6am" is a wait, but what waits is the thing that broke: a reader leaning to product
    decides before the bare wait falls back to policy."""
    text = "@acmehelp the box has been blinking orange since 6am, anyone there?"
    assert _judged_topic(text, Leans("product", TOPIC_LEAN + 0.05)) == "product"
