"""Is this post a customer's grievance about the brand, and about what?

Evidence is added up on a log-odds scale and squashed to a 0..1 score (docs/detectors.md):
complaint-cue rules (the grievance itself), sentiment, and the shape of a complaint (own
experience, the brand addressed, a question to it, negation, waiting). Negativity that is not aimed
at the brand (a competitor, the news, nobody) is pushed down hard. The weights are set by reasoning
about each cue's strength, not fitted to data; the decision threshold lives in
`settings.complaints.threshold`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from brandwatch.model.analysis import Complaint, FindingSpan
from brandwatch.detectors.brand import BrandTerms
from brandwatch.detectors.linguistic import Cues, is_undone, own_aside, quiet_spans, read_cues
from brandwatch.detectors import linguistic_intl as intl
from brandwatch.detectors.linguistic_intl import FAVOURED as INTL_FAVOURED, INSTITUTION as INTL_INSTITUTION
from brandwatch.detectors.prefilter import PatternGate
from brandwatch.detectors.reading import plain_lower
from brandwatch.rules import RuleHit
from brandwatch.model.sentiment import SentimentResult
from brandwatch.sentiment.complaint_reader import BRAND_TOKEN, ComplaintReader, shipped_reader
from brandwatch.sentiment.complaint_topic_reader import TopicReader, shipped_topic_reader

COMPLAINT_CUE = "complaint-cue"
TOPICS = ("product", "staff", "policy", "other")

# Log-odds weights. A grievance cue alone with the brand named is about even; each further cue of
# experience, address or waiting makes it more likely; praise, news and a missing target make it less.
BIAS = -2.2
CUE_FIRST, CUE_SECOND, CUE_MORE = 2.0, 0.6, 0.3
# Lexicons read many plain trouble reports as positive ("lol", "fit", "like"), so positive polarity
# counts for less than negative; explicit praise words carry the rest.
NEGATIVE_SLOPE, NEGATIVE_CAP = 2.5, 2.0  # times -polarity, capped
# Negative polarity with nothing to be aggrieved about (no cue rule, trouble, waiting, unanswered
# request...) is a bad mood, a joke or a rant at life: it counts for little on its own. Posts with no
# English words are exempt: there the backend is the only reader.
UNSUPPORTED_NEGATIVE_CAP = 0.8
POSITIVE_SLOPE, POSITIVE_CAP = 1.0, 0.8
FIRST_PERSON, EXPERIENCE = 0.4, 0.6
TARGETED, ADDRESSED, QUESTION = 0.5, 0.6, 0.4
WAITING, NEGATION = 0.8, 0.3
TROUBLE_ONE, TROUBLE_MORE = 1.3, 0.4
EXPECTATION, FRUSTRATION = 0.6, 0.5
INTERACTION, MONEY, WHY = 0.5, 0.3, 0.6
SCARE_QUOTES, STAFF_ACTOR = 0.6, 0.5
PRICE_COMPARISON, REQUEST = 0.6, 0.6  # two or more amounts: a price compared; asking the company to act
# Implicit grievances with no negative word at all: something owed never happened, attempts had to
# be counted, or the deal got worse. Each is about as telling as a trouble word.
UNANSWERED, PERSISTENCE, WORSENING = 1.0, 0.8, 0.8
# What a failure cost the customer ("missed my train"), more when tied to its cause ("because the app").
CONSEQUENCE, CONSEQUENCE_CAUSED = 0.8, 1.4
# A product that gave out early ("barely lasted a winter", "died after three weeks", "didn't even last
# a month"): a comparison with how long it should have lasted, about as telling as a trouble word.
SHORT_LIFE = 1.0
HASHTAG = 1.5  # a grievance hashtag ("#acmefail") says what the author thinks in one word
NO_GRIEVANCE = -0.5
IRONY = 0.8  # praise that means the opposite ("great, now it needs a subscription")
POLITE_BUT = 0.6  # praise that only softens a grievance ("love the app, but...")
# A plain request for service ("how do I cancel") with nothing gone wrong: it asks, it does not complain.
SERVICE_REQUEST = -1.0
PRAISE_ALONE, PRAISE_WITH_CUE = -0.8, -0.3
RESOLVED = -2.5
JOKING = -1.5
SLANG_PRAISE = -0.8
NEWS_REPORT = -2.0
# A brand is configured and the post neither names nor addresses it: whatever the grievance, it is
# about something else (a competitor, the weather). Large enough to outweigh every other cue.
OFF_TARGET_BRANDED = -6.0
# Brand configured, not named, but a word of one of its product names is ("the trap", "my rocket"):
# owners shorten names, yet the word may mean something else, so it costs some evidence.
NICKNAME_ONLY = -1.2
OFF_TARGET_AGNOSTIC = -1.5  # no brand configured and the post addresses no company at all
# The learned complaint reader's log-odds are held to this range before they are weighed, so its
# say is bounded and a post the cues put far from the threshold need not be read at all.
READER_BOUND = 4.0
# The topic reader's answer is taken, where no cue rule names a specific topic, only when it is at least
# this sure: chosen on hand-written batches the reader was not trained on (docs/detectors.md).
TOPIC_SURE = 0.6
# Where neither a cue rule, the sure reader nor the post's topic words name the topic, the reader's
# likeliest topic is still taken when it reaches this probability (a four-way guess starts at 0.25).
TOPIC_LEAN = 0.4
# "switched to Acme", "should've stayed with my Acme", "going back to Acme": the grievance in the post is
# with whoever the author left, and outweighs the cues that grievance raised.
FAVOURED = -3.0

_COMPANY_WORDS = re.compile(
    r"\b(?:customer service|customer support|support|company|store|shop|app|website|site|orders?|package|"
    r"delivery|refund|product|service|airline|flight|bank|account|subscription|staff|manager|agent|"
    r"carrier|provider|brand|warranty|helpline|hotline|checkout)\b")


@dataclass(frozen=True)
class ComplaintJudgment:
    complaint: Complaint
    supporting: tuple[RuleHit, ...] = ()
    reasons: dict = field(default_factory=dict, hash=False, compare=False)


class ComplaintDetector:
    def __init__(self, brand: BrandTerms, threshold: float, cue_share: float = 1.0,
                 model_threshold: float = 0.6, others: Sequence[BrandTerms] = (),
                 reader_weight: float = 0.0, reader_offset: float = 0.0,
                 reader: ComplaintReader | None = None, topic_reader: TopicReader | None = None,
                 reader_weight_intl: float | None = None):
        """`others`: the other companies watched beside this one (the configured brands and
        competitors): a clause naming one of them, and not this one, is that company's.
        `reader_weight`: the share of the learned complaint reader's log-odds added to the cue
        evidence on the lexicon path (0: cues alone), with `reader_offset` added beside it; `threshold`
        decides either way. `reader` and `topic_reader` default to the shipped ones, read on first use.
        `reader_weight_intl`: the reader's share on posts detected in Spanish, French, German or Portuguese
        (None: the same share), where few cues can read the post and the reader carries more of it."""
        self.brand = brand
        self.reader_weight = reader_weight
        self.reader_weight_intl = reader_weight if reader_weight_intl is None else reader_weight_intl
        self.reader_offset = reader_offset
        self._reader = reader
        self._topic_reader = topic_reader
        self._last_masked: tuple[str, str] = ("", "")
        self._others = tuple(others)
        self.threshold = threshold
        self.model_threshold = model_threshold
        self.cue_share = cue_share  # how much the cue evidence adds to a multi-task model's complaint odds
        favoured = "|".join(re.escape(t) for t in sorted({*brand.names, *brand.handles}, key=len, reverse=True))
        # Each way of favouring the brand on its own, so a keyword gate can tell which may match at all.
        favouring = [
            rf"\b(?:switched|switching|moved|moving|came back|went back|converted|upgraded) (?:over |everything |it all |back )?to @?(?:{favoured})\b",
            rf"@?(?:{favoured}) (?:is|was|are) (?:\w+ ){{0,2}}better than\b",
            rf"should(?:'ve| have) (?:just )?(?:bought|gone with|got|gotten|stuck with|stayed with|kept|listened) (?:\w+ ){{0,4}}@?(?:{favoured})\b",
            # Leaving the rival for the brand, or glad to be with it: "going back to Acme", "glad I'm on
            # Acme", "Acme from now on", "Acme for me".
            rf"\b(?:going|went|coming|came|switching) back to (?:my |the )?@?(?:{favoured})\b",
            rf"\bglad (?:i'm|im|i am|we're|we are) (?:on|with) (?:the |my )?@?(?:{favoured})\b",
            rf"@?(?:{favoured})(?: \w+){{0,3}} (?:from now on|for me)\b",
            rf"@?(?:{favoured})\b[^.!?]{{0,40}}\bonly thing that (?:went|goes|worked|works) right\b",
            rf"\bi miss @?(?:{favoured})\b",
            # The brand as the consolation or the defended party: "at least my Acme backup saved me",
            # "to be fair to Acme".
            rf"\bat least (?:my |our |the )?@?(?:{favoured})\b",
            rf"\b(?:to be fair to|in fairness to|in defen[cs]e of|defending) @?(?:{favoured})\b",
            # The brand as the one that never let the author down, or the one to pick next time: "never had
            # that with Acme", "booking Acme next time", "my old Acme is still perfect", "Acme staff
            # actually know the product".
            rf"\bnever (?:once )?had (?:that|this|any of that|that nonsense|(?:a single|one|an?|any) (?:problem|issue|fault))\b[^.!?]{{0,30}}\bwith (?:my |the |our )?@?(?:{favoured})\b",
            # Asked back and refused ("Acme next time? no chance") it is no favour.
            rf"@?(?:{favoured}) (?:next time|instead(?! of))\b(?!\s*\?)(?![^.!?]{{0,8}}\b(?:no chance|no way|never|not a chance|not likely)\b)",
            # The brand cleared of the trouble told: "not Acme's fault", "nothing to do with Acme".
            # Cleared only within its own clause: "not Acme's fault the weather was bad, but it IS their fault..."
            # lays the rest at the brand's door.
            rf"\bnot @?(?:{favoured})(?:'s)? (?:fault|problem|issue|doing|car|phone|order)\b(?![^.!?]{{0,80}}\bbut\b)",
            rf"\b(?:nothing to do with|not blaming|no fault of) @?(?:{favoured})\b(?![^.!?]{{0,80}}\bbut\b)",
            rf"\bnever (?:once )?had (?:my |the |our )?@?(?:{favoured})(?: [\w'-]+){{0,2}} (?:fail|break|die|crash|let (?:me|us) down)\b",
            rf"\b(?:my|our) (?:[\w'-]+ ){{0,3}}@?(?:{favoured})\b[^.!?]{{0,25}}\bstill (?:perfect|fine|great|going|going strong|works|working|like new)\b",
            rf"@?(?:{favoured})(?: [\w'-]+)? actually (?:know|knows|works?|turns? up|shows? up|answers?|deliver|delivers|cares?|listens?)\b",
            # The same in Spanish, French, German and Portuguese.
            INTL_FAVOURED.replace("{brand}", favoured),
        ] if favoured else []
        self._favoured = re.compile("|".join(favouring)) if favoured else None
        # The whole alternation has too many literals for the gate; each way alone has few, and the
        # pattern can match only where one of them can.
        self._favoured_gate = PatternGate({str(i): re.compile(way) for i, way in enumerate(favouring)})

    def judge(self, text: str, lowered: str, hits: list[RuleHit], sentiment: SentimentResult,
              language: str | None = None) -> ComplaintJudgment:
        """`language`: the post's detected language code, where known (it picks the reader's share);
        read by its base language ("EN", "pt-BR" are "en", "pt")."""
        language = intl.base_language(language)
        # A post known to be English is read by the English cues alone; the foreign ones where it is in
        # another language or the language is unknown.
        english = True if language == "en" else False if language in intl.LANGUAGES else None
        post = _Attributed(self, text, english)
        own = post.own_sentences()
        own_lower = post.lower if own is text else plain_lower(own)
        cues = read_cues(own_lower, own, english=english)
        if not cues.worsening and self._dearer_elsewhere(own_lower):
            cues = replace(cues, worsening=True)
        titles = quiet_spans(text)
        supporting = tuple(h for h in hits if _is_cue(h) and not h.in_description
                           and not is_undone(text, h.start, english) and not post.aimed_elsewhere(h)
                           and not _ASKED_FOR.search(text, max(0, h.start - 40), h.start)
                           and not any(start <= h.start < end for start, end in titles))
        # A request for service ("how do I cancel my plan?") reads like a plea ("cancel my"): with nothing
        # else gone wrong it is only asked for, and the plea is no evidence.
        if (cues.request and cues.service_ask and not cues.scare_quotes
                and not _has_grievance(replace(cues, request=False), bool(supporting))):
            cues = replace(cues, request=False)
        reasons: dict = {}
        # A problem the company already put right is a story of good service, and a news report tells
        # of others' trouble, not the author's: their cues count half.
        reported = cues.news and not (cues.first_person or cues.second_person)
        z = BIAS + self._cue_weight(supporting, reasons) * (0.5 if cues.resolved or reported else 1.0)
        grievance = _has_grievance(cues, bool(supporting))
        # Part of the post is about another watched company (`_own_sentences` left it out): the post's
        # tone may be that company's, so without a grievance of our own it is no evidence against us.
        # A part left out only for some capitalised name ("Thanks Dave.") keeps the tone as it was.
        others_tone = own != text and not grievance and self._another_watched(lowered)
        if others_tone:
            reasons["tone_about_others"] = "the negative part of the post is about another company"
        elif not (cues.slang_praise and not supporting and not cues.trouble):
            # A lexicon misreads slang praise as anger, and a problem report as praise.
            # In a news report the lexicon hears the failure words of others' trouble (a recall over a
            # faulty part): its negative reading counts half, like the cues.
            tone = _sentiment_weight(sentiment, reasons, _lexicon_blind(cues, bool(supporting)),
                                     NEGATIVE_CAP if grievance or not _english(text)
                                     else UNSUPPORTED_NEGATIVE_CAP)
            # The author's own bad day or poor joke ("after a terrible day at work") is what the lexicon
            # hears there, not the brand: with no grievance of the post's own its reading counts half too.
            if tone and (reported or (not grievance and tone > 0 and own_aside(text))):
                tone = reasons["sentiment"] = round(tone * 0.5, 3)
            z += tone
        z += self._shape_weight(cues, bool(supporting), reasons)
        # In a post that favours the brand ("switched to Acme, my old one broke…") the early death is
        # the product the writer left.
        if not cues.resolved and _SHORT_LIFE.search(own_lower) and not self._favours(lowered):
            reasons["short_life"] = SHORT_LIFE
            z += SHORT_LIFE
        # First person, "my phone", an @handle make the shape of a complaint, but nothing in the post
        # says what went wrong, the tone is not negative and its only negation denies trouble ("never
        # crashes"). Not applied to posts with no English words, which no cue here can read, nor where
        # the company's own words are held up in quotes ('priority' slot in 11 days, 'within tolerance'):
        # that is how a plain report says what went wrong.
        denies_only = cues.negated_trouble or not cues.negation
        if (not grievance and denies_only and (sentiment.polarity >= -0.05 or others_tone)
                and not cues.scare_quotes and _english(own)):
            reasons["no_grievance"] = NO_GRIEVANCE
            z += NO_GRIEVANCE
        target = self._target_weight(lowered, cues, reasons)
        threshold = self.threshold
        if sentiment.complaint is not None:
            z = self._with_model(z, target, sentiment.complaint, reasons)
            threshold = self.model_threshold
        elif self.reader_weight > 0 and (reader := self._reader or shipped_reader()) is not None:
            # In another language the larger share fills in where no cue rule could read the post; where
            # one read a grievance, the reader weighs in at the usual share.
            # Only in the four languages with cues of their own: any other keeps the English share.
            weight = self.reader_weight_intl if language in intl.LANGUAGES and not supporting else self.reader_weight
            z = self._with_reader(z + target, target, reader, lowered, reasons, weight)
        else:
            z += target
        score = round(1 / (1 + math.exp(-z)), 4)
        is_complaint = score >= threshold
        topic = None
        if is_complaint:
            model_topic, lean = sentiment.topic, None
            if model_topic is None and self.reader_weight > 0 and not _names_a_topic(supporting):
                model_topic, lean = self._read_topic(lowered, reasons)
            topic = _topic(supporting, cues, self.brand.nicknamed(lowered), model_topic, lean)
        reasons["log_odds"] = round(z, 3)
        return ComplaintJudgment(Complaint(is_complaint, score, topic), supporting, reasons)

    def _masked(self, lowered: str) -> str:
        """`mask_brand` of the post, worked out once for both readers (the last post's is kept)."""
        last = self._last_masked
        if last[0] is lowered:
            return last[1]
        masked = mask_brand(self.brand, lowered)
        self._last_masked = (lowered, masked)
        return masked

    def _read_topic(self, lowered: str, reasons: dict) -> tuple[str | None, str | None]:
        """The topic reader's answer on the default install when it is sure enough, and the topic it
        leans to when it is not (taken only where nothing else in the post says what went wrong)."""
        reader = self._topic_reader or shipped_topic_reader()
        if reader is None:
            return None, None
        chances = reader.probabilities(self._masked(lowered))
        best = max(chances, key=chances.__getitem__)
        topic = best if chances[best] >= TOPIC_SURE else None
        reasons["topic_reader"] = topic or "unsure"
        return topic, (best if chances[best] >= TOPIC_LEAN else None)

    def _with_model(self, cue_odds: float, target: float, probability: float, reasons: dict) -> float:
        """The model's calibrated complaint log-odds plus a share of the cue evidence; of the brand
        logic only the penalties count (the model already reads who is addressed)."""
        p = min(max(probability, 1e-4), 1 - 1e-4)
        model_odds = math.log(p / (1 - p))
        reasons["cue_log_odds"] = round(cue_odds, 3)
        reasons["model"] = {"head": "complaint", "probability": round(probability, 4),
                            "log_odds": round(model_odds, 3)}
        # The penalties weigh against the model's evidence as well as the cues', so they scale with both:
        # a post that never names the brand stays off it however sure the head is.
        return model_odds + self.cue_share * cue_odds + min(target, 0.0) * (1.0 + self.cue_share)

    def _with_reader(self, cue_odds: float, target: float, reader: ComplaintReader, lowered: str,
                     reasons: dict, weight: float, doubt_weight: float | None = None) -> float:
        """The cue log-odds plus a share of the reader's (bounded) log-odds. The brand logic's
        penalties are scaled by the same share, so the reader cannot turn a post that never names the
        brand, or a rant at a competitor, into a complaint against it; in a post that favours the brand
        over a rival it can only lower the score."""
        base = cue_odds + weight * min(target, 0.0) + self.reader_offset
        # The grievance in a post that favours the brand is with the product the writer left: the
        # reader reads that it is one, not whose, so there it may only lower the score.
        favoured = "favoured" in reasons
        if favoured:
            base -= self.reader_offset
        highest = 0.0 if favoured else READER_BOUND
        cut = math.log(self.threshold / (1 - self.threshold)) if 0 < self.threshold < 1 else None
        # Where no reading could move the decision, spare the time (about three corpus posts in ten at
        # the shipped weight, fewer the larger the weight).
        if cut is not None and base + weight * highest < cut:
            reasons["reader"] = "not read: the cues rule a complaint out"
            return base
        doubt = weight if doubt_weight is None else doubt_weight  # the share of a reading against
        if cut is not None and base - doubt * READER_BOUND >= cut:
            reasons["reader"] = "not read: the cues make it a complaint whatever it says"
            # Counted as the most the reader could add, so a post with stronger cues never scores
            # below a weaker one that the reader lifted (the queue sorts by this score).
            return base + weight * highest
        odds = max(-READER_BOUND, min(highest, reader.log_odds(self._masked(lowered))))
        reasons["cue_log_odds"] = round(cue_odds, 3)
        share = weight if odds > 0 else doubt
        reasons["reader"] = {"probability": round(1 / (1 + math.exp(-odds)), 4), "log_odds": round(odds, 3),
                             "weight": share}
        return base + share * odds

    def _cue_weight(self, supporting: tuple[RuleHit, ...], reasons: dict) -> float:
        distinct = len({h.rule.id for h in supporting})
        weight = (CUE_FIRST if distinct >= 1 else 0) + (CUE_SECOND if distinct >= 2 else 0)
        weight += CUE_MORE if distinct >= 3 else 0
        if distinct:
            reasons["cues"] = sorted({h.rule.id for h in supporting})
        return weight

    def _shape_weight(self, cues: Cues, has_cue: bool, reasons: dict) -> float:
        # ("!!" beside "can't wait" is excitement, so a fed-up tone alone does not make it sarcasm.)
        sarcastic = cues.irony or (cues.trouble and (cues.expectation or cues.frustration))
        # A question is a grievance only beside one; alone it asks for help ("how do I transfer...?").
        grievance = _has_grievance(cues, has_cue) or cues.negation or cues.frustration
        parts = {
            "first_person": FIRST_PERSON if cues.first_person else 0.0,
            "experience": EXPERIENCE if cues.experience else 0.0,
            "question": QUESTION if cues.question and grievance else 0.0,
            "waiting": WAITING if cues.waiting else 0.0,
            "negation": NEGATION if cues.negation else 0.0,
            "trouble": 0.0 if cues.resolved else
            (TROUBLE_ONE if cues.trouble else 0.0) + (TROUBLE_MORE if cues.trouble >= 2 else 0.0),
            "expectation": EXPECTATION if cues.expectation else 0.0,
            "frustration": FRUSTRATION if cues.frustration else 0.0,
            "resolved": RESOLVED if cues.resolved else 0.0,
            "joking": JOKING if cues.joking else 0.0,
            "slang_praise": SLANG_PRAISE if cues.slang_praise and not cues.trouble else 0.0,
            # Praise beside trouble, a fed-up tone or broken promises reads as sarcasm or a mixed
            # review ("great, the app now needs a subscription"), so it does not count as praise then.
            "praise": (0.0 if sarcastic or cues.polite_but else PRAISE_WITH_CUE if has_cue else PRAISE_ALONE)
            if cues.praise else 0.0,
            "interaction": INTERACTION if cues.interaction else 0.0,
            "money": MONEY if cues.money else 0.0,
            "price_comparison": PRICE_COMPARISON if cues.prices >= 2 else 0.0,
            "request": REQUEST if cues.request else 0.0,
            "unanswered": UNANSWERED if cues.unanswered else 0.0,
            "persistence": PERSISTENCE if cues.persistence else 0.0,
            "worsening": WORSENING if cues.worsening else 0.0,
            "hashtag": HASHTAG if cues.hashtag else 0.0,
            "consequence": (CONSEQUENCE_CAUSED if cues.consequence >= 2 else CONSEQUENCE) if cues.consequence else 0.0,
            "irony": IRONY if cues.irony else 0.0,
            "polite_but": POLITE_BUT if cues.polite_but else 0.0,
            "service_request": SERVICE_REQUEST if (cues.service_ask and not cues.scare_quotes
                                                   and not _has_grievance(cues, has_cue)) else 0.0,
            "why": WHY if cues.why else 0.0,
            "scare_quotes": SCARE_QUOTES if cues.scare_quotes else 0.0,
            "staff_actor": STAFF_ACTOR if cues.staff_actor else 0.0,
            "news": NEWS_REPORT if cues.news and not (cues.first_person or cues.second_person) else 0.0,
        }
        reasons.update({k: v for k, v in parts.items() if v})
        return sum(parts.values())

    def _target_weight(self, lowered: str, cues: Cues, reasons: dict) -> float:
        ours, others = self.brand.addressed_handles(lowered)
        if self.brand.configured:
            named = bool(ours) or self.brand.mentioned(lowered)
            if not named and not others and self.brand.nicknamed(lowered):
                reasons["nickname_only"] = NICKNAME_ONLY
                return NICKNAME_ONLY + (ADDRESSED if cues.second_person else 0.0)
            if not named:
                reasons["off_target"] = "the post does not name the brand" + (
                    f" and addresses @{others[0]}" if others else "")
                return OFF_TARGET_BRANDED
            weight = TARGETED + (ADDRESSED if ours or cues.second_person else 0.0)
            if self._favours(lowered):
                reasons["favoured"] = FAVOURED
                weight += FAVOURED
            return weight
        targeted = bool(ours or others) or cues.second_person or cues.experience or bool(_COMPANY_WORDS.search(lowered))
        if not targeted:
            reasons["off_target"] = "no company, product or addressee in the post"
            return OFF_TARGET_AGNOSTIC
        return TARGETED + (ADDRESSED if (ours or others or cues.second_person) else 0.0)


    def _dearer_elsewhere(self, lowered: str) -> bool:
        """Someone else did it for a fraction of what the brand asks ("Globex did it for half of what Acme
        charged"): the brand is the dearer side and not the cheaper one. With no brand configured, any
        such comparison counts."""
        addressed = None
        for cheaper, dearer in intl.price_fractions(lowered):
            if not self.brand.configured:
                return True
            # "you" is the brand in a post @-addressed to it, which opens with the handle it addresses.
            if addressed is None:
                addressed = bool(self.brand.addressed_handles(lowered)[0])
            cheaper = _LEADING_HANDLES.sub("", cheaper) if addressed else cheaper
            dear_is_brand = self.brand.mentioned(dearer) or (addressed and _YOU.search(dearer) is not None)
            if dear_is_brand and not self.brand.mentioned(cheaper):
                return True
        return False

    def _favours(self, lowered: str) -> bool:
        return bool(self.brand.configured and self._favoured and self._favoured_gate.possible(lowered)
                    and self._favoured.search(lowered))

    def _units(self, text: str, english: bool | None = None) -> Iterator[tuple[int, str]]:
        """The sentences a grievance is attributed to, each with its offset. A sentence naming both
        this company and another watched one whose own clause holds a grievance is cut into its
        clauses ("Acme is fine, Globex lost my parcel"); one that only compares them stays whole
        ("my old Globex kettle lasted six years, the Acme one barely lasted a winter")."""
        for sentence in _SENTENCE.finditer(text):
            lowered = plain_lower(sentence.group())
            clauses = ([(c.start(), c.group()) for c in _CLAUSE.finditer(sentence.group())]
                       if self._others and self.brand.mentioned(lowered) and self._another_watched(lowered)
                       else [])
            if any(self._anothers_grievance(clause, english) for _, clause in clauses):
                for start, clause in clauses:
                    yield sentence.start() + start, clause
            else:
                yield sentence.start(), sentence.group()

    def _anothers_grievance(self, clause: str, english: bool | None = None) -> bool:
        """`english`: as for `read_cues`, from the post's language."""
        lowered = plain_lower(clause)
        return (not self.brand.mentioned(lowered) and self._another_watched(lowered)
                and _has_grievance(read_cues(lowered, clause, english=english), False))

    def _another_watched(self, lowered: str) -> bool:
        return any(other.mentioned(lowered) for other in self._others)

    def _ours_in(self, lowered: str) -> bool:
        return self.brand.mentioned(lowered) or self.brand.nicknamed(lowered)

    def _names_someone_else(self, sentence: str) -> bool:
        """Names another company (a handle or a capitalised name that is not one of our product
        words) and does not name ours."""
        words = _WORD.findall(sentence)
        lowered = plain_lower(sentence)
        return (not self.brand.mentioned(lowered)
                and (self._another_watched(lowered)
                     or any(_looks_like_a_name(word, i == 0) and not self._our_product_word(words, i)
                            for i, word in enumerate(words)) or bool(_INSTITUTION.search(lowered))))

    def _our_product_word(self, words: list[str], i: int) -> bool:
        """"the Trap" is ours; in "Initech Cloud" the word belongs to the capitalised name before it."""
        return self.brand.nicknamed(plain_lower(words[i])) and not (i and words[i - 1][:1].isupper())


class _Attributed:
    """One post's sentences and which of them are about some other company, worked out once for the
    post's own sentences and every cue rule's hit (each asked the same questions of the same text)."""

    __slots__ = ("detector", "text", "english", "lower", "_ours", "_units", "_elsewhere")

    def __init__(self, detector: ComplaintDetector, text: str, english: bool | None = None):
        """`english`: as for `read_cues`, from the post's language."""
        self.detector, self.text, self.english = detector, text, english
        self.lower = plain_lower(text)
        self._ours: bool | None = None
        self._units: list[tuple[int, str]] | None = None
        self._elsewhere: dict[int, bool] = {}  # by unit index

    def _names_ours(self) -> bool:
        if self._ours is None:
            detector = self.detector
            self._ours = detector.brand.configured and detector._ours_in(self.lower)
        return self._ours

    def _unit_list(self) -> list[tuple[int, str]]:
        if self._units is None:
            self._units = list(self.detector._units(self.text, self.english))
        return self._units

    def _about_another(self, index: int) -> bool:
        known = self._elsewhere.get(index)
        if known is None:
            known = self._elsewhere[index] = self.detector._names_someone_else(self._unit_list()[index][1])
        return known

    def own_sentences(self) -> str:
        """The post without the sentences that are about some other company (see `aimed_elsewhere`)."""
        if not self._names_ours():
            return self.text
        units = self._unit_list()
        kept = [unit for index, (_, unit) in enumerate(units) if not self._about_another(index)]
        return self.text if len(kept) == len(units) else " ".join(kept)

    def aimed_elsewhere(self, hit: RuleHit) -> bool:
        """The cue's sentence names some other company and not ours, which the post names elsewhere:
        "Globex pans are garbage. My old Acme Anvil is still going"."""
        if not self._names_ours():
            return False
        for index, (start, unit) in enumerate(self._unit_list()):
            if start <= hit.start < start + len(unit):
                return self._about_another(index)
        return False


_WORD = re.compile(r"[@\w][\w'-]*")
# The company spoken to ("half of what you charged"), in the five languages; and the @-handles a post
# opens with, which address someone rather than name the subject.
_YOU = re.compile(r"\b(?:you|your|vous|votre|vos|ihr|euch|euer|eure|ustedes|vosotros|voc[êe]s)\b")
_LEADING_HANDLES = re.compile(r"^\s*(?:@\w+[\s,:]*)+")
# What a cue rule's hit asked for rather than reported: "how do I | cancel my subscription".
_ASKED_FOR = re.compile(r"(?i)\b(?:how (?:do|can|would|should) (?:i|we)|how to|can (?:i|we)|could (?:i|we)|"
                        r"is it possible to|like to|want to|need to|thinking of|planning to|looking to) $")
_SPAN = r"(?:a |an |one |two |three |four |five |six |\d+ |a few |few |a couple of )?(?:days?|weeks?|months?|uses|washes|charges|trips|rides|jobs|winter|summer)"
_SHORT_LIFE = re.compile(
    rf"\b(?:barely|hardly|only|just) (?:lasted|made it|survived)\b"
    rf"|\b(?:didn't|did not|didnt|won't|wont) (?:even )?(?:last|make it)(?: (?:to|till|until|past|a|one|the|through))\b"
    rf"|\b(?:died|broke|gave up|gave out|packed in|packed up|fell apart|stopped working|quit) (?:on me )?after "
    rf"(?:only |just |barely )?{_SPAN}\b")
# Governments, councils and parties: anger at them in a post that names the brand is politics, not a
# grievance with the brand ("the council's plan is a disgrace, Acme riders will suffer").
_INSTITUTION = re.compile(r"\b(?:council|government|govt|parliament|politicians?|ministers?|westminster|congress|"
                          r"senate|mayor|tories|both parties|the left|the right|lawmakers|"
                          rf"{INTL_INSTITUTION})\b")
# Sentences, and clauses joined by "so", "but", "while", "at least", ";": the unit a grievance is
# attributed to ("ZoomCorp charged me twice, so naturally my Acme order arrives early").
_SENTENCE = re.compile(r"(?:[^.!?;\n,]|,(?! (?:so|but|while|whereas|at least|meanwhile) ))+[.!?;\n,]*")
# Clauses within a sentence: cut after a comma and before a contrasting conjunction.
_CLAUSE = re.compile(r"(?:(?!\b(?:but|while|whereas|though|although|unlike)\b)[^,])+,?|\b\w+")
_COMMON_CAPITALS = frozenset({"i", "i'm", "i've", "i'd", "the", "a", "an", "my", "our", "we", "it", "its",
                              "this", "that", "they", "their", "so", "and", "but", "or", "if", "just",
                              "got", "ordered", "bought", "day", "lol", "omg", "psa", "update", "edit",
                              # Calendar words are capitalised but name no company.
                              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                              "january", "february", "march", "april", "may", "june", "july", "august",
                              "september", "october", "november", "december", "christmas", "easter"})


def _looks_like_a_name(word: str, opens_sentence: bool) -> bool:
    """A handle, or a capitalised word that is not just the sentence's first word: "ZoomCorp",
    "Globex's", "the Globex pans" (a plain capitalised opener like "Ordered" is not a name)."""
    if word.startswith("@"):
        return True
    if not word[:1].isupper() or word.isupper() or word.casefold() in _COMMON_CAPITALS:
        return False
    if opens_sentence:
        return any(ch.isupper() for ch in word[1:]) or word.endswith(("'s", "’s"))
    return True


def mask_brand(brand: BrandTerms, lowered: str) -> str:
    """The post as the complaint reader sees it: the judged brand's names and handles replaced by one
    token, so what it learned is the wording of a grievance, not which brand had it."""
    out, last = [], 0
    for start, end in brand.spans(lowered):
        out += [lowered[last:start], f" {BRAND_TOKEN} "]
        last = end
    return "".join(out) + lowered[last:]


def _is_cue(hit: RuleHit) -> bool:
    rule = hit.rule
    return (rule.signal == COMPLAINT_CUE and rule.topic is not None) or rule.category == "complaint"


def _cue_topic(hit: RuleHit) -> str:
    topic = hit.rule.topic if hit.rule.signal == COMPLAINT_CUE else hit.rule.kind
    assert topic is not None  # `_is_cue` admits complaint cues with a topic only
    return topic


def _names_a_topic(supporting: tuple[RuleHit, ...]) -> bool:
    """A cue rule says what kind of grievance it is (anything but a plain `other`, though a one-off
    mix-up is a kind), which outranks any reader."""
    return any(_cue_topic(h) != "other" or h.rule.id in _ONE_OFF_CUES for h in supporting)


def _has_grievance(cues: Cues, has_cue: bool) -> bool:
    """Something in the post says what went wrong, beyond a mood."""
    return bool(has_cue or cues.trouble or cues.waiting or cues.expectation or cues.unanswered
                or cues.persistence or cues.worsening or cues.irony or cues.request or cues.why
                or cues.consequence or cues.hashtag or cues.polite_but)


_ENGLISH = re.compile(r"\b(?:the|a|an|is|are|was|i|my|me|you|your|it|to|and|of|for|on|in|with|this|that|"
                      r"not|no|have|has|be|been|at|they|we|our)\b")


def _english(text: str) -> bool:
    return len(_ENGLISH.findall(text.casefold())) >= 2


def _lexicon_blind(cues: Cues, has_cue: bool) -> bool:
    """The post reports a problem in words a polarity model reads as neutral or glad ("cool cool
    cool", "great feature 🙃", "went from $6 to $11"): its positive reading is then not evidence."""
    sarcastic = cues.irony or cues.polite_but or (cues.praise and (cues.frustration or cues.scare_quotes))
    return bool(has_cue or cues.trouble or cues.unanswered or cues.persistence or cues.worsening or sarcastic)


def _sentiment_weight(sentiment: SentimentResult, reasons: dict, blind_to_positive: bool = False,
                      negative_cap: float = NEGATIVE_CAP) -> float:
    polarity = sentiment.polarity
    if polarity < -0.05:
        weight = min(negative_cap, NEGATIVE_SLOPE * -polarity)
    elif polarity > 0.05 and blind_to_positive:
        return 0.0
    elif polarity > 0.05:
        weight = -min(POSITIVE_CAP, POSITIVE_SLOPE * polarity)
    else:
        return 0.0
    reasons["sentiment"] = round(weight, 3)
    return weight


# Cue rules that only count a wait, and those that say nobody answered (rules/complaints*.yaml).
_WAITING_CUES = frozenset({"complaint-policy-waiting", "complaint-intl-waiting-counted"})
# Cue rules naming a one-off mix-up (the guideline's `other`: something lost, the wrong item, marked
# delivered but never there): unlike a plain grievance ("a scam") they say what went wrong, and the
# delivery words such a post uses ("never arrived") are the same loss, not a late delivery.
_ONE_OFF_CUES = frozenset({"complaint-wrong-item", "complaint-intl-wrong-item", "complaint-intl-marked-delivered",
                           "complaint-lost-belongings", "complaint-intl-lost-belongings"})
_DELIVERY_CUES = frozenset({"complaint-policy-delivery", "complaint-intl-delivery"})
# Cue rules whose grievance outranks the product failing beside it, whatever came first: money back refused
# for a faulty heater is policy, a broken reset link on the website is the guideline's `other`. The failure is
# why the customer asked; what they complain of is the refusal or the lock-out.
_OVER_PRODUCT_CUES = frozenset({"complaint-policy-refund", "complaint-policy-payout-refused", "complaint-account-access"})
# Kept on hold counts with the unanswered ones: nobody picks up.
_ANSWER_CUES = frozenset({"complaint-staff-unresponsive", "complaint-intl-unanswered", "complaint-intl-service-silent",
                          "complaint-staff-on-hold", "complaint-intl-staff-on-hold"})


def _topic(supporting: tuple[RuleHit, ...], cues: Cues, names_a_product: bool = False,
           model_topic: str | None = None, model_lean: str | None = None) -> str:
    """The topic with the most cues; ties go to the one raised first (the post's lead grievance).

    Specific topics beat `other`, which only names a grievance without saying what went wrong.
    With the multi-task model, its topic head decides unless a cue rule names a topic.
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    # Asking whether anyone will answer at all ("is anyone going to answer the phone? 50 minutes and
    # counting") is the same silence, told without a cue rule.
    if (cues.unanswered and cues.question) or any(h.rule.id in _ANSWER_CUES for h in supporting):
        # "three weeks and no reply": the wait counted is how long the silence lasted, one grievance
        # with the people who did not answer, so the waiting cue does not vote for policy beside it.
        supporting = tuple(h for h in supporting if h.rule.id not in _WAITING_CUES)
    if any(h.rule.id in _OVER_PRODUCT_CUES for h in supporting):
        supporting = tuple(h for h in supporting if _cue_topic(h) != "product")
    one_off = [h for h in supporting if h.rule.id in _ONE_OFF_CUES or h.rule.id == "complaint-account-access"]
    if one_off:
        supporting = tuple(h for h in supporting if h.rule.id not in _DELIVERY_CUES)
    for hit in supporting:
        topic = _cue_topic(hit)
        counts[topic] = counts.get(topic, 0) + 1
        first.setdefault(topic, hit.start)
    specific = {t: n for t, n in counts.items() if t != "other"}
    if one_off:
        specific["other"] = len(one_off)
        first["other"] = min(h.start for h in one_off)
    if specific:
        return min(specific, key=lambda t: (-specific[t], first[t]))
    if model_topic in TOPICS:
        return model_topic
    # No cue rule named the grievance: the topic whose vocabulary the post uses most. On a tie,
    # staff beats policy beats product: a named person or rule is the more specific grievance.
    words = dict(cues.topic_words)
    # The implicit cues say what kind of thing went wrong: a thing failing is the product, someone
    # not answering or acting is staff, a worse deal or a price is policy.
    words["product"] = words.get("product", 0) + cues.trouble
    words["staff"] = words.get("staff", 0) + cues.unanswered + cues.staff_actor
    words["policy"] = words.get("policy", 0) + cues.worsening + (cues.prices >= 2)
    best = max(("staff", "policy", "product"), key=lambda t: words.get(t, 0))
    if words.get(best, 0):
        return best
    # No topic word says what went wrong, and no cue rule called it a plain grievance ("a scam", which
    # is `other`): the topic reader's lean, unsure as it is, is right more often than a bare wait read
    # as policy (a hub down "since 6am" is the product) and far more often than `other`, the rarest
    # topic among complaints.
    if model_lean in TOPICS and not counts:
        return model_lean
    if cues.waiting:
        return "policy"
    # Nothing says what went wrong, but one of the brand's products is named: it is about that.
    return "product" if names_a_product else "other"


def complaint_finding(judgment: ComplaintJudgment, text: str) -> FindingSpan | None:
    """The one complaint finding of a post, present exactly when it is a complaint."""
    complaint = judgment.complaint
    if not complaint.is_complaint:
        return None
    supporting = judgment.supporting
    start = min((h.start for h in supporting), default=0)
    end = max((h.end for h in supporting), default=len(text))
    rules = sorted({h.rule.id for h in supporting})
    signals = ", ".join(rules) if rules else "none (sentiment and linguistic cues)"
    reader = judgment.reasons.get("reader")
    read = f"complaint reader {reader['probability']:.2f}; " if isinstance(reader, dict) else ""
    severity = "medium" if complaint.score >= 0.8 else "low"
    return FindingSpan(
        rule="complaint", category="complaint", kind=complaint.topic or "other", severity=severity,
        start=start, end=end, preview=f"{complaint.topic} complaint, score {complaint.score:.2f}; {read}signals: {signals}",
        score=complaint.score, explanation={"signals": rules, **judgment.reasons,
                                            "attribution": attribution(judgment)},
    )


# Totals, not cues: the sum of the evidence, not a piece of it.
_NOT_CUES = frozenset({"log_odds", "cue_log_odds"})


def attribution(judgment: ComplaintJudgment) -> dict:
    """Which cues pushed the post towards a complaint and which model head judged it, so a reviewer's
    verdict on the finding can be credited to each (`brandwatch rules stats`, per cue)."""
    reasons = judgment.reasons
    cues = [f"rule:{rule}" for rule in sorted({h.rule.id for h in judgment.supporting})]
    cues += [name if name == "sentiment" else f"shape:{name}" for name, weight in sorted(reasons.items())
             if name not in _NOT_CUES and isinstance(weight, (int, float)) and not isinstance(weight, bool)
             and weight > 0]
    model = reasons.get("model")
    head = model.get("head") if isinstance(model, dict) else "reader" if isinstance(reasons.get("reader"), dict) else None
    return {"cues": cues, "model_head": head}
