"""What an edit changed, told to the findings of the edited post once it has been analysed again.

An edit never closes a finding by itself: the earlier version was public and someone may have
acted on it. Instead each open finding of the post gets a note in `explanation["edits"]`:
- an endorsement (or caution) whose post gained a disclosure says so, with the disclosure status;
- a leak whose value the edit removed says the value is gone from the post (it was public before).
Earlier versions the detectors never saw (the edit arrived before analysis) are analysed here too,
so a secret in them is redacted like any other; the rules they triggered are listed on the mention.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.daemon.redaction import redact_payload, redact_text, values_to_redact
from brandwatch.store.models import Finding, Mention, MentionVersion

DISCLOSED = ("clear", "ambiguous")


def pending_edit(row: Mention) -> dict[str, Any] | None:
    """The edit the store recorded when it re-queued this mention, if that is why it is pending."""
    analysis = row.analysis if isinstance(row.analysis, dict) else {}
    edit = analysis.get("edit")
    return edit if isinstance(edit, dict) else None


def note_edit(session: Session, row: Mention, edit: dict[str, Any], spans: Sequence[Any],
              contract: dict[str, Any], now: datetime) -> list[str]:
    """Add what the edit changed to the post's findings; returns the notes written."""
    previous = edit.get("previous") if isinstance(edit.get("previous"), dict) else {}
    before = ((previous.get("disclosure") or {}).get("status")) if previous else None
    after = (contract.get("disclosure") or {}).get("status")
    rules_now = {span.rule for span in spans}
    written = []
    for finding in session.scalars(select(Finding).where(Finding.mention_id == row.id)):
        note = None
        if finding.category in ("endorsement", "caution") and after in DISCLOSED and before not in DISCLOSED:
            note = (f"an edit added a disclosure ({after}); this does not close the finding: the post was "
                    "published without it")
        elif finding.category == "leak" and finding.rule_id not in rules_now:
            note = "an edit removed this value from the post; it was public before the edit"
        if note is None:
            continue
        entry = {"at": now.isoformat(), "version": row.version, "note": note}
        finding.explanation = {**(finding.explanation or {}), "edits": [*(finding.explanation or {}).get("edits", []),
                                                                          entry]}
        written.append(note)
    return written


def analyse_unseen_versions(session: Session, row: Mention, analyse: Callable[[list[Any]], list[Any]],
                            to_post: Callable[..., Any], kinds: Sequence[str],
                            remember: Callable[[list[str]], None]) -> list[str]:
    """Run the detectors over earlier versions stored before any analysis; redact what they leak.

    Returns the rules those versions triggered (noted on the mention's analysis).
    """
    unseen = [v for v in session.scalars(select(MentionVersion).where(MentionVersion.mention_id == row.id,
                                                                        MentionVersion.analysed.is_(False)))]
    rules: set[str] = set()
    for version in unseen:
        post = replace(to_post(row), text=version.text or "", raw=dict(version.raw or {}))
        result = analyse([post])[0]
        spans = list(result.findings)
        rules |= {span.rule for span in spans}
        secrets = values_to_redact(post.text, spans, kinds)
        if secrets:
            remember(secrets)
            version.text = redact_text(post.text, spans, kinds)
            version.raw = redact_payload(version.raw, secrets)
        version.analysis, version.analysed = {"rules": sorted({span.rule for span in spans})}, True
    return sorted(rules)
