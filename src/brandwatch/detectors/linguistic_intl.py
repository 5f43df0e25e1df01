"""The Spanish, French, German and Portuguese forms of the grievance shapes in `linguistic.py`.

Each is a regex fragment added as alternatives to the English pattern of the same family, so a
post in those languages is weighed by the same cues (trouble, waiting, unanswered, a grievance
hashtag, what a failure cost, irony) instead of by sentiment and the reader alone. Written from how
customers word these things in each language; text is read `plain_lower` (casefolded: "ß" is "ss").
Every fragment names the failure itself ("no funciona", "gelöscht"), never a bare mood word, so
a bad day or a rant at the government in those languages does not read as trouble.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

# The languages these cues are written for: the reader's larger share (`complaints.reader_weight_other_languages`)
# is for these alone; a post in any other language keeps the English share or goes to a human reader.
LANGUAGES = frozenset({"es", "fr", "de", "pt"})


def base_language(code: str | None) -> str | None:
    """A detected language code by its base language, lower case: "EN" is "en", "pt-BR" and "pt_BR"
    are "pt"; an empty code is unknown (None)."""
    if not code:
        return None
    return code.strip().lower().replace("_", "-").split("-")[0] or None

# The author's own stake: "mi pedido", "mon colis", "ich warte", "minha conta".
FIRST_PERSON = r"mis?|yo|mon|ma|mes|je|j'|moi|mein(?:e|en|em|er)?|ich|mir|mich|meu|minha|meus|minhas|eu"

# Denials and absences: "nadie", "aucune", "keine", "ninguém".
NEGATION = (r"nadie|nada|nunca|ning[úu]n|ninguna|sin|jam[áa]is|rien|personne|aucune?|pas|nicht|kein(?:e|en|er)?|nie|"
            r"niemand|nichts|ohne|n[ãa]o|nem|ningu[ée]m|nenhum|nenhuma|sem")

# It happened again, or twice: "otra vez", "encore une fois", "schon wieder", "cobrado em dobro".
AGAIN = (r"otra vez|de nuevo|una vez m[áa]s|encore une fois|encore|(?:schon |immer )?wieder|de novo|outra vez|"
         r"mais uma vez|dos veces|duplicad[oa]|deux fois|en double|zweimal|doppelt|duas vezes|em dobro")

# Counted attempts: "tres correos", "quatre appels", "fünf Anrufe", "três ligações".
_COUNT = r"(?:\d+|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|zwei|drei|vier|f[üu]nf|dois|duas|tr[êe]s|quatro)"
PERSISTENCE = (rf"{_COUNT} (?:correos|e-?mails|mails|llamadas|mensajes|veces|reclamaciones|appels|messages|fois|"
               r"r[ée]clamations|anrufe|nachrichten|mal|beschwerden|liga[çc][õo]es|mensagens|vezes|reclama[çc][õo]es|chamados)")

# Things going wrong: broken, not working, crashing, lost, deleted, late, cut off, a blunt verdict.
TROUBLE = (
    # es
    r"rot[oa]s?|averiad[oa]s?|estropead[oa]s?|dañad[oa]s?|no (?:funciona|anda|carga|conecta|abre|me deja)|"
    r"dej[oó] de funcionar|se (?:cierra|cuelga|colg[oó]|traba|bloquea|reinicia)|"
    r"(?:me )?(?:borr[oó]|borraron|perdieron|extraviaron)|perdi[oó] (?:mis?|el|la|los|las)|extraviad[oa]|"
    r"(?:está|esta) caíd[oa]|sin (?:internet|conexi[oó]n|l[ií]nea|señal|fibra)|de retraso|retrasad[oa]|"
    r"una estafa|un desastre|(?:va|funciona) fatal|una basura|p[ée]sim[oa]|"
    # fr
    r"cass[ée]e?s?|en panne|d[ée]fectueu(?:x|se)|ab[iî]m[ée]e?s?|endommag[ée]e?s?|"
    # "plante" crashes only with software, a device or a named product as its subject (`wrong_sense`).
    r"ne (?:marche|fonctionne|charge|s'ouvre) (?:plus|pas)|plante(?:nt)?|plant[ée]e?s?|crashe?|"
    r"(?:a|ont) (?:supprim[ée]|effac[ée]|perdu)|supprim[ée]e?s|de retard|en retard|"
    r"plus d'internet|plus de r[ée]seau|sans (?:internet|r[ée]seau)|une arnaque|du vol|"
    # A flight, a train or an appointment delayed or cancelled: "le retard du vol", "vol annulé".
    r"retard (?:du|de mon|de ma|de notre|de nos)|annulation (?:du|de mon|de ma|de notre|de nos)|"
    # The author's own cancelling ("j'ai annulé mon abonnement") or a concert called off is no failure.
    r"(?:vol|train|trajet|rdv|rendez-vous|commande|livraison|r[ée]servation|billet)s? (?:\S+ ){0,5}annul[ée]e?s?|"
    r"(?:m'|nous |(?<!ai )(?<!avons ))annul[ée]e?s? (?:ma|mon|mes|notre|nos)\b|"
    r"(?:c'est|est) (?:vraiment |complètement )?(?:nul|lamentable|une honte|n'importe quoi)|"
    # de
    r"kaputt|defekt|besch[äa]digt|funktioniert (?:nicht|seit|gar nicht)|geht nicht|"
    r"st[üu]rzt (?:\S+ ){0,2}ab|abgest[üu]rzt|absturz|gel[öo]scht|verloren|verschwunden|"
    r"versp[äa]tung|versp[äa]tet|zu sp[äa]t|f[äa]llt aus|fiel (?:\S+ ){0,2}aus|ausgefallen|"
    r"kein (?:internet|netz|empfang|wlan)|abbr[üu]che|bricht (?:st[äa]ndig |dauernd )?ab|"
    r"(?:nur|echt|total|einfach) m[üu]ll|abzocke|eine frechheit|das letzte|gesperrt|"
    # pt
    r"quebrad[oa]s?|estragad[oa]s?|com defeito|danificad[oa]s?|rasgad[oa]|partid[oa]|"
    r"n[ãa]o (?:funciona|liga|carrega|conecta|abre|aceitou|aceita|deixa)|parou de funcionar|"
    r"trava(?:ndo)?|fecha sozinho|crasha|(?:apagou|apagaram|perderam|perdeu) (?:a|o|as|os|minha|meu|todas|todos)|"
    r"extraviad[oa]|de atraso|atrasad[oa]|sem (?:internet|sinal|servi[çc]o)|"
    r"(?:um|uma|t[áa] um|é um) (?:lixo|porcaria|golpe)|p[ée]ssim[oa]|cortou(?:-me)?|cortaram")

# Waiting, counted or ongoing: "desde el lunes", "depuis hier", "seit 50 Minuten", "há três semanas".
_NUMBER = (r"(?:\d+|un[ao]?|dos|tres|cuatro|cinco|une?|deux|trois|quatre|cinq|ein(?:e|en|er)?|zwei|drei|"
           r"vier|f[üu]nf|um|uma|dois|duas|tr[êe]s|quatro)")
_UNIT = (r"(?:min(?:utos?|utes?|uten)?|h|horas?|heures?|stunden?|d[ií]as?|jours?|tage?n?|semanas?|"
         r"semaines?|wochen?|mes(?:es)?|mois|monate?n?|meses|ans|ann[ée]es)")
# Spanish "desde" and French "depuis" also mean "from" ("desde la app", "depuis le site"): they count only
# before a time, a day or an event ("desde el martes", "depuis la mise à jour").
_MONTHS = (r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
           r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre")
_SINCE_ES = (r"hace |ayer|anoche|anteayer|esta (?:mañana|tarde|noche|semana)|"
             r"(?:el |este )?(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\b|"
             r"el (?:\d+|d[ií]a|mes|año|fin de semana|principio de|cambio|pedido|pago|[úu]ltimo|primer)|"
             r"la (?:semana|[úu]ltima|actualizaci[oó]n|compra|instalaci[oó]n|visita|mañana|tarde|noche|migraci[oó]n|"
             r"portabilidad|factura|aver[ií]a)|las \d+|los (?:[úu]ltimos|primeros)")
_SINCE_FR = (r"hier|avant-hier|ce (?:matin|midi|soir|week-end)|cette (?:semaine|nuit)|"
             r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
             r"le (?:\d+|d[ée]but|mois|week-end|changement|premier|dernier|passage)|"
             r"la (?:semaine|mise à jour|derni[èe]re|migration|livraison|commande|panne|coupure|r[ée]siliation|portabilit[ée])|"
             r"les (?:derni[eè]res?|derniers)|des (?:semaines|mois|jours|heures|ann[ée]es|ans|lustres)|"
             r"l'(?:installation|achat|ouverture|abonnement|intervention|[ée]t[ée]|hiver|automne)|plus d'une? |"
             r"plusieurs (?:jours|semaines|mois)|longtemps|(?:huit|quinze) jours")
WAITING = (
    rf"desde (?:{_SINCE_ES}|{_MONTHS}|\d+|{_NUMBER} {_UNIT})|hace {_NUMBER} {_UNIT}|llevo {_NUMBER} {_UNIT}|"
    # "Still can't believe how good": delight, not a wait.
    r"todav[ií]a (?:no(?! me (?:lo )?creo| (?:me )?(?:lo )?puedo creer)|nada|sin|espero)|sigue sin|"
    rf"depuis (?:{_SINCE_FR}|{_MONTHS}|\d+|{_NUMBER} {_UNIT})|"
    rf"(?:ça|ca) fait {_NUMBER} {_UNIT}|toujours (?:pas(?! remis| revenu)|rien|en attente)|j'attends|"
    rf"seit (?:gestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|dem |der |\d+|{_NUMBER} )|"
    r"immer noch (?:nicht(?! (?:fassen|glauben))|kein|nichts)|warteschleife|warte (?:seit|immer|noch)|steht seit|"
    rf"(?:h[áa]|faz) {_NUMBER} {_UNIT}|ainda (?:n[ãa]o(?! acredito| consigo acreditar)|nada|sem|estou [àa] espera)|"
    rf"j[áa] (?:s[ãa]o|passou|passaram|faz) {_NUMBER}|esperando h[áa]|"
    rf"{_NUMBER} {_UNIT} (?:de espera|d'attente|esperando|warten|de atraso|de retraso|de retard)")

# Nobody answered, explained or informed: "sin respuesta", "aucune info", "keine Durchsage".
UNANSWERED = (
    r"sin (?:respuesta|explicaci[oó]n|ninguna explicaci[oó]n|informaci[oó]n)|ninguna respuesta|"
    r"(?:aucune|z[ée]ro|pas de|sans) (?:r[ée]ponse|info\w*|explication|nouvelles)|"
    r"keine (?:antwort|info\w*|durchsage|r[üu]ckmeldung|erkl[äa]rung)|ohne (?:begr[üu]ndung|erkl[äa]rung)|"
    r"antwortet (?:seit|nicht|niemand)|"
    r"sem (?:resposta|explica[çc][ãa]o|retorno|aviso)|ningu[ée]m (?:responde|atende|explica)")

# A grievance hashtag: "#SkarlineRetrasos", "#EnRetard", "#AcmeChaos", "#NuncaMais".
HASHTAG = r"retrasos?|estafa|verguenza|vergüenza|nuncamas|nuncamais|enretard|retard|arnaque|honte|chaos|abzocke|atrasad[oa]|atraso|golpe|lixo|caos|desastre"

# What the failure cost: "tuve que coger un taxi", "j'ai dû prendre", "musste ein Taxi nehmen".
CONSEQUENCE = (r"tuve que|tuvimos que|me qued[eé] sin|nos quedamos sin|j'ai d[ûu]|nous avons d[ûu]|on a d[ûu]|"
               r"musste|mussten|tive (?:que|de)|tivemos (?:que|de)|fiquei sem")

# Praise words that mean the opposite, but only beside trouble or a sum of money ("Bravo X, une facture
# de 400 €"): said plainly they are thanks.
IRONIC_PRAISE = (r"\b(?:qu[ée] maravilla|menuda maravilla|merci (?:pour|à)|"
                 r"danke (?:f[üu]r|an)|super gemacht|grossartig|que maravilha|parab[ée]ns|"
                 r"obrigad[oa] (?:pel[oa]|por)|gracias por)\b")
# A sum the author calls small ("nur 10 € Versand", "5 € seulement", "só 20 reais"): thanks beside it are meant.
_SMALL_SUM = re.compile(
    r"\b(?:nur|blo(?:ss|ß)|lediglich|seulement|juste|s[óo]|solo|s[óo]lo|apenas|only|just) (?:\w+ )?\d+(?:[.,]\d+)? ?"
    r"(?:€|eur|euros?|reais|francs?|chf)|\b\d+(?:[.,]\d+)? ?(?:€|eur|euros?|reais|francs?|chf) "
    r"(?:seulement|nur|apenas|s[óo]|solo|s[óo]lo)\b")


# Thanks "for nothing" are never meant, whatever the sum beside them.
_FOR_NOTHING = re.compile(r"\b(?:thanks for nothing|danke f[üu]r nichts|merci pour rien|gracias por nada|"
                          r"obrigad[oa] por nada)\b")
# A fine or a fee is no sum anyone thanks for ("só 200 reais de multa", "30 € de frais"); shipping is.
_FEE_AFTER = re.compile(r" ?(?:de |d'|an |in )?(?:multas?|frais(?! de (?:port|livraison|envoi))|taxas?|tarifas?|"
                        r"comisi[óo]n|recargo|\w*geb[üu]hr\w*|strafe|amende|p[ée]nalit[ée]s?|fees?|fines?|penalty)\b")


def small_sums(lowered: str) -> int:
    """How many sums in `lowered` the author calls small: none beside thanks "for nothing", and a fine
    or a fee is never one."""
    if _FOR_NOTHING.search(lowered):
        return 0
    return sum(1 for found in _SMALL_SUM.finditer(lowered) if not _FEE_AFTER.match(lowered, found.end()))


# The same praise in words English shares ("a genial host", "the toll road", "bravo"): ironic only in a
# post known to be in another language.
IRONIC_PRAISE_SHARED = r"\b(?:genial|bravo|chapeau|toll)\b"

# Put right, or the author's own doing: "me lo devolvieron al día", "ils m'ont remboursé", "mein Fehler".
RESOLVED = (r"me (?:lo |la )?(?:reembolsaron|cambiaron|solucionaron|arreglaron)|(?:ya )?(?:est[áa] )?(?:resuelto|solucionado)|"
            r"culpa m[ií]a|(?:m'ont|m'a|nous ont) (?:rembours[ée]|[ée]chang[ée]|d[ée]pann[ée])|(?:tout est )?r[ée]solu|"
            r"(?:c'est )?ma faute|(?:hat|haben) (?:mir |uns )?(?:sofort |direkt |gleich )?(?:erstattet|ersetzt|getauscht|zur[üu]ckerstattet)|"
            r"mein fehler|(?:wieder|alles) (?:da|gel[öo]st)|(?:me )?(?:reembolsaram|trocaram|resolveram)|"
            r"(?:tudo )?resolvido|culpa minha|estorn(?:aram|ou)|(?:ont|a) rembours[ée]|wurde (?:sofort )?(?:zur[üu]ck)?erstattet")

# What undoes such a resolution after it: only part of it ("solo la mitad"), or it came back.
PARTIAL = r"solo|s[óo]lo|s[óo]|apenas|seulement|nur|la mitad|metade|la moiti[ée]|die h[äa]lfte|otra vez|encore|wieder|de novo"

# Governments and politics: a sentence angry at them is politics, not a grievance with the brand.
INSTITUTION = (r"gobierno|gouvernement|regierung|governo|ministr[oea]s?|minist[eè]re|parlamento|parlement|"
               r"bundestag|pol[ií]ticos|politiciens|politiker|r[ée]forme des retraites|impuestos|imp[ôo]ts")

# Sums of money written the continental way, the sign or currency after the amount: "400 €", "90 reais".
MONEY_AFTER = r"\b\d+(?:[.,]\d+)? ?(?:€|reais|euro|francs?|chf)"

# Words just before a cue that deny or hypothesise it: "nunca se cuelga", "jamais en panne".
# French "ne" opens a denial ("ne plante jamais"); the failure phrases that need it begin with it.
UNDOING = frozenset({"nunca", "jamais", "ne", "nie", "niemals", "nem", "wenn", "falls", "caso"})

# Leaving a rival for the brand, or wishing one had stayed with it (`{brand}` is the brand's names):
# "me paso a Acme", "j'aurais dû rester chez Acme", "hätte bei Acme bleiben sollen", "devia ter ficado na Acme".
FAVOURED = (
    r"\b(?:me paso a|me cambio a|me cambi[eé] a|vuelvo a|volv[ií] a|deb[ií] quedarme con|deber[ií]a haberme quedado con|"
    r"je (?:passe|reviens|retourne) chez|je suis pass[ée]e? chez|j'aurais d[ûu] rester chez|"
    r"(?:wechsle|wechsel|gehe zur[üu]ck) zu|zur[üu]ck zu|bin zu|"
    r"(?:vou|volto|voltei|mudei) (?:para|pra) (?:a |o )?|devia ter ficado (?:na|no|com a|com o)) @?(?:{brand})\b"
    r"|\bh[äa]tte bei @?(?:{brand}) bleiben sollen")


# What a French "plante" or "planté" crashes: software or a device ("l'appli plante", "le site a
# planté", "ma box plante"). Without one it is a plant, a tree being planted or a person stood up.
_CRASHING = re.compile(
    r"\b(?:appli\w*|app|application|site|logiciel|jeu|syst[èe]me|ordi\w*|pc|mac|t[ée]l[ée]phone|"
    r"portable|mobile|smartphone|iphone|ipad|android|samsung|tablette|box|d[ée]codeur|console|serveur|"
    r"programme|navigateur|windows|routeur|wi-?fi|terminal|caisse|borne|imprimante|gps|"
    r"mises? à jour|[ée]cran|t[ée]l[ée]|tv|montre|paiement|r[ée]seau|[çc]a|tout|il|elle|ils|elles)\b")
# A product named as the subject, as written, opening its clause: "Acme Pay a encore planté", "Le Rocket X
# plante". Pronouns and greetings are no name; "Chez Acme plante verte" is a shop's plant.
_NAMED_SUBJECT = re.compile(
    r"\s*(?i:(?:le|la|les|l'|mon|ma|mes|notre|votre|son|sa|ce|cette|et|mais|puis)\s+)?"
    r"(?!(?:Je|J|Il|Elle|On|Nous|Vous|Ils|Elles|Ça|Ce|Cela|Chez|Merci|Bonjour|Bravo|Super)\b)"
    r"[A-ZÀ-Ý][\w-]*(?: [A-ZÀ-Ý0-9][\w-]*)*(?: (?:a|ont|avait))?"
    r"(?: (?:encore|d[ée]j[àa]|souvent|toujours|aussi|compl[èe]tement|totalement|enfin))? $")
# "m'a planté" (stood me up); a planting verb with its object after it ("plante des arbres"), unless
# what follows tells how often or when it crashes ("plante une fois sur deux", "plante le soir").
_PLANTED_SOMEONE = re.compile(r"\b(?:m'|t'|l'|les |nous |vous )(?:a|ont|avait|avaient) $")
_WHEN = (r"fois|soirs?|matins?|nuits?|temps|moiti[ée]|plupart|jours?|heures?|minutes?|secondes?|semaines?|mois|"
         r"week-ends?|midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche")
_PLANTED_OBJECT = re.compile(rf" (?:des|un|une|les|le|la|du|ses|mes|nos|vos|tes|leurs|\d+) (?!(?:{_WHEN})\b)")


# Other trouble words with a second, harmless sense:
# pt "a partida" (a match, a departure), "a trava" (a lock): nouns after an article or possessive.
_NOUN_SENSE = frozenset({"partida", "partido", "trava"})
_DETERMINER_BEFORE = re.compile(r"\b(?:a|o|as|os|um|uma|da|do|na|no|das|dos|nas|nos|el|la|sua|seu|minha|meu)\s$")
# Losing a game or a match is no lost parcel; but the author's own thing or a parcel lost near one
# ("perdieron mi maleta en el partido") is. pt "jogo de cabos" is a set of cables, "final de semana" a weekend.
_LOST = ("perd", "verloren")
_OWNED_LOST = re.compile(
    r"^\S+(?: \S+)?? (?:(?:o|a|os|as|el|la|los|las|le|les)\s)?(?:mis?|tus?|sus?|meu|minha|meus|minhas|nuestr[oa]s?|"
    r"nosso|nossa|mon|ma|mes|notre|nos|maleta|equipaje|pedido|paquete|encomenda|mala|bagagem|pacote|colis|"
    r"valise|bagages?|commande)\b")
_GAME = re.compile(r"\b(?:jogo(?! de \w+s\b)|partida|final(?! de semana)|campeonato|partido|juego|spiel|match|finale|copa|liga|torneo|torneio|"
                   r"turnier|derby|cl[áa]sico|pokal|elfmeterschie\w*|penalt\w*|p[êe]naltis?)\b")
# fr "du vol" is the flight after a word about the flight ("l'équipage du vol", "le numéro du vol");
# elsewhere it is theft ("c'est du vol", "50 € le siège, du vol organisé").
_OF_THE_FLIGHT = re.compile(
    r"\b(?:[ée]quipage|hublot|num[ée]ro|d[ée]part|arriv[ée]e|billets?|horaires?|heure|date|jour|veille|lendemain|"
    r"passagers?|pilote|personnel|h[ôo]tesses?|stewards?|commandant|dur[ée]e|embarquement|r[ée]servation|"
    r"enregistrement|prix|repas|lors|pendant|au cours|retard|annulation|bord|suivi|statut|confirmation|"
    r"changement|d[ée]tails?|itin[ée]raire|cabine|escale)\s$")
# ... or before a flight number or where it goes ("du vol af1234", "du vol pour Lyon"). A verdict before
# it ("c'est du vol") is theft whatever follows.
_FLIGHT_AFTER = re.compile(r" (?:[a-z]{2} ?\d{2,4}\b|de |d'|pour |vers |à |au |entre |retour|aller)")
_THEFT_VERDICT = re.compile(r"\b(?:c'est|c est|est|vraiment|carr[ée]ment|purement|juste|limite|presque)\s$")
# pt "cortou" of a haircut or of prices is no service cut off.
_CUT_HARMLESS = re.compile(r" (?:-?me |o |a |os |as |meu |minha |seu |sua )?(?:cabelo|franja|barba|unhas|bolo|"
                           r"fita|grama|pre[çc]os?|custos|gastos|taxas?)\b")


def wrong_sense(lowered: str, match: re.Match[str], original: str = "") -> bool:
    """True when a trouble word of `TROUBLE` matched in `lowered` does not mean a failure there: a
    French "plante" with no software, device or named product before it in its clause, said of a
    person, or with a thing planted after it; a noun sense after an article ("a partida"); a game lost
    (not the author's own thing); "das letzte Mal"; "du vol" that is a flight; a haircut. `original`:
    the post as written, read for a capitalised product name where it lines up with `lowered`."""
    word = match.group()
    start, end = match.start(), match.end()
    before = re.split(r"[.,;:!?\n]", lowered[max(0, start - 60):start])[-1]
    if word.startswith("plant"):
        # The name opens its clause, after at most an article or a possessive.
        named = (len(original) == len(lowered)
                 and _NAMED_SUBJECT.match(original, start - len(before), start) is not None)
        return ((_CRASHING.search(before) is None and not named) or _PLANTED_SOMEONE.search(before) is not None
                or _PLANTED_OBJECT.match(lowered, end) is not None)
    if word in _NOUN_SENSE:
        return _DETERMINER_BEFORE.search(before) is not None
    if word.startswith(_LOST) or " perd" in word:
        after = re.split(r"[.,;:!?\n]", lowered[end:end + 40])[0]
        if _OWNED_LOST.match(word + after) is not None:
            return False
        return _GAME.search(before[-30:]) is not None or _GAME.search(after) is not None
    if word == "das letzte":
        return lowered.startswith(" mal", end)
    if word == "du vol":
        if _THEFT_VERDICT.search(before) is not None:
            return False
        return _OF_THE_FLIGHT.search(before) is not None or _FLIGHT_AFTER.match(lowered, end) is not None
    if word.startswith("cort"):
        return _CUT_HARMLESS.match(lowered, end) is not None
    return False


# Durations that measure no wait on a company, in the five languages: a working life, a race, the
# length of a ride, a life or a marriage, owning or using a thing. Each is read only in the wait's own
# clause (`any_wait`), and a ride only as what the time measures ("the ride took 2 hours"): for a
# transport brand a ride that is stuck or late is the service itself. "Worked for" counts only before a
# company or a person, not a duration ("it worked for a week").
_RIDE = r"(?:ride|rides|road trip|trip|drive|journey|viaje|trayecto|trajet|voyage|fahrt|reise|viagem)"
# A working life, a death or a marriage: no failure said in the same clause makes these a wait.
_LIFE = (
    r"work(?:ed|s|ing) (?:at|there|here|in the|as|alongside)|worked for (?!(?:about |almost |over |nearly |only |"
    r"just )?(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|several|many|me|us|him|her|them|the first))|"
    r"employed|career|retired from|years of service|in business|"
    r"married|rest in peace|rip(?! ?off)|passed away|funeral|obituary|"
    r"trabaj(?:[óo]|[ée]|aba|ando|a en|o en)|jubil\w*|casad[oa]s|descanse en paz|falleci\w*|"
    r"travaill\w*|retraite|mari[ée]s|repose en paix|d[ée]c[ée]d[ée]e?|"
    r"arbeitete|gearbeitet|arbeite (?:bei|seit)|arbeitet (?:bei|seit)|mitarbeiter\w*|besch[äa]ftigt|"
    r"ruhestand|verheiratet|ruhe in frieden|verstorben|gestorben|"
    r"trabalh(?:ou|ei|ava|ando|a na|a no|o na|o no)|aposentad\w*|casad[oa]s|descanse em paz|faleceu")
_NO_WAIT = re.compile(
    rf"\b(?:{_LIFE}|"
    r"marathon|half.?marathon|a race|the race|5k|10k|hiking|(?:a|the|our|my) hike|workout lasted|"
    rf"{_RIDE}\b[^.,;:!?\n]{{0,40}}?\b(?:took|lasted|dur[óo]|a dur[ée]|a pris|dauerte|gedauert|durou|levou)|"
    r"years old|been using|owned|"
    # es
    r"marat[óo]n|corr(?:o|iendo|[ií]|imos)|(?:uso|usando) (?:el|la|los|las|mis?|un|una)\b|"
    # fr
    r"couru|courir|j'utilise|utilise (?:le|la|les|mon|ma|mes|un|une)\b|"
    # de
    r"gelaufen|laufe|jogge|fahre ich|ich fahre|(?:be)?nutze ich|ich (?:be)?nutze|"
    # pt
    r"maratona|corri|corro|correndo|(?:uso|usando) (?:o|a|os|as|meu|minha|meus|minhas|um|uma)\b)\b")
_LIFE_ONLY = re.compile(rf"\b(?:{_LIFE})\b")
# What a customer waits on: an answer, an order, a repair, a refund, a service restored; or the wait
# said outright.
_WAITED_ON = re.compile(
    r"\b(?:wait\w*|late|delay\w*|on hold|queue|refund\w*|repl(?:y|ies|ied)|response|answer\w*|"
    r"deliver\w*|order\w*|parcel|package|repair\w*|technician|engineer|ticket|callback|outage|down|offline|stuck|"
    r"esper\w*|retras\w*|reembolso|respuesta|responde\w*|pedido|paquete|t[ée]cnico|entrega|devolv\w*|"
    r"attend\w*|attente|retard|rembours\w*|r[ée]ponse|r[ée]pond\w*|colis|commande|technicien|livraison|bloqu\w*|"
    r"wart\w*|versp[äa]t\w*|erstattung|antwort|bestellung|paket|techniker|lieferung|geliefert|"
    r"atras\w*|resposta|encomenda|pacote|chamado)\b")
# The clause says the service is missing or failing ("without an acme line for 9 days", "no workout has
# synced for 5 days", "hace 3 días que no tengo internet"): its time is the failure's. "Without a problem
# for 5 years" denies trouble, and stays no wait.
_FAILING = re.compile(
    r"(?:\b(?:no|not|without|sin|sem|n[ãa]o|kein\w*|nicht|ohne|pas|plus de|aucune?|nada|rien|nichts)\b|n't)"
    r"(?! (?:a |an |any |one |un |une |ningún |nenhum |einen? |des )?(?:single )?(?:problems?|issues?|hitch|"
    r"complaints?|problemas?|probl[èe]mes?|soucis?|probleme?n?|queixas?|quejas?)\b)")
# Where one clause ends and the next begins: punctuation, or a word joining two clauses.
_CLAUSE_BREAK = re.compile(r"[.,;:!?\n]| - | — |\s(?:and|but|y|pero|et|mais|und|aber|e|mas)\s")


def any_wait(lowered: str, matches: Iterable[re.Match[str]]) -> bool:
    """True when some waiting cue of `matches` (found in `lowered`) counts a wait on the company: not
    when its own clause measures some other stretch of time (`_NO_WAIT`) and names nothing waited on
    or failing (a failure does not turn a working life or a death into a wait). Each clause is judged
    once, however many waits it holds."""
    breaks: list[tuple[int, int]] | None = None
    verdicts: dict[tuple[int, int], bool] = {}
    for match in matches:
        if breaks is None:
            breaks = [found.span() for found in _CLAUSE_BREAK.finditer(lowered)]
            starts = [start for start, _ in breaks]
        before = bisect_right(starts, match.start()) - 1
        after = bisect_left(starts, match.end())
        span = (breaks[before][1] if before >= 0 else 0, starts[after] if after < len(starts) else len(lowered))
        verdict = verdicts.get(span)
        if verdict is None:
            clause = lowered[span[0]:span[1]]
            verdict = verdicts[span] = (_NO_WAIT.search(clause) is None or _WAITED_ON.search(clause) is not None
                                        or (_FAILING.search(clause) is not None and _LIFE_ONLY.search(clause) is None))
        if verdict:
            return True
    return False


# Someone did it for a fraction of what another asked: "half of what Acme charged", "la mitad de lo que
# cobra Acme". The party after the fraction is the dearer one; the detector checks it is the brand.
_FRACTION = re.compile(
    r"\b(?:(?:half|a third|a quarter|a fraction)(?: of)? what|(?:la mitad|un tercio|una fracci[óo]n) de lo que|"
    r"(?:la moiti[ée]|un tiers|une fraction) de ce qu(?:e|')|(?:die h[äa]lfte|ein drittel) (?:von dem|dessen),? was|"
    r"(?:a )?metade do que|um ter[çc]o do que)")
_PRICE_WORD = re.compile(
    r"\b(?:charg\w*|costs?|paid|pays?|asks?|asked|wants?|wanted|cobr\w*|cuesta|costaba|pide|ped[ií]a|"
    r"quot\w*|factur\w*|co[uû]t\w*|demand\w*|verlang\w*|kost\w*|berechne\w*|custa\w*|pede)\b")


def price_fractions(lowered: str) -> Iterator[tuple[str, str]]:
    """Each "half of what X charges" in `lowered`, as (the clause before it, the words naming X and
    the price): the first is the cheaper side, the second the dearer."""
    for found in _FRACTION.finditer(lowered):
        dear = re.split(r"[.;:!?\n]", lowered[found.end():found.end() + 50])[0]
        dear = " ".join(dear.split()[:6])
        cheaper = re.split(r"[.,;:!?\n]", lowered[:found.start()])[-1]
        price = _PRICE_WORD.search(dear)
        # "Half of what Acme charges goes to shipping": no one named as the cheaper side, no comparison.
        if price and cheaper.strip():
            # The one asking is named before the price word, or just after it ("lo que cobra Acme"); a
            # thing paid for further on ("paid for his Acme") is not who asked.
            yield cheaper, dear[:price.end()] + " " + " ".join(dear[price.end():].split()[:1])
