"""Linguistic cues of a grievance that no single rule captures, read from `plain_lower` text.

Complaints are told from the customer's own experience ("my order", "I paid"), addressed to the
company ("@acme", "you"), often as questions, full of negation ("nobody", "never", "won't") and of
waiting ("3 weeks", "still", "since Monday"). Praise, news reports and comparisons in the brand's
favour share the angry vocabulary but not this shape. Patterns are fixed and free of nested
repetition, so Python's `re` runs them in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from typing import Any, Iterator

from brandwatch.detectors import linguistic_intl as intl
from brandwatch.detectors.prefilter import PatternGate
from brandwatch.detectors.reading import plain_lower

_NUMBER = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|a couple of)"
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?)"

FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|my|me|mine|myself|we|we're|we've|our|ours|us)\b")
EXPERIENCE = re.compile(
    r"\b(?:my|our) (?:[\w'-]+ ){0,2}(?:orders?|package|parcel|delivery|refund|account|card|bill|invoice|"
    r"subscription|plan|phone|device|laptop|unit|item|purchase|money|payment|warranty|claim|ticket|case|"
    r"repair|replacement|return|booking|reservation|flight|appointment|service|internet|connection|app|"
    r"car|battery|screen|charger|machine|product|membership|data|luggage|bag|seat)\b"
    r"|\b(?:i|we) (?:just |recently |literally )?(?:bought|ordered|paid|purchased|called|emailed|contacted|"
    r"returned|received|sent|requested|asked|chatted|messaged|tried|spent|got charged|was charged|have been|"
    r"had to|signed up|subscribed|upgraded|booked)\b"
    # Posts drop the "I": "ordered the set 3 weeks ago", "paid for express, got standard".
    r"|(?:^|[.!?]\s+)(?:just |finally )?(?:bought|ordered|paid|purchased|called|emailed|returned|booked|"
    r"signed up|subscribed|upgraded|waited|asked|got charged|was charged)"
    r"(?= (?:the|a|an|my|our|for|it|them|twice|\$|\d|two|three|four|five|on|in|at|with|to|over|again)\b)")
SECOND_PERSON = re.compile(r"\b(?:you|your|you're|youre|yours|u|ur|y'all|yall)\b")
QUESTION_WORDS = re.compile(r"\b(?:why|when|how|where|what|who|is anyone|can someone|can you|could you|will you|"
                            r"are you|do you|does anyone)\b")
WAITING = re.compile(
    # "received it in two days and..." tells of speed: a count after "in" or "within" is no wait.
    rf"(?<!\bin )(?<!within )\b{_NUMBER} {_UNIT} (?:late|ago|now|later|and|without|of waiting|on hold|overdue|past|since|waiting|wait)\b"
    rf"|\b(?:it's|its|it has|it's now|it has now) been (?:over |almost |nearly |more than )?{_NUMBER} {_UNIT}\b"
    # "in 3 days" and "took me 2 minutes" tell of speed, not of waiting.
    rf"|\b(?:for|over|more than|almost|nearly) (?:the )?(?:last |past )?{_NUMBER} {_UNIT}\b"
    rf"|\btook (?:me|us|them) (?:over |almost |nearly )?{_NUMBER} (?:hours?|hrs?|days?|weeks?|months?)\b"
    # "still no announcement", "still no release date": news a fan waits for is not owed to them.
    r"|\bstill (?:waiting|no(?! (?:announcement|news|release date|launch date|trailer|teaser)\b)|not|nothing|"
    r"haven't|havent|hasn't|hasnt|broken|down|missing|pending|stuck)\b"
    r"|\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last \w+|early \w+|\d)"
    r"|\b(?:yet to|on hold|in a queue|in the queue|overdue|days later|weeks later|months later)\b"
    rf"|\bafter {_NUMBER} {_UNIT}\b|\bsince the (?:last|latest|new) \w+"
    r"|\bstill (?:says|shows|showing|processing|pending|nothing|not|hasn't|hasnt)\b"
    r"|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|umpteenth) time\b|\bagain and again\b"
    # "and counting" counts a wait after a time, "ago" or something owed; "day 12 of my streak and counting" is joy.
    rf"|\b(?:{_UNIT}(?: \d+)?|ago|tickets?|refunds?|requests?|claims?|emails?|calls?|complaints?|chasers?) and counting\b")
NEGATION = re.compile(r"\b(?:not|no|never|nobody|no one|noone|nothing|none|nowhere|can't|cant|cannot|won't|"
                      r"wont|don't|dont|doesn't|doesnt|didn't|didnt|isn't|isnt|wasn't|wasnt|aren't|arent|"
                      r"haven't|havent|hasn't|hasnt|couldn't|couldnt|wouldn't|wouldnt|without)\b")
PRAISE = re.compile(r"\b(?:love|loving|loved|loves|thank(?:s(?! to\b)| you)|thx|appreciate[ds]?|amazing|awesome|"
                    r"fantastic|excellent|perfect|brilliant|impressed|recommend|obsessed|kudos|props|"
                    r"well done|so good|10/10|five stars|5 stars|happy with|pleased|delighted|exceeded|"
                    r"shout ?out|best [\w ]{0,20}ever|can't wait|cant wait|worth (?:it|every)|"
                    r"game ?changer|must.?have|hats off)\b")
NEWS = re.compile(r"\b(?:breaking|reportedly|according to|announced|announces|headlines?|press release|"
                  r"analysts?|shares (?:fell|rose|drop|dropped|jump|jumped|slid|climbed)|earnings|"
                  r"investors?|regulators?|officials|journalists?|news|recalls?|recalled|company says|says the company|"
                  r"said the company|spokesperson|spokesman|spokeswoman|ceo)\b")
# Words of things going wrong: failure, damage, loss, error, worse. Complaints about products are
# mostly plain reports of trouble ("the latch just let go"), not angry words.
TROUBLE = re.compile(
    r"\b(?:broke|broken|breaks|died|dies|dead|fail(?:s|ed|ing|ure)?|stopped working|stuck|frozen|"
    r"freez(?:es|ing)|crash(?:es|ed|ing)?|lost(?! property)|loses|losing|missing|expired|wrong|delayed|errors?|"
    r"\d{3}s|bug(?:s|gy)?|glitch(?:es|y)?|defect(?:s|ive)?|faulty|damaged|scratched|dented|cracked|"
    r"warp(?:ed|ing|s)|buckl(?:ed|es|ing)|bubbled|peel(?:ed|ing|s)|rust(?:ed|ing|s)?|loose|"
    r"leak(?:s|ed|ing)|burnt|burned|melted|snapped|shredded|rattl(?:es|ing|ed)|squeak(?:s|ing)?|"
    r"unusable|unreadable|useless|pointless|worse|worst|terrible|awful|horrible|garbage|junk|mangles?|"
    r"deleted|wiped|throttl(?:es|ed|ing)|locked out|logged (?:me|us) out|outage|offline|blank|"
    r"issues?|problems?|faults?|overheat(?:s|ed|ing)?|drains?|dim|noisy|blister|injured|refus(?:ed|es)|"
    r"voided|denied|rejected|overcharged|excludes?|capped|forced|doorstop|let go|came off|came loose|"
    r"(?:money|files|photos|data|points|credit|\d) (?:just )?gone|flat tyres?|flat tires?|folded|wobble|phantom|paper thin|greyed out|pre-ticked|declined|invalid|"
    r"chipp(?:ed|ing)|cutting out|cuts out|doesn't fit|does not fit|won't (?:let|accept|work|load|open)|"
    r"(?:is|are|was|were|been|keeps going|goes) down|(?:just|suddenly|randomly) (?:stopped|quit|shut off|cut out)|"
    r"keeps (?:getting|saying|asking|failing|dropping|losing|beeping|turning|shutting|resetting|showing|sending|"
    r"charging|crashing|logging|counting|billing)\w*"
    # A thing that will not do its one job: a failure verb with what it should have done ("won't turn
    # on", "never arrives", "can't even log in", "isn't there").
    r"|(?:won't|wont|doesn't|doesnt|didn't|didnt|isn't|isnt|hasn't|hasnt|can't|cant|never|no longer) (?:even |actually )?"
    r"(?:turn(?:s|ed)? on|switch(?:es|ed)? on|start(?:s|ed)?|load(?:s|ed)?|open(?:s|ed)?|unlock(?:s|ed)?|"
    r"release[sd]?|connect(?:s|ed)?|charge[sd]?|sync(?:s|ed)?|arrive[sd]?|go(?:es)? through|went through|"
    r"register(?:s|ed)?|log (?:me |us )?in|there|sent|send|end(?:s|ed)?)"
    r"|still (?:getting|counting|charging|billing|being (?:charged|billed)|running|taking)"
    # Blunt verdicts: "a rip-off", "daylight robbery", "the app is cooked", "mid at best".
    r"|rip.?off|robbery|(?:is|are|r|was|it's|its) (?:so |totally |fully |lowkey )?cooked|trash|rubbish|no.?shows?|bounced|"
    r"(?:is|are|r|was|were) (?:so |kinda |pretty |lowkey |straight )?mid|in pieces|"
    r"barely (?:lasts?|lasted|gets?|got|makes?|made|works?|worked|holds?|held|charges?|runs?|ran))\b")
# More trouble, kept apart so the keyword gate runs it only where one of its words occurs.
TROUBLE_MORE = re.compile(
    # Goods that came spoiled or damaged, a device gone dark or unreachable, "file not found".
    r"\b(?:torn|ripped|stained|mou?ldy|rotten|spoil(?:ed|t)|stale|soggy|froze(?! (?:my|our|your|his|her|their|the|it|them)\b)|unreachable|not found|"
    r"(?:went|gone|goes|turned) (?:black|blank|dead)(?! and)|"
    r"(?:doesn't|doesnt|hasn't|hasnt|haven't|havent|never|didn't|didnt|no longer) (?:even )?work(?:s|ed)?(?! out)|"
    # Left out in the weather, or marked delivered with nothing there: "left in the rain", "no sign of it".
    r"left (?:[\w'-]+ ){0,3}in the rain|nothing (?:at|on) (?:the|my|our) (?:door|doorstep|step|porch)|no sign of (?:it|the|my|our)|"
    # Blunt slang verdicts: "portions are a joke", "delivery guys absolute clowns", "L update", "so ass".
    r"(?:is|are|r|was|were|it's|its) (?:a |an |so |an absolute |absolute )?(?:joke|clowns?|circus|shambles|lemon|ass|dogwater)(?! (?:teller|book|about|shop))|"
    r"absolute (?:clowns|jokers|shambles)|clown show|l (?:update|app|service|company|support|move|rollout))\b")
# A grievance hashtag: "#acmefail", "#neveragain", "#AcmeRobbery".
HASHTAG_GRIEVANCE = re.compile(r"#\w*(?:fail|fails|sucks|scam|robbery|ripoff|neveragain|outage|worst|boycott|shame)\b")
# What a failure cost the customer, told instead of the failure ("missed my train because...", "had to
# walk home"): the grievance is the cause. Spanish, French, German and Portuguese forms too.
CONSEQUENCE = re.compile(
    r"\b(?:missed (?:my|the|our|a|an)|late for|had to (?:walk|borrow|pay|cancel|take|buy|sit|miss|push|carry)|"
    r"walked (?:\w+ ){0,2}(?:home|miles?|km)|stranded|sat in the dark|in the dark|no (?:hot water|heating|power|electricity|gas)|"
    r"got (?:a|another) (?:parking )?(?:fine|ticket)|"
    r"had to (?:throw|bin|boil|sleep|rebuy|drive|find|ring|queue)|slept (?:in|on) (?:the|my|our|a) (?:car|floor|sofa|airport|station)|"
    r"ended up (?:buying|paying|walking|taking|sleeping|getting|using|missing)|ruined (?:the|our|my)|"
    r"took (?:the|a) (?:day|morning|afternoon) off (?:work )?for (?:the|a|an|my|our)|"
    r"cancell?ed (?:the|our|my) (?:[\w'-]+ ){0,2}(?:party|plans?|trip|dinner|meeting|night|date|holiday|birthday)|"
    r"perd[ií] (?:el|la|mi|o|a|meu|minha)|llegu[eé] tarde|rat[ée] (?:mon|ma|le|la|mes)|arriv[ée]e? en retard|"
    r"verpasst|zu sp[äa]t gekommen|cheguei atrasad[oa])\b")
CAUSE = re.compile(r"\b(?:because|thanks to|cause|cos|due to|porque|por culpa|parce qu|à cause|a cause|wegen|weil|por causa)")
# The product or company fell short of what was promised, paid for or reasonably expected.
EXPECTATION = re.compile(
    r"\b(?:supposed to|advertised|promised|claimed|claims|said (?:it|they|he|she) would|paid (?:for|\$)|"
    r"what am i paying|for the same price|should(?:n't| not)? have to|shouldn't|one job|in \d{4}\.|"
    r"seriously|again|every time|each time|every single|twice|three times|\d+ times|"
    r"out of the box|straight from the box|first use|day \d+|after (?:a|one|two|\d+) (?:day|week|month|use)s?|"
    r"only (?:lasted|works|accepts|sold)|now (?:needs|requires|charges|limits|wants)|went (?:up|from)|"
    r"no (?:notice|warning|explanation|way to|backfill)|not what i|instead of|"
    r"not what (?:the |your |their |they |you |it |its )?(?:\w+ )?(?:said|says|promised|advertised|showed|shows)|had to|have to|"
    r"how is this|how does that|is this normal|is it normal|anyone else)\b")
# How people sound when fed up: doubled punctuation, shouted words, eye-rolls, "smh".
FRUSTRATION = re.compile(
    r"\?\?|!!|\b(?:smh|ugh|wtf|ffs|fml|bye|cool cool|great job|thanks a lot|nice of them|"
    r"learned that the hard way|never again|not happy|not impressed|unacceptable|ridiculous|"
    r"doorstop)\b|[\U0001F644\U0001F621\U0001F624\U0001F620\U0001F92C\U0001F61E\U0001F643"
    r"\U0001F972\U0001F62D\U0001F622\U0001F4A9\U0001F926\U0001F937\U0001F914]")
SHOUTED = re.compile(r"(?<![\w@#])[A-Z]{4,}(?![\w])")
# The trouble came back after a fix: "replaced the controller... it's doing it again".
# What undoes a resolution after it: the trouble came back, or the refund was only part ("but kept the
# £9 fee"). What was kept must be money; "kept the receipt for me" is a favour, not a grievance.
MONEY_KEPT = (r"kept (?:the |my |our |a |an )?(?:[$£€] ?\d|\d+(?:[.,]\d+)? ?(?:€|eur|euros?|quid|pounds?|dollars?|bucks)\b|"
              r"(?:[\w-]+ )?(?:fee|charge|deposit|surcharge|commission|postage|shipping)\b)")
RECURRENCE = re.compile(r"\b(?:again|still|keeps|anymore|no longer|the same (?:thing|problem|issue)|"
                        r"started (?:again|back)|came back|" + MONEY_KEPT + "|"
                        # "it's been perfect since" is praise: only a counted wait or trouble brings it back.
                        rf"(?:it's|its) been (?:(?:over|almost|nearly|more than) )?{_NUMBER} {_UNIT}|"
                        r"(?:it's|its) been (?:\w+ )?(?:broken|dead|faulty|stuck|down|playing up|doing (?:it|the same)|"
                        r"flickering|crashing|failing|leaking|freezing|overheating|dropping|cutting out|rubbish|awful|terrible))")
# A request that the company act: "@acme please fix", "what's up with that", "hire more people".
REQUEST = re.compile(r"\b(?:please (?:fix|help|sort|refund|respond|answer|explain|train|stop|just|"
                     r"do|look|check|call|email|reply|cancel)|what's up with|whats up with|do something|"
                     r"sort it out|hire more|fix (?:this|it|your)|make it right|explain (?:this|why)|"
                     r"(?:my|our|the) money back|(?:want|need|demand|expect|deserve) (?:a |my |our |full )?"
                     r"(?:refund|replacement|money|compensation|answer|explanation)|refund (?:me|us|one|it|my)|"
                     r"(?:call|ring|email|e-mail|text|dm) me(?: back)?|get back to me|cancel my|look into (?:it|this|my)|"
                     r"can (?:someone|somebody|anyone) (?:stop|fix|help|check|explain|tell|sort)|who do i (?:talk|speak) to|"
                     r"i need (?:a|an actual|a real) (?:person|human)|help\s*\?|"
                     r"how (?:do|can|will) (?:i|we) get (?:it|them|my [\w'-]+|our [\w'-]+|the [\w'-]+) back|"
                     # The same plea in Spanish, French, German and Portuguese.
                     r"(?:me )?pueden? ayudar|podem ajudar|pode me ajudar|pouvez-vous m'aider|qu(?:e|oi) dois-je faire|"
                     r"k[öo]nnen sie (?:mir )?helfen|was soll ich tun|gibt es eine st[öo]rung|qu[ée] hago|o que fa[çc]o)\b"
                     r"|\bwhat (?:do|should|can) (?:i|we) do(?: now| next)?\s*\?")
# The same families in Spanish, French, German and Portuguese (`linguistic_intl`), weighed alike.
# Trouble and waiting stay patterns of their own: merged, either family has too many literals for the
# keyword gate, which would then run it on every post.
TROUBLE_INTL = re.compile(rf"\b(?:{intl.TROUBLE})\b")
# The English form of each pattern merged with its foreign one, read instead on a post known to be English.
_ENGLISH_FORM: dict[int, re.Pattern[str]] = {}


def _with_intl(english: re.Pattern[str], foreign: str) -> re.Pattern[str]:
    merged = re.compile(english.pattern + foreign)
    _ENGLISH_FORM[id(merged)] = english
    return merged



WAITING_INTL = re.compile(rf"\b(?:{intl.WAITING})\b")
CONSEQUENCE = _with_intl(CONSEQUENCE, rf"|\b(?:{intl.CONSEQUENCE})\b")
HASHTAG_GRIEVANCE = _with_intl(HASHTAG_GRIEVANCE, rf"|#\w*(?:{intl.HASHTAG})\b")
IRONIC_PRAISE = re.compile(intl.IRONIC_PRAISE)
IRONIC_PRAISE_SHARED = re.compile(intl.IRONIC_PRAISE_SHARED)
FIRST_PERSON = _with_intl(FIRST_PERSON, rf"|\b(?:{intl.FIRST_PERSON})\b")
NEGATION = _with_intl(NEGATION, rf"|\b(?:{intl.NEGATION})\b")
EXPECTATION = _with_intl(EXPECTATION, rf"|\b(?:{intl.AGAIN})\b")
# Praise in angry or violent words ("acceleration is INSANE", "firmware is sick", "killed it"): a
# lexicon scores these negative, a reader hears enthusiasm.
SLANG_PRAISE = re.compile(
    r"\b(?:insane(?:ly)?|sick|killer|beast|killed it|kills it|slaps|goated|fire|lit|dope|badass|"
    r"bonkers|unreal|nuts|wicked|savage|mental|crazy (?:good|fast|light|quiet)|stupid (?:fast|good|cheap)|"
    r"(?:ridiculously|absurdly|obscenely|stupidly|unreasonably|dangerously) (?:good|fast|quiet|light|cheap|comfy|smooth)|"
    r"the hell out of|hell of a|damn good|no sweat|hits different|chef's kiss|not even close)\b"
    r"|[\U0001F525\U0001F4AF\U0001F60D\U0001F64C\U0001F929\U0001F973]")
# The company's own words held up in quotes: 'unlimited', 'delivered', 'not covered', 'as resolved'.
SCARE_QUOTES = re.compile(r"(?<![\w'])['\"\u2018\u201c][^'\"\u2019\u201d\n]{2,60}['\"\u2019\u201d](?![\w'])")
# A quoted title after a word for a work ("the drama 'Broken Harbour'", 'reading "Dead Calm"'): the words
# inside name the work, so a trouble word there ("Broken", "Lost") reports nothing.
MEDIA_TITLE = re.compile(
    r"(?i)\b(?:film|movie|show|series|book|novel|album|song|track|game|drama|thriller|comedy|documentary|"
    r"episode|podcast|season|sitcom|reading|watching|watched|playing|listening to)\b[^.!?\n'\"\u2018\u201c]{0,25}"
    r"['\"\u2018\u201c]([^'\"\u2019\u201d\n]{2,60})['\"\u2019\u201d](?![\w'])")


# The same title unquoted: a run of Capitalised words right after a word for watching or reading a work
# ("watched Broken Arrow on my Rocket", "reading Dead Wake"). The case of the title is what marks it.
BARE_TITLE = re.compile(
    r"(?i:\b(?:film|movie|book|novel|album|song|documentary|podcast|reading|watching|watched|rewatched|"
    r"binged|bingeing|finished|listening to|listened to|streaming|streamed)) "
    r"((?:[A-Z][\w'-]*)(?: (?:(?:of|the|a|an|and|in|on|to)(?= [A-Z]) |)[A-Z][\w'-]*){0,5})")


# The author running down their own doing: "laughed at my terrible joke", "my awful parking".
OWN_FAULT = re.compile(
    r"(?i)\bmy (?:own )?(?:terrible|awful|bad|horrible|rubbish|lame|dreadful|cringe|dodgy|appalling|shocking) "
    r"(?:dad )?(?:jokes?|puns?|singing|dancing|handwriting|driving|cooking|spelling|parking|accent|french|spanish|"
    r"german|maths|dance moves|haircut|taste)\b")


def own_aside(original: str) -> bool:
    """The post tells of the author's own bad time or poor doing (OWN_BAD_TIME, OWN_FAULT)."""
    return OWN_BAD_TIME.search(original) is not None or OWN_FAULT.search(original) is not None


def quiet_spans(original: str) -> list[tuple[int, int]]:
    """Where `original` names a work (`title_spans`), or tells of the author's own bad time (OWN_BAD_TIME) or
    own poor doing (OWN_FAULT): words there report nothing about the brand."""
    return sorted(title_spans(original) + [m.span() for m in OWN_BAD_TIME.finditer(original)]
                  + [m.span() for m in OWN_FAULT.finditer(original)])


def title_spans(original: str) -> list[tuple[int, int]]:
    """Where `original` names a work by a title (see MEDIA_TITLE, BARE_TITLE), as (start, end) of the title."""
    spans = [m.span(1) for m in BARE_TITLE.finditer(original)]
    # An opening quote follows a space (an apostrophe inside a word opens no title): most posts stop here.
    if " '" in original or '"' in original or "\u2018" in original or "\u201c" in original:
        spans += [m.span(1) for m in MEDIA_TITLE.finditer(original)]
    return sorted(spans)


# Irony: words of praise that mean the opposite. Markers that are ironic on their own ("cool cool",
# "nice of them", a post opening "great, ...") and praise beside an eye-roll or upside-down face.
IRONY = re.compile(
    r"\b(?:cool cool|nice of them|thanks a lot|thanks for nothing|great job|so much for|just great|"
    r"oh great|oh joy|love that for me|what a (?:joke|time to be alive)|bravo|slow clap|good times|"
    r"gotta love|got to love|truly world class|who could have (?:seen|guessed|predicted)|"
    r"would appreciate (?:an? )?(?:actual|real))\b"
    # "love how X can ... but ...": praise of a contrast is a jab.
    r"|\blove how\b[^.!?]{0,60}\bbut\b"
    r"|^(?:oh )?(?:great|perfect|fantastic|wonderful|awesome|lovely|brilliant|wow)(?: @\w+)?\s*[,.!]")
# Thanks for a "gift" that is really the trouble ("thanks for the free cardio, pushing a dead scooter"):
# ironic only beside a trouble word, since most thanks for free things are meant.
THANKS_FOR_GIFT = re.compile(r"\b(?:thanks|thank you)\b[^.!?]{0,30} for the (?:free|lovely|wonderful|extra)\b")
IRONY_FACE = re.compile(r"[\U0001F644\U0001F643]")
# Stock phrases of sarcasm that are sincere just as often ("exactly what I needed", "great value",
# "how thoughtful of you"): ironic only beside something gone wrong, a wait or a sum paid.
IRONY_BESIDE_TROUBLE = re.compile(
    r"\b(?:(?:exactly|just) what i (?:wanted|needed)|how (?:thoughtful|considerate|generous|kind) of (?:you|them)|"
    r"love (?:paying|having to|waiting|being charged)|great value|value for money|"
    # "ok Acme, the screen went black mid-talk. thanks for that": thanks beside a failure are a jab.
    r"(?:thanks|cheers|thank you) for that(?! (?:\w+ )?(?:fix|help|tip|advice|refund|replacement)))\b|\btruly [a-z]+[.!]*$")
# The author's own bad time, told as why a treat was welcome ("after a terrible day at work", "after a
# broken night's sleep"): its hard words are about the author's day, not the brand.
OWN_BAD_TIME = re.compile(
    r"(?i)\bafter (?:a|an|my|another|such a|one) (?:(?:long|bad|terrible|awful|rough|hard|horrible|stressful|broken|"
    r"crap|crappy|shit|shitty|busy|exhausting|tough|hectic|miserable|horrendous|draining|sleepless|manic|crazy|"
    r"nightmare|brutal|grim|stormy|cold|wet),? (?:and )?){1,3}(?:day|night|week|shift|morning|evening|"
    r"night's sleep|sleep|commute|match|run|session|exam)s?\b")
# Praise that softens a grievance after it: "love the app, but...", "just wish the drivers would...",
# "would be five stars if...". The praise then is politeness, not the point.
POLITE_BUT = re.compile(
    r"\b(?:love|loving|appreciate|enjoy|(?:i|we|really|genuinely|honestly|mostly) like|like (?:it|the|my|your|ur)|"
    r"big fan|fan of)\b[^?]{0,80}?\b(?:but|though|(?:just|only) wish (?:the|it|they|you|your|ur))\b"
    r"|\bwould (?:be|give it) (?:an? )?(?:even )?(?:bigger fan|better|perfect|five stars|5 stars|10/10) if\b")
# A plain request for service, asked rather than complained of: "how do I cancel", "can I move my
# booking", "thinking of pausing". Alone (no trouble, wait or broken promise) it is no grievance.
SERVICE_ASK = re.compile(
    r"\b(?:how (?:do|can|would|should) (?:i|we)|how to|can (?:i|we)|could (?:i|we)|is it possible to|"
    r"(?:i'd|i would|we'd|we would) like to|(?:i|we) (?:want|need) to|thinking of|planning to|looking to|"
    r"where (?:do|can) (?:i|we)) (?:[\w'-]+ )?(?:cancel|cancell?ing|rebook|rebooking|reschedule|change|move|update|"
    r"skip|pause|pausing|downgrade|upgrade|transfer|return|book|swap|switch|add|remove|close|share|delete|renew|"
    r"freeze|unsubscribe|give)\b")
# Someone working for the company did something to the author: "the rep talked over me".
STAFF_ACTOR = re.compile(
    r"\b(?:support|agents?|reps?|representative|driver|courier|technician|guy|staff|manager|employee|"
    r"cashier|clerk|associate|young man|woman|lady|person|someone)\b[^.!?\n]{0,60}\b(?:me|my|us|our|i|mom|dad|"
    r"wife|husband|kid|son|daughter)\b")
# Not meant seriously: "(kidding, it took me 30 seconds)".
JOKING = re.compile(r"\b(?:kidding|jk|joking|just joking|/s)\b")
# A problem the company already put right: "replaced my cracked pan, no questions asked".
RESOLVED = re.compile(
    r"\b(?:(?:fixed|replaced|refunded|sorted|resolved|solved|credited|swapped|exchanged) (?:it|my|the|me|everything|"
    r"in|within|same|right)|no questions asked|made it right|came through|took care of|"
    r"that's how you keep|sorted (?:it|me) out|above and beyond|my (?:own )?fault|my bad|user error|"
    r"found (?:it|them) (?:within|in|the same|and)|got (?:it|them) back|"
    # The author owns the mistake: "entirely my mistake", "that's on me", "booked the wrong month".
    r"my (?:own )?(?:mistake|error|stupidity)(?! (?:was|for|in) (?:ever |even )?(?:thinking|trusting|expecting|believing|ordering|buying|choosing|picking|booking|assuming|hoping|relying|using))|(?:that's|thats|that is|that one's) on me|"
    r"(?:^|(?<=[.!?] )|(?<=\bi )|(?<=\bwe ))(?:accidentally |stupidly )?(?:booked|ordered|bought|typed|picked|entered|chose) "
    r"(?:[\w'-]+ ){0,3}?(?:(?:for|in|on|into) )?the wrong|"
    # Staff put it right: "upgraded us to a suite", "they were great about it".
    r"upgraded (?:us|me) to|(?:were|was) (?:great|brilliant|lovely|amazing|fantastic|so good|really good|quick) about it)\b")
RESOLVED = _with_intl(RESOLVED, rf"|\b(?:{intl.RESOLVED})\b")
RECURRENCE = _with_intl(RECURRENCE, rf"|\b(?:{intl.PARTIAL})\b")
# A service encounter: someone at the company told, promised, asked or did something to the author.
INTERACTION = re.compile(
    r"\b(?:told me|told to|got told|was told|were told|i was promised|promised (?:me|a|to)|asked (?:the|a|an|for|them|him|her)|"
    r"said to me|emailed me|called me|hung up|rolled (?:his|her|their) eyes|closed my|transferred me|"
    r"sent me|sent (?:the|a|an|three|two)|copy.?paste|start over)\b")
MONEY = re.compile(r"[$£€]\s?\d|\b\d+(?:\.\d+)? ?(?:dollars|bucks|usd|eur|gbp|euros|pounds)\b|" + intl.MONEY_AFTER)
WHY = re.compile(r"\b(?:why (?:is|are|does|do|did|would|can't|cant|won't|wont|isn't|is there)|how come|"
                 r"how is (?:this|that|it)|what am i)\b|\bwhy\W*$")
# Nobody did what a customer is owed: an answer, a callback, a visit, a fix. Complaints of service
# are mostly told as things that did not happen ("nobody at the desk can tell me", "never rang").
UNANSWERED = re.compile(
    # "I can't tell you how good it is" is praise: "can't" counts only when someone else can't.
    r"(?:\b(?:nobody|no one|noone|never|didn't|didnt|did not|won't|wont|wouldn't|wouldnt|haven't|havent|"
    r"hasn't|hasnt|refused to|refuses to|yet to|not a single|no-one)"
    r"|(?<!\bi )(?<!\bwe )\b(?:couldn't|couldnt|could not|can't|cant|cannot)(?! wait))"
    r" (?:[\w'-]+ ){0,5}?(?:answer(?:s|ed|ing)?|respon(?:d|ds|ded|se)|repl(?:y|ies|ied)|call(?:s|ed)? (?:me |us )?back|"
    r"rang|rings?|showed up|show up|turned up|came|come|bring|brought|tell|told|explain(?:ed)?|help(?:ed)?|"
    r"fix(?:ed)?|read|look(?:ed)? (?:at|into)|receiv(?:e|ed)|arrived?|deliver(?:ed)?|get back|got back|pick(?:ed)? up|honou?r(?:ed)?|acknowledg\w*)\b"
    r"|\bno (?:response|reply|answer|callback|call back|update|word|one answers|follow.?up|explanation)\b"
    r"|\bno (?:call|text|email)\b(?! (?:needed|required|centre|center))"
    r"|\b(?:left|ghosted|ignored) (?:me|us|on read)\b"
    r"|\b(?:is|will|are) (?:anyone|anybody|someone|somebody|you)(?: [\w'@-]+){0,3}? (?:ever )?(?:going to|gonna|ever) "
    r"(?:reply|respond|answer|call|ring|get back|email)\b"
    # A canned reply is a non-answer.
    r"|\b(?:copy.?paste[ds]?|canned|scripted|template|automated|generic) (?:of )?(?:the )?(?:reply|response|answer|message|faq)\b"
    r"|\bgot a copy.?paste\b"
    r"|\b(?:didn't|didnt|did not|never) (?:even )?(?:say|said) a word\b|\bdon't even (?:call|ring|email|tell)\b"
    # A promise followed by a non-event: "promised a callback. nothing.", "said someone would call back
    # within 24 hours. That was a week ago."
    r"|\b(?:promised|assured (?:me|us)|said (?:someone|they|he|she|it|we) would)\b[^.!?]{0,80}[.!?,]+\s*"
    r"(?:nothing|still nothing|crickets|no sign|never (?:happened|came)|that was [^.!?]{0,25}\bago)\b")
UNANSWERED = _with_intl(UNANSWERED, rf"|\b(?:{intl.UNANSWERED})\b")
# Counted attempts: a customer who had to try again and again ("three emails", "9 times this week",
# "third time asking") is reporting a failure even when every word is neutral.
PERSISTENCE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|countless|many) "
    r"(?:times|emails|e-mails|calls|phone calls|attempts|tries|tickets|chats|messages|dms|agents|reps|visits|"
    r"trips|letters|complaints|replacements|repairs|charges|payments|deductions)\b"
    r"|\b(?:second|third|fourth|fifth|sixth|umpteenth|\d+(?:st|nd|rd|th)) (?:time|attempt|email|call|ticket|replacement)\b"
    r"|\b(?:again and again|over and over|yet again|once again)\b"
    # Counting the days: "day 13 of waiting", "day 6 with no hot water".
    # A streak or a trip counted in days is no wait: "day 12 of my language streak".
    r"|\bday \d+ (?:of(?! (?:my|our|the) (?:[\w'-]+ ){0,2}?(?:streak|journey|challenge|holiday|trip|training|course|"
    r"diet|detox|plan|adventure|run|lessons?)\b)|and still|without|with no|and no)\b"
    # Goods counted by their ordinal: "3rd parcel thrown over my gate", "second order lost".
    r"|\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:parcel|package|order|delivery|refund|cancell?ation)\b")
PERSISTENCE = _with_intl(PERSISTENCE, rf"|\b(?:{intl.PERSISTENCE})\b")
# A change for the worse in what the customer gets or pays: "went from $6 to $11", "now requires an
# account", "cut to 100/min", "no longer includes", "with zero notice".
WORSENING = re.compile(
    r"\b(?:went|gone|jumped|shot) (?:up )?from\b|\bfrom \S+ to \S+ (?:overnight|a month|per month|now)\b"
    r"|\bnow (?:it |they |you |it's |that )?(?:needs|requires|require|limits|charges?|costs?|wants|only|forces|makes you|asks for|expires?)\b"
    r"|\b(?:cut|reduced|dropped|slashed|raised|increased|hiked|capped|limited) (?:it |them )?(?:to|from)\b"
    r"|\b(?:no longer|anymore)\b|\b(?:zero|no|without|little|any) (?:notice|warning|heads.?up)\b"
    r"|\bwas [$£€]\s?\d"
    # A price rise named as such: "third price rise this year", "put the fees up again".
    r"|\b(?:price|prices|fee|fees|bill|premium|subscription) (?:rise|rises|increase|increases|hike|hikes)\b"
    r"|\bput (?:the|their|its|your|ur|our|my) (?:price|prices|fees?|bills?|premium) up\b"
    # It used to be better: "used to last all day. Now...", "remember when it was £8?"
    r"|\bused to\b[^.!?]{0,60}[.!?,]?\s+(?:now|these days|nowadays)\b|\bremember when\b")
# A worse deal than elsewhere ("did the same for half of what Acme charged") depends on whom the
# fraction is of: the detector reads it (`intl.price_fractions`), knowing the brand.
# What a grievance without a cue rule is about, from the nouns and verbs it uses.
TOPIC_WORDS = {
    "staff": re.compile(
        r"\b(?:support|agents?|reps?|representatives?|staff|employees?|manager|cashier|driver|courier|"
        r"technician|guy|girl|woman|man|lady|person|someone|rude|told me|said to me|hung up|chat|"
        r"callback|call back|called|emailed|escalations?|team|associate|clerk|service desk|helpline)\b"),
    "policy": re.compile(
        r"\b(?:price|prices|pricing|\$\d|fees?|charge[sd]?|charging|billed|billing|subscription|plan|"
        r"tier|renew(?:ed|al)?|warranty|returns?|refunds?|policy|terms|shipping|delivery|delivered|"
        r"tracking|order(?:ed|s)?|parcel|package|cancel\w*|account|receipt|store credit|quota|limits?|"
        r"rate limit|points|insurance|add-on|permission|ship|shipped|pre-order|restock\w*)\b"),
    "product": re.compile(
        r"\b(?:battery|charger|charge|screen|display|app|firmware|update|software|button|handle|lid|"
        r"coating|latch|brake|brakes|tyres?|tires?|wheel|motor|range|speed|sync|search|export|ui|bug|"
        r"crash\w*|broke\w*|cracked|defect\w*|quality|works?|working|worked|design|build|part|"
        r"parts|noise|smell\w*|heat|hot|spring|kickstand|throttle|headlight|whistle|rivets?)\b"),
}
# A post with nobody addressed and no one's own experience that reads like a report, not a grievance.
_PUNCT = re.compile(r"[.,;:!?\n()\[\]\"]")
# Words that undo a cue when they come right before it: "not broken", "if it stops working".
_UNDOING = frozenset({"not", "never", "no", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt",
                      "isn't", "isnt", "wasn't", "wasnt", "hasn't", "hasnt", "haven't", "havent", "won't",
                      "wont", "without", "hardly", "if", "unless", "case", "hope", "hopefully", "whether",
                      "before"})
_ENGLISH_UNDOING, _UNDOING = _UNDOING, _UNDOING | intl.UNDOING


@dataclass(frozen=True)
class Cues:
    first_person: bool
    experience: bool
    second_person: bool
    question: bool
    waiting: bool
    negation: bool
    praise: bool
    news: bool
    trouble: int  # distinct trouble words
    expectation: bool
    frustration: bool
    resolved: bool
    topic_words: dict  # topic -> distinct words of that topic
    interaction: bool
    money: bool
    why: bool
    slang_praise: bool
    joking: bool
    scare_quotes: bool
    staff_actor: bool
    prices: int  # money amounts mentioned
    request: bool
    unanswered: bool
    persistence: bool
    worsening: bool
    irony: bool
    negated_trouble: bool  # a trouble word negated or hypothetical: "never crashes", "if it breaks"
    consequence: int = 0  # 1: what a failure cost the customer; 2: tied to its cause ("because ...")
    hashtag: bool = False  # a grievance hashtag
    polite_but: bool = False  # praise that softens a grievance ("love it, but...")
    service_ask: bool = False  # asks for a service ("how do I cancel"), which alone is no grievance


def read_cues(lowered: str, original: str, english: bool | None = None) -> Cues:
    """The cues of a post: `lowered` is its `plain_lower` reading, `original` the post as written.
    One keyword pass first tells which patterns can match at all, and only those are searched.
    `english`: True for a post detected as English (the English cues alone are read), False for one in
    another language, None where unknown (both read; foreign praise words English shares are not irony)."""
    # A work's quoted title is its name, not the author's words: left out of what the cues read.
    for start, end in reversed(quiet_spans(original)):
        lowered = lowered.replace(plain_lower(original[start:end]), " ")
        original = original[:start] + " " + original[end:]
    text = _GatedText(lowered, _CUE_GATE.possible(lowered), english is True)
    second = text.search(SECOND_PERSON)
    # Each trouble word is looked up once: kept when asserted, noted when negated or hypothetical.
    trouble_words, undone_trouble = set(), False
    for match in (*text.finditer(TROUBLE), *text.finditer(TROUBLE_MORE), *text.finditer(TROUBLE_INTL)):
        if intl.wrong_sense(lowered, match, original):
            continue
        if is_undone(lowered, match.start(), english):
            undone_trouble = True
        else:
            trouble_words.add(match.group())
    praise = text.search(PRAISE)
    prices = len(text.findall(MONEY))
    return Cues(
        first_person=text.search(FIRST_PERSON),
        experience=text.search(EXPERIENCE),
        second_person=second,
        question="?" in lowered and (second or text.search(QUESTION_WORDS)),
        waiting=intl.any_wait(lowered, chain(text.finditer(WAITING), text.finditer(WAITING_INTL))),
        negation=text.search(NEGATION),
        praise=praise,
        news=text.search(NEWS),
        trouble=len(trouble_words),
        expectation=text.search(EXPECTATION),
        frustration=text.search(FRUSTRATION) or bool(SHOUTED.search(original)),
        resolved=_resolved(text, english),
        topic_words={topic: len(set(text.findall(p))) for topic, p in TOPIC_WORDS.items()},
        interaction=text.search(INTERACTION),
        money=prices > 0,
        why=text.search(WHY),
        slang_praise=text.search(SLANG_PRAISE),
        joking=text.search(JOKING),
        scare_quotes=bool(SCARE_QUOTES.search(original)),
        staff_actor=text.search(STAFF_ACTOR),
        prices=prices,
        request=text.search(REQUEST),
        unanswered=text.search(UNANSWERED),
        persistence=text.search(PERSISTENCE),
        worsening=text.search(WORSENING),
        negated_trouble=undone_trouble,
        irony=(text.search(IRONY) or (praise and text.search(IRONY_FACE))
               or (bool(trouble_words) and text.search(THANKS_FOR_GIFT))
               # "Bravo X, une facture de 400 €": praise in another language beside trouble or a sum.
               # (A sum called small, "nur 10 € Versand", is thanked for in earnest.)
               or ((bool(trouble_words) or (prices > 0 and prices > intl.small_sums(lowered)))
                   and (text.search(IRONIC_PRAISE) or (english is False and text.search(IRONIC_PRAISE_SHARED))))
               or (text.search(IRONY_BESIDE_TROUBLE) and (bool(trouble_words or prices) or text.search(NEGATION)
                                                          or text.search(WAITING) or text.search(EXPECTATION)))),
        consequence=(1 + text.search(CAUSE)) if text.search(CONSEQUENCE) else 0,
        hashtag=text.search(HASHTAG_GRIEVANCE),
        polite_but=text.search(POLITE_BUT),
        service_ask=text.search(SERVICE_ASK),
    )


# Every pattern read on the lowered text, by its own name; the gate derives each one's literals.
_LOWERED_PATTERNS = {
    "first_person": FIRST_PERSON, "experience": EXPERIENCE, "second_person": SECOND_PERSON,
    "question_words": QUESTION_WORDS, "waiting": WAITING, "negation": NEGATION, "praise": PRAISE,
    "news": NEWS, "trouble": TROUBLE, "trouble_more": TROUBLE_MORE, "trouble_intl": TROUBLE_INTL, "waiting_intl": WAITING_INTL, "expectation": EXPECTATION, "frustration": FRUSTRATION,
    "recurrence": RECURRENCE, "request": REQUEST, "slang_praise": SLANG_PRAISE, "irony": IRONY,
    "irony_face": IRONY_FACE, "ironic_praise": IRONIC_PRAISE, "ironic_praise_shared": IRONIC_PRAISE_SHARED, "thanks_for_gift": THANKS_FOR_GIFT, "staff_actor": STAFF_ACTOR, "joking": JOKING, "resolved": RESOLVED,
    "interaction": INTERACTION, "money": MONEY, "why": WHY, "unanswered": UNANSWERED,
    "persistence": PERSISTENCE, "worsening": WORSENING, "consequence": CONSEQUENCE, "cause": CAUSE,
    "hashtag": HASHTAG_GRIEVANCE, "irony_beside_trouble": IRONY_BESIDE_TROUBLE, "polite_but": POLITE_BUT,
    "service_ask": SERVICE_ASK,
    **{f"topic_{topic}": pattern for topic, pattern in TOPIC_WORDS.items()},
}
_CUE_GATE = PatternGate(_LOWERED_PATTERNS)
# By id: hashing a compiled pattern hashes its whole program, every time.
_CUE_BITS = {id(pattern): _CUE_GATE.bits[name] for name, pattern in _LOWERED_PATTERNS.items()}
# The patterns of the other languages alone: never read on a post known to be English.
_FOREIGN_BITS = _CUE_GATE.bits["trouble_intl"] | _CUE_GATE.bits["waiting_intl"] | _CUE_GATE.bits["ironic_praise"] \
    | _CUE_GATE.bits["ironic_praise_shared"]


class _GatedText:
    """`lowered` searched only with the patterns the gate let through; the others cannot match."""

    __slots__ = ("lowered", "possible", "english")

    def __init__(self, lowered: str, possible: int, english: bool = False):
        """`english`: read each merged pattern in its English form, and no foreign-only one."""
        self.lowered, self.english = lowered, english
        self.possible = possible & ~_FOREIGN_BITS if english else possible

    def _may(self, pattern: re.Pattern[str]) -> bool:
        return bool(self.possible & _CUE_BITS[id(pattern)])

    def _form(self, pattern: re.Pattern[str]) -> re.Pattern[str]:
        return _ENGLISH_FORM.get(id(pattern), pattern) if self.english else pattern

    def search(self, pattern: re.Pattern[str], start: int = 0) -> bool:
        return self._may(pattern) and self._form(pattern).search(self.lowered, start) is not None

    def span_of(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        return self._form(pattern).search(self.lowered) if self._may(pattern) else None

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        return self._form(pattern).finditer(self.lowered) if self._may(pattern) else iter(())

    def findall(self, pattern: re.Pattern[str]) -> list[Any]:
        return self._form(pattern).findall(self.lowered) if self._may(pattern) else []


_CLAUSE_END = re.compile(r"[,;.!?\n]|\b(?:but|and then|then)\b")


def _resolved(text: _GatedText, english: bool | None = None) -> bool:
    """Put right and stayed right: a resolution with no recurrence or fresh trouble after it. The last
    resolution told counts ("typed the wrong postcode... my bad"): what came before it was put right by it;
    trouble told after it ("new one just died too") was not, unless denied ("no problems since")."""
    found = list(text.finditer(RESOLVED))
    if not found:
        return False
    end = found[-1].end()
    if text.search(RECURRENCE, end):
        return False
    # Trouble in the fix's own clause is what was fixed ("replaced my cracked screen"): read from the next.
    boundary = _CLAUSE_END.search(text.lowered, end)
    if boundary is None:
        return True
    end = boundary.end()
    return not any(not is_undone(text.lowered, match.start(), english)
                   for pattern in (TROUBLE, TROUBLE_MORE) if text._may(pattern)
                   for match in text._form(pattern).finditer(text.lowered, end))


def is_undone(text: str, start: int, english: bool | None = None) -> bool:
    """True when the words just before `start` in `text`, in the same clause, negate or hypothesise it
    (`english`: the post is known to be English, where "falls" or "nie" deny nothing)."""
    before = text[max(0, start - 40):start].casefold().replace("\u2019", "'")
    clause = _PUNCT.split(before)[-1]
    return bool((_ENGLISH_UNDOING if english else _UNDOING).intersection(clause.split()[-3:]))
