"""A note or explanation that repeats a known leaked value in another written form is still masked."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from brandwatch.detectors.leaks import leak_findings
from brandwatch.review.secrecy import mask_fingerprinted, mask_with
from brandwatch.rules.matcher import RuleHit
from brandwatch.rules.schema import Rule
from brandwatch.store.models import Finding

KEY = b"secrecy-fingerprint-test-key-0123456789"
CARD = Rule(id="pii-payment-card", title="t", description="d", category="leak", kind="pii", signal=None,
            topic=None, severity="critical", source="t:1", content_hash="c" * 64)
PASSWORD = Rule(id="generic-password-assignment", title="t", description="d", category="leak", kind="secret",
                signal=None, topic=None, severity="high", source="t:2", content_hash="p" * 64)


def stored(rule: Rule, post: str, value: str) -> Finding:
    """The finding intake would store for `value` in `post` (not persisted: the masking reads only fields)."""
    start = post.index(value)
    [span] = leak_findings([RuleHit(rule, start, start + len(value), value, 1.0, {})], KEY)
    return Finding(rule_id=span.rule, kind=span.kind, category="leak", start=span.start, end=span.end,
                   fingerprint=span.fingerprint, legacy_fingerprint=None,
                   explanation={**span.explanation, "spans": [{"start": span.start, "end": span.end,
                                                               "preview": span.preview}]})


def test_a_note_with_the_card_in_other_separators_is_masked_by_fingerprint_alone():
    finding = stored(CARD, "card 4282 3768 5860 9055 charged", "4282 3768 5860 9055")
    note = "customer says 4282-3768-5860-9055 (also 4282376858609055) is hers; order 4282 3768 5860 9056 fine"
    masked = mask_fingerprinted(note, [finding], KEY)
    assert masked == "customer says [masked] (also [masked]) is hers; order 4282 3768 5860 9056 fine"


def test_a_note_with_a_zero_width_or_full_width_copy_of_a_password_is_masked_by_fingerprint_alone():
    finding = stored(PASSWORD, "db_password=Tr0ub4dor&3horse in prod", "Tr0ub4dor&3horse")
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in "Tr0ub4dor&3horse")
    note = f"rotated Tr0ub4\u200bdor&3horse; the old one {fullwidth} too"
    assert mask_fingerprinted(note, [finding], KEY) == "rotated [masked]; the old one [masked] too"


def test_with_the_post_text_at_hand_every_written_form_is_masked_without_the_key():
    post = "card 4282 3768 5860 9055 charged"
    finding = stored(CARD, post, "4282 3768 5860 9055")
    note = mask_with("is 4282.3768.5860.9055 hers? and ４２８２３７６８５８６０９０５５", post, [finding], None)
    assert "4282" not in note and "3768" not in note and "４２８２" not in note


def test_an_old_finding_still_masks_through_its_legacy_fingerprint():
    finding = stored(CARD, "card 4282 3768 5860 9055 charged", "4282 3768 5860 9055")
    old = hmac.new(KEY, b"4282 3768 5860 9055", hashlib.sha256).hexdigest()
    finding.fingerprint = finding.legacy_fingerprint = old
    finding.explanation = {k: v for k, v in finding.explanation.items() if k != "fingerprint_form"}
    assert mask_fingerprinted("it was 4282 3768 5860 9055", [finding], KEY) == "it was [masked]"


@pytest.mark.parametrize("key_known", [True, False])
def test_a_reviewer_note_repeating_a_redacted_password_differently_is_sealed_masked(factory, monkeypatch, tmp_path,
                                                                                    key_known):
    """End to end: the post was redacted at rest and no rule knows a bare password, so only the
    fingerprint can recognise it (without the key the note keeps it: the test sees the net work)."""
    from sqlalchemy import select

    from brandwatch.review.service import ReviewService
    from brandwatch.store.db import transaction
    from brandwatch.store.models import Mention, ReviewEvent

    from .helpers import SETTINGS, intake, store_mention

    monkeypatch.delenv("BRANDWATCH_FINGERPRINT_KEY", raising=False)
    if key_known:
        monkeypatch.setenv("BRANDWATCH_FINGERPRINT_KEY", KEY.decode())
    settings = SETTINGS.model_copy(update={"data_dir": str(tmp_path)})
    post = "db_password=Tr0ub4dor&3horse in prod"
    mention = store_mention(factory, post)
    value = "Tr0ub4dor&3horse"
    start = post.index(value)
    spans = leak_findings([RuleHit(PASSWORD, start, start + len(value), value, 1.0, {})], KEY)
    [finding_id] = intake(factory, mention.id, spans).created
    with transaction(factory) as session:
        session.get(Mention, mention.id).text = post.replace(value, "\u2022" * len(value))
    note = "rotated Tr0ub4\u200bdor&3horse today"
    ReviewService(factory, settings).claim(finding_id, "ana", note=note)
    with factory() as session:
        notes = [e.note for e in session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == finding_id))]
    assert ("rotated [masked] today" in notes) is key_known
