"""How the endorsement experiment (bench/endorsement_learn.py) blends a learned reader's verdict with the cues.

Not shipped: the leave-one-batch-out experiment found no held-out gain large and safe enough
(docs/detectors.md, "tried, not shipped"), so the detector judges by the cues alone and this blend
lives beside the experiment that measures it.

The reader is asked only where the rules already place the author: a threat from the brand's account
or its staff (465.7), a review request from an officer or manager (465.5(c)), working conditions from
an employee, praise from any insider. At or above `add` it supplies a reading the cues missed; below
`veto` it drops a praise or work reading the cues took from weak evidence only (a threshold of 2 or
-1 is off). A post the rules rule out (a complaint, a post not about the brand) gets no praise from it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from brandwatch.detectors.disclosure import DisclosureJudgment
from brandwatch.detectors.endorsements import Promotion, conduct_findings
from brandwatch.detectors.insiders import Relationship
from brandwatch.detectors.reviews import SOLICITATION, SUPPRESSION, Evidence, review_finding
from brandwatch.detectors.workplace import WorkTopic
from brandwatch.model.analysis import FindingSpan

QUESTIONS = ("praise", "work", "solicit", "threat")


@dataclass(frozen=True)
class Verdict:
    """The reader's probabilities for one post and the thresholds they are judged by."""

    probabilities: dict[str, float]
    add: dict[str, float]
    veto: dict[str, float]

    def says(self, question: str) -> bool:
        return self.probabilities.get(question, 0.0) >= self.add.get(question, 2.0)

    def doubts(self, question: str) -> bool:
        return self.probabilities.get(question, 1.0) < self.veto.get(question, -1.0)


def blend_readings(relationship: Relationship | None, promotion: Promotion, topics: list[WorkTopic],
                   verdict: Verdict, text: str, ruled_out: bool) -> tuple[Promotion, list[WorkTopic]]:
    """The praise and working-conditions readings with the reader's added or dropped."""
    if relationship is None:
        return promotion, topics
    if not promotion.present and not ruled_out and verdict.says("praise"):
        promotion = replace(promotion, praise=(0, len(text)))
    elif promotion.present and not promotion.hits and verdict.doubts("praise"):
        promotion = Promotion()
    if relationship.employed and not topics and verdict.says("work"):
        topics = [WorkTopic("working conditions (model)", 0, len(text))]
    elif topics and all(t.weak for t in topics) and verdict.doubts("work"):
        topics = []
    return promotion, topics


def blended_findings(relationship: Relationship | None, promotion: Promotion, disclosure: DisclosureJudgment,
                     text: str, lowered: str, topics: list[WorkTopic], brand_account: bool, hits=(),
                     verdict: Verdict | None = None, ruled_out: bool = False) -> list[FindingSpan]:
    """`conduct_findings` with the reader's evidence, in the same order: a threat (cues, then reader),
    a solicitation (cues, then reader), then working conditions and praise with the blended readings."""
    if verdict is None:
        return conduct_findings(relationship, promotion, disclosure, text, lowered, topics, brand_account, hits)
    promotion, topics = blend_readings(relationship, promotion, topics, verdict, text, ruled_out)
    findings = conduct_findings(relationship, promotion, disclosure, text, lowered, topics, brand_account, hits)
    rules = {f.rule for f in findings}
    who = relationship.detail if relationship else "the brand's own account"
    whole = Evidence(0, len(text))
    if SUPPRESSION in rules:
        return findings
    if (brand_account or (relationship is not None and relationship.employed)) and verdict.says("threat"):
        return [review_finding(SUPPRESSION, whole, text, who, {"model": verdict.probabilities["threat"]})]
    if SOLICITATION in rules:
        return findings
    if relationship is not None and relationship.senior and verdict.says("solicit"):
        return [review_finding(SOLICITATION, whole, text, who, {"model": verdict.probabilities["solicit"]})]
    return findings
