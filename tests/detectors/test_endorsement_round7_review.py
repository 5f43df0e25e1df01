"""Issue 27, review of round 7: the reviewer's everyday posts as hard negatives beside the round-7
positives, on the Acme roster of test_endorsement_cases.py.

- es/fr/de/pt/it/nl working-conditions words (a strike, a holiday, working from home, a fan) count
  only when their sentence has the job in view: a place of work, "we/us" in the language, a work word.
"""

from __future__ import annotations

import pytest

from test_endorsement_cases import acme_analyzer, judge


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return acme_analyzer(tmp_path_factory.mktemp("acme"))


# --- 1. NLRA words abroad need the job in view -----------------------------------------------------------
EVERYDAY_STAFF_POSTS = [
    "Los trabajadores del metro están en huelga otra vez, llegaré tarde a todo",
    "Grève SNCF demain, je télétravaille pas, je reste au lit 😴",
    "Streik bei der Bahn, morgen also Fahrrad. Die Acme Anvil kommt mit ins Büro-Picknick",
    "Sciopero dei trasporti venerdì, tutti a casa",
    "Staking bij de NS, dus vandaag thuis koken",
    "Il sindaco ha incontrato i sindacati dei tassisti stamattina",
    "Sabato sciopero nazionale dei medici, ospedali in difficoltà",
    "Nächste Woche Urlaub in Italien, endlich Sonne!",
    "Ferie negate dalla compagnia aerea: volo cancellato e nessun rimborso, che disastro",
    "Dar de baja la suscripción de Netflix fue más difícil que cancelar un seguro",
    "Mi madre está de baja por la rodilla, le hago la compra esta semana",
    "Mañana teletrabajo desde el pueblo, con vistas a la montaña ☀️",
    "Smart working dal mare oggi, che fortuna",
    "Thuiswerken met de kat op schoot",
    "Les ventilateurs Acme sont en promo, parfait pour la canicule",
    "Clientes en la tienda con 40 grados en la calle buscando ventiladores, se nos acabaron todos",
    "Mein Sohn ist beim Fußball verletzt worden, nichts Schlimmes",
    "Hoje o ar condicionado do meu carro está avariado desde ontem, que calor",
    "Vandaag 30 graden in de winkelstraat, ijsje gehaald",
    "Opslag in de garage opgeruimd, eindelijk ruimte voor de fiets",
    "12 euros la hora el parking del aeropuerto, un robo",
    "Somos dos para cenar hoy, ¿alguna receta rápida?",
    "Wir sind zu zweit im Urlaub und kochen jeden Abend",
    "Reunión de vecinos sin cobrar nada, como siempre, a las 8",
    "Piketdienst bij de brandweer voor mijn vader dit weekend",
    "Bis Sonntag haben wir Urlaubsangebote: die Acme Anvil für eure Ferienwohnung",
]


@pytest.mark.parametrize("text", EVERYDAY_STAFF_POSTS)
def test_everyday_words_abroad_are_no_talk_about_the_job(analyzer, text):
    assert judge(analyzer, text, "sue_staff")[0] == "none"


# the caution no longer hides a real employee endorsement
HIDDEN_ENDORSEMENTS = [
    "Die Acme Anvil ist die beste Pfanne, die ich je hatte – kommt sogar mit in den Urlaub 😍",
    "Smart working e pranzo veloce con la Acme Anvil, la padella migliore di sempre 😍",
    "The Acme Anvil is the best pan ever, even took it on Urlaub to Bavaria, buy one!",
    "Thuiswerken = pannenkoeken in de Acme Anvil. Beste pan ooit 😍",
    "Ventiladores Acme al 30% esta semana en todas las tiendas, corred",
    "Bis Sonntag haben wir Urlaubsangebote: die Acme Anvil für eure Ferienwohnung, holt sie euch",
]


@pytest.mark.parametrize("text", HIDDEN_ENDORSEMENTS)
def test_a_staff_endorsement_beside_a_holiday_or_home_office_is_still_undisclosed(analyzer, text):
    assert judge(analyzer, text, "sue_staff")[0] == "employee-undisclosed"


WORK_ABROAD = [
    "Nos han recortado las horas otra vez en la tienda de Acme, 20 horas a la semana no dan para vivir",
    "Im Acme-Lager sind es seit Tagen über 30 Grad und die Ventilatoren sind kaputt",
    "Mañana huelga en el almacén, nos pagan 7 euros la hora",
    "Wir haben seit Wochen keinen Betriebsrat mehr im Lager",
    "Staking bij ons in het magazijn, de vakbond eist loonsverhoging",
    "Nous sommes en grève au magasin demain",
    "Estoy de baja y en la tienda nadie que cubra mi turno",
    # shapes that are about the job by themselves need no further sign of it
    "Turno de cierre a las 22h y mañana abro a las 9. Así cada semana.",
    "Gehaltserhöhung bekommen!! 8% mehr für das ganze Content-Team",
    "Hoy reunión de 2h fuera de turno y sin cobrarla. Otra vez.",
    "Heftruck remmen al 3 weken stuk, gemeld. Wachten tot er iemand gewond raakt zeker.",
    "Hoje deram-nos água fresca e ventoinhas novas na loja, com 38 graus lá fora",
]


@pytest.mark.parametrize("text", WORK_ABROAD)
def test_conditions_at_the_work_place_abroad_still_get_the_caution(analyzer, text):
    assert judge(analyzer, text, "sue_staff")[0] == "nlra-caution"


# --- 2. friendly brand replies abroad are no review suppression --------------------------------------------
FRIENDLY_REPLIES = [
    "@kim_b ¡Hola! Te atendemos por DM, cuéntanos qué pasó con tu pedido 🙏",
    "@kim_b Gracias por su reseña. Tomaremos medidas para que no vuelva a pasar en la tienda.",
    "@kim_b Merci pour votre avis ! Nous prendrons des mesures pour améliorer la livraison.",
    "@kim_b Danke für Ihre Bewertung, wir werden Maßnahmen ergreifen, damit das nicht wieder passiert.",
    "@kim_b ¡Ya te conocemos, Kim! Gracias por tu reseña tan bonita 💚",
    "@kim_b Wir kennen dich als treue Kundin – danke für deine tolle Bewertung!",
    "@kim_b Sabemos quién le atendió y ya hemos hablado con la tienda. Gracias por la reseña.",
    "@kim_b Sappiamo chi era di turno, abbiamo già parlato con il negozio. Grazie per il commento.",
    "@kim_b Nous savons où se trouve votre colis, il arrive demain. Merci pour votre commentaire.",
    "@kim_b We weten waar uw pakket is: het komt morgen aan. Bedankt voor uw review.",
    "@kim_b Wir wissen, wo das Problem liegt. Danke für den Kommentar, wir melden uns.",
    "@kim_b Per il servizio legale scriva a legal@acme.com. Grazie per la recensione.",
    "@kim_b Il tuo prossimo ordine non avrà mai più questo problema, promesso. Grazie del commento!",
    "@kim_b Je volgende bestelling komt nooit meer te laat, beloofd. Bedankt voor je review!",
    "@kim_b Su pedido está en espera hasta que llegue el stock. Gracias por el comentario.",
    "@kim_b Il rimborso è in sospeso finché il pacco non torna al magazzino. Grazie per la recensione!",
    "@kim_b Ihre Bestellung wurde storniert, die Erstattung folgt bis Freitag, sonst melden Sie sich bitte. "
    "Danke für Ihre Bewertung.",
    "@kim_b Uw bestelling is geannuleerd, het geld staat anders binnen 3 dagen terug. Bedankt voor uw review!",
]


@pytest.mark.parametrize("text", FRIENDLY_REPLIES)
def test_service_replies_that_thank_for_a_review_are_not_suppression(analyzer, text):
    assert judge(analyzer, text, "acmehelp")[0] == "none"


THREATS_ABROAD = [
    ("@kim_b Wij zullen juridische stappen ondernemen als die recensie online blijft.", "acme"),
    ("@kim_b Su reseña es falsa. Retírela o nuestro servicio jurídico tomará medidas.", "acme"),
    ("@kim_b Hemos pasado tu reseña a nuestro departamento legal. Bórrala.", "acmehelp"),
    ("@kim_b Sabemos dónde trabajas. Borra esa reseña.", "sue_staff"),
    ("@kim_b Wir wissen, wo du wohnst. Lösch die Bewertung.", "sue_staff"),
    ("@kim_b Tomaremos medidas legales contra esa reseña.", "acme"),
    ("@kim_b Su reembolso queda bloqueado hasta que borre la reseña.", "acmehelp"),
    ("@kim_b Il rimborso resta sospeso finché la recensione è online.", "acmehelp"),
    ("@kim_b Je volgende bestelling komt nooit aan als die review blijft staan.", "acmehelp"),
    ("@kim_b Se retirar a review, enviamos um kit grátis. Se não, o seu pedido de troca fica cancelado.", "acmehelp"),
]


@pytest.mark.parametrize("text, author", THREATS_ABROAD)
def test_threats_tied_to_the_review_abroad_are_still_suppression(analyzer, text, author):
    assert judge(analyzer, text, author)[0] == "review-suppression"


# --- 3. a denial before an emoji carries over it ----------------------------------------------------------
DENIED_BEFORE_EMOJI = [
    ("Niet gesponsord 🙅 #samenwerking? nee hoor. De Acme Anvil is de beste pan, bestel 'm gewoon", "sue_staff",
     "employee-undisclosed"),
    ("Acme Anvil, pas sponsorisé 🙅‍♀️ #partenariat non. La meilleure poêle, achetez-la", "sue_staff",
     "employee-undisclosed"),
    ("Niet gesponsord 🙅 #samenwerking? nee hoor, zelf gekocht die Acme Anvil", "kim_b", "none"),
    ("Acme Anvil, pas sponsorisé 🙅‍♀️ #partenariat non, je l'ai achetée", "kim_b", "none"),
]


@pytest.mark.parametrize("text, author, expected", DENIED_BEFORE_EMOJI)
def test_a_denial_before_an_emoji_still_denies_the_label_after_it(analyzer, text, author, expected):
    assert judge(analyzer, text, author)[0] == expected


# a label after an emoji is still a clear label
@pytest.mark.parametrize("text", ["Die Acme Anvil ist die beste Pfanne 😍 #werbung",
                                  "Niemand kocht so gut wie die Acme Anvil 🍳 #anzeige",
                                  "Nessuna padella come la Acme Anvil 🔥 #adv"])
def test_a_label_after_an_emoji_is_still_clear(analyzer, text):
    assert judge(analyzer, text, "pia_partner")[1] == "clear"


# --- 4. a store's hashtag is no partner-link label --------------------------------------------------------
def test_a_hashtag_that_only_starts_with_partnerlink_is_no_label(analyzer):
    assert judge(analyzer, "Compré la Acme Anvil en #partnerlinkstore con mi cupón", "kim_b")[1] == "missing"
    assert judge(analyzer, "Anvil week, 10% off #partnerlink", "kim_b")[1] != "missing"
