"""The one place outputs are made safe: every text a person or a file receives passes `scrub`.

Three nets, each catching what the others may miss:
1. the values a post's leak findings point at (when the stored text still has them);
2. keyed fingerprints of the values found at analysis time: a reviewer's note is compared window by
   window against the fingerprints, so a quoted key is found even after the post itself was redacted
   at rest (the text no longer holds the value, the fingerprint still recognises it);
3. the bundled leak rules and a token-shape mask (daemon/logging.SecretMasker), for values no finding
   points at.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.review.preview import leaked_values, redact
from brandwatch.store.models import Finding

MASKED = "[masked]"
_lock = threading.Lock()
_masker: Any = None
_fingerprint_key: bytes | None | bool = False  # False: not looked up yet


def masker():
    """The process-wide SecretMasker, with the bundled rules loaded on first use."""
    global _masker
    with _lock:
        if _masker is None:
            from brandwatch.daemon.logging import MASKER

            if MASKER._rules is None:
                MASKER.use_rules(bundled_rules())
            _masker = MASKER
    return _masker


def bundled_rules():
    from brandwatch.config import Settings
    from brandwatch.rules.loader import load_rules

    return load_rules(None, Settings())


def scrub(text: str | None) -> str | None:
    """Mask every secret the rules or the token shape recognise."""
    if not text:
        return text
    return masker().mask(text)


def scrub_all(value: Any) -> Any:
    """`scrub` applied to every string of a JSON-like value."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: scrub_all(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub_all(v) for v in value]
    return value


def configured_fingerprint_key() -> bytes | None:
    """The deployment's fingerprint key when one exists (never a throwaway one: it would match nothing)."""
    global _fingerprint_key
    if _fingerprint_key is False:
        from brandwatch.config import load_settings
        from brandwatch.rules.masking import KEY_ENV, KEY_FILE, fingerprint_key

        key = None
        try:
            settings = load_settings(os.environ.get("BRANDWATCH_CONFIG"))
            if os.environ.get(KEY_ENV) or (Path(settings.data_dir) / KEY_FILE).is_file():
                key = fingerprint_key(settings, create=False)
        except Exception:  # noqa: BLE001 - no config here: nets 1 and 3 still run
            key = None
        _fingerprint_key = key
    return _fingerprint_key  # type: ignore[return-value]


def use_fingerprint_key(key: bytes | None) -> None:
    global _fingerprint_key
    _fingerprint_key = key


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


def mask_for_finding(session: Session, finding_id: int, text: str | None) -> str | None:
    """`text` shown next to a finding (a note, an explanation): all three nets."""
    if not text:
        return text
    finding = session.get(Finding, finding_id)
    siblings = list(session.scalars(select(Finding).where(Finding.mention_id == finding.mention_id,
                                                          Finding.category == "leak"))) if finding else []
    return mask_with(text, finding.mention.text if finding else None, siblings)


def mask_with(text: str | None, post_text: str | None, leak_findings: Sequence[Finding]) -> str | None:
    if not text:
        return text
    if leak_findings:
        text = redact(text, leaked_values(post_text, leak_findings))
        text = mask_fingerprinted(text, leak_findings, configured_fingerprint_key())
    return scrub(text)


def mask_note(session: Session, finding_id: int, note: str | None) -> str | None:
    """A note is stored masked: the append-only trail can never be edited afterwards."""
    return mask_for_finding(session, finding_id, note)
