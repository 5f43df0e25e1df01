"""Spanish, French, German and Portuguese posts: complaints and the non-complaints that look like them.

Same slots and labels as templates_en; the faults, staff and charges are written per language
(product names stay as the brand spells them).
"""

from __future__ import annotations

C, N = True, False
NEG, NEU, POS = "negative", "neutral", "positive"

LANGUAGES = {
    "es": {
        "faults": ["dejó de funcionar", "no enciende desde ayer", "llegó roto", "se reinicia cada cinco minutos",
                   "no carga", "sigue sin llegar"],
        "staff": ["el agente", "la persona de atención al cliente", "el repartidor", "el técnico"],
        "policy": ["la comisión de cancelación", "la subida de precio", "la política de devoluciones", "el cargo extra"],
        "templates": [
            ("Mi {b} {p} {f}... y nadie responde. {at}", C, "product", NEG),
            ("{at} llevo {d} esperando el reembolso del pedido {order}", C, "policy", NEG),
            ("{at} {staff} me colgó el teléfono dos veces. Vergüenza.", C, "staff", NEG),
            ("Pésimo servicio de {b}, el {p} {f}", C, "product", NEG),
            ("{at} me cobraron {amt} dos veces, ¿alguien me ayuda?", C, "policy", NEU),
            ("{at} ¿qué pasa con {pol}? Nadie me avisó.", C, "policy", NEG),
            ("Gracias {at} por dejarme sin internet otra vez 🙃", C, "product", NEG),
            ("{at} hola, ¿cómo puedo cambiar la dirección de entrega?", N, None, NEU),
            ("{at} quiero cancelar mi suscripción, me mudo. ¡Gracias!", N, None, NEU),
            ("Me encanta mi nuevo {p} de {b}, ¡funciona genial!", N, None, POS),
            ("{b} anuncia nuevos precios a partir de marzo.", N, None, NEU),
            ("Qué día tan horrible, llueve y perdí el autobús. Menos mal que tengo mi {b}.", N, None, NEG),
            ("{c} perdió mi paquete otra vez. Debí quedarme con {b}.", N, None, NEG),
        ],
    },
    "fr": {
        "faults": ["ne marche plus", "ne s'allume plus depuis hier", "est arrivé cassé", "redémarre toutes les cinq minutes",
                   "ne charge plus", "n'est toujours pas arrivé"],
        "staff": ["le conseiller", "le livreur", "le technicien", "la personne au guichet"],
        "policy": ["les frais de résiliation", "la hausse de prix", "la politique de retour", "les frais cachés"],
        "templates": [
            ("{at} mon {p} {f} et personne ne répond.", C, "product", NEG),
            ("Ça fait {d} que j'attends mon remboursement de {b}. Commande {order}.", C, "policy", NEG),
            ("{at} {staff} m'a raccroché au nez. Inadmissible.", C, "staff", NEG),
            ("Service client {b} nul, mon {p} {f}", C, "product", NEG),
            ("{at} j'ai été débité {amt} deux fois, vous pouvez regarder ?", C, "policy", NEU),
            ("{at} pourquoi {pol} ? Personne ne m'a prévenu.", C, "policy", NEG),
            ("Merci {at} pour la troisième panne de la semaine, vraiment top 🙃", C, "product", NEG),
            ("{at} bonjour, comment changer mon adresse de livraison ?", N, None, NEU),
            ("{at} je voudrais résilier mon abonnement, je déménage. Merci !", N, None, NEU),
            ("J'adore mon nouveau {p} {b}, il marche super bien !", N, None, POS),
            ("{b} annonce une nouvelle gamme de produits pour l'automne.", N, None, NEU),
            ("Journée horrible, pluie et bouchons. Heureusement mon {b} est là.", N, None, NEG),
            ("{c} a encore perdu mon colis. J'aurais dû rester chez {b}.", N, None, NEG),
        ],
    },
    "de": {
        "faults": ["funktioniert nicht mehr", "geht seit gestern nicht an", "kam kaputt an", "startet alle fünf Minuten neu",
                   "lädt nicht mehr", "ist immer noch nicht da"],
        "staff": ["der Mitarbeiter an der Hotline", "der Fahrer", "der Techniker", "die Dame am Schalter"],
        "policy": ["die Kündigungsgebühr", "die Preiserhöhung", "die Rückgaberegel", "die versteckten Kosten"],
        "templates": [
            ("{at} mein {p} {f} und keiner antwortet.", C, "product", NEG),
            ("Warte seit {d} auf meine Erstattung von {b}. Bestellung {order}.", C, "policy", NEG),
            ("{at} {staff} hat einfach aufgelegt. Unmöglich.", C, "staff", NEG),
            ("Kundenservice von {b} ist eine Katastrophe, mein {p} {f}", C, "product", NEG),
            ("{at} mir wurden {amt} doppelt abgebucht, können Sie das prüfen?", C, "policy", NEU),
            ("{at} warum {pol}? Niemand hat mir Bescheid gesagt.", C, "policy", NEG),
            ("Danke {at} für den dritten Ausfall diese Woche, echt super 🙃", C, "product", NEG),
            ("{at} hallo, wie kann ich meine Lieferadresse ändern?", N, None, NEU),
            ("{at} ich möchte mein Abo kündigen, ich ziehe um. Danke!", N, None, NEU),
            ("Ich liebe mein neues {p} von {b}, läuft super!", N, None, POS),
            ("{b} stellt neue Produkte für den Herbst vor.", N, None, NEU),
            ("Furchtbarer Tag, Regen und Stau. Zum Glück habe ich mein {b}.", N, None, NEG),
            ("{c} hat schon wieder mein Paket verloren. Hätte bei {b} bleiben sollen.", N, None, NEG),
        ],
    },
    "pt": {
        "faults": ["parou de funcionar", "não liga desde ontem", "chegou quebrado", "reinicia a cada cinco minutos",
                   "não carrega", "ainda não chegou"],
        "staff": ["o atendente", "o entregador", "o técnico", "a moça do balcão"],
        "policy": ["a multa de cancelamento", "o aumento de preço", "a política de devolução", "a taxa escondida"],
        "templates": [
            ("{at} meu {p} {f} e ninguém responde.", C, "product", NEG),
            ("Faz {d} que espero o reembolso da {b}. Pedido {order}.", C, "policy", NEG),
            ("{at} {staff} desligou na minha cara. Absurdo.", C, "staff", NEG),
            ("Atendimento da {b} é péssimo, meu {p} {f}", C, "product", NEG),
            ("{at} fui cobrado {amt} duas vezes, podem verificar?", C, "policy", NEU),
            ("{at} por que {pol}? Ninguém me avisou.", C, "policy", NEG),
            ("Obrigado {at} pela terceira queda da semana, maravilha 🙃", C, "product", NEG),
            ("{at} olá, como mudo o endereço de entrega?", N, None, NEU),
            ("{at} quero cancelar minha assinatura, vou me mudar. Obrigado!", N, None, NEU),
            ("Amo meu novo {p} da {b}, funciona muito bem!", N, None, POS),
            ("{b} anuncia novos preços a partir de março.", N, None, NEU),
            ("Dia horrível, chuva e trânsito. Ainda bem que tenho meu {b}.", N, None, NEG),
            ("A {c} perdeu meu pacote de novo. Devia ter ficado com a {b}.", N, None, NEG),
        ],
    },
}

DURATIONS = {"es": ["dos semanas", "tres días", "un mes"], "fr": ["deux semaines", "trois jours", "un mois"],
             "de": ["zwei Wochen", "drei Tagen", "einem Monat"], "pt": ["duas semanas", "três dias", "um mês"]}
