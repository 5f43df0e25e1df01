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
from brandwatch.rules import RuleHit
from brandwatch.sentiment.base import SentimentResult

COMPLAINT_CUE = "complaint-cue"
TOPICS = ("product", "staff", "policy", "other")

# Log-odds weights. A grievance cue alone with the brand named is about even; each further cue of
# experience, address or waiting makes it more likely; praise, news and a missing target make it less.
BIAS = -2.2
CUE_FIRST, CUE_SECOND, CUE_MORE = 2.0, 0.6, 0.3
NEGATIVE_SLOPE, NEGATIVE_CAP = 2.5, 2.0  # times -polarity, capped
POSITIVE_SLOPE, POSITIVE_CAP = 2.0, 1.6
FIRST_PERSON, EXPERIENCE = 0.4, 0.6
TARGETED, ADDRESSED, QUESTION = 0.5, 0.6, 0.4
WAITING, NEGATION = 0.8, 0.3
PRAISE_ALONE, PRAISE_WITH_CUE = -0.8, -0.3
NEWS_REPORT = -1.2
OFF_TARGET_BRANDED = -3.5  # a brand is configured and the post neither names nor addresses it
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
            rf"|@?(?:{favoured}) (?:is|was|are) (?:\w+ ){{0,2}}better than\b") if favoured else None

    def judge(self, text: str, lowered: str, hits: list[RuleHit], sentiment: SentimentResult) -> ComplaintJudgment:
        cues = read_cues(lowered)
        supporting = tuple(h for h in hits if _is_cue(h) and not h.in_description and not is_undone(text, h.start))
        reasons: dict = {}
        z = BIAS + self._cue_weight(supporting, reasons) + _sentiment_weight(sentiment, reasons)
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
        parts = {
            "first_person": FIRST_PERSON if cues.first_person else 0.0,
            "experience": EXPERIENCE if cues.experience else 0.0,
            "question": QUESTION if cues.question else 0.0,
            "waiting": WAITING if cues.waiting else 0.0,
            "negation": NEGATION if cues.negation else 0.0,
            "praise": (PRAISE_WITH_CUE if has_cue else PRAISE_ALONE) if cues.praise else 0.0,
            "news": NEWS_REPORT if cues.news and not (cues.first_person or cues.second_person) else 0.0,
        }
        reasons.update({k: v for k, v in parts.items() if v})
        return sum(parts.values())

    def _target_weight(self, lowered: str, cues: Cues, reasons: dict) -> float:
        ours, others = self.brand.addressed_handles(lowered)
        if self.brand.configured:
            named = bool(ours) or self.brand.mentioned(lowered)
            if not named:
                reasons["off_target"] = "the post neither names nor addresses the brand"
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
    if cues.waiting:
        return "policy"
    return "other"


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
