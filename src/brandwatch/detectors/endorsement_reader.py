"""A learned reader of four semantic sub-decisions in the endorsement checks, as evidence beside the cues.

Not shipped: the leave-one-batch-out experiment (bench/endorsement_learn.py, docs/detectors.md) found
no held-out gain large and safe enough, so no weights are in the package and `conduct_findings`
judges by the cues unless a caller hands it a `Verdict`.

Questions it answers about a post's wording: "praise" (does it praise or promote the brand), "work" (does
the author discuss working conditions), "solicit" (does it ask for reviews), "threat" (does it threaten
a reviewer). Who the author is (roster, dates, stated ties), disclosures (terms, position, burial,
negation) stay rules; the reader is asked only where those rules already place the author.

Each question has two thresholds chosen by leave-one-batch-out on the labelled sets (never the frozen
set): at or above `add` the reader alone supplies a reading the cues missed; below `veto` it removes a
praise or working-conditions reading the cues took from weak evidence only (a threshold of 2 or -1 is
off).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from brandwatch.detectors.text_reader import LinearReader, Rows, features

QUESTIONS = ("praise", "work", "solicit", "threat")
WHAT = {"praise": "praise of the brand", "work": "talk about working conditions",
        "solicit": "soliciting reviews", "threat": "threatening a reviewer"}
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


@dataclass(frozen=True)
class Verdict:
    """The reader's probabilities for one post and the thresholds they are judged by."""

    text: str
    probabilities: dict[str, float]
    add: dict[str, float]
    veto: dict[str, float]
    reader: "EndorsementReader | None" = None

    def says(self, question: str) -> bool:
        return self.probabilities.get(question, 0.0) >= self.add.get(question, 2.0)

    def doubts(self, question: str) -> bool:
        return self.probabilities.get(question, 1.0) < self.veto.get(question, -1.0)

    def span(self, question: str) -> tuple[int, int]:
        """The sentence that reads most strongly as the answer: the evidence a reviewer is shown."""
        sentences = [m.span() for m in _SENTENCE.finditer(self.text) if m.group().strip()]
        if self.reader is None or len(sentences) < 2:
            return (0, len(self.text))
        scores = [self.reader.readers[question].probability(self.text[a:b]) for a, b in sentences]
        return sentences[int(np.argmax(scores))]

    def reason(self, question: str) -> str:
        start, end = self.span(question)
        quote = self.text[start:end].strip()
        quote = quote if len(quote) <= 80 else quote[:79] + "…"
        return f"reads as {WHAT[question]} (model {self.probabilities[question]:.2f}) — '{quote}'"


@dataclass
class EndorsementReader:
    readers: dict[str, LinearReader]
    add: dict[str, float]
    veto: dict[str, float]

    def read(self, text: str) -> Verdict:
        rows = Rows.stack([features(text)])
        probabilities = {q: float(r.probabilities(rows)[0]) for q, r in self.readers.items()}
        return Verdict(text, probabilities, self.add, self.veto, self)
