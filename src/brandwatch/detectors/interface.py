"""The one interface every finding detector implements, and what it may read.

The pipeline reads a post once (rule hits, sentiment, language, the author's relationship to the brand,
the complaint, disclosure and promotion judgments) into a `PostReading`; each detector then turns the
parts it names in `reads` into findings, each a span with a score and an explanation. A new detector is
one module with one such class, added to the list the pipeline is built from (finders.py).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Protocol

from brandwatch.detectors.complaints import ComplaintJudgment
from brandwatch.detectors.disclosure import DisclosureJudgment
from brandwatch.detectors.endorsements import Promotion
from brandwatch.detectors.insiders import Relationship
from brandwatch.detectors.workplace import WorkTopic
from brandwatch.model.analysis import FindingSpan, Language
from brandwatch.model.post import Post
from brandwatch.model.sentiment import SentimentResult
from brandwatch.rules import RuleHit


@dataclass(frozen=True, slots=True)
class PostReading:
    post: Post
    text: str
    lowered: str  # plain lower case, same length as text
    aligned: str  # lower case with look-alikes folded, offsets aligned with text
    hits: list[RuleHit]
    sentiment: SentimentResult
    language: Language
    relationship: Relationship | None  # the author's tie to the brand: roster, self-identified, family
    complaint: ComplaintJudgment
    disclosure: DisclosureJudgment
    promotion: Promotion
    topics: list[WorkTopic]  # working conditions an employee speaks about
    brand_account: bool  # posted by one of the brand's own accounts


READABLE = frozenset(f.name for f in fields(PostReading))


class Detector(Protocol):
    name: str  # unique; shown in bench output and errors
    reads: frozenset[str]  # the PostReading fields it uses (a subset of READABLE)

    def detect(self, reading: PostReading) -> list[FindingSpan]:
        """The findings for one post: spans with a score and an explanation. Pure: no I/O."""
        ...
