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
from dataclasses import dataclass, field

from brandwatch.detectors.analysis import Complaint, FindingSpan
from brandwatch.detectors.brand import BrandTerms
from brandwatch.detectors.linguistic import Cues, is_undone, read_cues
from brandwatch.detectors.reading import plain_lower
from brandwatch.rules import RuleHit
from brandwatch.sentiment.base import SentimentResult

COMPLAINT_CUE = "complaint-cue"
TOPICS = ("product", "staff", "policy", "other")

# Log-odds weights. A grievance cue alone with the brand named is about even; each further cue of
# experience, address or waiting makes it more likely; praise, news and a missing target make it less.
BIAS = -2.2
CUE_FIRST, CUE_SECOND, CUE_MORE = 2.0, 0.6, 0.3
# Lexicons read many plain trouble reports as positive ("lol", "fit", "like"), so positive polarity
# counts for less than negative; explicit praise words carry the rest.
NEGATIVE_SLOPE, NEGATIVE_CAP = 2.5, 2.0  # times -polarity, capped
POSITIVE_SLOPE, POSITIVE_CAP = 1.0, 0.8
FIRST_PERSON, EXPERIENCE = 0.4, 0.6
TARGETED, ADDRESSED, QUESTION = 0.5, 0.6, 0.4
WAITING, NEGATION = 0.8, 0.3
TROUBLE_ONE, TROUBLE_MORE = 1.3, 0.4
EXPECTATION, FRUSTRATION = 0.6, 0.5
INTERACTION, MONEY, WHY = 0.5, 0.3, 0.6
SCARE_QUOTES, STAFF_ACTOR = 0.6, 0.5
PRICE_COMPARISON, REQUEST = 0.6, 0.6  # two or more amounts: a price compared; asking the company to act
PRAISE_ALONE, PRAISE_WITH_CUE = -0.8, -0.3
RESOLVED = -2.5
JOKING = -1.5
SLANG_PRAISE = -0.8
NEWS_REPORT = -1.2
# A brand is configured and the post neither names nor addresses it: whatever the grievance, it is
# about something else (a competitor, the weather). Large enough to outweigh every other cue.
OFF_TARGET_BRANDED = -6.0
OFF_TARGET_AGNOSTIC = -1.5  # no brand configured and the post addresses no company at all
FAVOURED = -1.5  # "switched to Acme", "Acme is way better than..."

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
    def __init__(self, brand: BrandTerms, threshold: float):
        self.brand = brand
        self.threshold = threshold
        favoured = "|".join(re.escape(t) for t in sorted({*brand.names, *brand.handles}, key=len, reverse=True))
        self._favoured = re.compile(
            rf"\b(?:switched|switching|moved|moving|came back|went back|converted|upgraded) (?:over )?to @?(?:{favoured})\b"
            rf"|@?(?:{favoured}) (?:is|was|are) (?:\w+ ){{0,2}}better than\b"
            rf"|should(?:'ve| have) (?:just )?(?:bought|gone with|got|gotten|stuck with|listened) (?:\w+ ){{0,4}}@?(?:{favoured})\b"
            rf"|\bi miss @?(?:{favoured})\b") if favoured else None

    def judge(self, text: str, lowered: str, hits: list[RuleHit], sentiment: SentimentResult) -> ComplaintJudgment:
        own = self._own_sentences(text)
        cues = read_cues(plain_lower(own), own)
        supporting = tuple(h for h in hits if _is_cue(h) and not h.in_description
                           and not is_undone(text, h.start) and not self._aimed_elsewhere(text, h))
        reasons: dict = {}
        # A problem the company already put right is a story of good service: its cues count half.
        z = BIAS + self._cue_weight(supporting, reasons) * (0.5 if cues.resolved else 1.0)
        if not (cues.slang_praise and not supporting and not cues.trouble):
            z += _sentiment_weight(sentiment, reasons)  # a lexicon misreads slang praise as anger
        z += self._shape_weight(cues, bool(supporting), reasons)
        z += self._target_weight(lowered, cues, reasons)
        score = round(1 / (1 + math.exp(-z)), 4)
        is_complaint = score >= self.threshold
        topic = _topic(supporting, cues) if is_complaint else None
        reasons["log_odds"] = round(z, 3)
        return ComplaintJudgment(Complaint(is_complaint, score, topic), supporting, reasons)

    def _cue_weight(self, supporting: tuple[RuleHit, ...], reasons: dict) -> float:
        distinct = len({h.rule.id for h in supporting})
        weight = (CUE_FIRST if distinct >= 1 else 0) + (CUE_SECOND if distinct >= 2 else 0)
        weight += CUE_MORE if distinct >= 3 else 0
        if distinct:
            reasons["cues"] = sorted({h.rule.id for h in supporting})
        return weight

    def _shape_weight(self, cues: Cues, has_cue: bool, reasons: dict) -> float:
        sarcastic = cues.frustration or (cues.trouble and cues.expectation)
        parts = {
            "first_person": FIRST_PERSON if cues.first_person else 0.0,
            "experience": EXPERIENCE if cues.experience else 0.0,
            "question": QUESTION if cues.question else 0.0,
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
            "praise": (0.0 if sarcastic else PRAISE_WITH_CUE if has_cue else PRAISE_ALONE) if cues.praise else 0.0,
            "interaction": INTERACTION if cues.interaction else 0.0,
            "money": MONEY if cues.money else 0.0,
            "price_comparison": PRICE_COMPARISON if cues.prices >= 2 else 0.0,
            "request": REQUEST if cues.request else 0.0,
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
            if not named:
                reasons["off_target"] = "the post does not name the brand" + (
                    f" and addresses @{others[0]}" if others else "")
                return OFF_TARGET_BRANDED
            weight = TARGETED + (ADDRESSED if ours or cues.second_person else 0.0)
            if self._favoured and self._favoured.search(lowered):
                reasons["favoured"] = FAVOURED
                weight += FAVOURED
            return weight
        targeted = bool(ours or others) or cues.second_person or cues.experience or bool(_COMPANY_WORDS.search(lowered))
        if not targeted:
            reasons["off_target"] = "no company, product or addressee in the post"
            return OFF_TARGET_AGNOSTIC
        return TARGETED + (ADDRESSED if (ours or others or cues.second_person) else 0.0)


    def _own_sentences(self, text: str) -> str:
        """The post without the sentences that are about some other company (see `_aimed_elsewhere`)."""
        if not self.brand.configured or not self.brand.mentioned(plain_lower(text)):
            return text
        kept = [s for s in _SENTENCE.findall(text) if not self._names_someone_else(s)]
        return " ".join(kept)

    def _names_someone_else(self, sentence: str) -> bool:
        words = _WORD.findall(sentence)
        return (not self.brand.mentioned(plain_lower(sentence))
                and any(_looks_like_a_name(word, i == 0) for i, word in enumerate(words)))

    def _aimed_elsewhere(self, text: str, hit: RuleHit) -> bool:
        """The cue's sentence names some other company and not ours, which the post names elsewhere:
        "Globex pans are garbage. My old Acme Anvil is still going"."""
        if not self.brand.configured:
            return False
        if not self.brand.mentioned(plain_lower(text)):
            return False
        for clause in _SENTENCE.finditer(text):
            if clause.start() <= hit.start < clause.end():
                return self._names_someone_else(clause.group())
        return False


_WORD = re.compile(r"[@\w][\w'-]*")
# Sentences, and clauses joined by "so", "but", "while", "at least", ";": the unit a grievance is
# attributed to ("ZoomCorp charged me twice, so naturally my Acme order arrives early").
_SENTENCE = re.compile(r"(?:[^.!?;\n,]|,(?! (?:so|but|while|whereas|at least|meanwhile) ))+[.!?;\n,]*")
_COMMON_CAPITALS = frozenset({"i", "i'm", "i've", "i'd", "the", "a", "an", "my", "our", "we", "it", "its",
                              "this", "that", "they", "their", "so", "and", "but", "or", "if", "just",
                              "got", "ordered", "bought", "day", "lol", "omg", "psa", "update", "edit"})


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


def _is_cue(hit: RuleHit) -> bool:
    rule = hit.rule
    return (rule.signal == COMPLAINT_CUE and rule.topic is not None) or rule.category == "complaint"


def _cue_topic(hit: RuleHit) -> str:
    return hit.rule.topic if hit.rule.signal == COMPLAINT_CUE else hit.rule.kind


def _sentiment_weight(sentiment: SentimentResult, reasons: dict) -> float:
    polarity = sentiment.polarity
    if polarity < -0.05:
        weight = min(NEGATIVE_CAP, NEGATIVE_SLOPE * -polarity)
    elif polarity > 0.05:
        weight = -min(POSITIVE_CAP, POSITIVE_SLOPE * polarity)
    else:
        return 0.0
    reasons["sentiment"] = round(weight, 3)
    return weight


def _topic(supporting: tuple[RuleHit, ...], cues: Cues) -> str:
    """The topic with the most cues; ties go to the one raised first (the post's lead grievance).

    Specific topics beat `other`, which only names a grievance without saying what went wrong.
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for hit in supporting:
        topic = _cue_topic(hit)
        counts[topic] = counts.get(topic, 0) + 1
        first.setdefault(topic, hit.start)
    specific = {t: n for t, n in counts.items() if t != "other"}
    if specific:
        return min(specific, key=lambda t: (-specific[t], first[t]))
    # No cue rule named the grievance: the topic whose vocabulary the post uses most. On a tie,
    # staff beats policy beats product: a named person or rule is the more specific grievance.
    words = cues.topic_words
    best = max(("staff", "policy", "product"), key=lambda t: words.get(t, 0))
    if words.get(best, 0):
        return best
    return "policy" if cues.waiting else "other"


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
    severity = "medium" if complaint.score >= 0.8 else "low"
    return FindingSpan(
        rule="complaint", category="complaint", kind=complaint.topic or "other", severity=severity,
        start=start, end=end, preview=f"{complaint.topic} complaint, score {complaint.score:.2f}; signals: {signals}",
        score=complaint.score, explanation={"signals": rules, **judgment.reasons},
    )
