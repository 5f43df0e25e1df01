"""Working-conditions talk that section 7 of the NLRA may protect (concerted activity).

Topic classes, in everyday words rather than legal vocabulary. Each is read on
`reading.aligned_lower` text; the detector asks them only for the brand's own employees (roster or
self-identified, not a family member, not a partner, not a former employee after their end date).
"Coworkers" alone is not a topic: it says who, not what about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONEY_RATE = r"[$€£]\s?\d+(?:\.\d\d)?(?:k)?\s?(?:an|a|per|/)\s?(?:hour|hr|h|year|yr|shift|week)\b"
TOPICS: dict[str, str] = {
    "pay": (r"\b(?:(?:my|our|the|their|no|extra|back|holiday|sick|equal|base|hourly|take.home|starting|same|better|fair|less|more|overtime) pay\b|pay(?:check|checks|cheque|slip|slips|stub|stubs|day)|paid (?:less|more|late|the same|minimum)|wages?|"
            r"salar(?:y|ies)|underpaid|overpaid|hourly rate|minimum wage|living wage|"
            r"overtime|time and a half|comp time|tip pool|commission structure|"
            # a bonus of the job, not a sign-up bonus or a bonus bundle on sale
            r"(?:my|our|their|annual|year.end|performance|christmas|holiday|sign.on|retention|quarterly|staff) bonus(?:es)?|"
            r"bonus(?:es)? (?:cut|scheme|structure|pool|was|were|got|this year)|"
            r"health insurance|dental plan|401k|401\(k\)|pension|cost of living|"
            r"pay (?:gap|cut|freeze|bump|rise|band|scale|transparency|equity)|make (?:\$?\d+ )?(?:more|less) than|"
            r"making (?:\$?\d+ )?(?:more|less) than|earn (?:more|less) than|new hires? (?:\w+ ){0,2}(?:are |were )?(?:make|makes|making|get|gets|getting|earn|earns|earning|start|starts|starting)\b|(?:commission|tips?|tip share|mileage|stipend|bonus(?:es)?|differential)s? (?:\w+ ){0,4}(?:cut|slashed|lowered|reduced|dropped|gone)|(?:cut|slashed|lowered|reduced) (?:our |my |the )?(?:commission|tips|mileage|stipend|differential)|from \d+ ?% (?:of )?(?:\w+ ){0,2}(?:fees?|commission|split|share|rate|pay|tips?|sales) to \d+ ?%|sueldos?|salarios?|sal[áa]rios?|salaires?|l[öo]hne?\b|geh[äa]lter|gehalt\b|stipendio|loon|horas extras?|heures sup\w*|[üu]berstunden|straordinari|overuren|"
            r"\bpay (?:at (?:our|the|my)|here|hasn'?t|has not|is (?:still|so|too|barely|not|terrible|awful|great|fair)|"
            r"was (?:cut|frozen|lowered|late)|went (?:up|down)|got cut|never (?:went|goes) up|rates? (?:for|at) (?:us|staff))|"
            r"off the clock|unpaid (?:overtime|work|hours|training|labou?r)|wage theft|pay day|"
            r"(?:my|our|the) (?:pay)?checks? (?:is|was|were|are|came (?:up|in)) short|short (?:\d+|a few|two|three) hours|"
            r"(?:my|our|the) tips (?:dropped|fell|went|got|are|were|have)|tip (?:screen|jar|share|split|out|cut)s?|"
            r"(?:take|took|taking|get|gets) a cut of (?:our|my|the) tips|(?:my|our) earnings|base pay|"
            r"per (?:delivery|order|stop|drop|route|pick|ticket)|(?:get|got|are|'re|were|being) paid (?:per|by the) \w+|pay for (?:our|my|their) own|"
            # "what we make" is pay only where it ends the clause or names a rate ("what we make next" is products)
            r"what (?:you|we|they|i|everyone) (?:make|makes)(?=\s*(?:$|[.,!?;)]|(?:here|at|an? (?:hour|year|week)|per|compared|vs|than)\b))|"
            r"what (?:you|we|they|i|everyone) (?:earn|earns|get paid)|what (?:we|you|they)(?:'re| are) (?:getting )?paid|"
            r"(?:more|less) (?:an|a|per) (?:hour|hr|shift|week) than|(?:your|our|my) hourly\b|hourly (?:wage|pay)|"
            r"(?:talk|talking|discuss|discussing|share|sharing|compare|comparing|ask|asking) (?:about )?"
            r"(?:our |my |your |their )?(?:pay|wages|salar\w+|raises)|"
            rf"{_MONEY_RATE})"),
    "raises": (r"\b(?:raises?|cola|merit increase|pay increase|got bumped|no increase|"
               r"(?:zero|0|1|2|3)\s?% (?:raise|increase)|promotion freeze|passed over for promotion)\b"),
    "hours": (r"\b(?:(?:\d+(?:st|nd|rd|th)?|every|another|third|fourth|fifth) (?:weekend|saturday|sunday|holiday|night|double|shift)s? "
              r"(?:in a row|straight|working)|(?:4|four|3|three)[- ]day (?:work ?)?weeks?|hours (?:got |were |are |keep getting )?(?:cut|slashed|reduced|gone)|cut (?:my|our|everyone'?s|the) hours|"
              r"(?:fewer|less|more|extra|longer|shorter) hours|\d+.?hour (?:shifts?|days?|weeks?)|"
              r"\d+ hours? (?:a|per|this|last) (?:week|day|shift)|full.time|part.time|"
              r"hours (?:to|down to) \d+|\d+ hours? (?:this|last) week|"
              r"(?:cut|dropped|reduced|bumped|down) (?:\w+ )?to \d+ (?:hours|hrs)|"
              r"(?:4|four) ?(?:x ?)?(?:tens|10s)\b|(?:4|four) x 10)\b"),
    "scheduling": (r"\b(?:schedul(?:e|es|ed|ing) (?:us|me|them|changes?|came out|posted|is a mess)|"
                   r"(?:move[sd]?|moving|change[sd]?|changing|swap\w*|flip\w*) (?:our|my|the|everyone'?s) (?:\w+ )?(?:shifts|schedules?|rota)|"
                   r"(?:cambi\w+|mueve\w*) (?:\w+ )?(?:los |nuestros |mis |i |nostri )?turn(?:os|i)\b|turn(?:os|i)\b[^.!?\n]{0,30}(?:sin avisar|senza preavviso)|"
                   r"(?:my|our|the work|the new) schedule|clopen(?:s|ing)?|split shifts?|"
                   r"double shifts?|shifts? (?:got |were |are )?(?:cut|cancelled|canceled|changed|moved|extended)|weekend shifts?|"
                   r"schedules? (?:are|is|get|got|were|was) (?:posted|released|out|changed|cut|moved)|"
                   r"(?:schedules?|rota|shifts?) (?:\w+ ){0,3}(?:\d+|one|two|three) (?:days?|hours?) (?:in advance|ahead|before|notice)|"
                   r"(?:with|on|given) (?:no|zero|a day'?s|an hour'?s|\d+ (?:hours?|minutes?)'?) notice|shift swaps?|swap shifts|notice (?:on|for) (?:the |our |my )?(?:schedules?|rota|shifts?)|(?:schedules?|rota|shifts?) (?:\w+ ){0,4}(?:\d+|one|two|three) (?:weeks?|days?)'? notice|holidays? off|"
                   r"closing (?:and|then) opening|clos(?:e|ing) at \d+(?::\d\d)?(?: ?[ap]m)? (?:and|then) open(?:ing)? at \d+|last.minute (?:shifts?|changes?|call.?ins?)|"
                   r"called in on my day off|"
                   # "on my day off" is leisure, not a condition of the job
                   r"days off|(?<!on my )day off\b|"
                   r"(?:schedules?|rota|shifts?|hours) (?:\w+ ){0,2}(?:changed|change|changes|moved|flipped|swapped|"
                   r"cut|cancelled|canceled)(?! my life)|"
                   r"(?:get|got|gets|post|posts|posted|see|saw) (?:the |our |my )?(?:schedule|rota) "
                   r"(?:on |at |the night before |the day before |(?:\w+day) )|"
                   r"(?:close|closing|closed) at \d+(?::\d\d)?(?: ?[ap]m)?[^.!?\n]{0,20}\bopen(?:ing)? at \d+)\b"),
    "breaks": (r"\b(?:breaks?(?! ?rooms?)|lunch (?:break|hour)|rest period|bathroom (?:breaks?|trips?)|"
               r"no time to (?:eat|sit|pee)|skip(?:ped|ping)? lunch|15 minutes? (?:off|to eat)|(?:\bno|without|n'?t (?:get|have)|took|lost|got|get|gave us|finally|proper|real|actual|need|want)\b[^.!?\n]{0,20}?(?<!in the )(?<!at the )(?<!to the )(?<!from the )(?<!into the )break ?rooms?|descansos?|pausas? (?:pr[ao]|para|de|pour|per|do|del|di) (?:o |el |il )?(?:almo[çc]o|almuerzo|comer|comida|d[ée]jeuner|pranzo|lunch)|(?:sin|sem|sans|ohne|senza|zonder) (?:pausa|pause|intervalo|descanso)|mittagspause|pausa del caf[ée]|(?:geen|sin|sem|sans|ohne|senza|zonder) (?:\w+ )?(?:pauze|pausa|pause|descanso)|"
               r"(?:quitad[oa]|quitaron|quitan|quitado) (?:\w+ ){0,2}(?:pausa|descanso)|\d+ ?min(?:ute)?s? lunch|"
               r"(?:bathroom|restroom|toilet|water|shade) (?:access|breaks?)|no (?:bathroom|restroom|toilet)s?)\b"),
    "safety": (r"\b(?:unsafe|(?:hearing|ear|eye|hand) protection|ear ?(?:plugs|defenders|muffs)|protective (?:gear|equipment|glasses|gloves|clothing)|safety (?:issues?|concerns?|violations?|training|gear|rules?|complaints?)|hazard\w*|"
               r"injur(?:y|ies|ed)|hurt my|ppe|osha|"
               # cooling that is out, fire safety that is missing or blocked
               r"(?:ac|a/c|air ?con\w*|air conditioning|hvac|cooling)\b (?:\w+ ){0,5}(?:out|broken|down|dead|busted|not working)|"
               r"fire (?:drills?|exits?|doors?|alarms?|extinguishers?)|(?:keep|kept|keeps) (?:slipping|falling|tripping|getting (?:hurt|burned|cut|sick))|"
               r"leak\w* (?:into|onto|in) (?:the )?(?:staff|break|back|stockroom|kitchen|floor)|(?:exits?|fire doors?) (?:are |is |were |was )?(?:blocked|locked|chained)|blocked (?:fire )?exits?|heat ?(?:stroke|exhaustion|index)|no (?:ac|a/c|air conditioning|fans?|water)|"
               r"(?:heat|temperature|temps?) (?:in|on|at) (?:the|our) (?:warehouse|floor|store|dock|kitchen|truck|building|line)|brutal heat|"
               r"passed out|fainted|near.?miss|forklift|ergonomic\w*|respirator|no (?:stools?|chairs?|seats?|place to sit)|"
               r"stand(?:ing)? for \d+ (?:hours|hrs)|my (?:knees|back|feet|wrists|hands) (?:are|is) (?:shot|killing me|wrecked|done)|"
               r"(?:warehouse|floor|kitchen|store|dock|truck|van|building) (?:is|was|gets?|hit|hits?) (?:\d+|so hot|an oven|a sauna)|"
               r"\d+ ?(?:°|degrees|deg)\s?[fc]? (?:in|on|inside) (?:the |our )?(?:warehouse|floor|kitchen|store|dock|truck|van|building|back))\b|"
               r"\b(?:burn(?:ed|t|s)|hurt|injur\w+|cut|shocked|scalded|sick) (?:\w+ )?(?:of us|coworkers?|co-workers?|a coworker|someone|people)\b|"
               r"\bstanding (?:for )?\d+ (?:hours|hrs)|\b(?:took|take|taking|taken) away (?:our|the) (?:stools?|chairs?|seats?|mats?|fans?)\b|"
               r"\b(?:without|no|zero|any) (?:proper |real |any )?training\b|\buntrained\b|\bheat (?:plan|policy|illness)\b|"
               r"\b(?:warehouse|floor|kitchen|store|dock|truck|van|building|roastery|bar|cafe|café|shop|plant|factory|line|"
               r"stockroom|back of house|office|site|break room) (?:\w+ )?(?:is|was|gets?|got|hit|hits?|reached) "
               r"(?:\d+|so hot|an oven|a sauna)"),
    "pto": (r"\b(?:pto|paid time off|(?:paid|unpaid|personal|mental health|wellness|floating) (?:\w+ ){0,2}days?(?! ago)|vacaciones|vacation (?:days?|time|request)|time off|sick (?:days?|leave|pay|time)|"
            r"calling (?:out|in) sick|called (?:out|in) sick|parental leave|maternity leave|paternity leave|"
            r"bereavement|leave request|denied my (?:time off|leave|vacation|request))\b"),
    "on-call": r"\b(?:on.?call|pager|paged (?:at|me|us)|pagerduty|after.hours|3 ?am pages?|weekend pages?)\b",
    "management": (r"\b(?:(?:el|la|mi|nuestr[oa]) (?:nuev[oa] )?(?:jef[ae]|encargad[oa])|(?:notre|mon|ma|le|la) (?:nouveau |nouvelle )?(?:chef|cheffe|patron|responsable)|"
                   r"(?:der|die|mein|meine|unser|unsere) (?:neue[rn]? )?(?:chef|chefin|vorgesetzte\w*)|(?:il|la|mio|mia|nostro|nostra) (?:nuov[oa] )?(?:capo|responsabile)|"
                   r"(?:o|a|meu|minha|nosso|nossa) (?:nov[oa] )?(?:chefe|gerente)|(?:de|mijn|onze) (?:nieuwe )?(?:baas|leidinggevende)|(?:my|our|the new|new|store|district|shift|floor) (?:\w+ )?(?:manager|supervisor|boss|team lead|shift lead|lead)|"
                   r"(?:we all|all of us|everyone) (?:asked|signed|complained|pushed|went to|told|petitioned)|"
                   r"management (?:says|said|told|won'?t|wants|ignored|refuses|doesn'?t|never|finally|actually)|"
                   r"(?:asked|told|emailed|complained to|went to|reported (?:it )?to|begged) (?:management|hr|our manager|the manager|corporate|leadership)|"
                   r"upper management|hr|human resources|micromanag\w*|retaliat\w*|write.?ups?|written up|"
                   r"performance (?:review|plan)|(?:on|put on|got|a) (?:a )?pip|pip(?:'d|ped)|disciplin\w*|fired for|favoritism|favouritism|"
                   r"(?:get|got|gets|be|being) coached|(?:new|the) (?:metric|metrics|kpi|kpis|scorecard))\b"),
    "meetings": (r"\b(?:all.hands|town ?hall|1:1s|one.on.ones|mandatory (?:\w+ ){0,2}(?:training|meetings?|huddles?)|captive audience|"
                 r"meetings? (?:that could|all day|every|before|after) |back.to.back meetings|(?:daily|weekly|morning) (?:stand.?up|huddle|meeting)s?)"),
    "rto": (r"\b(?:rto|return.to.office|back (?:to|in|into) the office|office mandate|remote work|in.office days|"
            r"work(?:ing)? from home|wfh|badge (?:swipes?|in)|(?:\d|two|three|four|five) days (?:a week )?(?:in|at) (?:the )?office|days (?:a week )?in (?:the )?office|"
            r"(?:a |my |our )?remote (?:job|role|position))\b"),
    "staffing": (r"\b(?:understaffed|(?:\d+|one|two|three|four|five) (?:\w+ )?(?:\w+ers?|techs?|nurses|cashiers|people|staff|hands) short\b|"
                 r"(?:nobody|no one|noone)(?:'s| is)? (?:replacing|covering|backfilling)|"
                 r"(?:put|added|adding|hired|got) (?:a |an )?(?:second|third|extra|another|new|more) (?:\w+ )?(?:cashiers?|techs?|nurses?|people|person|hands?|\w+ers?) (?:on|for|to)\b|short.?staffed|under.?staffed|skeleton crew|staffing|(?:one|two|three|just one|a single|\d+) (?:\w+ )?(?:cleaners?|people|staff|techs?|cashiers?|cooks?|servers?|drivers?|\w+ers?) (?:for|covering|running) (?:\d+|two|three|four|five|six|the whole|all)\b|down to (?:\d+|one|two|three|four|a single|just one) (?:\w+ )?(?:people|persons?|staff|of us|employees|workers|techs?|cooks|servers|cashiers|agents|nurses|drivers|\w+ers)\b|(?:added|adding|piled|piling|dumped|gave us|giving us) (?:on |onto us )?(?:\d+|another \d+|more|extra) (?:more |extra )?(?:\w+ )?(?:stops|deliveries|orders|rooms|patients|appointments|tickets|calls|routes|tables|clients|tasks|dogs|pets)\b|(?:kept|keep|same) (?:the )?same (?:\d+ )?(?:hours|pay|headcount)|"
                 r"hiring freeze|headcount|layoffs?|laid off|doing the (?:work|job) of (?:two|three|\d)|"
                 r"\d+ (?:people|staff|workers|bodies|hands) short|short (?:\d+ )?(?:people|staff|hands|bodies)|one person (?:doing|covering)|"
                 r"backfill\w*|won'?t (?:replace|hire)|(?:never|not) (?:replaced|backfilled)|people (?:who |that )?(?:quit|left)|stretched thin|drowning|"
                 r"nobody (?:to cover|covering)|no coverage|workload|quotas?|targets? (?:went up|keeps? going up|raised)|"
                 r"burn(?:ed|t)? ?out|overworked|turnover|"
                 r"(?:\d+|one|two|three|just) (?:baristas?|cashiers?|people|of us|staff|workers|pickers|drivers|agents|cooks) "
                 r"(?:for|on|covering|running|to cover|to run) (?:the |a |an |whole )|"
                 r"(?:lost|down) (?:\d+|two|three|four|five) (?:people|staff|baristas|workers|coworkers)|"
                 r"(?:nobody|no one|noone)(?:'s| has| have)? (?:been )?(?:hired|replaced)|me and one (?:trainee|other|new)|"
                 r"(?:rate|target|quota|numbers?) (?:\w+ )?(?:went|goes|going|got|was|were) (?:up|from|raised|bumped)|"
                 r"(?:half|most|a third|all) (?:of )?(?:the |our )?(?:\w+ )?(?:team|crew|staff|shift|drivers|couriers) (?:quit|left|walked)|"
                 r"on the rest of us|\d+ (?:chats|calls|tickets|orders|stops|routes) at once)\b"),
    "unions": (r"\b(?:unions?|unioni[sz]\w*|organi[sz](?:e|ed|ing|ers?)|collective bargaining|"
               r"on strike|strike vote|walk.?outs?|petition|bargain\w*|contract vote|union card|"
               r"shop steward|solidarity|concerted|talk to each other|compare notes|stick together|"
               r"we(?:'ve| have)? (?:all )?asked (?:for|them|again|three|twice|for months)|after we asked)\b"),
}
# Round 5: the same topics in more everyday words and languages (kept apart so each family reads whole):
# standby and reserve, rest between shifts and fatigue, allowances and unpaid set-up time, meetings
# that "could have been" a message, split shifts and schedules in es/de/fr/it/nl, swapping trips or
# shifts, long shifts counted in other languages, too few people in other languages.
MORE_TOPICS: dict[str, str] = {
    "on-call": r"\b(?:stand.?by|on reserve|reserve (?:calls?|called|rings?|duty|days?|block)|"
               r"(?:rang|called|phoned|rung) (?:me |us )?at \d+ ?(?:am|pm)? for (?:a|an|the) \d+)",
    "breaks": r"\b(?:rest (?:between|period|rules?|days?)|(?:enough|no|minimum|proper|legal|crew) rest|fatigue (?:rules?|limits?|policy|risk)|"
              r"fatigued|hours? between (?:shifts|sectors|a late|finishing|a close))\b",
    "pay": r"\b(?:per diems?|(?:meal|travel|uniform|shift|call.?out|overnight|laundry|tool) allowances?|"
           r"(?:don'?t|do not|doesn'?t|aren'?t|are not|not) (?:get )?paid (?:until|for|before|during)|free (?:labou?r|work)|"
           r"what (?:do|does) (?:\w+ ){0,4}(?:earn|make|get paid))\b",
    "meetings": r"\b(?:briefings?|huddles?|meetings?|calls?|stand.?ups?) that could(?:'ve| have)? been (?:an? )?(?:email|memo|message|slack)",
    "scheduling": r"\b(?:turnos partidos|horarios? partidos|turni spezzati|coupures|geteilte dienste|dienstpl[äa]n\w*|schichtpl[äa]n\w*|"
                  r"(?:le|notre|mon|el|nuestro|mi|il|nostro|ons|het) (?:planning|horario|rooster|orario)|"
                  r"(?:crew |the |new |our |my )?roster (?:pattern|bid|changes?|system|swaps?)|rostering|rosters? work|"
                  r"(?:swap|trade|switch)(?:s|ped|ping)? (?:\w+ )?(?:shifts?|trips?|sectors?)|"
                  r"(?:\d+|six|five|four|three) (?:earlies|lates|nights|closes) in a row|sign.?on times?)\b",
    "hours": r"\b(?:turni di \d+ ore|(?:turnos|jornadas) de \d+ horas|\d+.?stunden.?schichten?|(?:shifts?|diensten) van \d+ uur|"
             r"\d+ ore di (?:fila|lavoro))\b",
    "staffing": r"\b(?:te weinig (?:mensen|personeel|collega'?s)|falta(?:n)? (?:de )?(?:personal|gente|pessoal)|"
                r"manque (?:de )?(?:personnel|monde|effectifs?)|zu wenig (?:leute|personal|kollegen)|poco personale|sotto ?organico|"
                r"nessuno ci sostituisce|cuts? (?:one more|another) (?:\w+ )?(?:seats?|roles?|positions?|jobs?|heads?)|running on fumes|"
                r"short (?:every|each) (?:single )?shift|vacanc(?:y|ies))\b",
    "safety": r"\b(?:no aircon|aircon (?:\w+ ){0,3}(?:out|broken|down|dead)|(?:weren'?t|aren'?t|not|never) allowed to (?:wear|sit|drink|eat)|"
              r"my (?:knees|back|feet|wrists|hands) (?:are|is) (?:destroyed|ruined|bleeding))\b",
}
# Round 6: the workshop and the counter (holdout8): heat and broken cooling where people work, someone
# about to be hurt by equipment, protective gear missing, hours cut and shifts changed in es/fr/de/it/
# pt/nl, counts of missing staff by trade, one person left on a post, no moment to step away, office
# days named by the place.
ROUND6_TOPICS: dict[str, str] = {
    "safety": r"\b(?:fans? (?:in|at|on) (?:the|our) (?:back|bay|bays|shop|garage|stockroom|warehouse|store|kitchen|building|floor|dock|line) "
              r"(?:\w+ ){0,4}(?:broken|busted|dead|died|not working)|"
              r"(?:haven'?t|hasn'?t|don'?t|didn'?t|never) (?:had|have|get|got) (?:working |any |proper )?(?:ac|a/c|air ?con\w*|air conditioning|cooling|fans?)\b|"
              # protective gear missing for a stretch of time, or work done without it
              r"no (?:\w+ (?:or|and|&) )?(?:gloves|masks|goggles|respirators|safety glasses|boots|vests|hard hats|earplugs)\b[^.!?\n]{0,30}"
              r"\b(?:for (?:\d+|a|an|two|three|several) (?:days?|weeks?|months?)|for (?:days|weeks|months)|since (?:\w+day|last|january|february|"
              r"march|april|may|june|july|august|september|october|november|december|spring|summer|winter|fall|autumn))|bare.?handed)",
    "hours": r"\b(?:(?:recort\w+|reducid\w+|redujeron|reducen|cortaron|quitaron) (?:\w+ ){0,3}horas|horas (?:recortadas|reducidas)|"
             r"r[ée]dui\w* (?:\w+ ){0,2}heures|heures (?:r[ée]duites|coup[ée]es)|stunden (?:\w+ ){0,3}(?:gek[üu]rzt|reduziert|gestrichen)|"
             r"(?:ridott\w+|tagliat\w+) (?:\w+ ){0,2}ore|ore (?:ridotte|tagliate)|(?:reduziram|cortaram) (?:\w+ ){0,2}horas|"
             r"uren (?:\w+ ){0,2}(?:ingekort|verminderd|geschrapt))",
    # German shifts changed, not a club's or a match's rota ("Schichten im Fußballverein")
    "scheduling": r"\b(?:schichten (?!(?:\w+ ){0,3}\w*(?:verein|club|spiel))(?:\w+ ){0,7}(?:ge[äa]ndert|verlegt|gestrichen|verschoben)|kurzfristig (?:ge[äa]ndert|verlegt|abgesagt)|"
                  r"horarios? (?:\w+ ){0,2}(?:cambiad\w+|cambian)|(?:changent|chang[ée]s?) (?:nos|les) (?:horaires|plannings?)|"
                  r"diensten (?:\w+ ){0,2}(?:gewijzigd|veranderd)|turni (?:cambiati|spostati)|escalas? (?:mudad\w+|alterad\w+))",
    # pay systems named by their kind ("flat-rate pay", "piece-rate pay at Acme")
    "pay": r"\b(?:flat.rate|piece.rate|per.job|commission.only|book(?:ed)? hours?) (?:pay|system|rates?|wages?)\b",
    "staffing": r"\b(?:(?:lost|down|short) (?:\d+|two|three|four|five) (?:\w+ )?(?:techs|technicians|mechanics|cashiers|agents|nurses|cooks|drivers|"
                r"installers|fitters|advisors|people|staff|workers)\b|"
                # one person left on a post, said by the one who is there
                r"(?:i'?m|i am|we'?re|we are) (?:\w+ )?(?:the only|one) (?:one|person|tech|cashier|people) (?:on|at|running) (?:the )?"
                r"(?:register|counter|till|phones|desk|floor|saturdays?|sundays?|weekends?|nights?|\w+days?)\b)",
    # a lunch break is a condition when it is missing, cut, skipped or timed, not a lunch in the park
    "breaks": r"\b(?:(?:niente|senza|no|saltat\w*|tolt\w*|ridott\w*|accorciat\w*|pas de|sans|supprim\w*|raccourci\w*) (?:\w+ ){0,2}(?:pausa pranzo|pause d[ée]jeuner)|"
              r"(?:pausa pranzo|pause d[ée]jeuner) (?:\w+ ){0,3}(?:di|de) \d+ ?min\w*|(?:pausa pranzo|pause d[ée]jeuner) (?:\w+ ){0,2}(?:ridott\w*|tolt\w*|saltat\w*|non pagat\w*|supprim\w*|raccourci\w*))",
    "rto": r"\b(?:(?:come|coming|go|going|be|back) (?:in|into|to) (?:the |our )?(?:office|hq|headquarters|call cent(?:re|er)|building|campus) "
           r"(?:\w+ ){0,2}(?:\d|two|three|four|five) days|(?:\d|two|three|four|five) days a week (?:in|at) (?:the )?(?:hq|headquarters|call cent(?:re|er)|campus)|"
           r"remote (?:work )?is (?:over|dead|done|gone))",
}
# Round-6 shapes that are everyday words off the job ("my kid is about to pass out", "can't even sit down to
# eat with my kids", "one guy on the register at the grocery store", "it's 95 in the shop parking lot"):
# conditions only when the post names the work place or the work (_WORK) or, for injury, equipment.
GATED_TOPICS: dict[str, str] = {
    "safety": r"\b(?:(?:gonna|going to|about to|almost|nearly) pass(?:ed)? out|"
              r"(?:someone|somebody|one of us|a coworker|a co-worker|people)(?:'s| is| are| was| were)? (?:gonna|going to|will|about to|bound to) "
              r"(?:get )?(?:hurt|crushed|killed|injured|burned|electrocuted|maimed)|"
              r"(?:it'?s|it was|it is|it hit|hit|reached) (?:(?:9\d|1[0-3]\d)(?: ?(?:°|degrees))?|\d{2,3} ?(?:°|degrees)) (?:in|inside) (?:the|our) "
              r"(?:bay|bays|shop|back|stockroom|kitchen)\b(?! (?:parking|lot|car park|yard|window)))",
    "staffing": r"\b(?:one (?:person|guy|girl|tech|cashier) (?:on|at|running) (?:the )?"
              r"(?:register|counter|till|phones|desk|saturdays?|sundays?|weekends?|nights?|\w+days?)\b)",
    "breaks": r"\b(?:(?:step|stepping) away to (?:eat|pee|sit|use)|(?:can'?t|cannot|couldn'?t|never) (?:even )?(?:step away|sit down|take a break))",
}
# ... or a working day or a standing arrangement ("on a twelve-hour day", "every sunday now")
_WORKDAY = re.compile(r"\b(?:[\w-]+.hour (?:day|shift)s?|\d+ hours? (?:day|shift)s?|on my feet|every (?:single )?(?:\w+day|weekend|shift|night)s?\b"
                      r"(?: now)?)")
_EQUIPMENT = re.compile(r"\b(?:forklifts?|ladders?|machines?|machinery|press(?:es)?|saws?|lifts?|hoists?|jacks?|conveyors?|pallets?|racking|fryers?|ovens?)\b")
# Round 7: the shop, the lab and the warehouse in es/fr/de/pt/it/nl (holdout9): what "they" pay "us",
# rises for a team, degrees where people work, broken lifting gear, leave refused, standby by its local
# names, a works council or a union named in the language, office days, meetings outside the shift,
# shift patterns and days in a row, too few people to do the work. Each needs the job in view (a place
# of work, "us", a shift) so that weather, make-up for a night out and lunch in a park stay leisure.
_WORKPLACE_INTL = (r"(?:tienda|almac[ée]n|oficina|trabajo|curro|f[áa]brica|laboratorio|magasin|entrep[ôo]t|bureau|boutique|labo|"
                   r"lager|laden|b[üu]ro|filiale|werk|arbeit|loja|armaz[ée]m|escrit[óo]rio|negozio|magazzino|ufficio|lavoro|"
                   r"magazijn|winkel|kantoor|werk|fabriek)\b")
ROUND7_TOPICS: dict[str, str] = {
    "pay": r"\b(?:nos (?:pagan|pagaban|paga)|(?:pagam|pagaram)-nos|ci pagano|on nous paie|wir (?:bekommen|verdienen) (?:nur )?\d|"
           r"we (?:krijgen|verdienen) (?:maar )?\d|sal[áa]rio m[íi]nimo|salario m[íi]nimo|smic|mindestlohn|minimumloon|"
           r"(?:subido|subieron|sub[ií]do) (?:\w+ ){0,2}(?:el )?sueldo|aumento de sueldo|augmentation de salaire|"
           r"gehaltserh[öo]hung|lohnerh[öo]hung|aumento (?:de |di )?(?:sal[áa]rio|stipendio)|loonsverhoging|(?:loon)?opslag (?:\w+ ){0,3}(?:loon|salaris)|loonopslag|"
           r"\d+(?:[.,]\d+)? ?(?:€|euros?)? (?:la|a|por|per|de l'|pro|die|an|por) (?:hora|heure|stunde|ora|uur)|"
           r"\d+(?:[.,]\d+)? (?:la|a) (?:hora|ora)\b)",
    "hours": r"\b(?:semaine de (?:4|quatre) jours|(?:4|vier)-tage-woche|settimana (?:corta|di (?:4|quattro) giorni)|semana de (?:4|cuatro|quatro) d[ií]as|"
             r"vierdaagse werkweek|turnos de \d+ ?h\b|\d+ ?h(?:oras)? (?:los|el|todos los) (?:s[áa]bados|domingos|fines)|"
             r"(?:\d+|seis|sei|sechs|zes|six) (?:dagen|d[ií]as|giorni|tage|jours|dias) (?:achter elkaar|seguidos|di fila|am st[üu]ck|d'affil[ée]e|seguidos))",
    "scheduling": r"\b(?:cuadrante|turno de (?:cierre|apertura|noche|tarde|ma[ñn]ana)\b[^.!?\n]{0,40}\b(?:abro|cierro|entro|otra vez|cada semana)|"
                  r"horarios (?:fixos|fijos)|escalas? (?:fixas|[àa] [úu]ltima hora)|"
                  r"(?:nieuwe|de) planning|(?:le|nouveau) planning|dienstplan|schichtplan|turni (?:li )?(?:scegliamo|decidiamo)|"
                  r"(?:con|with) (?:dos|tres|\d+) d[ií]as de antelaci[óo]n|los domingos\b[^.!?\n]{0,30}\b(?:sindicato|trabaj))",
    "breaks": r"\b(?:(?:tolto|tolta|quitado|quitaron|gestrichen|weggenommen|supprim[ée]e?) (?:\w+ ){0,3}(?:pausa|pause|descanso)|"
              r"(?:pausa|pause|descanso|intervalo) (?:\w+ ){0,2}(?:de|di|von|van) (?:\d+|quince|quindici) ?min\w*|"
              r"pausas? (?:de \d+ minutos )?pagas|pausas? pagadas|(?:una|uma|eine|een|one) (?:pausa|pause) (?:de|di|von|van|of) \d+)",
    "safety": r"\b(?:\d+ ?(?:°|grados|graus|grad|graden|gradi|degr[ée]s)\s?c?\b[^.!?\n]{0,25}\b(?:en la|en el|na|no|im|in het|nel|dans l[ea']|in de|in der|a)\s?"
              + "(?:" + r"tienda|almac[ée]n|oficina|f[áa]brica|laboratorio|magasin|entrep[ôo]t|bureau|boutique|labo|lager|laden|b[üu]ro|filiale|loja|armaz[ée]m|escrit[óo]rio|negozio|magazzino|ufficio|magazijn|winkel|kantoor|fabriek" + ")|"
              + "(?:" + r"tienda|almac[ée]n|magasin|entrep[ôo]t|lager|loja|armaz[ée]m|negozio|magazzino|magazijn|winkel" + r")\w* (?:\w+ ){0,2}a \d+ ?(?:°|grados|graus|gradi)|"
              r"(?:aire acondicionado|climatisation|clim|klimaanlage|ar condicionado|aria condizionata|airco)\b[^.!?\n]{0,30}\b(?:roto|rota|en panne|kaputt|avariado|rotto|stuk|kapot|desde)|"
              r"(?:geen|sin|sans|ohne|sem|senza) (?:airco|aire|clim\w*|klimaanlage|ar condicionado|aria condizionata)|"
              r"(?:heftruck|carretilla|chariot [ée]l[ée]vateur|gabelstapler|empilhador\w*|muletto)\w*|gewond|herido|bless[ée]|verletzt|ferito|ferido|"
              r"(?:(?:sin|sans|ohne|sem|senza|geen) |(?:nos|ci|uns|ons) (?:\w+ ){0,2})?(?:ventoinhas|ventiladores|ventilatoren|ventilateurs|ventilatori)\b[^.!?\n]{0,20}\b(?:rot[oa]s?|kaputt|avariad[oa]s?|rott[io]|stuk|kapot|en panne|cass[ée]s?)|"
              r"(?:sin|sans|ohne|sem|senza|geen) (?:ventoinhas|ventiladores|ventilatoren|ventilateurs|ventilatori)|"
              r"(?:ventoinhas|ventiladores|ventilatoren|ventilateurs|ventilatori) (?:nov[oa]s|nuev[oa]s|neue|nieuwe|nouveaux|nuovi)\b)",
    "pto": r"\b(?:(?:urlaub\w*|urlaubsantrag)\b[^.!?\n]{0,30}\b(?:abgelehnt|gestrichen|verweigert|gesperrt)|urlaubssperre|(?:vacaciones|vacances|f[ée]rias|ferie|vakantie|cong[ée]s)\b[^.!?\n]{0,30}\b(?:deneg\w+|refus\w+|negad\w+|negat\w+|geweigerd|in pi[úu]|m[áa]s|mais|extra|de plus)|"
              r"(?:me|nos|ci|mi) (?:deniegan|niegan|negano|negaram) (?:las |le |as )?(?:vacaciones|ferie|f[ée]rias)|"
              r"(?:kein|keinen) (?:einzigen )?freien tag|(?:giorni|d[ií]as|dias|jours|dagen|tage) di ferie|baja m[ée]dica|(?:estoy|estamos|est[áa]n|compa[ñn]er[oa]s?(?: \w+)?) de baja)",
    "on-call": r"\b(?:rufbereitschaft|bereitschaftsdienst|bereitschaft|piketdienst|consignatiedienst|astreintes?|reperibilit[àa]|guardias?\b[^.!?\n]{0,20}\b(?:fin de semana|noche|sin cobrar)|sobreaviso)",
    "management": r"\b(?:(?:el|la|mi|nuestr[oa]|o|a|meu|minha|il|mio|mia|der|die|unser\w*|mein\w*|de|onze|mijn|notre|mon|ma) "
                  r"(?:nuev[oa] |nov[oa] |neue[rn]? |nuov[oa] |nieuwe |nouveaux? |nouvelle )?(?:gerente|jef[ae]|chefe|capo|teamlead|teamleiter\w*|leiding|direcci[óo]n|dire[çc][ãa]o|direzione|direction|gesch[äa]ftsleitung))"
                  r"\b[^.!?\n]{0,40}\b(?:grita|gritou|grita\w*|schreit|urla|crie|schreeuwt|plant|dijo|disse|ha detto|a dit|zei|hat gesagt|escuchado|ascoltato|[ée]cout[ée]|organisiert|ignora\w*|negeert)",
    "meetings": r"\b(?:reuni[óo]n(?:es)?|r[ée]unions?|reuni[õo]es|riunion[ei]|besprechung\w*|meetings?|vergadering\w*)\b[^.!?\n]{0,30}"
                r"\b(?:fuera de (?:turno|horario)|sin (?:cobrar|pagar)|hors (?:horaires?|service)|non pay[ée]es?|fora de horas|sem pagar|"
                r"fuori orario|non pagat\w+|unbezahlt|um (?:1[89]|2[0-2]) uhr|na werktijd|onbetaald)",
    "rto": r"\b(?:(?:tutti|todos|tous|alle) (?:in ufficio|en la oficina|au bureau|ins b[üu]ro)|in ufficio \d|"
           r"(?:retour|vuelta|regreso|regresso|rientro|r[üu]ckkehr|terug) (?:obligatoire )?(?:au|a la|ao|in|ins|naar (?:het )?)\s?(?:bureau|oficina|escrit[óo]rio|ufficio|b[üu]ro|kantoor)|"
           r"(?:da|de) remoto|smart working|teletrabajo|t[ée]l[ée]travail|homeoffice|thuiswerken)",
    "staffing": r"\b(?:(?:somos|siamo|sommes|sind|zijn|s[óo]) (?:\w+ )?(?:\d+|dos|tres|duas|tr[êe]s|due|tre|deux|trois|zwei|drei|twee|drie|zu zweit|zu dritt)\b[^.!?\n]{0,40}\b(?:para|per|pour|f[üu]r|voor|a fare|el trabajo|il lavoro)|"
                r"(?:in|a|en) (?:tre|tres|tr[êe]s|due|dos|duas|trois|deux) a fare il lavoro di|il lavoro di (?:sei|cinque|quattro|\d+)|"
                r"zu (?:zweit|dritt)|die arbeit von (?:f[üu]nf|vier|sechs|\d+) leuten|"
                r"(?:duas|tr[êe]s|dos|tres|due|tre|deux|trois|zwei|drei|twee|drie|\d+) (?:pessoas|personas|persone|personnes|leute|mensen) para (?:atender|todo)|"
                r"nadie que (?:cubra|sustituya)|ningu[ée]m para (?:cobrir|substituir)|nessuno (?:che|per) (?:copr|sostitu)\w*|"
                r"compa[ñn]eras? de baja|coprire le assenze|cubrir (?:las )?bajas|colegas? (?:que )?sa[íi]ram|collega'?s? (?:zijn )?vertrokken)",
    "unions": r"\b(?:sindicatos?|sindacat[oi]|syndicats?|syndical\w*|gewerkschaft\w*|betriebsrat\w*|vakbond\w*|comit[ée] de empresa|comit[ée] d'entreprise|"
              r"comiss[ãa]o de trabalhadores|rsu|ondernemingsraad|huelga|sciopero|gr[èe]ve|streik\w*|staking|wahlvorstand|mitbestimmung)",
}
# Words that mean working conditions only in a post about work ("safe", "shift", "meeting", "manager"
# are everyday words in product talk too): they count when the post also speaks of the job.
WEAK_TOPICS: dict[str, str] = {
    "scheduling": r"\b(?:schedul(?:e|es|ed|ing)|rota|shifts?|weekends?|every weekend|days? off)\b",
    "safety": r"\b(?:safety|dangerous|too hot to (?:work|breathe|think)|\d+ ?(?:°|degrees|deg)\s?[fc]?(?= |$|[.,!]))",
    "pay": r"\b(?:tips|benefits|equity|stock options|per hour|an hour)\b",
    "management": r"\b(?:manag(?:er|ers|ement)|supervisors?|boss(?:es)?|leadership|corporate|higher.ups)\b",
    "meetings": r"\b(?:meetings?|stand.?ups?|huddles?)\b",
    "rto": r"\b(?:hybrid|in.office|commute)\b",
    # the pace and the rules of the job, which matter only when the post is about the job
    "workload": r"\b(?:targets?|quotas?|metrics?|line speed|backlog|workload|(?:half|most) of us|exhausted)\b",
    "discipline": r"\b(?:dock(?:ed|ing)|deduct\w*|written up|write.?ups?|points? against|(?:new |the )?polic(?:y|ies))\b",
    "injury": r"\b(?:my (?:wrist|back|knees?|shoulder|hands?|feet) (?:is|are|hurts?|killing)|jams?|broken (?:tool|machine|equipment))\b",
}
_WORK = re.compile(r"\b(?:at work|to work|my job|our jobs?|the job|this job|shift|shifts|warehouse|on the floor|"
                   r"coworkers?|co-workers?|colleagues|employer|clock(?:ed)? (?:in|out)|on the clock|"
                   r"associates|workers|employees|payroll|staff|"
                   # where the work happens and who does it
                   r"(?<!\bin )line|rota|roster|workshop|bays?|(?:our|at the) garage|stockroom|back room|call cent(?:re|er)|parts counter|service counter|factory|plant|depot|delivery routes?|my route|the floor|shop floor|the team|our team|"
                   r"management|supervisors?|managers?|apprentices?|trainees?|new hires?|mechanics|technicians|drivers|"
                   r"couriers|pickers|packers|baristas|cashiers|agents|support team|they(?:'ve| have)? (?:started|decided|made))\b")
_COMPILED = {topic: re.compile("|".join([pattern] + [more[topic] for more in (MORE_TOPICS, ROUND6_TOPICS) if topic in more]))
             for topic, pattern in TOPICS.items()}
_WEAK = {topic: re.compile(pattern) for topic, pattern in WEAK_TOPICS.items()}
_GATED = {topic: re.compile(pattern) for topic, pattern in GATED_TOPICS.items()}
_ROUND7 = {topic: re.compile(pattern) for topic, pattern in ROUND7_TOPICS.items()}
# Round 7's words are everyday words off the job too (a strike on the trains, a holiday, working from the
# beach, a fan on sale): each counts only when its own sentence has the job in view: a place of work,
# "we/us" in the language, or an English work word.
_JOB_IN_VIEW = re.compile(r"\b" + _WORKPLACE_INTL + r"|\b(?:nos|nosotr[oa]s|nous|wir|uns|unsere?\w*|ons|onze|we|noi|ci|n[óo]s|nuestr[oa]s?|notre|nos)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence(lowered: str, start: int, end: int) -> str:
    head = max((m.end() for m in _SENTENCE_END.finditer(lowered, 0, start)), default=0)
    tail = _SENTENCE_END.search(lowered, end)
    return lowered[head:tail.start() if tail else len(lowered)]


_PLACE = re.compile(r"\b" + _WORKPLACE_INTL)


def _names_employer(sentence: str, companies: tuple[str, ...], products: tuple[str, ...]) -> bool:
    """The company itself is named ("bei Acme", "Acme planning"), not one of its products ("Acme Anvil")."""
    for product in products:
        sentence = sentence.replace(product, " " * len(product))
    return any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence) for name in companies)


# Shapes that are about a job by themselves (a closing shift, six days in a row, paid breaks, a forklift,
# a pay rise, a meeting outside the shift, a works council, standby by its legal name, a manager who shouts)
# need no further sign of the job.
_INTRINSIC_TOPICS = frozenset({"hours", "scheduling", "breaks", "management"})
_INTRINSIC = re.compile(
    r"turno|schicht|heftruck|carretilla|chariot|gabelstapler|empilhador|muletto|erh[öo]hung|verhoging|aumento|augmentation|"
    r"sal[áa]ri|salario|smic|mindestlohn|minimumloon|sueldo|fora de horas|fuori orario|hors (?:horaire|service)|na werktijd|"
    r"rufbereitschaft|bereitschaftsdienst|reperibilit|astreinte|sobreaviso|consignatiedienst|"
    r"betriebsrat|ondernemingsraad|comit[ée]|comiss|\brsu\b|mitbestimmung|wahlvorstand")


def _job_in_view(topic: str, sentence: str, companies: tuple[str, ...] = (), products: tuple[str, ...] = (),
                 matched: str = "") -> bool:
    if topic in _INTRINSIC_TOPICS or _INTRINSIC.search(matched):
        return True
    if _PLACE.search(sentence) or _WORK.search(sentence) or _names_employer(sentence, companies, products):
        return True
    # staffing counts heads ("wir sind zu zweit"): "we" is in the shape itself, so it needs more than "we"
    return topic != "staffing" and bool(_JOB_IN_VIEW.search(sentence))
# A joke about somewhere ("the stockroom scene in that movie was dangerous lol") is no talk about one's own job.
_JOKE = re.compile(r"\b(?:lol|lmao|haha\w*|jk|rofl)\b|😂|🤣")
_FIRST_PERSON = re.compile(r"\b(?:i|i'?m|my|me|we|we'?re|our|us)\b")


# "I've passed your note to the store manager": a manager named as where a customer's message goes
# is a reply to a customer, not talk about management.
_HANDED_ON = re.compile(r"\b(?:pass|passed|passing|forward\w*|escalat\w*|sen[dt]|flag\w*|hand(?:ed)?|refer\w*|relay\w*)\b[^.!?\n]{0,30}\b(?:to|with) (?:the |my |our |your )?(?:\w+ )?$")


def _handed_on(lowered: str, start: int) -> bool:
    return bool(_HANDED_ON.search(lowered[max(0, start - 60):start]))


@dataclass(frozen=True)
class WorkTopic:
    topic: str
    start: int
    end: int
    weak: bool = False  # a word that is about the job only because the post is (WEAK_TOPICS)


def working_conditions(lowered: str, own_statement: tuple[int, int] | None = None,
                       companies: tuple[str, ...] = (), products: tuple[str, ...] = ()) -> list[WorkTopic]:
    """Working-conditions topics the post talks about (asked only for the brand's employees).
    `own_statement` is where the author states their own tie ("as the store manager at Acme"):
    naming one's own role is not talk about management. `companies` and `products` are the employer's
    names and its products' names, lower case: the employer named in a sentence puts the job in view."""
    if own_statement:
        start, end = own_statement
        lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    found = []
    for topic, pattern in _COMPILED.items():
        match = next((m for m in pattern.finditer(lowered) if not _handed_on(lowered, m.start())), None)
        if match:
            found.append(WorkTopic(topic, *match.span()))
    seen = {t.topic for t in found}
    for topic, pattern in _ROUND7.items():
        match = next((m for m in pattern.finditer(lowered) if not _handed_on(lowered, m.start())
                      and _job_in_view(topic, _sentence(lowered, m.start(), m.end()), companies, products, m.group())), None)
        if match and topic not in seen:
            found.append(WorkTopic(topic, *match.span()))
            seen.add(topic)
    work = [m.span() for m in _WORK.finditer(lowered)]
    for topic, pattern in _GATED.items():
        match = pattern.search(lowered)
        if match and topic not in seen and (work or _WORKDAY.search(lowered)
                                            or (topic == "safety" and _EQUIPMENT.search(lowered))):
            found.append(WorkTopic(topic, *match.span()))
            seen.add(topic)
    if work and _JOKE.search(lowered) and not _FIRST_PERSON.search(lowered):
        work = []
    if work:
        seen = {t.topic for t in found}
        for topic, pattern in _WEAK.items():
            match = pattern.search(lowered)
            # a manager must be spoken of beside other work words: "passed your note to the manager"
            # names a manager, which alone says nothing about working conditions ("we lose shifts"
            # is about the job by itself)
            if match is None or topic in seen:
                continue
            if topic == "management" and not any(e <= match.start() or b >= match.end() for b, e in work):
                continue
            found.append(WorkTopic(topic, *match.span(), weak=True))
    return sorted(found, key=lambda t: t.start)
