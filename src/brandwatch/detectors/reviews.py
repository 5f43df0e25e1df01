"""The FTC rule on consumer reviews and testimonials (16 CFR Part 465, in force 2024-10-21).

Three findings, each with its own rule id so it can be routed to legal on its own:
- 465.5(a) `reviews-officer-testimonial`: an officer or manager of the business writes a review or
  testimonial of its product without clearly disclosing the relationship. The rule has no knowledge
  test for officers and managers, so severity is above an ordinary employee's undisclosed post.
- 465.5(c) `reviews-insider-solicitation`: an officer or manager asks employees, agents or their
  relatives to write reviews (the rule applies when the business knew or should have known; a
  manager's public ask is the evidence).
- 465.7 `reviews-suppression`: the brand or its staff threaten or intimidate a reviewer to remove or
  stop a review.
Cue classes are read on `reading.aligned_lower` text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brandwatch.model.analysis import FindingSpan
from brandwatch.detectors.insiders import FAMILY, JOBS
from brandwatch.detectors.scope import clause_before, denied

OFFICER_TESTIMONIAL = "reviews-officer-testimonial"
SOLICITATION = "reviews-insider-solicitation"
SUPPRESSION = "reviews-suppression"
SECTION = {OFFICER_TESTIMONIAL: "16 CFR 465.5(a)", SOLICITATION: "16 CFR 465.5(c)",
           SUPPRESSION: "16 CFR 465.7"}

_REVIEW_WORD = (r"(?:reviews?|rating|ratings|rate us|rate it|stars?|⭐|★|testimonials?|feedback|"
                r"five.star|5.star|5 ?/ ?5|10 ?/ ?10|thumbs up|yelp|trustpilot|google (?:review|rating)s?|"
                # the same in es, fr, de, pt, it, nl
                r"rese[ñn]as?|valoraci[oó]n(?:es)?|estrellas|avis|[ée]toiles|bewertung(?:en)?|rezension(?:en)?|sterne|"
                r"recension[ei]|stelle|avalia[çc](?:[aã]o|[õo]es)|estrelas|recensies?|beoordelingen?|sterren|ressenya|ressenyes|opini(?:ón|ones|ão|ões|oes)|ulasan)")
# (es/pt "opinión", "opinião" only: English "opinion" is a view, not a review)
# A review or testimonial: an evaluation from the writer's own use of the product.
_TESTIMONIAL = re.compile(
    r"(?:⭐|★|\b\d{1,2}(?:\.\d)? ?(?:/ ?(?:5|10)|stars?|out of (?:5|10|five|ten))\b|\b(?:five|5|ten|10).stars?\b|"
    r"\b(?:my |honest |quick |full |real |unbiased |long.term )?(?<!\ba )(?<!\ban )(?<!your )(?<!their )(?:review|verdict|rating|testimonial)\b|"
    r"\bhonest(?:ly)? (?:opinion|take|thoughts)\b|"
    # a rating or "my review" in es, de, fr, pt, it, nl
    r"\b\d(?:[.,]\d)? (?:estrellas|sterne|[ée]toiles|estrelas|stelle|sterren)\b|"
    r"\b(?:mi|meine|mon|ma|minha|la mia|mijn) (?:rese[ñn]a|valoraci[óo]n|bewertung|rezension|avis|avalia[çc][ãa]o|recensione|beoordeling)\b|"
    r"\bverified (?:buyer|purchase|owner)\b|"
    r"\bas (?:a|an) (?:customer|user|owner|buyer|mom|dad|parent|cook|runner|home cook|chef|commuter)\b|"
    r"\bi(?:'ve| have) (?:been )?(?:using|used|owned|had|tested|tried|cooked with|ridden)\b|"
    r"\bi (?:bought|use|own|tried|tested|ordered|switched to|replaced|carry|wear|cook with|take)\b|"
    r"\b(?:took|take|taking) (?:my|mine|it|the \w+ and my)\b|\bmine\b|\bmy own (?:money|use|kids|family|trips?)\b|"
    r"\bi'?ve ever (?:\w+ed|used|owned|had|worn|tried|cooked (?:on|with)|slept in|carried)\b|"
    r"\b(?:after|for) (?:\d+|a few|several|two|three|six) (?:days?|weeks?|months?|years?) (?:of (?:using|use)|with (?:my|the|it))\b|"
    r"\bmy (?:experience|family|kids|wife|husband) (?:loves?|says|with)\b|\bwould (?:definitely |totally )?recommend\b|"
    r"\b(?:best|worst) (?:purchase|pan|buy|thing i (?:bought|own))\b|"
    # habitual own use: "I drink it every morning", "used the kettle daily for a year"
    r"\bi (?:\w+ ){0,6}(?:every (?:single )?(?:day|morning|night|evening|week|weekend|trip)|daily)\b|"
    r"(?:^|[.!?\n]\s*)(?:used|owned|had|tested|tried|brewed with|cooked with|drank|worn|carried) (?:it|mine|this|the|my)\b)")
_REQUEST = re.compile(
    r"\b(?:please|pls|plz|kindly|can you|could you|can y'?all|would you|i need (?:you|everyone|all)|"
    r"we need (?:you|everyone|all)|need (?:everyone|y'?all|you all|each of you)|everyone (?:should|must|needs to|please)|"
    r"make sure (?:you|to|your)|don'?t forget to|remember to|go (?:and |ahead and )?(?:leave|post|write|drop|give)|"
    r"(?:leave|post|write|drop|give|add) (?:us |them |it )?(?:a |an |your |some |those |5 |five )|"
    r"ask (?:your|ur)|get (?:your|ur)|have (?:your|ur)|let'?s (?:all|get)|if you (?:haven'?t|have a minute)|"
    r"would (?:really )?love (?:it )?if|would (?:really )?appreciate|it would (?:really )?help if|help us (?:out )?by|"
    r"reminder|goal (?:is|for)|target (?:is|for)|each of you|every one of you|i expect (?:every|each|all|you)|"
    r"cada uno de (?:vosotros|ustedes)|chacune? de vous|jede[rs]? von euch|ognuno di voi|cada um de (?:voc[êe]s|v[óo]s)|ieder(?:een)? van jullie|\w+ counts?!?$|(?:family|friends|relatives) counts?|"
    r"make sure|(?:friendly |quick |gentle )?(?:nudge|favou?r|ask)\b|do it (?:today|now|tonight|this week|asap)|"
    # a contest or reward for the most reviews is a request with a prize
    r"whoever (?:gets|posts|brings|has)|whoever (?:\w+ ){0,2}(?:the most|most|\d+)|let'?s (?:\w+ )?(?:bury|drown|flood|beat|crush|hit|outrank)|svp|s'il vous pla[iî]t|por favor|per favore|alsjeblieft|si us plau|demaneu|pedimos|pe[çc]o|vi chiediamo|nous vous demandons|wir bitten|we vragen|(?:who|that) (?:brings?|gets?|collects?|rounds? up|posts?) (?:me |us |in )?(?:\d+|the most|three|four|five|ten)|"
    r"gets? (?:the |a )?(?:\w+ )?(?:day|night|shift|weekend|\w+day) off|(?:would|will|it'?d) mean (?:a lot|the world|so much)|means (?:a lot|the world)|"
    r"pidan|p[íi]danle|dejen|escriban|demandez|laissez|[ée]crivez|bitte|hinterlasst|chiedete|lasciate|pe[çc]am|deixem|vraag|laat|"
    r"counts? (?:toward|towards|for|as)|(?:rope|loop|bring) in|grateful|appreciated|would help|i'?m asking|asking (?:the|every|each|all|my|our)|do it|pe[çc]a|deixe|ognuno|"
    r"(?:gets|wins|earns) (?:a |an |the )?(?:\w+ ){0,2}(?:party|prize|bonus|voucher|gift|lunch|day off|treat)|(?:the )?most (?:\d.star |five.star )?reviews|prize|winner|gift card|you owe me)\b")
_REVIEW_ASK = re.compile(rf"\b(?:(?:leave|post|write|drop|give|add|submit|get)s?|need|want|goal|target|aim|hit|"
                         r"pidan|dejen|dejar|deja|dejad|escriban|escribe|escribid|demandez|laisse|laissez|laisser|[ée]crivez|hinterlass\w*|"
                         r"schreibt|schreiben|lasciate|lasciare|lasci|scrivete|avaliar|avaliem|escrevam|deixin|deixeu|demaneu|demanar|"
                         rf"pe[çc]am|deixem|deixar|vraag|laat|schrijf)\b[^.!?\n]{{0,40}}{_REVIEW_WORD}|\b(?:\d+|most) (?:\S+ ){{0,2}}reviews\b|{_REVIEW_WORD}[^.!?\n]{{0,40}}\b(?:please|pls|plz|asap|by (?:\w+day|end of|eod|tomorrow|tonight|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)|this (?:week|month)|today|tonight|tomorrow|now|goal|target|each)\b|\b(?:review|rate|rated|reviewed) (?:us|the|our|it|them)\b|\brate (?:\w+ ){{0,3}}(?:on|in) (?:the )?(?:app ?store|play store|google|yelp|trustpilot|amazon|tripadvisor|facebook)\b|{_REVIEW_WORD}[^.!?\n]{{0,40}}\bcounts? (?:toward|towards|for|double)\b|\bget (?:them|those|it|one|yours) (?:posted|up|written|in)\b|\b(?:review|rating)s? (?:\w+ ){{0,3}}(?:only )?takes? (?:\d+|a few|two|thirty) (?:seconds|minutes)\b|(?:^|[.!?:;\n]\s*)(?:\d|five|ten)\W?stars? for\b|"
                         r"\b(?:say|write|post|put) (?:it|so|that|something|a few words|a line) (?:\w+ )?on (?:google|maps|yelp|trustpilot|tripadvisor|facebook|the app ?store)\b|"
                         # "rate us on Google" in es, pt, de, fr, it, nl
                         r"\b(?:valor(?:ar|en|ad)|avali(?:ar|em|em)|bewerte[nt]?|not(?:er|ez)|valutate|beoordeel|beoordelen) (?:\w+ ){0,3}(?:en|no|na|auf|bei|sur|su|op|in) (?:\w+ )?(?:google|maps|app ?store|play store|yelp|trustpilot|tripadvisor|facebook)\b")
# More ways to ask for the review object (round 5): other verbs before it (publish, share, "gebt ... ab",
# collect, send), "I'm asking ... to share ... a review", gratitude for one, "would help" or "would be
# appreciated" after it, a star rating after an arrow or a comma ("crew -> app store -> 5 stars",
# "every one of you, 5 stars for ..."), and reviews from one's family named as the thing wanted.
_ASK_MORE = re.compile(
    rf"\b(?:publie[zr]?|publish|share|gebt|geben|deixe|collect|send)\b[^.!?\n]{{0,40}}{_REVIEW_WORD}|"
    rf"\basking (?:\w+ ){{0,6}}to (?:share|post|write|leave|give|add)\b[^.!?\n]{{0,60}}{_REVIEW_WORD}|"
    rf"\b(?:grateful|thankful) for (?:a |an |your |some )?(?:\w+ ){{0,2}}{_REVIEW_WORD}|"
    rf"{_REVIEW_WORD}[^.!?\n]{{0,80}}\b(?:would (?:be (?:appreciated|great|lovely)|help)|(?:is|are) appreciated)\b|"
    r"(?:→|->|=>) ?(?:\d|five) ?(?:⭐|stars?)|(?:^|[,;]\s*)(?:\d|five|ten)\W?stars? for\b|"
    rf"\b{_REVIEW_WORD} (?:of|from) (?:ur|your) (?:\w+ )?(?:fam|family|families|relatives|household|parents|partners?|spouses?)\b")
# A reward stated as an equation or a perk is a request with a prize: "reviews from your family = first pick".
_REWARD = re.compile(r"\s=\s|\b(?:first (?:pick|dibs|choice)|extra (?:break|day|shift|points)\w*|bonus|referral)\b")
# An order at the start of any clause: "Staff challenge: get 5 friends to review the Duo".
_IMPERATIVE = re.compile(r"(?:^|[.!?:;,\n]\s*|\b(?:pls|please|and|everyone|everybody|all) )(?:leave|post|write|drop|give|go|get|rate|review|have|rope|loop|bring|ask|tell|remind|make|collect|send)\b")
_POST_ONE = re.compile(r"\b(?:post|leave|write|drop|give|submit|add) (?:one|it|them|yours|some|a few)\b")
_AUDIENCE = re.compile(
    # insiders and their relatives: "everyone" or "y'all" alone may be the public, who may be asked
    r"\b(?:team|teams|staff|associates|reps|crews?|team members?|colleagues|coworkers|co-workers|employees|agents|"
    r"sales ?team|store ?team|squad|store managers|managers|direct reports|"
    r"(?:your|ur|their|his|her) (?:family|families|fam|friends|relatives|spouses?|parents|kids|partners?|cousins|household|moms?|dads?|"
    r"wi(?:fe|ves)|husbands?|roommates?|\w+s)|"
    rf"(?:your|ur|their) {FAMILY}s?|(?:every|each|any|all) (?:\w+ )?(?:{JOBS}|tech|groomer|leader)s?|"
    r"(?:one|a|every|each) (?:relative|family member)|leaders|"
    r"equipo|familias?|familiares|[ée]quipe|proches|familles?|familien|squadra|famiglie|parenti|equipe|fam[ií]lias|parentes|familieleden|"
    r"friends (?:and|&|n|or) family|family members|relatives|(?:everyone|everybody|all of you|folks) (?:at|in|on) (?:the |our )?(?:\w+ )?"
    r"(?:hq|head office|office|company|team|warehouse|roastery|plant|factory|dc|payroll)|"
    r"(?:on|in) the (?:\w+ )?payroll|(?:the|our|my) (?:\w+ )?(?:shift|line|floor|department|dept|branch)s?|"
    # agents: the ones paid to speak for the brand
    r"(?:brand )?ambassadors|affiliates|creators|franchisees?|franchise (?:partners|owners)|location owners|resellers|"
    r"(?:partner|creator|affiliate|ambassador) program|(?:every|any)(?:one|body) on (?:shift|the floor|duty)|on shift|"
    r"clock (?:out|off)|(?:better|other) halves?|(?:your|ur|the) (?:people|folks) at home|affiliate partners?|agenc(?:y|ies)|(?:i )?vostri (?:familiari|parenti)|"
    r"kolleg\w*|compa[ñn]er[oa]s|coll[èe]gues|colleghi|colegas|collega'?s|squadra|equip|"
    r"(?:jullie|je|vuestr[oa]s|vos|vostres|eure|i vostri|vossos|vossas) (?:\w+ )?(?:ouders|padres|parents|eltern|genitori|pais|pares|germans|hermanos|partners?|parejas)|"
    r"cada uno de (?:vosotros|ustedes)|chacune? de vous|jede[rs]? von euch|ognuno di voi|cada um de (?:voc[êe]s|v[óo]s)|ieder(?:een)? van jullie)\b"
    # job titles in the plural, named as the ones addressed: "roasters, drivers, packers: ...",
    # "baristas!!", or a group leading the post: "Houston crew: ..."
    rf"|\b(?:{JOBS}s|baristas|couriers|roasters|stockers|servers|stylists|leads) *[:,!]|\bevery one of you\b|^\W*\w+ (?:crew|team|staff|leads|people|folks)\b")
_THREAT = re.compile(
    r"\b(?:sue|suing|lawsuit|legal action|legal team|our lawyers?|attorneys?|defamation|defamatory|libel|"
    r"slander|cease and desist|we know (?:where|who)|know where you (?:live|work)|you'?ll regret|"
    r"you will regret|consequences|or else|watch (?:your|ur) back|(?:we'?ll|we will|going to) "
    r"(?:report|expose|ban|block|pursue|find|contact your|tell your)|contact(?:ed)? your (?:employer|boss)|"
    r"ban(?:ned)? (?:you|from)|blacklist\w*|hear from (?:our|us)|damages|take (?:this|it|that) further|"
    r"last warning|final warning|warranty (?:is |will be |has been )?void(?:ed)?|void (?:your|the) warranty|"
    r"cancel (?:your|the) (?:order|warranty|account|membership)|make sure (?:you|everyone)|never (?:get|be) served|"
    r"see you in court|flagged (?:your|the) (?:review|post|account)|fraudulent|"
    r"legal (?:options|steps|proceedings|remedies|counsel)|pursu\w+ (?:legal|this|every)|"
    r"we have your (?:address|details|info|information|order|number)|see what happens|think (?:carefully|twice) before|"
    r"sued|(?:our |the )?legal (?:department|dept)|solicitors?|(?:our |legal )counsel|letter from (?:our|my) \w+|in court|police|"
    r"(?:not|never|no longer|won'?t|will not) (?:\w+ )?(?:be |being |getting |get )?(?:served|welcome|allowed)|refuse (?:you )?service|(?:we'?ve |we have )?(?:identified|found) (?:you|who you are)|"
    r"before (?:this|it|things) (?:escalates?|gets worse)|"
    # knowing who the reviewer is, exclusion, publishing in return, an implied consequence
    r"(?:i|we) (?:know|remember|recall) (?:exactly |precisely |very well )?(?:who|which|where)|(?:know|knows|find out|will know) who you are|"
    r"don'?t (?:bother )?(?:coming|booking|ordering|shopping|come|book|order|shop)\b[^.!?\n]{0,40}\bagain|"
    r"(?:and|or|then) (?:we|i)(?:'ll| will)? (?:post|share|publish|release|leak|make public) (?:ours|it all|everything|the (?:footage|video|recording|records))|"
    r"we have (?:the |your )?(?:camera |security |cctv )?(?:footage|recordings?|video)|see (?:if|whether) (?:any|anyone|anybody|another) |"
    r"rethink (?:that|this|your)|(?:got|have|caught) you on (?:camera|video|tape|cctv)|"
    r"watch (?:your|ur) (?:\w+ ){0,3}(?:stop|disappear|vanish|get (?:cancell?ed|deactivated|banned|blocked))|"
    # the same legal threats in es, fr, de, pt, it, nl
    r"difamatori[oa]|difamaci[oó]n|difama[çc][aã]o|diffamatoire|diffamation|diffamatori[oa]|diffamazione|verleumd\w*|smaad|laster|"
    r"abogados?|avocats?|anw[aä]lt\w*|avvocat[oi]|advogados?|advocaten|acciones legales|procederemos|poursuites|"
    r"rechtliche schritte|azioni legali|a[çc][aã]o judicial|juridische stappen|only warning|forwarded (?:\w+ ){0,3}to (?:our |the )?(?:lawyers?|legal|attorneys?)|"
    # a consequence that befalls the reviewer: no booking, no service, a cost, a long memory, a slow order
    r"(?:won'?t|will not|never) (?:\w+ )?be (?:booked|seated|seen|served)\b[^.!?\n]{0,40}\bagain|(?:don'?t|won'?t|will not|never) get served|"
    r"(?:will|is going to|gonna|going to|it'?ll|that'?ll|this'?ll) cost you|(?:we|i) (?:don'?t|never|won'?t) forget|"
    r"see how (?:fast|long|quickly|soon)|think (?:carefully|twice|hard) about|(?:i'?d|you'?d|better) think (?:twice|again|carefully|hard)|"
    r"report\w* (?:your|that|this) (?:review|post|rating|account)s? (?:as|to)|pass(?:ing)? (?:\w+ )?your (?:details|data|info|information|address) on|"
    r"(?:details|data|info|information|address|name) (?:\w+ ){0,2}to (?:our |the |your )?(?:lawyers?|legal|insurers?|insurance|police|authorities|employer|boss|collections?)|"
    # the same in es, fr, de, pt, it, nl, ca: court, legal measures, consequences, "think it over", "we have your data"
    r"medidas legales|juicio|tribunale?|vie legali|gericht|rechter|advocaat|juridische maatregelen|poursuites|plainte|konsequenzen|"
    r"consecuencias|cons[ée]quences|conseguenze|consequ[êe]ncias|conseq[üu][èe]ncies|gevolgen|"
    r"pi[ée]nsa(?:lo|telo)(?: bien| dos veces)?|r[ée]fl[ée]chi(?:ssez|s) bien|pense bem|pensaci bene|denk (?:er )?goed (?:over )?na|"
    r"(?:tenemos|hemos guardado) tus? (?:datos|direcci[óo]n)|nous avons votre adresse|wir haben ihre (?:adresse|daten)|"
    r"temos (?:a sua|o seu) (?:morada|endere[çc]o)|abbiamo il (?:tuo|suo) indirizzo|we hebben je (?:adres|gegevens))\b")
_REMOVAL = re.compile(
    r"\b(?:take (?:it|this|that|your \w+) down|remove (?:it|this|that|your)|delete (?:it|this|that|your)|"
    r"pull (?:it|this|that|your \w+) down|retract|"
    r"take (?:that|this|the|your|ur) (?:\w+ )?(?:review|rating|post|comment|video)s? (?:down|off)|"
    r"(?:wouldn'?t|would not|shouldn'?t|should not|don'?t) keep (?:that|this|the|your|ur|it) (?:\w+ )?(?:(?:review|rating|post|comment)s? )?up|"
    r"(?:reconsider|rethink) (?:(?:it|that|this)\b(?!\s+\w)|(?:that|this|the|your|ur) (?:\w+ )?(?:review|rating|post|comment|video)s?\b)|change (?:it|your (?:review|rating)) to|edit (?:it|your (?:review|rating))|"
    r"(?:taken|taking|comes?|came|coming|pulled|goes) down|remov(?:ed|al|ing)|delet(?:ed|ion|ing)|"
    r"(?:edit|change|update|amend)(?:s|ed|ing)? (?:it|that|this|your|the)\b|"
    r"(?:retire|retira|borre|borra|elimine|quite|quita|supprimez|retirez|l[öo]schen sie|entfernen sie|apague|remova|rimuova|"
    r"cancella|verwijder|esborra)\b|haal (?:\w+ ){1,3}weg\b)")
_REVIEWER = re.compile(rf"(?:\b{_REVIEW_WORD}(?!\w)|\bposts?\b|\b(?:trash|bash|bad.?mouth|slam|drag)\w* (?:us|our)\b|\bposting\b|\byou posted\b|"
                       r"\b(?:your|this|that|the) (?:posts?|tweets?|thread|comments?|video|reel|tiktok|story|lies|claims)\b|"
                       r"\bwhat you (?:wrote|write|post|posted|said|say|put)\b|\breviewers?\b|\b1.star\b|\bone.star\b)")
# Something the customer is owed, held back until the review goes: "refund reversed unless the review
# comes down", "replacement on hold until you edit your review", "credit suspended pending removal".
_WITHHELD = re.compile(
    r"\b(?:refunds?|replacements?|warranty(?: claim)?|claims?|credit|store credit|orders?|account|membership|"
    r"repairs?|rewards?|points|support|service|access|ordering|(?:care|service) plan|appointments?|bookings?)\b[^.!?\n]{0,40}?"
    r"\b(?:revers\w+|on hold|held|suspend\w*|frozen|freez\w+|cancel+\w*|void\w*|closed|revok\w+|withheld|denied|terminated|"
    # "ends" as a benefit ending, not the end of a quarter, a month or a season
    r"(?<!quarter )(?<!year )(?<!month )(?<!week )(?<!day )(?<!season )(?<!fiscal )(?<!term )ends?|"
    r"blocked|not (?:be )?(?:processed|honou?red|shipped|issued)|won'?t (?:be )?(?:processed|honou?red|shipped|issued))|"
    r"\b(?:no|without) (?:refund|replacement|warranty|credit|service)\b|\bblocked from\b|\bbanned from\b|"
    r"\b(?:froz\w+|freez\w+|hold(?:ing)?|held|suspend\w*|cancel\w*|void\w*|block\w*|revok\w*|withh\w+|revers\w*|stopp?\w*|ends|terminat\w*) "
    r"(?:\w+ ){0,2}(?:your|the) (?:\w+ ){0,2}(?:order|refund|replacement|warranty|account|membership|credit|points|rewards|repair|delivery|plan|appointment|booking)\b|"
    r"\bcancel(?:amos|aremos|iamo|eremo) (?:\w+ ){0,2}(?:encomenda|pedido|consulta|ordine|prenotazione|reserva)|"
    r"\b(?:can'?t|cannot|won'?t|will not|unable to) (?:issue|process|send|ship|honou?r|approve|give you) "
    r"(?:a |the |your |any )?(?:refund|replacement|credit|warranty|order)")
_CONDITION = re.compile(r"\b(?:unless|until|pending|while|once|as soon as|as long as|if you don'?t|before|keep (?:posting|it up)|"
                        r"if (?:it|that|the|this|your) (?:\w+ )?(?:review|rating|post|video|comment)s? "
                        r"(?:stays?|remains?|is (?:still )?(?:up|live|online)|(?:isn'?t|is not|hasn'?t been|has not been) (?:\w+ )?(?:removed|deleted|taken down|gone|edited|changed))|"
                        r"(?:reviews?|posts?|ratings?) like (?:that|this|yours)|after (?:that|this|your) (?:review|post|rating))\b")


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]


def is_testimonial(lowered: str) -> Evidence | None:
    match = _TESTIMONIAL.search(lowered)
    return Evidence(*match.span()) if match else None


def solicits_reviews(lowered: str) -> Evidence | None:
    """A request, to insiders or their relatives, to post reviews."""
    ask = _REVIEW_ASK.search(lowered) or _ASK_MORE.search(lowered)
    if not ask and re.search(rf"\b{_REVIEW_WORD}", lowered):
        ask = _POST_ONE.search(lowered)  # "reviews are how we're ranked. Post one this week"
    if not ask or not _AUDIENCE.search(lowered):
        return None
    if not (_REQUEST.search(lowered) or _IMPERATIVE.search(lowered) or _REWARD.search(lowered)):
        return None
    if _NEVER_ASK.search(lowered):
        return None  # "we will never ask employees to review us" forbids the ask it names
    if _INTERNAL_SURVEY.search(lowered) and not _PUBLIC_SITE.search(lowered):
        return None  # "share your feedback in the staff survey" stays inside the company
    return Evidence(*ask.span())


# A reply that calls what someone said defamatory or answers it with a cease and desist threatens them
# even when it never names the review ("@kim that's libel. our counsel is on it").
_REPLY = re.compile(r"^\s*@\w+")
_LEGAL = r"(?:defamatory|defamation|libel(?:lous|ous|ling|ing)?|slander(?:ous|ing)?|defaming|cease.and.desist)"
# ... aimed at the reader: their words called defamatory, "you're libelling us", "that's libel", or the legal
# word beside counsel or a removal demand; a reply about someone else's defamation case threatens nobody.
_LEGAL_AIMED = re.compile(
    rf"\b(?:your|this|that|those|these|ur) (?:\w+ ){{0,2}}(?:claims?|posts?|reviews?|videos?|tweets?|words|comments?|statements?|"
    rf"accusations?|lies) (?:is|are|was|were) (?:\w+ ){{0,2}}{_LEGAL}|\b(?:you'?re|you are|u r) (?:\w+ )?{_LEGAL}|"
    rf"\b(?:that'?s|that is|this is|it'?s) (?:\w+ ){{0,2}}{_LEGAL}\b")
_LEGAL_WORD = re.compile(rf"\b{_LEGAL}\b")
# Defamation or libel may be a topic ("the defamation case you mentioned"); a cease and desist is always sent to someone.
_LEGAL_TOPIC = re.compile(r"defamatory|defamation|libel(?:lous|ous|ling|ing)?")
_COUNSEL = re.compile(r"\b(?:counsel|lawyers?|attorneys?|legal (?:team|department|dept|action)|solicitors?|court)\b")
_BANTER = re.compile(r"\b(?:lol|lmao|haha\w*|jk|rofl)\b|😂|🤣")


def suppresses_review(lowered: str) -> Evidence | None:
    """A threat to a reviewer, or a removal demand under a threat, about a review or post."""
    found = _suppresses(lowered)
    if found is None and _REPLY.match(lowered):
        legal = _LEGAL_AIMED.search(lowered)
        if legal is None and (_COUNSEL.search(lowered) or _REMOVAL.search(lowered) or _REMOVAL_MORE.search(lowered)):
            legal = _LEGAL_WORD.search(lowered)
        if legal and not _BANTER.search(lowered) and denied(lowered, legal.start(), legal.end(), lowered) != "negated":
            return Evidence(*legal.span())
    return found


def _suppresses(lowered: str) -> Evidence | None:
    threats = (m for pattern in (_THREAT, _CONSEQUENCE) for m in pattern.finditer(lowered))
    threat = next((m for m in threats if _threatens(lowered, m)),
                  None)  # "we would never sue a customer over a review" threatens nobody
    if threat is None:
        # the round 7 families carry their own negation addressed to the reader ("no te atendemos",
        # "não volta a ser atendida"): read for a negation only from before the match
        threat = next((m for m in _THREAT_INTL.finditer(lowered)
                       if denied(lowered, m.start(), m.start(), lowered) != "negated"), None)
    if threat is None:
        dept = _LEGAL_DEPT_INTL.search(lowered)
        if dept and (_LEGAL_STEP_INTL.search(lowered) or _REMOVAL.search(lowered) or _REMOVAL_MORE.search(lowered)):
            threat = dept
    if threat is None:
        noted = _NOTED.search(lowered)
        if noted and (_MENACE.search(lowered) or _WARNED.search(lowered) or _DARE.search(lowered) or _condition(lowered)):
            threat = noted
    removal = _REMOVAL.search(lowered) or _REMOVAL_MORE.search(lowered)
    if not (_REVIEWER.search(lowered) or _REVIEWER_MORE.search(lowered) or _REVIEWER_INTL.search(lowered)):
        # "we know who your boss is. Take it down.": the removal demand names the post
        return Evidence(*threat.span()) if threat and removal else None
    if threat:
        return Evidence(*threat.span())
    condition = _condition(lowered)
    harm = _HARM.search(lowered)
    if harm and condition and _READER.search(lowered):
        return Evidence(*harm.span())  # "bags go missing for people who write reviews like that"
    intimidation = _INTIMIDATION.search(lowered) or _MENACE.search(lowered)
    withheld = _WITHHELD.search(lowered) or _WITHHELD_MORE.search(lowered) or _WITHHELD_INTL.search(lowered)
    condition = condition or _CONDITION_INTL.search(lowered)
    if withheld and (condition or (removal and intimidation)):
        return Evidence(*withheld.span())
    traded = _trade(lowered)
    if traded:
        return traded
    if removal is None or _NO_PRESSURE.search(lowered):
        return None
    return Evidence(*removal.span()) if intimidation else None


# A threat worded with its own negation ("no longer welcome", "won't be served") is read from before it.
_OWN_NEGATION = re.compile(r"(?:not|never|no longer|won'?t|will not)\b")

_AIMED_AT = re.compile(r"\b(?:you|your|ur|u|people|customers|reviewers|folks|anyone|those|guests|passengers|clients)\b")


def _threatens(lowered: str, match: re.Match[str]) -> bool:
    """A threat that is asserted; one worded with its own negation ("no longer welcome") must be aimed
    at the reader or at reviewers ("people who post reviews like that"), not at dogs or a product."""
    if _LEGAL_TOPIC.fullmatch(match.group()) and not (_LEGAL_AIMED.search(lowered) or _COUNSEL.search(lowered)
                                                      or _REMOVAL.search(lowered) or _REMOVAL_MORE.search(lowered)):
        return False  # "the defamation case you mentioned": a legal word must be aimed at the reader's words
    if not _OWN_NEGATION.match(match.group()):
        return denied(lowered, match.start(), match.end(), lowered) != "negated"
    if not _AIMED_AT.search(clause_before(lowered, match.start(), 12)):
        return False
    return denied(lowered, match.start(), match.start(), lowered) != "negated"


# Round 5 composes suppression from families rather than sentences:
# a consequence for the reviewer, alone a threat: legal words without "our", surveillance of the
# reviewer, their details noted or handed on, their account put under scrutiny, service refused,
# costs claimed, "won't end well".
_CONSEQUENCE = re.compile(
    r"\b(?:lawyers?|jurist|juridique|saisir(?:ons|ont)? la justice|jalur hukum|"
    r"(?:i|we) can see (?:ur|your) (?:seat|address|home|house|location|car|face|kids|family|workplace)|"
    r"(?:we'?ve|we have|i'?ve|i have) (?:noted|logged|recorded|saved|kept|flagged|reported|blocked|suspended) "
    r"(?:ur|your) (?:name|details|account|booking|address|number|info|profile)|"
    r"(?:handed|passed|sent|forwarded|given|shared) (?:\w+ ){0,2}(?:ur|your) (?:details|data|info|information|address|name)|"
    r"(?:accounts?|bookings?|memberships?) (?:\w+ ){0,6}(?:audited|investigated|examined|reviewed|checked|scrutini[sz]ed) "
    r"for (?:misuse|fraud|abuse|breach)|"
    r"(?:don'?t|do not|never) expect (?:\w+ ){0,3}(?:welcome|help|service|upgrades?|favou?rs)|"
    r"(?:may|will|could|might|can) be (?:refused|denied|banned|barred|offloaded)|refused carriage|denied (?:boarding|carriage)|"
    r"(?:claim|claiming|seek|seeking|pursu\w+|recover\w*) (?:\w+ )?(?:costs|damages)|first on (?:the|our) list|"
    r"won'?t end well|(?:going|go) nowhere good|"
    # round 6: bad luck wished on the reviewer's next visit to the brand's own place or service
    r"good luck (?:getting|finding|booking) (?:\w+ ){0,6}(?:again|served|seated|around here|here|at (?:our|this|the) (?:store|shop|place))|"
    r"we have cameras)\b")
# Said to a customer, their details kept on file or bad luck finding something elsewhere are service notes
# or boasts ("your address is on file, so the replacement ships today", "good luck finding a better pan
# anywhere"): a threat only beside menace or tied to the review by a condition.
_NOTED = re.compile(
    r"\b(?:ur|your) (?:\w+ )?(?:visit|visits|plate|plates|face|details|number|address|info) (?:is|are|has been|have been) "
    r"(?:on file|logged|noted|recorded|flagged)\b|"
    r"\bgood luck (?:getting|finding|booking) (?:\w+ ){0,6}(?:anywhere|in this town|in town)\b")
# "talk trash about my shop again and ...", "keep posting lies and ...": a dare that ties what follows to the review
_DARE = re.compile(r"\b(?:again|keep \w+ing(?: \w+){0,5}) (?:and|&) ")
_WARNED = re.compile(r"\b(?:careful|think (?:twice|carefully|hard)|watch (?:it|yourself|out)|just saying)\b")
# A harm that befalls the reviewer, a threat only when tied to the review by a condition.
_HARM = re.compile(r"\b(?:(?:go|goes|went|going|get|gets|got) ['\"‘’“”]?(?:missing|lost|delayed|bumped|misplaced|damaged|postponed|"
                   r"cancell?ed|stuck|forgotten|rescheduled)|"
                   r"(?:names?|faces?|photos?|details) (?:\w+ ){0,2}passed around)\b")
_CONDITION_MORE = re.compile(r"\b(?:folks|people|those|customers|passengers|anyone|someone|guests) (?:who|that) "
                             r"(?:write|post|leave|publish)|on (?:the )?condition (?:that |the |your |it )?|"
                             r"\bover (?:a|one|that|this|your|ur|the) (?:\w+ )?(?:review|rating|post|comment)s?\b")
# "while" is a condition only when it ties to the review being up ("while your review stays up");
# "went missing while you travelled" only says when something happened.
_WHILE_REVIEW_UP = re.compile(
    r"\bwhile (?:(?:the|that|this|your|ur|my|those|these) )?(?:[\w-]+ ){0,2}(?:reviews?|ratings?|posts?|comments?|videos?)\b"
    r"|\bwhile (?:it|that|this|they) (?:stays?|remains?|is (?:still )?(?:up|live|online))\b")
# A harm is a threat when aimed at the reader, or at reviewers as a class ("folks who leave ratings").
_READER = re.compile(r"\b(?:you|your|yours|ur|u)\b|\b(?:people'?s?|folks|anyone|those|customers|passengers|guests) "
                     r"(?:who|that|'s|like)\b|\bpeople'?s\b")


def _condition(lowered: str) -> re.Match[str] | None:
    """The first condition that ties something to the review, skipping a "while" that only tells time."""
    for pattern in (_CONDITION, _CONDITION_MORE):
        for match in pattern.finditer(lowered):
            if not match.group().startswith("while") or _WHILE_REVIEW_UP.match(lowered, match.start()):
                return match
    return None
# Removal demands in more forms: a bare imperative ("remove.", "Pull it."), "delete the post", verb stems
# in es, fr, de, pt, it, nl, id, and "haal ... offline".
_REMOVAL_MORE = re.compile(
    r"(?:^|[.!?:;,\n]\s*|@\w+\s+)(?:remove|delete|pull|retract|withdraw)\b|"
    r"\b(?:remov|delet|pull|withdraw|retract)\w* (?:the|ur|that|this) (?:\w+ )?(?:review|post|rating|comment|video)|"
    r"\b(?:elimin[aáeé]|borr[aáeé]|retir(?:a|á|e|ez|ad|en)|quit[aáeé]|supprim\w+|l[öo]sch\w+|entfern\w+|apag\w+|"
    r"rimuov\w+|verwijder\w*|esborr\w+|hapus|retrait|retirada|entfernung|rimozione|verwijdering|cancellal[ao])\b|\bl[öo]sch\b|"
    r"\bhaal (?:\w+ ){0,3}(?:weg|offline)\b")
_REVIEWER_MORE = re.compile(r"\b(?:content|things|stuff|posts?|comments?|videos?) like (?:this|that|yours)|"
                            r"\b(?:talk|talking|talks|talked) (?:trash|smack|crap|shit|junk) (?:about|on)\b|\btrash.?talk\w*|"
                            r"\bpublish\w*|\b(?:spread|spreading|telling|posting) (?:lies|rumou?rs)|\bkeep (?:posting|spreading|writing)")
# Menace beside a removal demand: a deadline, "would be wise", "we all talk", "your move", "or lawyers".
_MENACE = re.compile(
    r"\b(?:faute de quoi|[àa] d[ée]faut|sous \d+ ?h|within \d+|by (?:\w+day|tomorrow|tonight)|before (?:\w+day|tomorrow|tonight|the weekend)|"
    r"atau|(?:would|'d) be (?:wise|smart|best)|be careful|careful now|(?:we all|people|staff|crew|we) talk|word gets around|"
    r"talk to each other|your move|for your own good|and (?:we'?re|we are|it'?s) (?:good|fine|square|even)|"
    r"or (?:\w+ ){0,2}(?:lawyers?|legal|court|attorneys?)|"
    r"(?:it'?d|it would) be a (?:shame|pity)|(?:we'?d|i'?d|we would|i would) hate (?:for|to see)|if i (?:were|was) (?:you|u))\b")
# Something owed held back, in more words: help with a claim, a voucher, a lounge pass, in other languages.
_WITHHELD_MORE = re.compile(
    r"\b(?:won'?t|will not|can'?t|cannot|unable to)(?: be able to)? (?:assist|help|process|proceed|refund|rebook|reissue)\b|"
    r"\b(?:conta|cuenta|compte|konto)\b[^.!?\n]{0,40}\b(?:encerrad[ao]|cancelad[ao]|bloquead[ao]|congelad[ao]|gesperrt|"
    r"ferm[ée]e?|bloqu[ée]e?|chiuso|bloccat[oa]|geblokkeerd)")


# Round 7 (holdout9): the same families in es/fr/de/pt/it/nl where they were still English-only:
# legal departments and "our lawyers" by their local names, an escalation threat, knowing where the
# reviewer lives or works, blacklists, service refused to the reviewer, their next order that "never
# arrives", an account put under review over their comments; the review or video named with a
# determiner of the language; a benefit suspended, cancelled or blocked, and the word that makes it
# wait on the review ("solange", "finché", "até", "se não", "pas ... als").
_THREAT_INTL = re.compile(
    r"\b(?:(?:nostri|i nostri|ai nostri) legali|"
    # measures are a threat when they are legal ones; "tomaremos medidas para que no vuelva a pasar" is a promise
    r"(?:medidas|provvedimenti|mesures|ma[ßs]nahmen|maatregelen|acciones|azioni|actions) (?:legales|judiciales|jur[ií]dic[oa]s|juridiques|judiciaires|l[ée]gales|legali|giudiziari\w*|juridische|gerechtelijke)|"
    r"(?:rechtliche|gerichtliche|juristische|juridische|gerechtelijke) (?:schritte|ma[ßs]nahmen|maatregelen|stappen)|"
    r"or (?:we|i)(?:'ll| will)? escalate|"
    # knowing where or who is a threat when it is where the reader lives or works, or who their boss is
    # ("sabemos quién le atendió", "we weten waar uw pakket is" are service notes)
    r"(?:s[ée]|sabemos|sei|sabem|s(?:ei|ap)piamo|so|je sais|nous savons|on sait|ich wei[ßs]s?|wir wissen|ik weet|wij weten|we weten),? "
    r"(?:d[óo]nde|en qu[ée] \w+|qui[ée]n|onde|em que \w+|quem|dove|in che \w+|chi|o[ùu]|dans quel\w* \w+|qui|wo|wer|in welche\w* \w+|waar|wie|in welke \w+) "
    r"(?:\w+ ){0,3}(?:vives|vive|trabajas|trabaja|entrenas|moras|mora|trabalhas|trabalha|abiti|lavori|habites|habitez|travailles|travaillez|wohnst|wohnen|arbeitest|woont|werkt|"
    r"(?:tu|su|o teu|o seu|il tuo|ton|votre|dein\w*|ihr\w*|je|uw) (?:jefe|chefe|capo|patron|chef|baas|werkgever|arbeitgeber|familia|fam[íi]lia|famiglia|famille|familie))\b|"
    r"(?:ich )?kenn\w* (?:deinen|ihren|deine|ihre) (?:arbeitgeber\w*|chef\w*)|conozco a tu jefe|conosco il tuo capo|je connais ton (?:patron|employeur)|"
    r"ik ken je (?:baas|werkgever)|conhe[çc]o o teu (?:chefe|patr[ãa]o)|"
    r"lista (?:nera|negra)|liste noire|schwarze liste|zwarte lijst|"
    r"no (?:te|le|os|les) (?:atendemos|atenderemos|volvemos a atender)|n[ãa]o (?:volta|voltar[áa]) a ser atendid[oa]|"
    r"n[ãa]o (?:[ée]|ser[áa]) bem.vind[oa]|no (?:eres|ser[áa]s|es) bienvenid[oa]|(?:n'est|n'[êe]tes) plus (?:le |la )?bienvenue?|non sei (?:più )?(?:il )?benvenut[oa]|"
    r"nicht mehr (?:bedient|willkommen)|niet meer welkom|"
    r"(?:je|tu|ton|ta|dein\w*|ihr\w*|il tuo|la tua|o seu|a sua|o teu|a tua|uw|votre) (?:volgende|pr[óo]xim[oa]|prochaine?|n[äa]chste\w*|prossim[oa]) "
    r"(?:\w+ )?(?:bestelling|pedido|encomenda|commande|bestellung|ordine|pakket|paquete|colis|paket|pacco)\b[^.!?\n]{0,30}"
    r"\b(?:nooit|nunca|jamais|nie|mai|never)\b"
    # "nooit meer te laat, beloofd": never again late or faulty is a promise
    r"(?![^.!?\n]{0,25}\b(?:te laat|late|tarde|en retard|zu sp[äa]t|in ritardo|atrasad\w*|problem\w*|probl[èe]m\w*|beloofd|promesso|prometido|promis|versprochen))|"
    r"(?:account|membership|cuenta|conta|compte|konto) (?:\w+ ){0,3}(?:is|est|est[áa]|ist|[ée]|wordt|è) (?:now |ahora |agora )?"
    r"(?:under review|being reviewed|flagged|under investigation|en revisi[óo]n|em an[áa]lise|en cours d'examen|in pr[üu]fung|sotto verifica|in onderzoek) "
    r"(?:\w+ ){0,2}(?:because of|due to|over|por|por causa d\w*|[àa] cause d\w*|wegen|a causa d\w*|vanwege))")
# A legal department named is a threat beside a removal demand or a step taken with it ("hemos pasado su
# caso a nuestro departamento legal"), not as an address to write to ("per il servizio legale scriva a ...").
_LEGAL_DEPT_INTL = re.compile(
    r"\b(?:(?:departamento|servicio|servi[çc]o|servizio|ufficio|abteilung|afdeling|dienst|service) (?:legal|jur[ií]dico|juridique|legale|rechts\w*|juridische)|rechtsabteilung)\b")
_LEGAL_STEP_INTL = re.compile(
    r"\b(?:pasad[oa]|pasaremos|remitid[oa]|enviad[oa]|informad[oa]|transmis|transmettons|transmettre|inform[ée]|saisi|passat[oa]|inoltrat[oa]|"
    r"informiert|eingeschaltet|einschalten|weitergeleitet|ingeschakeld|inschakelen|doorgestuurd|encaminhad[oa]|acionad[oa]|notificad[oa]|involucrad[oa]|se encargar[áa]|s'en occupe|se ne occuper[àa]|k[üu]mmert sich|"
    r"(?:tomar[áa]n?|tomaremos|prendr\w+|prender[àa]|prenderemo|ergreif\w+|nem\w+) (?:\w+ ){0,2}(?:medidas|mesures|provvedimenti|ma[ßs]nahmen|maatregelen))\b")
_REVIEWER_INTL = re.compile(
    r"\b(?:es[aeo]s?|est[aeo]s?|tu|su|sus|tus|ce|cet|cette|ces|votre|vos|ton|ta|tes|dein\w*|ihr\w*|das|diese[sn]?|ess[aeo]s?|a sua|o seu|o teu|a tua|"
    r"quel(?:la|lo|le|li)?|quest[oaie]|la tua|il tuo|la sua|il suo|je|uw|die|dat|deze|"
    r"el|la|los|las|le|les|l'|il|lo|gli|der|den|o|a|os|as|de|het) (?:\w+ )?"
    r"(?:v[íi]deos?|vid[ée]os?|posts?|rese[ñn]as?|avis|bewertung\w*|rezension\w*|reviews?|recension[ei]|recensies?|avalia[çc][ãa]o|avalia[çc][õo]es|"
    r"comentarios?|coment[áa]rios?|commentaires?|kommentare?|comment[oi]|reacties?|beoordeling\w*)\b|"
    r"\b(?:escreve|escribe|[ée]crit|schreibt|scrive|schrijft) (?:\w+ ){0,2}(?:reviews?|rese[ñn]as?|avis|bewertungen|recensioni|avalia[çc][õo]es)")
_WITHHELD_INTL = re.compile(
    r"\b(?:r[üu]ckerstattung|erstattung|reembolso|remboursement|rimborso|terugbetaling|pontos|puntos|punti|points|punkte|garanzia|garant[íi]a|garantie|"
    r"pedido|encomenda|ordine|commande|bestellung|bestelling|troca|cambio|[ée]change|umtausch|ruil|cuenta|conta|compte|konto|"
    r"gutschein|guthaben|vale|cup[óo]n|bon d'achat|avoir|buono|tegoed|cr[ée]dito?|cr[ée]dit)\b[^.!?\n]{0,40}?"
    r"\b(?:cancelad[oa]s?|anulad[oa]s?|annullat[oa]|annul[ée]e?s?|storniert|geannuleerd|gesperrt|bloquead[oa]s?|bloccat[oa]|bloqu[ée]e?s?|geblokkeerd|"
    r"suspens[oa]s?|suspendid[oa]s?|suspendu\w*|sospes[oa]|congelad[oa]s?|eingefroren|bevroren|en espera|in sospeso|en attente)|"
    r"\b(?:wordt|worden|kunnen|kan) (?:\w+ ){0,3}pas (?:\w+ ){0,2}(?:verwerkt|behandel\w*|verwerken|terugbetaald)\b|"
    r"\b(?:niente|ning[úu]n|nenhum|aucun|kein\w*|geen) (?:rimborso|reembolso|remboursement|erstattung|terugbetaling)")
# The condition must govern the review: its word followed closely by the review or its removal
# ("hasta que borre la reseña"), not any wait ("en espera hasta que llegue el stock").
_CONDITION_INTL = re.compile(
    r"\b(?:solange|zolang|totdat|enquanto|mientras|jusqu'[àa] ce que|tant que|finch[ée]|hasta que|at[ée]|se n[ãa]o|si no|altrimenti|sinon|sonst|"
    r"anders|pas\b[^.!?\n]{0,40}\bals|erst wenn|nur wenn|solo se|s[óo]lo si|seulement si|alleen als)\b[^.!?\n]{0,30}?"
    r"\b(?:borr\w+|elimin\w+|retir\w+|quit\w+|supprim\w+|enl[eè]v\w+|l[öo]sch\w+|entfern\w+|verwijder\w+|rimuov\w+|cancell\w+|tolg\w+|togli\w*|apag\w+|remov\w+|delet\w+|"
    r"v[íi]deos?|vid[ée]os?|posts?|rese[ñn]as?|avis|bewertung\w*|rezension\w*|reviews?|recension[ei]|recensies?|avalia[çc][ãa]o|"
    r"comentarios?|coment[áa]rios?|commentaires?|kommentare?|comment[oi]|reacties?|beoordeling\w*|publicad\w+|en ligne|online)\b|"
    # "Se retirar a review, enviamos um kit. Se não, ...": "otherwise" right after the review's removal
    r"\b(?:retir\w+|borr\w+|elimin\w+|supprim\w+|l[öo]sch\w+|entfern\w+|verwijder\w+|rimuov\w+|apag\w+|remov\w+|delet\w+) "
    r"(?:\w+ ){0,2}(?:v[íi]deos?|vid[ée]os?|posts?|rese[ñn]as?|avis|bewertung\w*|reviews?|recension[ei]|recensies?|avalia[çc][ãa]o|coment[áa]rios?|commentaires?|kommentare?)"
    r"\b[^!?\n]{0,60}?\b(?:se n[ãa]o|si no|sinon|sonst|altrimenti|anders)\b")


# A trade: something the customer is owed (a refund, their records, a replacement) is made to wait on
# the review changing: "release your records once the review is edited", "delete the comment and
# we'll honour the refund", "we need that review gone first". Three parts, in any order: the thing
# owed, the change to the review, and the word that makes one wait on the other.
_OWED = re.compile(r"\b(?:refunds?|replacements?|garantia|garant[ií]a|garantie|garanzia|deposits?|compensation|vouchers?|gift cards?|upgrades?|passes|pass|bags?|luggage|gutschrift|erstattung|reembolso|dinero|remboursement|rimborso|terugbetaling|conta|cuenta|compte|konto|puntos|pontos|records|files|warranty|credit|orders?|account|membership|"
                   r"repairs?|rewards?|points|prescriptions?|refills?|appointments?|bookings?|paperwork|care plan|fees?|contract|cancell?ation)\b")
_REVIEW_CHANGE = re.compile(
    r"\b(?:reviews?|ratings?|posts?|comments?|\d.star \w+)\b (?:\w+ ){0,2}(?:is |are |gets? |has been )?"
    r"(?:gone|down|removed|deleted|edited|changed|updated|taken down|withdrawn|retracted|corrected|revised)\b|"
    r"\b(?:take down|delete|remove|edit|change|update|pull|retract|withdraw|correct)s? (?:\w+ ){0,2}(?:reviews?|ratings?|posts?|comments?)\b|"
    r"\b(?:delet|remov|edit|chang|updat|retract|withdr[ae]w|correct)(?:ed|ing) (?:\w+ ){0,2}(?:reviews?|ratings?|posts?|comments?)\b|"
    # the review left up, or gone, in more words and languages
    r"\b(?:reviews?|ratings?|posts?|comments?|avis|bewertung|rezension|rese[ñn]a|avalia[çc][ãa]o|recensione|recensie) (?:\w+ ){0,2}"
    r"(?:stays?|remains?|continua\w*|bleibt|reste|resta|blijft) (?:up|live|online|visible|en ligne)\b|"
    r"\b(?:bewertung|rezension|rese[ñn]a|avalia[çc][ãa]o|recensione|recensie|avis) (?:\w+ ){0,2}"
    r"(?:entfernt|gel[öo]scht|retirad[ao]|supprim[ée]e?|rimoss[ao]|verwijderd|borrad[ao]|eliminad[ao]|apagad[ao])\b|"
    # the removal verb in its second-person or subjunctive forms before the review ("hasta que borres la reseña")
    r"\b(?:borr|elimin|quit|retir|supprim|apag|remov|rimuov|cancell)\w* (?:\w+ ){0,2}"
    r"(?:rese[ñn]a|avis|avalia[çc][ãa]o|recensione|comentario|comentário|commento|publicaci[óo]n)\b")
_WAITS_ON = re.compile(r"\b(?:on (?:the )?condition|quando|cuando|quand|finch[ée]|hasta que|at[ée] que|tant que|zodra|while|wenn|sobald|erst|se|si|once|when|as soon as|the (?:moment|minute|second)|after|until|unless|pending|first|then|and (?:we|i)(?:'ll| will))\b")


def _trade(lowered: str) -> Evidence | None:
    owed, change = _OWED.search(lowered), _REVIEW_CHANGE.search(lowered)
    if not (owed and change and _WAITS_ON.search(lowered)) or _NO_PRESSURE.search(lowered):
        return None
    if denied(lowered, change.start(), change.end(), lowered) == "negated":
        return None  # "no need to change your review"
    return Evidence(*change.span())


# An internal staff survey collects views inside the company; it asks for no public review unless it
# also names a public review site.
_INTERNAL_SURVEY = re.compile(r"\b(?:staff|employee|internal|engagement|pulse|team|crew|hr|people) (?:survey|poll|questionnaire)s?\b")
_PUBLIC_SITE = re.compile(r"\b(?:google|yelp|trustpilot|app ?store|play store|amazon|tripadvisor|facebook|publicly|public)\b")
_NEVER_ASK = re.compile(r"\b(?:never|not|don'?t|won'?t|will not|do not) (?:\w+ )?(?:ask|request|want|pressure|expect) (?:\w+ ){0,2}(?:employees?|staff|team|you|anyone|family)\b")
_INTIMIDATION = re.compile(r"\b(?:or (?:we|you|else|i)|if you don'?t|unless|immediately|now\b|final|warning|we will|we'?ll|i'?ll|and we (?:can|will|might)|"
                           r"until|as soon as|once (?:the|that|your|it)|otherwise|pending|"
                           r"sinon|sonst|anders|altrimenti|sen[ãa]o|si no|\bo \w+(?:emos|amos|imos|emo|iamo)\b|\bou \w+(?:emos|amos|imos)\b|\bo ci\b)")
# A reply that leaves the choice to the reviewer and threatens nothing is a request (R5).
_NO_PRESSURE = re.compile(r"\b(?:for your (?:own )?(?:privacy|safety|security)|phone number|personal (?:data|details|information)|so (?:no one|nobody) (?:else )?can|no need to|up to you|no pressure|your call|totally optional|no obligation|only if you want|"
                          r"either way|regardless|no strings|whatever you decide)\b")


def review_finding(rule: str, evidence: Evidence, text: str, who: str, explanation: dict) -> FindingSpan:
    severity = {OFFICER_TESTIMONIAL: "critical", SOLICITATION: "high", SUPPRESSION: "critical"}[rule]
    kind = {OFFICER_TESTIMONIAL: "review-testimonial", SOLICITATION: "review-solicitation",
            SUPPRESSION: "review-suppression"}[rule]
    what = {OFFICER_TESTIMONIAL: "an officer's or manager's review without a clear disclosure",
            SOLICITATION: "an officer or manager asks insiders or their relatives for reviews",
            SUPPRESSION: "a threat to a reviewer"}[rule]
    return FindingSpan(rule=rule, category="endorsement", kind=kind, severity=severity,
                       start=evidence.start, end=evidence.end,
                       preview=f"{who}; {what} ({SECTION[rule]}): '{evidence.of(text)[:80]}'",
                       explanation={**explanation, "section": SECTION[rule]})
