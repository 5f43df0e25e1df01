"""A post as reviewers see it: evidence highlighted, every leaked value replaced by its masked preview.

Returns segments rather than markup so the terminal (click styles) and the console (escaped HTML)
render the same decision; neither ever receives the characters of a leaked span.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterable, Literal, Sequence

from brandwatch.store.models import Finding

SegmentKind = Literal["text", "evidence", "masked"]
TOMBSTONE = "(post text removed by retention)"


@dataclass(frozen=True, slots=True)
class Segment:
    kind: SegmentKind
    text: str
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    masked_preview: str | None  # set: the span is a leaked value and shows only this
    rule: str


def marks_of(findings: Iterable[Finding]) -> list[Mark]:
    """Every span of every finding; leak spans carry the preview that replaces them."""
    marks = []
    for finding in findings:
        spans = finding.explanation.get("spans") or [
            {"start": finding.start, "end": finding.end, "preview": finding.preview}]
        for span in spans:
            masked = span.get("preview") or finding.preview if finding.category == "leak" else None
            marks.append(Mark(int(span["start"]), int(span["end"]), masked, finding.rule_id))
    return marks


def segments(text: str | None, marks: Sequence[Mark]) -> list[Segment]:
    if text is None:
        return [Segment("text", TOMBSTONE)]
    owner: list[Mark | None] = [None] * len(text)
    # Masks win over evidence wherever the two overlap: a leaked character is never shown.
    for mark in sorted(marks, key=lambda m: m.masked_preview is not None):
        for index in range(max(mark.start, 0), min(mark.end, len(text))):
            if mark.masked_preview is not None or owner[index] is None:
                owner[index] = mark
    result: list[Segment] = []
    index = 0
    while index < len(text):
        mark = owner[index]
        end = index
        while end < len(text) and owner[end] is mark:
            end += 1
        if mark is None:
            result.append(Segment("text", safe_for_terminal(text[index:end])))
        elif mark.masked_preview is not None:
            result.append(Segment("masked", safe_for_terminal(mark.masked_preview), mark.rule))
        else:
            result.append(Segment("evidence", safe_for_terminal(text[index:end]), mark.rule))
        index = end
    return result


def safe_for_terminal(value: str) -> str:
    """Replace control and bidi-override characters: escape sequences or reordering in a hostile post
    could rewrite the screen or disguise what it says."""
    return "".join("\ufffd" if (unicodedata.category(ch) == "Cc" and ch not in "\n\t") or ch in _BIDI else ch
                   for ch in value)


_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def leaked_values(text: str | None, findings: Iterable[Finding]) -> list[str]:
    """The raw values of a post's leak spans, longest first, to scrub from any other text shown with it
    (a detector's explanation or a reviewer's note that quotes the value)."""
    if not text:
        return []
    values = {text[max(m.start, 0):m.end] for m in marks_of(findings) if m.masked_preview is not None}
    return sorted((v for v in values if len(v.strip()) >= 4), key=len, reverse=True)


def redact(value: str, leaked: Sequence[str]) -> str:
    """`value` with every written form of each leaked value masked."""
    from brandwatch.secrecy import hide_values

    return hide_values(value, leaked)
