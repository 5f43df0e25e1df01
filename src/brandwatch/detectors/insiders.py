"""Who is an insider: the roster on the post's local date, else what the author asserts about a
current tie with the brand, in the post or in their profile (16 CFR 255.5: a material connection).

Cue classes, each read on `reading.aligned_lower` text with the brand's names and handles:
- employment, first person and current: "I work at / for", "I'm a cashier at", "we at", "here at",
  "<brand> employee here", "N years at <brand>", "my employer", "my manager at <brand>",
  "#lifeat<brand>", "as an <brand> engineer";
- family: "my wife works at <brand>", "my dad is a manager at <brand>" (a family member's job is a
  material connection too);
- partnership: "I'm an <brand> ambassador", "<brand> pays me", "sponsored by <brand>", "my <brand>
  partnership";
- profile lines: "Engineer @acme", "<brand> store manager", "Proud <brand> wife".
A statement only counts when it is asserted and current: not negated ("I'm not an Acme employee"),
not hypothetical ("if I worked at Acme"), not a joke ("I basically work at Acme at this point"),
not past ("I used to work at Acme", "ex-Acme", "I worked at Acme for ten years"). Third-person
mentions ("the Acme rep at the Main St store was so patient") never make the author an insider.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from brandwatch.detectors.prefilter import PatternGate
from brandwatch.detectors.reading import aligned_lower
from brandwatch.detectors.scope import clause_before, denied, joke_after, joking
from brandwatch.rosters import RosterEntry

JOBS = (r"(?:employee|staffer|staff member|team member|engineer|developer|designer|manager|intern|director|"
        r"lead|analyst|scientist|marketer|specialist|representative|rep|associate|technician|cashier|"
        r"driver|courier|picker|packer|barista|clerk|supervisor|recruiter|accountant|officer|"
        r"executive|exec|ceo|cfo|cto|coo|vp|founder|co-founder|cofounder|president|head of \w+|"
        r"pm|product manager|product owner|store manager|shift lead|team lead|worker|operator|"
        r"copywriter|writer|editor|merchandiser|trainer|nurse|chef|cook|baker|mechanic|"
        r"electrician|machinist|welder|assembler|programmer|architect|consultant|coordinator|"
        r"administrator|admin|receptionist|assistant|advocate|ops|hr|sales|marketing|support|"
        r"eng|swe|sde|dev|ux|qa|csr|"
        # service and care trades, where a job title is often a short word ("vet tech @ Acme")
        # (not "tech", "vet", "agent" or "server" alone: "Tech at Acme is behind" is no job title)
        r"vet tech|veterinary technician|groomer|bather|kennel attendant|housekeeper|concierge|bartender|"
        r"dishwasher|caregiver|stylist|teller|dispatcher|janitor|valet|bellhop|stocker|pharmacist|hygienist|"
        r"roaster|sommelier|instructor|personal trainer|chemist|formulator|makeup artist|mua|beauty advisor|esthetician|aesthetician)")
# job nouns in the other languages of the disclosure terms, for profile lines ("Tosadora na Acme")
FOREIGN_JOBS = (r"(?:emplead[oa]|trabajador[a]?|cajer[oa]|vendedor[a]?|gerente|encargad[oa]|peluquer[oa]|recepcionista|"
                r"veterinari[oa]|t[ée]cnic[oa]|tosador[a]?|funcion[áa]ri[oa]|atendente|caixa|repositor[a]?|"
                r"employ[ée]e?|salari[ée]e?|vendeu(?:r|se)|caissi[èe]re?|g[ée]rant[e]?|toiletteu(?:r|se)|"
                r"mitarbeiter(?:in)?|angestellte[r]?|verk[äa]ufer(?:in)?|kassierer(?:in)?|filialleiter(?:in)?|"
                r"dipendente|commess[oa]|cassier[ea]|medewerker|verkoper|kassi[èe]re|"
                # round 7: the lab, the office and management, in their feminine forms too
                r"qu[íi]mic[oa]|chimiste|chemiker(?:in)?|chimic[oa]|scheikundige|manager(?:in)?|leiter(?:in)?|responsable|"
                r"responsabile|diretor[a]?|director[a]?|directeur|directrice|vendedor[a]?|conseill[eè]re|consulente|adviseuse|"
                r"maquillador[a]|maquilleu(?:r|se)|visagist(?:in)?|estheticienne|esteticista|estetista|schoonheidsspecialist|"
                r"operari[oa]|magazijnmedewerker|lagerist(?:in)?|magasinier|magazziniere)")
# Family words and first-person work verbs of the same languages, for "mi hija trabaja en Acme" and
# "Trabajo en Acme desde 2019" (round 7).
FAMILY_INTL = (r"(?:esposa|esposo|marido|mujer|novi[oa]|pareja|madre|padre|mam[áa]|pap[áa]|hij[oa]|herman[oa]|"
               r"femme|mari|copine|copain|m[èe]re|p[èe]re|fille|fils|s[œo]eur|fr[èe]re|"
               r"frau|mann|freundin|freund|mutter|vater|mama|papa|tochter|sohn|schwester|bruder|"
               r"moglie|marito|fidanzat[oa]|figli[oa]|sorella|fratello|"
               r"mulher|namorad[oa]|m[ãa]e|pai|filh[oa]|irm[ãa]|irm[ãa]o|"
               r"vrouw|vriendin|vriend|moeder|vader|dochter|zoon|zus|broer)")
WORK_VERBS_INTL = r"(?:trabaja|trabalha|travaille|arbeitet|lavora|werkt)"
OWN_WORK_VERBS_INTL = r"(?:trabajo|trabajamos|trabalho|trabalhamos|travaille|travaillons|arbeite|arbeiten|lavoro|lavoriamo|werk|werken)"
PREPOSITIONS_INTL = r"(?:en|para|chez|pour|bei|f[üu]r|presso|per|na|no|em|bij|voor|da)"
# Trades of the service counter and the workshop, read where the author names their own job ("I'm a tech
# at Acme", "Service advisor @ Acme", "my wife is a tech at Acme"); "tech" alone only before the brand,
# since "Acme tech" is as often the brand's technology.
TRADES = (r"(?:service advisor|service writer|advisor|adviser|installer|fitter|tyre fitter|tire tech|detailer|"
          r"lube tech|wrench(?:er)?|wrench monkey|grease monkey|apprentice|tech|techs)")
TRADES_AFTER_BRAND = r"(?:service advisor|service writer|advisor|adviser|installer|fitter|detailer|apprentice)"
FOREIGN_TRADES = (r"(?:mec[áa]nic[oa]|m[ée]canicien(?:ne)?|mechaniker(?:in)?|meccanic[oa]|monteur|monteuse|techniker(?:in)?|"
                  r"technicien(?:ne)?|tecnic[oa]|asesor[a]?|conseill(?:er|[eè]re)|berater(?:in)?|installateur|vakman)")
# An emoji or a pictograph that opens a profile segment ("🛠 @acme crew | Reno").
_EMOJI = r"[\u2600-\u27bf\U0001f300-\U0001faff]"
SENIOR_JOBS = re.compile(r"\b(?:manager|director|supervisor|officer|executive|exec|ceo|cfo|cto|coo|vp|"
                         r"founder|co-?founder|owner|president|head of|shift lead|team lead|i (?:run|manage|head|supervise|own))\b")
FAMILY = (r"(?:wife|husband|spouse|partner|fiance|fiancee|fiancé|fiancée|boyfriend|girlfriend|bf|gf|"
          r"hubby|mom|mum|mother|dad|father|parents?|son|daughter|kids?|child|brother|sister|sis|bro|"
          r"sibling|cousin|uncle|aunt|auntie|niece|nephew|grandma|grandpa|grandmother|grandfather|"
          r"stepmom|stepdad|mother-in-law|father-in-law|in-laws?|sister-in-law|brother-in-law|"
          r"roommate|best friend)")
PARTNER_WORDS = r"(?:ambassador|brand ambassador|partner|brand partner|affiliate|creator partner|sponsored athlete|sponsored creator|influencer)"
# "ex" also at the very end of the words before a tie, whose separator the tie's pattern consumed ("ex Acme installer")
_PAST = re.compile(r"(?<!\w)(?:used to|formerly|former|ex-|ex |ex$|previously|retired|left|quit|was laid off|"
                   r"got laid off|until|back when|years ago|once)(?!\w)")
_NOT_A_SIDE = r"(?! (?:captain|fans?|supporters?|mom|dad|coach|player)\b)"
_NOW = re.compile(r"(?<!\w)(?:now|currently|these days|today)(?!\w)")
_THIRD_PERSON_OPENING = (r"(?:the|a|an|this|that|these|those|our|your|their|his|her|some|every|each|one|"
                         r"sweet|nice|kind|lovely|great|amazing|friendly|awesome|best|whoever|shout ?out|thanks?)")
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|several|many)"


@dataclass(frozen=True)
class Relationship:
    role: str  # employee | partner
    source: str  # roster | self-identified | family
    detail: str  # the roster entry, or the author's own words and where they were found
    entry: RosterEntry | None = None
    position: str = "staff"  # officer | manager | staff
    statement: tuple[int, int] | None = None  # where the post itself states the tie

    @property
    def senior(self) -> bool:
        return self.role == "employee" and self.position in ("officer", "manager")

    @property
    def employed(self) -> bool:
        """The author works there themselves (a family tie is a connection, not a job)."""
        return self.role == "employee" and self.source != "family"

    def describe(self) -> str:
        return self.detail


@dataclass(frozen=True)
class Tie:
    role: str  # employee | partner
    start: int
    end: int
    family: bool = False
    senior: bool = False


class InsiderReader:
    """Reads first-person ties to one brand (its names, aliases and handles)."""

    def __init__(self, names: tuple[str, ...]):
        self.names = tuple(n for n in names if n)
        self._post, self._profile, self._hints = _patterns(self.names)
        # Every pattern names the brand, so most posts need no search at all (detectors/prefilter.py).
        self._gates = {id(kind): _gate(kind) for kind in (self._post, self._profile, self._hints)}

    def ties(self, text: str, *, profile: bool = False, hints: bool = False) -> list[Tie]:
        """Asserted current ties stated in `text` (a post, or a profile line when `profile`); with
        `hints`, brand hashtags that imply a tie without stating it."""
        if not self.names or not text:
            return []
        lowered = aligned_lower(text)
        if profile and _PAST.search(lowered) and not _NOW.search(lowered):
            return []  # "retired, 20 yrs at Acme (until 2023)": a profile that dates the tie
        found: list[Tie] = []
        kind = self._hints if hints else self._profile if profile else self._post
        possible = self._gates[id(kind)].possible(lowered)
        for bit, (role, family, pattern) in enumerate(kind):
            if not possible >> bit & 1:
                continue
            for match in pattern.finditer(lowered):
                start, end = match.span()
                if not _asserted(text, lowered, start, end, profile):
                    continue
                found.append(Tie(role, start, end, family,
                                 senior=_senior(match.group(), family)))
        found.sort(key=lambda t: (t.start, -t.end))
        return found


def _gate(kind: list) -> PatternGate:
    return PatternGate({str(index): pattern for index, (_role, _family, pattern) in enumerate(kind)})


def _senior(said: str, family: bool) -> bool:
    """The author calls themselves a manager or officer ("my manager at Acme" is someone else)."""
    return not family and not said.startswith(("my ", "our ")) and bool(SENIOR_JOBS.search(said))


def _asserted(text: str, lowered: str, start: int, end: int, profile: bool) -> bool:
    if denied(text, start, end, lowered) or joking(lowered, start) or joke_after(lowered, end):
        return False
    span = lowered[start:end]
    if re.search(r"(?<!\w)(?:not|never|no longer|n't)(?!\w)", span):
        return False
    before = clause_before(lowered, start, 4)
    if _ENDED_AFTER.match(lowered[end:end + 80]):
        return False  # "I coached at Acme for four years, left in 2024"
    return not (_PAST.search(before) or _PAST.search(span) or _SIMPLE_PAST.search(span))


_ENDED_AFTER = re.compile(r"[^.!?\n]{0,40}?\b(?:left|quit|retired|moved on|until)\b")


# "worked at" is past; "has worked at ... for years" is a tie that still holds.
_SIMPLE_PAST = re.compile(r"(?<!has )(?<!have )(?<!'s )(?<!'ve )(?<!\w)(?:worked|was)(?!\w)")


@lru_cache(maxsize=16)
def _patterns(names: tuple[str, ...]):
    brand = "(?:" + "|".join(re.escape(n.casefold()) for n in sorted(names, key=len, reverse=True)) + ")"
    b = rf"@?{brand}(?![\w])"
    tag = "(?:" + "|".join(re.escape(re.sub(r"\W", "", n.casefold())) for n in names) + ")"
    at = r"(?:at|for|with|@|in|of)"
    i_am = r"(?:i'?m|i am|im)"
    employment = [
        rf"\b(?:i|we)(?: (?:currently|now|still|also|actually|proudly))? (?:work|works|am working|'m working|are working|'re working)(?: full.time| part.time| (?:here|there))? (?:at|for|in) (?:the )?{b}",
        rf"\b(?:i|we)(?:'ve| have)(?: been)? (?:working|employed) (?:at|for|with) (?:the )?{b}",
        rf"\b{i_am} (?:currently |now |still |proudly )?(?:employed|working) (?:at|by|for) {b}",
        rf"\b{i_am} (?:a|an|the|one of the|one of)? ?(?:\w+[ -]){{0,2}}(?:{JOBS}|{TRADES})s? {at} ?(?:the )?{b}",
        rf"\bas an? (?:\w+ ){{0,2}}{b} ?(?:\w+ ){{0,2}}{JOBS}\b",
        rf"\bas (?:a|an|the) (?:\w+ ){{0,2}}{JOBS} {at} ?{b}",
        rf"\b(?:we|us(?: folks| people| employees| guys| lot)?|all of us) at {b}",
        rf"\bhere at {b}(?: \w+)?,? (?:we|our|i)\b",
        rf"\b{b} (?:\w+ ){{0,2}}{JOBS}s? here\b",
        rf"\b{b} (?:employee|staffer|team member|engineer|associate|manager|worker)(?: and| here| myself| for)\b",
        rf"\b(?:my|our) (?:employer|company|workplace|job)(?:,)? {b}",
        rf"\b{b}(?:,)? (?:my|our) (?:employer|company|workplace)\b",
        rf"\b(?:my|our) (?:boss|manager|supervisor|coworkers?|co-workers?|colleagues|team|shift|store|department|crew|team lead|office|warehouse|job) (?:at|@) {b}",
        rf"\b{_NUMBER} (?:years?|yrs?|months?|weeks?) (?:in )?(?:at|working (?:at|for)|into working (?:at|for)) {b}",
        rf"\b(?:i'?ve |i have |we'?ve )?been (?:at|with) (?:the )?{b} (?:for )?(?:over |almost |nearly )?{_NUMBER} (?:years?|yrs?|months?)",
        rf"\b(?:i|we) (?:run|manage|lead|head|supervise|own) (?:the |our |a )?(?:\w+ ){{0,3}}(?:at|for) {b}",
        rf"\b(?:i|we) (?:just )?(?:joined|started at|started working at|got hired (?:at|by)|got a job at|was hired (?:at|by)) {b}(?! (?:rewards|club|program|plus|prime|membership|waitlist|beta|loyalty|community|forum|discord))",
        rf"#{tag}(?:employee|staff|teammember)\b",
        rf"\b(?:proud|happy|excited|thrilled|grateful|lucky|blessed|honou?red) to (?:be |have )?(?:work(?:ing)?|be(?:en)? part of(?: the)?|be an?|join(?:ed)?|call) (?:at |for |with )?(?:the )?{b}(?! (?:rewards|club|program|community|customers?|fans?|owners?|users?)\b)",
        rf"\b(?:i'?m|i am|we'?re|we are) (?:on|in|part of) (?:the )?{b}(?:'s)? (?:\w+ ){{0,2}}(?:team|crew|department|staff|org)\b",
        # a headline self-label ("Barista at Acme. ..."); "The baristas at Acme" and "Sweet barista at
        # Acme" are someone else
        rf"^\W*(?!{_THIRD_PERSON_OPENING}\b)(?:\w+[ -]){{0,2}}{JOBS} (?:at|@) ?{b}"
        # "Groomer at Acme was lovely to my dog" describes someone else
        r"(?! (?:\w+ ){0,3}(?:was|were|is|are|has been|did|helped|made|gave|took|saved|sent|remembered|stayed)\b)",
        rf"(?:^|[.!?\n]\s*)(?:currently |now |still )?(?:been )?working (?:at|for) (?:the )?{b}",
        rf"\b{i_am} with {b} (?:as (?:an? |the )?|in |on )|\b{i_am} with {b} \([^)]{{0,30}}(?:team|dept|department|store|office|warehouse)\)",
        rf"\b(?:day|week) (?:one|1|2|two|three|3) (?:at|with) {b}|\b(?:first|last) (?:day|week) (?:at|with) {b}",
        rf"\b{i_am} (?:an? |the )?{JOBS} (?:of|at) {b}",
        # ordinals only: "my honest month at Acme" is a customer's month
        rf"\bmy (?:first |second |third |last |\d+(?:st|nd|rd|th) )?(?:day|week|month|year|anniversary|shift) (?:at|with) {b}",
        # "I drive for Acme", "I pick at an Acme warehouse", "I'm Acme's CFO"
        rf"\b(?:i|we) (?:drive|deliver|fly|pick|pack|cook|clean|code|sell|bartend|serve|stock|ship|design|build|teach|nurse|"
        rf"cashier|roast|bake|sew|assemble|answer (?:phones|calls|tickets)) (?:for|at) (?:a |an |the )?{b}",
        rf"\b{i_am} {b}'s (?:\w+ ){{0,2}}{JOBS}\b",
        # "I work the Acme night shift", "I've roasted at Acme for six years"
        rf"\b(?:i|we) work (?:the |a |an )?{b}(?:'s)? (?:\w+ ){{0,2}}(?:shift|store|counter|bar|line|floor|register|desk|dock|warehouse)s?\b",
        rf"\b(?:i|we)(?:'ve| have)? (?:been )?\w+(?:ed|ing) (?:at|for|with) {b} (?:for )?(?:over |almost |nearly |the (?:past|last) )?{_NUMBER} (?:years?|yrs?|months?)",
    ]
    employment += [
        rf"\b(?:yo |je |ich |io |eu |ik |nous |wir |noi |n[óo]s |wij )?{OWN_WORK_VERBS_INTL} (?:\w+ ){{0,2}}{PREPOSITIONS_INTL} (?:la |el |a |o )?{b}(?! (?:club|rewards|app)\b)",
        rf"\b(?:soy|sou|je suis|ich bin|sono|ik ben) (?:una? |um[a]? |la |el |a |o |der |die |een )?(?:\w+ ){{0,2}}(?:{FOREIGN_JOBS}|{FOREIGN_TRADES}|{JOBS}|{TRADES})(?: (?:de|di|du|der|des|van|da|do) \w+)? (?:en|na|no|em|chez|bei|bij|presso|da|@) (?:la |el |a |o )?{b}",
    ]
    family = [
        rf"\b(?:mi|mon|ma|mein\w*|mia|mio|minha|meu|mijn) {FAMILY_INTL} (?:\w+ ){{0,2}}{WORK_VERBS_INTL} (?:\w+ ){{0,2}}{PREPOSITIONS_INTL} (?:la |el |a |o )?{b}",
        rf"\bmy {FAMILY}(?:'s| is| has)? (?:\w+ ){{0,2}}(?:works|is working|'s working|has worked|has been working|is employed|'s employed|works full.time)(?: (?:the|a|an) (?:\w+ ){{0,2}}(?:shift|desk|counter|floor|register|line|bar|kitchen|dock|warehouse|route))? (?:at|for|by) (?:the )?{b}",
        rf"\bmy {FAMILY}(?: is|'s) (?:a|an|the) (?:\w+[ -]){{0,2}}(?:{JOBS}|{TRADES}) {at} ?(?:the )?{b}",
        rf"\bmy {FAMILY}(?: has been|'s been| has) (?:at|with) {b} (?:for )?",
        rf"\bmy {FAMILY} (?:just |recently |finally )?(?:started|joined|got (?:a job|hired)|was hired|began) (?:at |with |working (?:at|for) )?(?:the )?{b}",
        rf"\bmy {FAMILY} (?:runs|manages|leads|heads|owns) (?:the |a |an )?(?:{b}|(?:\w+ ){{0,3}}(?:at|for) {b})",
        rf"\bproud {b} (?:wife|husband|mom|mum|dad|spouse|family|kid|daughter|son)\b",
        # a relative and what they do for the brand: "my son flies for Acme", "my wife drives for Acme"
        rf"\bmy {FAMILY}(?:'s| is)? (?:\w+ )?(?:drives|delivers|flies|cooks|cleans|codes|sells|serves|stocks|ships|designs|builds|"
        rf"teaches|nurses|bakes|roasts|picks|packs|crews) (?:for|at) (?:a |an |the )?{b}",
    ]
    partner = [
        rf"\b(?:proud|happy|excited|thrilled|honou?red) to (?:be |have become )?(?:an? |the )?(?:official |new )?{b} {PARTNER_WORDS}",
        rf"\b{i_am} (?:a|an|the|one of the|one of)? ?(?:official |proud |paid |new )?(?:{b} )?{PARTNER_WORDS}s? (?:for|with|of|@) ?{b}",
        rf"\b{i_am} (?:a|an|one of)? ?(?:official |proud |paid |new )?{b} {PARTNER_WORDS}\b",
        rf"\b{b} {PARTNER_WORDS} here\b",
        rf"\bas an? (?:official |proud |paid )?{b} {PARTNER_WORDS}\b",
        rf"\b{b} (?:pays|paid|is paying|sponsors|sponsored) me\b(?! back| a refund| out| for (?:the|my) (?:return|refund))",
        rf"\b(?:i|we)(?:'m|'re| am| are)? (?:sponsored|paid) by {b}",
        rf"\bmy (?:partnership|collab|contract|deal|sponsorship) with {b}",
        rf"\b(?:i|we) (?:partner|partnered|collaborate|work) with {b} (?:on|as|for) (?:paid|sponsored)",
    ]
    profile = [
        # "engineer with Acme" is a job; "tech with Acme gear" is a hobby, so a trade takes "at/@/for" only
        rf"(?:^|[\s|/•,(])(?:\w+[ -]){{0,3}}(?:{JOBS})s? ?(?:at|@|for|with) ?(?:the )?{b}",
        rf"(?:^|[\s|/•,(])(?:\w+[ -]){{0,3}}(?:{TRADES})s? ?(?:at|@|for) ?(?:the )?{b}",
        rf"(?:^|[\s|/•,(])(?:\w+[ -]){{0,2}}(?:{FOREIGN_JOBS}|{FOREIGN_TRADES}) ?(?:en|na|no|em|chez|bei|bij|presso|da|de|@) ?(?:la |el |a |o )?{b}",
        # round 7: a job of any language with a qualifier ("Asesora de belleza en Acme", "Beauty advisor
        # en Acme"), and a department of the place ("Lagerlogistik bei Acme")
        rf"(?:^|[\s|/•,(])(?:\w+[ -]){{0,2}}(?:{FOREIGN_JOBS}|{FOREIGN_TRADES}|{JOBS}|{TRADES})(?: (?:de|di|du|der|des|van|da|do) \w+)? ?(?:en|na|no|em|chez|bei|bij|presso|da|de|@) ?(?:la |el |a |o )?{b}",
        rf"(?:^|[\s|/•,(])\w*(?:leiter(?:in)?|manager(?:in)?|mitarbeiter(?:in)?|berater(?:in)?|verk[äa]ufer(?:in)?|medewerker|specialist|adviseur) (?:bei|bij|@) ?{b}",
        rf"(?:^|[\s|/•,(])(?:lager\w*|logistik|vertrieb|almac[ée]n|log[íi]stica|logistique|entrep[ôo]t|magazzino|magazijn|armaz[ée]m|laboratorio|labo|labor) (?:bei|en|chez|presso|bij|na|no|em|@) ?{b}",
        # a trade after the brand, and a tenure: "Acme service advisor", "Acme tech since 2019"
        rf"(?:^|[\s|/•,(])(?:proud |happy )?{b} (?:\w+[ -]){{0,2}}{TRADES_AFTER_BRAND}s?\b",
        rf"(?:^|[\s|/•,(])(?:proud |happy )?{b} (?:\w+[ -]){{0,2}}(?:{JOBS}|{TRADES}|{FOREIGN_TRADES})s? (?:since|desde|depuis|seit|dal|sinds) (?:19|20)\d\d\b",
        # after an emoji the brand must be followed by crew/team/staff at once, and a team with a captain or
        # fans is a sports side ("🚀 acme rocket team captain (rec league)", "🏀 Acme Rockets team fan")
        rf"(?:^|[|/•(]\s*|{_EMOJI}\s*)(?:proud |happy )?{b} (?:crew|team|staff|dept|department)\b{_NOT_A_SIDE}",
        rf"(?:^|[\s|/•,(])(?:proud |happy )?{b} (?:\w+[ -]){{0,2}}{JOBS}s?\b",
        rf"(?:^|[\s|/•,(])(?:working|work) (?:at|for|@) ?{b}",
        rf"(?:^|[\s|/•,(]){JOBS} (?:of|at) {b}",
        rf"(?:^|[|/•,(]\s*)(?:proud |happy )?{b} (?:warehouse|retail|store|support|engineering|design|marketing|sales|ops|operations|logistics|hq|team|crew|staff|r&d|product team)\b",
        # "Acme roastery crew", "Shift lead, Acme Coffee (Dallas)", "VP Operations @ Acme"
        rf"(?:^|[|/•,(]\s*)(?:proud |happy )?{b} (?:\w+ ){{0,2}}(?:crew|team|staff|dept|department)\b{_NOT_A_SIDE}",
        rf"(?:^|[|/•(]\s*)(?:\w+[ -]){{0,2}}{JOBS}(?:[ -]\w+){{0,2}}(?:,| ?[@|]) ?(?:the )?{b}",
    ]
    profile_partner = [
        rf"(?:^|[\s|/•,(])(?:official |proud |paid )?{b} {PARTNER_WORDS}s?\b",
        rf"(?:^|[\s|/•,(]){PARTNER_WORDS}s? (?:for|with|of|@) ?{b}",
        rf"(?:^|[\s|/•,(])sponsored by {b}",
    ]

    def compile_all(role: str, family_tie: bool, patterns: list[str]):
        return [(role, family_tie, re.compile(p)) for p in patterns]

    # Brand hashtags only hint at a tie ("#AcmePartner", "#lifeatacme"): the author is an insider,
    # but the tag is no clear statement, so these ties are read separately (`hinted`).
    hinted = [rf"#{tag}(?:ambassador|partner|athlete|creator|affiliate|squad|crew)\b"]
    hinted_employee = [rf"#(?:lifeat|proudtoworkat|workingat){tag}\b|#{tag}(?:team|life|family|fam|proud)\b"]
    post = (compile_all("partner", False, partner) + compile_all("employee", False, employment)
            + compile_all("employee", True, family))
    # "Acme wife", "Acme dad": a relative of an employee, not the author's own job
    family_profile = [rf"(?:^|[\s|/•,(.])(?:orgullos[oa] |fi[èe]re? |stolze? |orgoglios[oa] |orgulhos[oa] |trotse )?{FAMILY_INTL} (?:de |d'|di |von |van |da |do )?(?:una? |um[a]? |la |el |der |die |een |de )?(?:\w+ ){{0,2}}(?:de|di|bei|bij|chez|da|na|en|em|von|van|@) {b}",
                      rf"(?:^|[\s|/•,(.])(?:mi|mon|ma|mein\w*|mia|mio|minha|meu|mijn) {FAMILY_INTL} (?:\w+ ){{0,2}}{WORK_VERBS_INTL} (?:\w+ ){{0,2}}{PREPOSITIONS_INTL} (?:la |el |a |o )?{b}",rf"(?:^|[\s|/•,(.])(?:my )?{FAMILY}(?:'s)? (?:works|is|works full.time) (?:at|@|for) ?(?:the )?{b}",
                      rf"(?:^|[\s|/•,(]){b} (?:wife|husband|mom|mum|dad|spouse|family|kid|daughter|son)\b",
                      # "proud mum of an Acme store manager"
                      rf"(?:^|[\s|/•,(])(?:proud |happy )?(?:wife|husband|mom|mum|dad|mother|father|parent|spouse|sister|brother|"
                      rf"daughter|son|grandma|grandpa|nan) of (?:a|an|the) {b} \w+"]
    prof = (compile_all("partner", False, profile_partner + partner)
            + compile_all("employee", True, family + family_profile)
            + compile_all("employee", False, employment + profile))
    hints = compile_all("partner", False, hinted) + compile_all("employee", False, hinted_employee)
    return post, prof, hints


def find_relationship(entry: RosterEntry | None, reader: InsiderReader, text: str,
                      description: str | None, in_post: list[Tie] | None = None) -> Relationship | None:
    """The roster entry active at the post's local date, else the author's own asserted tie.
    `in_post`: `reader.ties(text)` when the caller has read them already."""
    if in_post is None:
        in_post = reader.ties(text)
    statement = (in_post[0].start, in_post[0].end) if in_post else None
    if entry is not None:
        return Relationship(entry.role, "roster", f"roster: {entry.describe()}", entry,
                            entry.position if entry.role == "employee" else "staff", statement)
    where, ties, source_text = "post", in_post, text
    if not ties and description:
        where, ties, source_text = "profile", reader.ties(description, profile=True), description
    if not ties:
        return None
    tie = next((t for t in ties if not t.family), ties[0])
    said = source_text[tie.start:tie.end].strip(" |/•,(")
    if tie.family:
        return Relationship("employee", "family", f"family tie stated in {where}: '{said}'",
                            statement=statement)
    position = "manager" if tie.senior else "staff"
    return Relationship(tie.role, "self-identified", f"self-identified in {where}: '{said}'",
                        position=position, statement=statement)
