"""The secrecy nets that need stored findings (brandwatch/secrecy.py has the rest).

Keyed fingerprints of the values found at analysis time: a reviewer's note is compared window by
window against the fingerprints of the post's leak findings, so a quoted key is recognised even after
the post itself was redacted at rest (the text no longer holds the value; the fingerprint still does).
Windows are hashed as written (fingerprints stored before they were canonical) and folded into each
finding's canonical form (rules/canonical.py), so another written form of the value is caught too:
the note is composed (NFC) cluster by cluster first, as `canonical` composes a value, so a value
repeated with decomposed accents or jamo folds to the same fingerprint.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import unicodedata
from pathlib import Path
from typing import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.review.preview import leaked_values, redact
from brandwatch.secrecy import MASKED, scrub, scrub_all  # noqa: F401 - re-exported for review modules
from brandwatch.store.models import Finding


def existing_fingerprint_key(settings) -> bytes | None:
    """The deployment's fingerprint key when one exists (never a throwaway one: it would match nothing)."""
    from brandwatch.keys import KEY_ENV, KEY_FILE, fingerprint_key

    if os.environ.get(KEY_ENV) or (Path(settings.data_dir) / KEY_FILE).is_file():
        return fingerprint_key(settings, create=False)
    return None


def mask_fingerprinted(text: str, findings: Iterable[Finding], key: bytes | None) -> str:
    """Replace every window of `text` whose keyed fingerprint is one of the findings': as written
    (fingerprints stored before they were canonical), and canonicalised in each finding's form, so a
    note that repeats a card with other separators or a token with a zero-width character is caught."""
    if not text or key is None:
        return text
    findings = [f for f in findings if f.fingerprint]
    wanted = {f.fingerprint for f in findings} | {f.legacy_fingerprint for f in findings if f.legacy_fingerprint}
    digests = {bytes.fromhex(mark) for mark in wanted}
    lengths = sorted({length for f in findings for length in _span_lengths(f)}, reverse=True)
    for length in (n for n in lengths if n >= 4):
        index = 0
        while index + length <= len(text):
            if _digest(text[index:index + length], key) in digests:
                text = text[:index] + MASKED + text[index + length:]
                index += len(MASKED)
            else:
                index += 1
    for form, raw_lengths in _forms(findings).items():
        text = _mask_canonical_windows(text, form, raw_lengths, digests, key)
    return text


def _digest(value: str, key: bytes) -> bytes:
    """rules.masking.fingerprint as raw bytes, in one call (this runs for every window of a note)."""
    return hmac.digest(key, value.encode("utf-8", "surrogatepass"), hashlib.sha256)


def _span_lengths(finding: Finding) -> list[int]:
    spans = finding.explanation.get("spans") or [{"start": finding.start, "end": finding.end}]
    return [int(s["end"]) - int(s["start"]) for s in spans]


def _forms(findings: Sequence[Finding]) -> dict[str, set[int]]:
    from brandwatch.rules.canonical import form_for

    forms: dict[str, set[int]] = {}
    for finding in findings:
        form = finding.explanation.get("fingerprint_form") or form_for(finding.rule_id, finding.kind)
        forms.setdefault(form, set()).update(_span_lengths(finding))
    return forms


# Canonical lengths worth trying per structured form; other forms try the written span's length and
# a few less (its canonical form may have lost zero-width characters or separators).
_CANONICAL_LENGTHS = {"card": range(12, 20), "digits": range(6, 16), "phone": range(6, 20), "iban": range(14, 35)}
_SLACK = 4


def _mask_canonical_windows(text: str, form: str, raw_lengths: set[int], wanted: set[bytes], key: bytes) -> str:
    """Slide windows over the text folded into `form` (each folded character remembers where it was
    written) and mask the written stretch of every window whose canonical fingerprint is wanted."""
    from brandwatch.rules.canonical import finish

    folded, origin, origin_end = _folded_with_origins(text, form)
    lengths = set(_CANONICAL_LENGTHS.get(form, ()))
    for raw in raw_lengths:
        lengths.update(range(max(raw - _SLACK, 4), raw + 1))
    plausible = _PLAUSIBLE.get(form, _no_outer_space)
    hidden: list[tuple[int, int]] = []
    for length in sorted(lengths, reverse=True):
        for start in range(0, len(folded) - length + 1):
            window = folded[start:start + length]
            if not plausible(window):
                continue
            if _digest(finish(window, form), key) in wanted:
                hidden.append((origin[start], origin_end[start + length - 1]))
    for start, end in sorted(_merged(hidden), reverse=True):
        text = text[:start] + MASKED + text[end:]
    return text


def _folded_with_origins(text: str, form: str) -> tuple[str, list[int], list[int]]:
    """`text` folded the way `canonical` folds a value, with where each folded character was written
    (start, end). Characters that compose (a letter and its combining accents, Hangul jamo) are folded
    together after NFC, as `canonical` does; in the text form a run of white space is one space."""
    from brandwatch.rules.canonical import fold_chars

    pieces: list[str] = []
    origin: list[int] = []
    origin_end: list[int] = []
    for start, end in _composing_clusters(text):
        piece = fold_chars(unicodedata.normalize("NFC", text[start:end]), form)
        if not piece:
            continue  # an invisible character: it neither starts nor ends a white space run
        if form == "text" and piece == " " and pieces and pieces[-1].endswith(" "):
            origin_end[-1] = end  # more of the same white space run
            continue
        pieces.append(piece)
        origin.extend([start] * len(piece))
        origin_end.extend([end] * len(piece))
    return "".join(pieces), origin, origin_end


def _composing_clusters(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each run of characters NFC may combine: a character joins the run before it
    when composing them changes the result (an ASCII character never composes with what precedes it)."""
    if text.isascii():
        yield from ((index, index + 1) for index in range(len(text)))
        return
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text):
            yield start, index
            break
        ch = text[index]
        if ch.isascii() or _starts_anew(text[start:index], ch):
            yield start, index
            start = index


def _starts_anew(run: str, ch: str) -> bool:
    if unicodedata.combining(ch):
        return False
    composed = unicodedata.normalize("NFC", run)
    return unicodedata.normalize("NFC", run + ch) == composed + ch


def _no_outer_space(window: str) -> bool:
    return not (window[0].isspace() or window[-1].isspace())


# Cheap shape checks that skip windows no value of the form could fold to (hashing every window of a
# long note in every form would take a noticeable fraction of a second).
_WHITE_SPACE = re.compile(r"\s")
_PLAUSIBLE = {
    # A token is one word: a window across white space is not one (as-written windows still are tried).
    "exact": lambda w: _WHITE_SPACE.search(w) is None,
    "hex": lambda w: _WHITE_SPACE.search(w) is None,
    "iban": lambda w: w[:2].isalpha() and w[2:4].isdigit(),
    "phone": lambda w: (w[0].isdigit() or w[0] == "+") and w[-1].isdigit(),
    "email": lambda w: "@" in w,
    "ip": lambda w: "." in w or ":" in w,
}


def _merged(stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(stretches):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask_for_finding(session: Session, finding_id: int, text: str | None,
                     fingerprint_key: bytes | None = None) -> str | None:
    """`text` shown next to a finding (a note, an explanation): all three nets."""
    if not text:
        return text
    finding = session.get(Finding, finding_id)
    siblings = list(session.scalars(select(Finding).where(Finding.mention_id == finding.mention_id,
                                                          Finding.category == "leak"))) if finding else []
    return mask_with(text, finding.mention.text if finding else None, siblings, fingerprint_key)


def mask_with(text: str | None, post_text: str | None, leak_findings: Sequence[Finding],
              fingerprint_key: bytes | None = None) -> str | None:
    if not text:
        return text
    if leak_findings:
        text = redact(text, leaked_values(post_text, leak_findings))
        text = mask_fingerprinted(text, leak_findings, fingerprint_key)
    return scrub(text)


def mask_note(session: Session, finding_id: int, note: str | None, fingerprint_key: bytes | None = None) -> str | None:
    """A note is stored masked: the append-only trail can never be edited afterwards."""
    return mask_for_finding(session, finding_id, note, fingerprint_key)
