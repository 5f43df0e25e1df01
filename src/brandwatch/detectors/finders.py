"""The detectors the pipeline runs, in order: each reads part of a `PostReading` and returns findings."""

from __future__ import annotations

from typing import Sequence

from brandwatch.detectors.complaints import complaint_finding
from brandwatch.detectors.endorsements import conduct_findings
from brandwatch.detectors.interface import Detector, PostReading
from brandwatch.detectors.leaks import leak_findings
from brandwatch.model.analysis import FindingSpan

# Categories whose rule hits become findings without further judgment.
_PASS_THROUGH = ("endorsement",)


class ComplaintFinder:
    name = "complaint"
    reads = frozenset({"complaint", "text"})

    def detect(self, reading: PostReading) -> list[FindingSpan]:
        finding = complaint_finding(reading.complaint, reading.text)
        return [finding] if finding is not None else []


class UnjudgedLanguageFinder:
    """A post brandwatch cannot judge for complaints, queued for a person to read."""

    name = "unjudged-language"
    reads = frozenset({"language", "text"})

    def detect(self, reading: PostReading) -> list[FindingSpan]:
        language = reading.language
        if language.judged:
            return []
        return [FindingSpan("language-unjudged", "complaint", "unjudged", "low", 0, len(reading.text),
                            f"written in '{language.code}', which brandwatch cannot judge; needs a human read",
                            score=language.probability,
                            explanation={"language": language.code, "probability": language.probability})]


class ConductFinder:
    """Undisclosed endorsements by insiders (FTC) and the NLRA caution on employees' speech."""

    name = "conduct"
    reads = frozenset({"relationship", "promotion", "disclosure", "text", "aligned", "topics", "brand_account",
                       "hits"})

    def detect(self, reading: PostReading) -> list[FindingSpan]:
        return conduct_findings(reading.relationship, reading.promotion, reading.disclosure, reading.text,
                                reading.aligned, reading.topics, reading.brand_account, reading.hits)


class LeakFinder:
    """Leak rule hits as findings, fingerprinted under the deployment's key (handed in, never read here)."""

    name = "leaks"
    reads = frozenset({"hits", "relationship"})

    def __init__(self, fingerprint_key: bytes):
        self.fingerprint_key = fingerprint_key

    def detect(self, reading: PostReading) -> list[FindingSpan]:
        insider = reading.relationship.role if reading.relationship else None
        return leak_findings(reading.hits, self.fingerprint_key, insider)


class PassThroughFinder:
    """Rules whose category needs no further judgment: their first hit per rule is the finding."""

    name = "rule-pass-through"
    reads = frozenset({"hits"})

    def detect(self, reading: PostReading) -> list[FindingSpan]:
        found: dict[str, FindingSpan] = {}
        for hit in reading.hits:
            rule = hit.rule
            if rule.category in _PASS_THROUGH and not hit.in_description and rule.id not in found:
                found[rule.id] = FindingSpan(rule.id, rule.category, rule.kind or "", rule.severity or "medium",
                                             hit.start, hit.end, hit.value[:80], score=hit.score,
                                             explanation=hit.explanation, rule_hash=rule.content_hash)
        return list(found.values())


def default_detectors(fingerprint_key: bytes) -> Sequence[Detector]:
    return (ComplaintFinder(), UnjudgedLanguageFinder(), ConductFinder(), LeakFinder(fingerprint_key),
            PassThroughFinder())
