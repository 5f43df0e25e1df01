"""Endorsements under the FTC Endorsement Guides (16 CFR 255) and the NLRA caution.

Who: an employee or partner on the roster on the day of the post (a former employee still counts for
posts from their employment period), or an author who says they work for or partner with the brand,
in the post or in their profile. What: the post praises or promotes the brand (promotion cues,
positive sentiment toward a named brand, an advertising disclosure). A material connection must be
disclosed clearly in the post itself (16 CFR 255.5), so a profile mention does not count.

Employees talking about their own pay, hours, safety, management or unions may be engaged in
concerted activity protected by section 7 of the NLRA; such posts get a caution for legal review
and never an endorsement violation.
"""

from __future__ import annotations

from dataclasses import dataclass

from brandwatch.detectors.analysis import FindingSpan
from brandwatch.detectors.disclosure import DisclosureJudgment
from brandwatch.rosters import RosterEntry
from brandwatch.rules import RuleHit

SELF_IDENTIFICATION, PROMOTION = "self-identification", "promotion"
_PARTNER_WORDS = ("ambassador", "partner", "affiliate", "creator", "sponsored")
# Disclosures that only exist because a post advertises: their presence says the post promotes.
_ADVERTISING = ("disclosure-clear", "disclosure-ambiguous")
_NOT_ADVERTISING = ("disclosure-employment", "disclosure-bare-thanks")


@dataclass(frozen=True)
class Relationship:
    role: str  # employee | partner
    source: str  # roster | self-identified
    detail: str  # the roster entry, or the author's own words and where they were found
    entry: RosterEntry | None = None

    def describe(self) -> str:
        return self.detail


def find_relationship(entry: RosterEntry | None, hits: list[RuleHit]) -> Relationship | None:
    """The roster entry active at the post's time, else what the author says about themselves."""
    if entry is not None:
        return Relationship(entry.role, "roster", f"roster: {entry.describe()}", entry)
    own = [h for h in hits if h.rule.signal == SELF_IDENTIFICATION]
    if not own:
        return None
    hit = sorted(own, key=lambda h: h.in_description)[0]  # the post's own words first
    said = hit.value.casefold()
    role = "partner" if any(word in said for word in _PARTNER_WORDS) else "employee"
    where = "profile" if hit.in_description else "post"
    return Relationship(role, "self-identified", f"self-identified in {where}: '{hit.value}'")


@dataclass(frozen=True)
class Promotion:
    """Why the post counts as praise or promotion of the brand."""

    hits: tuple[RuleHit, ...] = ()
    positive_about_brand: bool = False

    @property
    def present(self) -> bool:
        return bool(self.hits) or self.positive_about_brand

    def spans(self) -> list[tuple[int, int, str]]:
        return [(h.start, h.end, h.rule.id) for h in self.hits]


def find_promotion(hits: list[RuleHit], positive_about_brand: bool, is_complaint: bool) -> Promotion:
    """Promotion cues and advertising disclosures, or positive sentiment toward a named brand."""
    if is_complaint:
        return Promotion()
    evidence = tuple(h for h in hits if not h.in_description and (
        h.rule.signal == PROMOTION
        or (h.rule.signal in _ADVERTISING and h.rule.id not in _NOT_ADVERTISING)))
    return Promotion(evidence, positive_about_brand)


def endorsement_findings(relationship: Relationship, promotion: Promotion,
                         disclosure: DisclosureJudgment, text: str) -> list[FindingSpan]:
    if not promotion.present or disclosure.status == "clear":
        return []
    spans = promotion.spans()
    explanation = {"relationship": relationship.detail, "role": relationship.role,
                   "source": relationship.source,
                   "evidence": spans or "positive sentiment about the brand",
                   "disclosure": disclosure.evidence}
    if disclosure.status == "ambiguous":
        hit = disclosure.hit
        return [FindingSpan(
            rule="endorsement-ambiguous-disclosure", category="endorsement", kind="ambiguous-disclosure",
            severity="medium", start=hit.start if hit else 0, end=hit.end if hit else len(text),
            preview=f"{relationship.detail}; disclosure not clear: {disclosure.evidence}",
            explanation={**explanation, "buried": disclosure.buried})]
    start, end = (spans[0][0], spans[0][1]) if spans else (0, len(text))
    return [FindingSpan(
        rule=f"endorsement-{relationship.role}-undisclosed", category="endorsement", kind="undisclosed",
        severity="high", start=start, end=end,
        preview=f"{relationship.detail}; promotes the brand with no disclosure in the post",
        explanation=explanation)]


def caution_findings(relationship: Relationship | None, hits: list[RuleHit]) -> list[FindingSpan]:
    """NLRA cautions: only for employees, one per caution rule."""
    if relationship is None or relationship.role != "employee":
        return []
    seen: dict[str, FindingSpan] = {}
    for hit in hits:
        if hit.rule.category != "caution" or hit.in_description or hit.rule.id in seen:
            continue
        seen[hit.rule.id] = FindingSpan(
            rule=hit.rule.id, category="caution", kind=hit.rule.kind or "nlra",
            severity=hit.rule.severity or "medium", start=hit.start, end=hit.end,
            preview=f"{relationship.detail}; working-conditions speech, route to legal (not a violation): "
                    f"'{hit.value}'",
            score=hit.score, explanation={**hit.explanation, "relationship": relationship.detail},
            rule_hash=hit.rule.content_hash)
    return list(seen.values())
