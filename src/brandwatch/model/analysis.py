"""The result of analysing one post, shaped as the `scan` contract (docs/scan.md): what the detectors
produce and every later stage (review intake, redaction, the console, scan output) reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from brandwatch.model.sentiment import SentimentResult

UNDETERMINED = "und"  # the language code when the detector is unsure


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1, or "und" when the detector is unsure
    probability: float
    judged: bool  # False: brandwatch cannot judge complaints in this language; a person must read it

    def to_contract(self) -> dict:
        return {"code": self.code, "judged": self.judged}


@dataclass(frozen=True, slots=True)
class Complaint:
    is_complaint: bool = False
    score: float = 0.0
    topic: str | None = None  # product | staff | policy | other, when is_complaint


@dataclass(frozen=True, slots=True)
class Disclosure:
    status: str = "missing"  # clear | ambiguous | missing
    evidence: str | None = None  # the disclosure text; "buried: ..." when readers would miss it
    # The text says the author is paid, gifted or tied to a brand, however well placed: a clear term
    # (visible or buried) or an affiliate wording. Vague tags (#sp, a bare "partner") do not state it.
    stated: bool = False


@dataclass(frozen=True, slots=True)
class FindingSpan:
    rule: str
    category: str  # complaint | endorsement | leak | caution
    kind: str
    severity: str  # low | medium | high | critical
    start: int  # Python string offsets into the original text
    end: int
    preview: str  # masked: never the full leaked value
    fingerprint: str | None = None
    score: float | None = None
    explanation: dict[str, Any] = field(default_factory=dict)
    rule_hash: str | None = None
    # Fingerprints the same value may carry in rows stored before fingerprints were canonical
    # (review/fingerprints.py matches and re-keys those rows).
    legacy_fingerprints: tuple[str, ...] = ()

    def to_contract(self) -> dict[str, Any]:
        return {"rule": self.rule, "category": self.category, "kind": self.kind,
                "severity": self.severity, "start": self.start, "end": self.end, "preview": self.preview}


@dataclass(frozen=True, slots=True)
class Voice:
    """One brand or competitor a post concerns, for share of voice (docs/queries.md, "Share of voice").

    The complaint is judged against this voice's own names: "Acme is fine, Globex lost my parcel" is a
    complaint about Globex, not about Acme. Sentiment is the post's, shared by its voices."""

    name: str
    competitor: bool
    complaint: bool = False
    topic: str | None = None

    def to_stored(self) -> dict[str, Any]:
        return {"name": self.name, "competitor": self.competitor, "complaint": self.complaint, "topic": self.topic}

    def to_contract(self) -> dict[str, Any]:
        return {"name": self.name, "competitor": self.competitor, "complaint": self.complaint}


@dataclass(frozen=True, slots=True)
class Analysis:
    id: str
    sentiment: SentimentResult
    complaint: Complaint = Complaint()
    disclosure: Disclosure = Disclosure()
    findings: tuple[FindingSpan, ...] = ()
    language: Language = Language(UNDETERMINED, 0.0, True)
    # Set when the post was longer than analysis.costly_prefix_chars: sentiment and complaint cues read
    # only this many leading characters (the daemon stores it with the analysis; the scan contract is unchanged).
    costly_prefix: int | None = None
    # Who the author is to the brand (the roster entry, as reviewers read it; None for the public) and
    # which configured brand the post concerns: judged once here, so later stages never look them up again.
    author_role: str | None = None
    brand: str | None = None
    # Every brand and competitor the post concerns (the first brand is `brand`).
    voices: tuple[Voice, ...] = ()

    @property
    def competitor_only(self) -> bool:
        """The post concerns competitors and none of the brands: it is counted, never queued."""
        return bool(self.voices) and all(voice.competitor for voice in self.voices)

    def to_contract(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentiment": {"label": self.sentiment.label, "score": self.sentiment.score},
            "complaint": {"is_complaint": self.complaint.is_complaint, "score": self.complaint.score,
                          "topic": self.complaint.topic},
            "disclosure": {"status": self.disclosure.status, "evidence": self.disclosure.evidence,
                           "stated": self.disclosure.stated},
            "findings": [finding.to_contract() for finding in self.findings],
            "language": self.language.to_contract(),
            "voices": [voice.to_contract() for voice in self.voices],
        }
