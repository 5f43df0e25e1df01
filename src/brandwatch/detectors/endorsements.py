"""Endorsements under the FTC Endorsement Guides (16 CFR 255) and the reviews rule (16 CFR 465), and
the NLRA caution.

Who: `insiders.find_relationship` (roster on the post's local date, else an asserted current tie in
the post or profile, or a family member's job). What: the post praises or promotes the brand
(promotion cues, advertising disclosures, praise words or positive sentiment toward the named
brand). A material connection must be disclosed clearly in the post itself (16 CFR 255.5).

Order of judgment, one conduct class per post:
1. a threat to a reviewer from the brand's account or its staff → 465.7 suppression;
2. an officer or manager asking insiders or relatives for reviews → 465.5(c) solicitation;
3. an employee talking about working conditions (`workplace`) → NLRA caution and no conduct
   finding, unless the post also hands out a code or a buying link (then both);
4. praise or promotion without a clear disclosure → an officer's or manager's review: 465.5(a);
   else ambiguous disclosure (medium) or undisclosed (high), employee or partner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from brandwatch.model.analysis import FindingSpan
from brandwatch.detectors.disclosure import DisclosureJudgment, appeal_condition
from brandwatch.detectors.insiders import Relationship, find_relationship  # noqa: F401 (re-export)
from brandwatch.detectors.reviews import (OFFICER_TESTIMONIAL, SOLICITATION, SUPPRESSION, is_testimonial,
                                          review_finding, solicits_reviews, suppresses_review)
from brandwatch.detectors.scope import denied
from brandwatch.detectors.workplace import WorkTopic
from brandwatch.rules import RuleHit

PROMOTION = "promotion"
NLRA_RULE = "caution-nlra-protected"
# Disclosures that only exist because a post advertises: their presence says the post promotes.
_ADVERTISING = ("disclosure-clear", "disclosure-ambiguous")
_NOT_ADVERTISING = ("disclosure-employment", "disclosure-bare-thanks", "disclosure-relationship-hint",
                    "disclosure-brand-relationship")
# Praise a reader takes as recommending the product (negated praise does not count).
_PRAISE = re.compile(
    r"\b(?:can'?t stop (?:\w+ing|talking about|using)|can'?t get enough|couldn'?t be happier|"
    r"can'?t imagine (?:going back|life without|camping without)|(?:no|zero|not a single|not one) complaints?|"
    r"never (?:let me down|failed|disappoints?)|did not flinch|(?:only one|the one) i'?d (?:buy|get|use|recommend)|"
    r"never going back|(?:saved|saves) (?:my|our|the) (?:back|trip|life|day|weekend|morning|bacon)|life ?saver|"
    r"great|lovely|wonderful|superb|outstanding|terrific|stellar|fabulous|spectacular|solid|"
    r"would (?:buy|get) (?:it |one )?again|everything i (?:wanted|needed|hoped for)|exactly what i (?:wanted|needed)|"
    r"no notes|(?:five|5|4\.5) stars?|(?:5|4\.5)/5|(?:9|10)/10|love|loving|loved|obsessed|best|amazing|awesome|incredible|fantastic|excellent|brilliant|"
    r"perfect|favou?rite|fave|recommend\w*|must.?have|game.?changer|can'?t live without|so good|"
    r"beautiful|gorgeous|stunning|proud of|impressed|blown away|worth (?:it|every|buying|getting|the money|the price)|10/10|"
    # a high rating and a pointer to the buying links, in any of the languages
    r"(?:five|5|4[.,]5) (?:stars?|estrellas|sterne|[ée]toiles|estrelas|stelle|sterren)|links? (?:are )?(?:below|down below|in (?:the )?description)|"
    r"check (?:it|them|out)|go get|buy (?:it|one|this|them|yours)|get (?:it|one) now|grab (?:one|yours|it)|get (?:yours|one)|now available|available now|"
    r"out now|just dropped|just launched|launching|launch(?:es|ed)|coming soon|"
    r"can'?t wait (?:for (?:you|y'?all|everyone)|to (?:show|share))|new drop|on sale|sale|deal|discount|"
    r"upgrade|treat yourself|don'?t miss|you need|you guys need|best.in.class|unmatched|unbeatable|"
    r"flawless|delight\w*|happy with|stoked|thrilled|magic(?:al)?|genius|slaps|goated|chef'?s kiss|"
    r"(?:really|so|ridiculously|very|super|insanely|crazy|damn|pretty|seriously|stupidly|incredibly|unbelievably) "
    r"(?:good|great|nice|fast|easy|smooth|bright|light|comfy|comfortable|sturdy|solid|quiet|warm|cozy|reliable|"
    r"durable|clever|sleek|handy|useful|fun|cute|pretty|cool|slick|tough|well made)|"
    r"beats anything|outperforms|blows (?:\w+ ){0,3}away|(?:can'?t|cannot) recommend (?:it |this |them )?enough|"
    r"better than|nothing beats|beats (?:every|any|all)|try (?:it|them|the new|our new|this)|give (?:it|them|this|us) a (?:try|go|shot|whirl|spin)|"
    r"(?:you'?ll|you will) (?:love|thank me)|life.?chang\w*|hooked|addicted|rock.solid|didn'?t (?:blink|flinch)|"
    # the same in the other languages of the disclosure terms (es, fr, de, pt, it, nl)
    r"me encanta|(?:el|la|lo) mejor|incre[ií]ble|recomiendo|j'adore|(?:le|la) meilleur(?:e)?|incroyable|je recommande|"
    r"ich liebe|(?:der|die|das) beste|empfehle|eu amo|(?:o|a) melhor|recomendo|adoro|(?:il|la) migliore|consiglio|"
    r"ik hou van|(?:de|het) beste|aanrader|genial|fantástic[oa]|perfekt|perfeito|perfetto|geweldig|"
    r"the most \w+|top (?:\d+|pick|choice)|mvp|goat|holy grail|ride or die|go.to|staple|essential|number one|no\. ?1|pre.?order|"
    r"\w+est\b[^.!?]{0,40}\b(?:ever|out there|on the market|around|i (?:own|have|use)|i'?ve (?:ever )?(?:had|used|owned|tried|seen)))\b|"
    # buy calls with a softener ("just get the…", "go buy a bag"), needs and fear of missing out
    r"\b(?:(?:go|just|pls|plz|please|seriously|now) (?:get|buy|grab|order|cop|try)|"
    r"(?:you|y'?all|ya|u|you guys|everyone|everybody) (?:all )?(?:need|gotta|have to try|must try)|missing out|"
    r"(?:has|have|had|'s|'ve) never \w+ (?:this |so much )?better|hits different|"
    r"my (?:whole|entire) personality|(?:you|money) can (?:buy|get)|"
    r"(?:really|so|ridiculously|very|super|insanely|crazy|seriously|incredibly) (?:satisfying|tasty|delicious))\b|"
    r">+\s*(?:every|all|any)(?:thing|one|body)?\b|#1\b|[⭐★]{4,}|[🔥😍🙌💯❤🤩👏✨💚💙💜🧡💛🤍🤎🥰😋🤤🫶]|"
    # an order to buy at the start of a clause (after punctuation or an emoji): "wow. order it",
    # "🍓 get some before the weekend", "sign up"
    r"(?:^|[.!?,;:\n]|[^\w\s'\"])\s*(?:order|buy|grab|get|try|cop) (?:it|one|yours|them|some|this|a bag|a box)\b|"
    r"(?:^|[.!?,;:\n]|[^\w\s'\"])\s*(?:sign up|subscribe|download it|join now)\b|pays? for itself|"
    # fondness in the third person and slang verdicts ("Bailey loves it", "it's the move", "no-brainer")
    r"\b(?:loves|adores?|adored|liebt|adora|houdt van)\b|\b(?:is|'s) the move\b|\bdon'?t overthink it\b|\bno.?brainer\b|"
    # the only one someone eats, uses or recommends
    r"\bthe only (?:\S+ ){1,4}(?:eats?|uses?|wears?|drinks?|buys?|trusts?|recommends?|feeds?|orders?)\b|"
    # a price for a limited time, a special, an invitation to come in: an offer
    r"\$\d+(?:\.\d\d)? (?:\w+ ){0,2}(?:through|thru|until|till|this (?:week|month|weekend)|all (?:week|month))\b|"
    r"\bspecials? (?:at|on|for|this|through|until|all)\b|\b(?:come|stop|swing|pop) (?:by|in|see us|visit us|train|try|shop|visit|work out|lift)\b|"
    r"\b(?:best|cleanest|friendliest|nicest|cheapest|fastest|coolest|comfiest|cosiest|coziest|freshest|tastiest|finest|greatest|tidiest) "
    r"(?:\w+ ){1,2}in (?:town|the (?:city|country|world|area|valley|state)|\w+)\b|\bsee you there\b|"
    # "book it" as an order at a clause start, like "order it" above: "couldn't book it" is no praise
    r"(?:^|[.!?,;:\n]|[^\w\s'\"])\s*(?:(?:just|so|go|and|then) )?book (?:it|now|today|yours|a (?:slot|spot|table|room|visit|appointment|session))\b|"
    # the same in the other languages of the disclosure terms
    r"\b(?:melhor(?:es)?|mejor(?:es)?|meilleure?s?) (?:\w+ ){0,3}d[eou]s?\b|"
    r"\b(?:comprem|compren|agendem|agenden|reserven|reservem|r[ée]servez|bucht|prenotate|boek nu)\b|"
    # praise in the other languages in its plural and feminine forms, and "recommend" with the object
    # pronouns before it ("je vous les recommande", "ve le consiglio"); negation is read by `denied`
    r"\b(?:(?:los|las) mejores|(?:les|le|la) meilleur(?:e|s|es)|incre[ií]bles|incroyables|incr[ií]ve(?:l|is)|incredibil[ei]|"
    r"fant[áa]stic[oa]s|fantastiques?|fantastisch\w*|fantastic[hi]e|ongelooflijk\w*|geweldige|"
    # "recommend" as the speaker's own verb or an imperative, not a participle or a noun ("les clients
    # recommandés par Acme", "recomendado para mayores de 12", "Empfehlung der Stiftung Warentest")
    r"recommand(?:e|ons|ez)|recomiendo|recomendamos|recomendo|empfehle|empfehlenswert|(?:wir|zu) empfehlen|"
    r"(?:ve|te|vi|lo|la|li|le) consiglio|consigliatissim[oa]|aanbevolen|aan te raden|"
    # "worth it" in the same languages
    r"vale la pena|vaut (?:le coup|vraiment)|lohnt sich|vale a pena|de moeite waard|ne vale la pena|conviene (?:davvero|tantissimo)|"
    r"(?:ist|sind|war) (?:der|ein) hammer|foncez)\b|"
    # buy calls that name a quantity ("pick up a pair", "grab a set") and bargains ("an absolute steal")
    r"\b(?:pick up|grab|get|buy|order|cop|snag) (?:a|an|one|two|three|four|\d+) (?:pair|set|couple|pack|box|bag)s?\b|"
    r"\b(?:a|an) (?:absolute |total |real |straight.up )?steal\b|\bhit different\b|"
    r"\badd (?:it|them|one|this) (?:at checkout|to (?:your |the )?(?:cart|basket|order))\b|"
    # round 7: buy calls and verdicts of es/fr/de/pt/it/nl in their plural imperatives with the object
    # pronoun attached or after ("compradlo", "holt sie euch", "probiert es aus", "bestel 'm", "fidatevi"),
    # favourites and superlatives in their inflected forms, "> all the others"
    r"\b(?:comprad(?:lo|la|los|las)?|c[óo]mpral[oa]s?|corred|probadl[oa]s?|pilladl[oa]s?|"
    r"achetez(?:-le|-la|-les)?|essayez(?:-le|-la|-les)?|testez(?:-le|-la|-les)?|"
    r"kauft (?:ihn|sie|es|euch)|holt (?:ihn |sie |es )?euch|probiert (?:ihn|sie|es) aus|unbedingt (?:ausprobieren|kaufen|holen|testen)|"
    r"compratel[aoie]|comprate(?:lo|la|li|le)?|provatel[aoie]|provate(?:lo|la|li|le)|correte|fidatevi|"
    r"experimentem|provem|corram|comprem(?:-n[oa]s?)?|"
    r"bestel (?:'m|hem|het|ze|gewoon|nu)|koop (?:'m|hem|het|ze)|kopen die|probeer (?:'m|hem|het|ze))\b|"
    r"\b(?:mis? favorit[oa]s?|mon (?:pr[ée]f[ée]r[ée]|favori)|ma pr[ée]f[ée]r[ée]e|mein(?:e)? lieblings?\w*|lieblings\w+|"
    r"(?:il|la) mi[oa] preferit[oa]|(?:o|a) meu favorit[oa]|(?:o|a) minha favorit[oa]|mijn favoriet\w*|"
    r"beste[rsn]? \w+ (?:\w+ )?(?:den|die|das) ich (?:je|jemals)|"
    r"(?:ist|sind|war) (?:\w+ )?(?:der|ein) hammer|echt (?:top|goud)|gewoon goud|una maravilla|uma maravilha|una meraviglia|"
    r"une merveille|ein traum|traumhaft|buen[íi]sim[oa]s?|"
    r"(?:la|el|lo) (?:\w+ )?(?:m[áa]s|meno) (?:bonit[oa]|bell[oa]|buen[oa]) que (?:he|ho) (?:usado|provato)|"
    r"a ojos cerrados|sans h[ée]siter|senza pensarci)\b|"
    r"\b(?:la|le|el|lo|il|o|a) (?:\w+ )?(?:plus|m[áa]s|pi[úu]|mais) \w+ (?:\w+ ){0,4}(?:jamais|nunca|mai)\b|"
    r">+\s*(?:tutt[ei]|tod[oa]s|tou(?:s|tes)|alle|alles|todo)\b")
# Positive sentiment alone must be strong to count as praise: a lexicon reads "Back Friday!" as glad.
STRONG_POSITIVE = 0.5
BORDERLINE_COMPLAINT = 0.6
UNCUED_COMPLAINT = 0.85


@dataclass(frozen=True)
class Promotion:
    """Why the post counts as praise or promotion of the brand."""

    hits: tuple[RuleHit, ...] = ()
    positive_about_brand: bool = False
    praise: tuple[int, int] | None = None

    @property
    def present(self) -> bool:
        return bool(self.hits) or self.positive_about_brand or self.praise is not None

    @property
    def selling(self) -> bool:
        """A code, a buying link or a call to buy: the post sells, whatever else it says."""
        return any(h.rule.signal == PROMOTION for h in self.hits)

    def spans(self) -> list[tuple[int, int, str]]:
        spans = [(h.start, h.end, h.rule.id) for h in self.hits]
        if self.praise:
            spans.append((*self.praise, "praise"))
        return spans



def find_promotion(hits: list[RuleHit], positive_about_brand: bool, is_complaint: bool,
                   text: str = "", lowered: str = "", about_brand: bool = True,
                   complaint_score: float = 1.0, complaint_uncued: bool = False) -> Promotion:
    """Promotion cues and advertising disclosures, or praise of the brand (words or sentiment).

    A complaint is never an endorsement. A borderline complaint verdict (score under
    `BORDERLINE_COMPLAINT`) beside plain praise is the complaint reader being unsure about praise
    that mentions trouble only to deny it ("zero issues, best purchase I've made"): praise wins.
    `complaint_uncued` is a verdict in a language other than English that rests on the model alone, with
    no complaint cue in the text: beside praise it must be surer (`UNCUED_COMPLAINT`) to win, because the
    model reads long non-English praise captions ("no hay nada igual", "Não saio sem ele") as grievances."""
    if not about_brand:
        return Promotion()
    praise = _praise_span(text, lowered)
    bar = UNCUED_COMPLAINT if complaint_uncued else BORDERLINE_COMPLAINT
    if is_complaint and not (praise and complaint_score < bar):
        return Promotion()
    evidence = tuple(h for h in hits if not h.in_description and (
        h.rule.signal == PROMOTION
        or (h.rule.signal in _ADVERTISING and h.rule.id not in _NOT_ADVERTISING
            and (not denied(text, h.start, h.end, lowered or None)
                 or appeal_condition(lowered or text.lower(), h.start)))))
    return Promotion(evidence, positive_about_brand, praise)


def _praise_span(text: str, lowered: str) -> tuple[int, int] | None:
    for match in _PRAISE.finditer(lowered):
        # praise that carries its own negation ("no notes", "zero complaints") is read from before it
        own_negation = _NEGATED_PRAISE.match(match.group())
        start = match.start()
        if denied(text, start, start if own_negation else match.end(), lowered) != "negated" \
                and not _SPLIT_NEGATION.search(lowered[max(0, start - 30):start]) \
                and not _NEGATED_AFTER.match(lowered, match.end()) \
                and not _ADVISE_AGAINST.search(lowered[max(0, start - 30):start]) \
                and not (len(text) == len(lowered) and _QUANTITY_BUY.fullmatch(match.group())
                         and _COMMON_OBJECT.match(text, match.end())):
            return match.span()
    return None


# French and Dutch put the negation around or after the verb: "je ne vous les recommande pas",
# "ik raad het niet aan", "ich empfehle ihn nicht".
_SPLIT_NEGATION = re.compile(r"(?:^|\W)(?:ne\s+|n')(?:\w+\s+){0,3}$")
# Advice against buying right before the cue ("skip this sale", "avoid the deal") recommends nothing.
_ADVISE_AGAINST = re.compile(r"\b(?:skip|avoid|pass on|ignore|don'?t (?:buy|bother with|fall for))(?:\s+\w+){0,2}\s+$")
# ... up to the clause's end ("ich empfehle den Acme Rocket nicht"), but "nicht nur" adds rather than denies
_NEGATED_AFTER = re.compile(r"(?:\s+\w+){0,4}?\s+(?:pas|nicht|niet)\b(?!\s+(?:nur|seulement|alleen)\b)")
# A quantity buy call whose object is some other common noun ("grab a pair of oven mitts before touching
# the Anvil") sells nothing of the brand's; "grab a pair of Acme Anvils" or "a set of them" does.
_QUANTITY_BUY = re.compile(r"(?:pick up|grab|get|buy|order|cop|snag) (?:a|an|one|two|three|four|\d+) (?:pair|set|couple|pack|box|bag)s?")
_COMMON_OBJECT = re.compile(r" of (?!(?:them|these|those|yours|ours|it)\b)(?:\w+ )?[a-z]")


_NEGATED_PRAISE = re.compile(r"(?:(?:has|have|had|'s|'ve) )?(?:no|zero|not a single|not one|never|nothing)\b")


# A partner's own terms with the brand: commission, payout, rate per video.
_OWN_TERMS = re.compile(
    r"\b(?:affiliate|commission|referral|creator|partner|ambassador|sponsorship)s? "
    r"(?:rates?|commissions?|cut|fees?|split|payouts?|pay|terms|contract)\b|"
    r"\b(?:pays?|paid|paying) (?:us|me) (?:per|for each|by the)\b")
# What still sells beside a partner's terms: a call to buy the product ("buy one", "get yours") anywhere, or
# product praise ("best pan I own") outside the clause that names the terms ("the payout is small but ...").
_BUY_CALL = re.compile(r"\b(?:buy|get|grab|order|snag|cop|pick up) (?:one|yours|it|them|this|these|a pair|a set)\b")
# (praise of the arrangement itself, "still the best program for readers", stays with the terms)
_PRODUCT_PRAISE = re.compile(r"\b(?:best|greatest|finest|favou?rite) (?!(?:deal|rates?|terms|news|part|program|programme|"
                             r"partnership|payouts?|commissions?|affiliate|referral|sponsorship)\b)\w+")
_CLAUSE_END = re.compile(r"[.!?;,\n]|\bbut\b|\band (?:so|the|my|this|that|it)\b")


def sells_beyond_terms(lowered: str, terms: re.Match[str]) -> bool:
    """A buy call anywhere, or product praise outside the terms' clause: the partner endorses after all."""
    if _BUY_CALL.search(lowered):
        return True
    ends = [m.start() for m in _CLAUSE_END.finditer(lowered)]
    start = max((e for e in ends if e < terms.start()), default=0)
    end = min((e for e in ends if e >= terms.end()), default=len(lowered))
    return any(not start <= m.start() < end and denied(lowered, m.start(), m.end(), lowered) != "negated"
               for m in _PRODUCT_PRAISE.finditer(lowered))


def strongly_positive(polarity: float) -> bool:
    return polarity >= STRONG_POSITIVE


def conduct_findings(relationship: Relationship | None, promotion: Promotion, disclosure: DisclosureJudgment,
                     text: str, lowered: str, topics: list[WorkTopic], brand_account: bool,
                     hits: Sequence[RuleHit] = ()) -> list[FindingSpan]:
    """The one conduct finding (465 or 255) for this post and the NLRA caution, in the order above."""
    who = relationship.detail if relationship else "the brand's own account"
    base = {"relationship": who, "role": relationship.role if relationship else "brand",
            "source": relationship.source if relationship else "brand account",
            "position": relationship.position if relationship else None,
            "disclosure": disclosure.evidence, "disclosure_reason": disclosure.reason}
    if brand_account or (relationship is not None and relationship.employed):
        threat = suppresses_review(lowered)
        if threat:
            return [review_finding(SUPPRESSION, threat, text, who, base)]
    if relationship is None:
        return []
    if relationship.senior:
        ask = solicits_reviews(lowered)
        if ask:
            return [review_finding(SOLICITATION, ask, text, who, base)]
    terms = _OWN_TERMS.search(lowered) if relationship.role == "partner" and not promotion.selling else None
    if terms and not sells_beyond_terms(lowered, terms):
        return []  # a partner on their own rates and terms (N3): "the affiliate rate dropped, still worth it"
    cautions = caution_findings(relationship, topics, text, hits)
    # Working-conditions speech replaces the conduct finding, unless the post sells, or praises the
    # product while its only work words are weak ones ("the team", "targets" beside "best kettle ever").
    only_weak = bool(topics) and all(t.weak for t in topics)
    if cautions and not promotion.selling and not (only_weak and promotion.present):
        return cautions
    return endorsement_findings(relationship, promotion, disclosure, text, lowered) + cautions


def endorsement_findings(relationship: Relationship, promotion: Promotion, disclosure: DisclosureJudgment,
                         text: str, lowered: str = "") -> list[FindingSpan]:
    if not promotion.present or disclosure.status == "clear":
        return []
    spans = promotion.spans()
    explanation = {"relationship": relationship.detail, "role": relationship.role,
                   "source": relationship.source, "position": relationship.position,
                   "evidence": spans or "positive sentiment about the brand",
                   "disclosure": disclosure.evidence, "disclosure_reason": disclosure.reason}
    if relationship.senior:
        review = is_testimonial(lowered or text.lower())
        if review:
            return [review_finding(OFFICER_TESTIMONIAL, review, text, relationship.detail, explanation)]
    if disclosure.status == "ambiguous":
        start = disclosure.start if disclosure.start is not None else 0
        end = disclosure.end if disclosure.end is not None else len(text)
        return [FindingSpan(
            rule="endorsement-ambiguous-disclosure", category="endorsement", kind="ambiguous-disclosure",
            severity="medium", start=start, end=end,
            preview=f"{relationship.detail}; disclosure not clear: {disclosure.evidence}",
            explanation={**explanation, "buried": disclosure.buried})]
    start, end = (spans[0][0], spans[0][1]) if spans else (0, len(text))
    return [FindingSpan(
        rule=f"endorsement-{relationship.role}-undisclosed", category="endorsement", kind="undisclosed",
        severity="high", start=start, end=end,
        preview=f"{relationship.detail}; promotes the brand with no disclosure in the post",
        explanation=explanation)]


def caution_findings(relationship: Relationship | None, topics: list[WorkTopic], text: str,
                     hits: Sequence[RuleHit] = ()) -> list[FindingSpan]:
    """NLRA cautions: only for the brand's own employees (not family members, not partners)."""
    if relationship is None or not relationship.employed:
        return []
    found: list[FindingSpan] = []
    if topics:
        first = topics[0]
        names = ", ".join(t.topic for t in topics)
        found.append(FindingSpan(
            rule=NLRA_RULE, category="caution", kind="nlra", severity="medium",
            start=first.start, end=first.end,
            preview=f"{relationship.detail}; working-conditions speech ({names}), route to legal "
                    f"(not a violation): '{text[first.start:first.end]}'",
            explanation={"relationship": relationship.detail, "topics": [t.topic for t in topics],
                         "law": "NLRA section 7 (concerted activity)"}))
    seen = {NLRA_RULE}
    for hit in hits:  # caution rules a compliance team added to the rule files
        if hit.rule.category != "caution" or hit.in_description or hit.rule.id in seen:
            continue
        seen.add(hit.rule.id)
        found.append(FindingSpan(
            rule=hit.rule.id, category="caution", kind=hit.rule.kind or "nlra",
            severity=hit.rule.severity or "medium", start=hit.start, end=hit.end,
            preview=f"{relationship.detail}; working-conditions speech, route to legal (not a violation): "
                    f"'{hit.value}'",
            score=hit.score, explanation={**hit.explanation, "relationship": relationship.detail},
            rule_hash=hit.rule.content_hash))
    return found
