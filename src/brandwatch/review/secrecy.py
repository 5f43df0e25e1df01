"""The secrecy nets that need stored findings (brandwatch/secrecy.py has the rest).

Keyed fingerprints of the values found at analysis time: a reviewer's note is compared window by
window against the fingerprints of the post's leak findings, so a quoted key is recognised even after
the post itself was redacted at rest (the text no longer holds the value; the fingerprint still does).
"""

from __future__ import annotations

import os
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
    """Replace every window of `text` whose keyed fingerprint is one of the findings'."""
    if not text or key is None:
        return text
    from brandwatch.rules.masking import fingerprint

    wanted = {f.fingerprint for f in findings if f.fingerprint}
    lengths = sorted({int(s["end"]) - int(s["start"]) for f in findings if f.fingerprint
                      for s in (f.explanation.get("spans") or [{"start": f.start, "end": f.end}])}, reverse=True)
    for length in (n for n in lengths if n >= 4):
        index = 0
        while index + length <= len(text):
            if fingerprint(text[index:index + length], key) in wanted:
                text = text[:index] + MASKED + text[index + length:]
                index += len(MASKED)
            else:
                index += 1
    return text


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
