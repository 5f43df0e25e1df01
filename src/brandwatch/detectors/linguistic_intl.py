"""The Spanish, French, German and Portuguese forms of the grievance shapes in `linguistic.py`.

Each is a regex fragment added as alternatives to the English pattern of the same family, so a
post in those languages is weighed by the same cues (trouble, waiting, unanswered, a grievance
hashtag, what a failure cost, irony) instead of by sentiment and the reader alone. Written from how
customers word these things in each language; text is read `plain_lower` (casefolded: "ß" is "ss").
Every fragment names the failure itself ("no funciona", "gelöscht"), never a bare mood word, so
a bad day or a rant at the government in those languages does not read as trouble.
"""

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
    r"(?:me )?(?:borr[oó]|borraron|perdieron|extraviaron)|extraviad[oa]|"
    r"(?:está|esta) caíd[oa]|sin (?:internet|conexi[oó]n|l[ií]nea|señal|fibra)|de retraso|retrasad[oa]|"
    r"una estafa|un desastre|(?:va|funciona) fatal|una basura|p[ée]sim[oa]|"
    # fr
    r"cass[ée]e?s?|en panne|d[ée]fectueu(?:x|se)|ab[iî]m[ée]e?s?|endommag[ée]e?s?|"
    r"ne (?:marche|fonctionne|charge|s'ouvre) (?:plus|pas)|plante|crashe?|"
    r"(?:a|ont) (?:supprim[ée]|effac[ée]|perdu)|supprim[ée]e?s|de retard|en retard|"
    r"plus d'internet|plus de r[ée]seau|sans (?:internet|r[ée]seau)|une arnaque|du vol|"
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
         r"semaines?|wochen?|mes(?:es)?|mois|monate?n?|meses)")
WAITING = (
    rf"desde (?:hace |ayer|el |la |las |los |\d)|hace {_NUMBER} {_UNIT}|llevo {_NUMBER} {_UNIT}|"
    r"todav[ií]a (?:no|nada|sin|espero)|sigue sin|"
    rf"depuis (?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le |la |des |\d|{_NUMBER} )|"
    rf"(?:ça|ca) fait {_NUMBER} {_UNIT}|toujours (?:pas|rien|en attente)|j'attends|"
    rf"seit (?:gestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|dem |der |\d|{_NUMBER} )|"
    r"immer noch (?:nicht|kein|nichts)|warteschleife|warte (?:seit|immer|noch)|steht seit|"
    rf"(?:h[áa]|faz) {_NUMBER} {_UNIT}|ainda (?:n[ãa]o|nada|sem|estou [àa] espera)|"
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
IRONIC_PRAISE = (r"\b(?:qu[ée] maravilla|menuda maravilla|genial|bravo|chapeau|merci (?:pour|à)|"
                 r"danke (?:f[üu]r|an)|super gemacht|grossartig|toll|que maravilha|parab[ée]ns|"
                 r"obrigad[oa] (?:pel[oa]|por)|gracias por)\b")

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
