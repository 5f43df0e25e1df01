"""Migration 0008_issue16_fingerprints: fingerprints made on the value as written keep matching.

Rows are written at the revision before it with plain SQL, exactly as the old code stored them (the
fingerprint is the HMAC of the value as written); then the schema is upgraded and new posts arrive.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

import pytest
import sqlalchemy as sa

from brandwatch.detectors.leaks import leak_findings
from brandwatch.review.grouping import incident_of
from brandwatch.rules.matcher import RuleHit
from brandwatch.rules.schema import Rule
from brandwatch.store.db import make_engine, session_factory, transaction, upgrade
from brandwatch.store.models import Finding, Mention, Suppression

from .helpers import SETTINGS, T0, store_mention

KEY = b"migration-test-fingerprint-key-0123"
BEFORE = "0011_issue19_outbox_lease_holder"
CARD_RULE = Rule(id="pii-payment-card", title="Card", description="d", category="leak", kind="pii", signal=None,
                 topic=None, severity="critical", source="t:1", content_hash="c" * 64)
EMAIL_RULE = Rule(id="pii-email-address", title="E-mail", description="d", category="leak", kind="pii",
                  signal=None, topic=None, severity="high", source="t:2", content_hash="e" * 64)
REDACTED = "\u2022"


def old_fingerprint(value: str) -> str:
    """What brandwatch stored before 0008: the HMAC of the value exactly as written."""
    return hmac.new(KEY, value.encode(), hashlib.sha256).hexdigest()


@pytest.fixture
def old_engine(database_url):
    engine = make_engine(database_url)
    upgrade(engine, BEFORE)
    yield engine
    engine.dispose()


def _table(engine, name: str) -> sa.Table:
    return sa.Table(name, sa.MetaData(), autoload_with=engine)


def store_old_leak(engine, text: str, value: str, *, rule: str = "pii-payment-card", number: int,
                   dismissed: bool = False, suppressed: bool = False, redacted: bool = False) -> int:
    """A post, its leak finding (and optionally its dismissal and suppression) as the old code stored them."""
    start = text.index(value)
    stored_text = text.replace(value, REDACTED * len(value)) if redacted else text
    mark = old_fingerprint(value)
    with engine.begin() as connection:
        author_id = connection.execute(_table(engine, "authors").insert().values(
            platform="x", external_id=f"old-a{number}", handle="old", updated_at=T0)).inserted_primary_key[0]
        mention_id = connection.execute(_table(engine, "mentions").insert().values(
            platform="x", external_id=f"old-p{number}", text=stored_text, author_id=author_id,
            created_at=T0 - timedelta(days=3), collected_at=T0, metrics={}, status="analysed")).inserted_primary_key[0]
        finding_id = connection.execute(_table(engine, "findings").insert().values(
            mention_id=mention_id, rule_id=rule, category="leak", kind="pii", severity="critical",
            start=start, end=start + len(value), preview="\u2022\u2022\u2022\u2022 1111", fingerprint=mark,
            explanation={"group": mark, "spans": [{"start": start, "end": start + len(value)}]},
            status="new", priority=3, author_reach=0, created_at=T0 - timedelta(days=3),
            updated_at=T0 - timedelta(days=3))).inserted_primary_key[0]
        events = _table(engine, "review_events")
        connection.execute(events.insert().values(finding_id=finding_id, actor="system", at=T0, action="create",
                                                  from_status=None, to_status="new", note="raised"))
        if dismissed:
            connection.execute(events.insert().values(finding_id=finding_id, actor="ana", at=T0, action="dismiss",
                                                      from_status="new", to_status="dismissed", note="fp"))
            connection.execute(_table(engine, "findings").update().where(sa.column("id") == finding_id)
                               .values(status="dismissed", dismiss_reason="false_positive"))
        if suppressed:
            connection.execute(_table(engine, "suppressions").insert().values(
                fingerprint=mark, rule_id=rule, reason="false positive", created_by="ana", created_at=T0))
    return finding_id


def new_post_findings(factory, text: str, value: str, rule: Rule = CARD_RULE):
    """A new post analysed by today's detectors (one hit on `value`) and taken in by the queue."""
    from brandwatch.review.intake import record_findings

    mention = store_mention(factory, text)
    start = text.index(value)
    spans = leak_findings([RuleHit(rule, start, start + len(value), value, 1.0, {})], KEY)
    with transaction(factory) as session:
        result = record_findings(session, session.get(Mention, mention.id), spans, SETTINGS, now=T0)
    return result, spans[0]


def snapshot(engine, table: str) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(sa.select(_table(engine, table)).order_by(sa.column("id")))]


def test_when_the_post_still_holds_the_value_then_the_migration_rekeys_it_and_a_new_writing_joins_and_is_suppressed(
        old_engine):
    grouped = store_old_leak(old_engine, "my card 4282 3768 5860 9055 was charged twice", "4282 3768 5860 9055",
                             number=1)
    dismissed = store_old_leak(old_engine, "card 4929-3813-3266-4295 again", "4929-3813-3266-4295", number=2,
                               dismissed=True, suppressed=True)
    events_before = snapshot(old_engine, "review_events")

    upgrade(old_engine, fingerprint_key=KEY)

    factory = session_factory(old_engine)
    assert snapshot(old_engine, "review_events") == events_before
    with factory() as session:
        assert [session.get(Finding, i).status for i in (grouped, dismissed)] == ["new", "dismissed"]
        old = session.get(Finding, grouped)
        assert old.legacy_fingerprint == old_fingerprint("4282 3768 5860 9055")
        assert old.fingerprint != old.legacy_fingerprint and old.explanation["group"] == old.fingerprint
    joined, span = new_post_findings(factory, "charged on 4282376858609055 today", "4282376858609055")
    with factory() as session:
        incident = incident_of(session, session.get(Finding, joined.created[0]))
        assert incident is not None and {f.id for f in incident.findings} == {grouped, joined.created[0]}
    suppressed, _ = new_post_findings(factory, "4929 3813 3266 4295 leaked again", "4929 3813 3266 4295")
    assert suppressed.suppressed == 1


def test_when_the_post_was_redacted_at_rest_then_the_old_fingerprint_still_suppresses_and_regroups(old_engine):
    first = store_old_leak(old_engine, "card 4929 3813 3266 4295 again", "4929 3813 3266 4295", number=3,
                           dismissed=True, suppressed=True, redacted=True)
    second = store_old_leak(old_engine, "mail me: Ana.Lopez@Example.com", "Ana.Lopez@Example.com", number=4,
                            rule="pii-email-address", redacted=True)

    upgrade(old_engine, fingerprint_key=KEY)

    factory = session_factory(old_engine)
    with factory() as session:  # the value is gone from the post, so nothing could be re-keyed yet
        assert session.get(Finding, first).fingerprint == old_fingerprint("4929 3813 3266 4295")
        updated_before = session.get(Finding, first).updated_at
    # No separators at all: matched through the common grouping of four the old row was written in.
    result, span = new_post_findings(factory, "4929381332664295 is mine", "4929381332664295")
    assert result.suppressed == 1
    with factory() as session:
        assert session.get(Finding, first).fingerprint == span.fingerprint
        assert session.get(Finding, first).status == "dismissed"
        assert session.get(Finding, first).updated_at == updated_before
        [suppression] = session.scalars(sa.select(Suppression)).all()
        assert suppression.fingerprint == span.fingerprint
    # Then any writing of it is suppressed: the old row now carries the canonical fingerprint.
    again, _ = new_post_findings(factory, "4929.3813.3266.4295!", "4929.3813.3266.4295")
    assert again.suppressed == 1
    # The e-mail written exactly as before joins the old finding's group.
    mail, _ = new_post_findings(factory, "write Ana.Lopez@Example.com", "Ana.Lopez@Example.com", EMAIL_RULE)
    with factory() as session:
        incident = incident_of(session, session.get(Finding, mail.created[0]))
        assert incident is not None and second in {f.id for f in incident.findings}


def test_when_no_key_is_at_hand_then_old_rows_keep_matching_through_the_alias(old_engine):
    store_old_leak(old_engine, "card 4929 3813 3266 4295 again", "4929 3813 3266 4295", number=5,
                   dismissed=True, suppressed=True)

    upgrade(old_engine)

    factory = session_factory(old_engine)
    result, _ = new_post_findings(factory, "leaked: 4929 3813 3266 4295", "4929 3813 3266 4295")
    assert result.suppressed == 1


def test_after_the_migration_a_status_still_changes_only_through_an_event(old_engine):
    finding_id = store_old_leak(old_engine, "card 4929 3813 3266 4295", "4929 3813 3266 4295", number=6)
    upgrade(old_engine, fingerprint_key=KEY)
    with pytest.raises(sa.exc.DBAPIError, match="review event"):
        with old_engine.begin() as connection:
            connection.execute(sa.text("UPDATE findings SET status = 'dismissed' WHERE id = :id"), {"id": finding_id})


def test_a_wrong_key_rekeys_nothing(old_engine):
    finding_id = store_old_leak(old_engine, "card 4929 3813 3266 4295", "4929 3813 3266 4295", number=7)
    upgrade(old_engine, fingerprint_key=b"another-deployment-key-9876543210")
    with session_factory(old_engine)() as session:
        assert session.get(Finding, finding_id).fingerprint == old_fingerprint("4929 3813 3266 4295")


def test_a_suppression_added_after_the_upgrade_on_an_unkeyed_old_finding_matches_other_writings(old_engine):
    from datetime import timedelta

    from brandwatch.review.suppressions import from_dismissal

    from .helpers import add_accounts

    finding_id = store_old_leak(old_engine, "card 4929 3813 3266 4295 again", "4929 3813 3266 4295", number=8,
                                redacted=True)
    upgrade(old_engine, fingerprint_key=KEY)
    factory = session_factory(old_engine)
    add_accounts(factory, "ana")
    with transaction(factory) as session:
        suppression = from_dismissal(session, b"audit-key-for-this-test-0123456789", finding_id, "ana", T0,
                                     timedelta(days=90))
        assert suppression.legacy_fingerprint == old_fingerprint("4929 3813 3266 4295")
    result, _ = new_post_findings(factory, "my card is 4929-3813-3266-4295", "4929-3813-3266-4295")
    assert result.suppressed == 1


def test_brandwatch_db_upgrade_hands_the_deployment_key_to_the_migration(old_engine, tmp_path):
    import json

    from click.testing import CliRunner

    from brandwatch.cli import main

    finding_id = store_old_leak(old_engine, "card 4929 3813 3266 4295 again", "4929 3813 3266 4295", number=9)
    config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
    config["database"] = {"url": old_engine.url.render_as_string(hide_password=False)}
    config["data_dir"] = str(tmp_path / "data")
    path = tmp_path / "brandwatch.yaml"
    path.write_text(json.dumps(config), encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(path), "db", "upgrade"],
                                env={"BRANDWATCH_FINGERPRINT_KEY": KEY.decode()}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with session_factory(old_engine)() as session:
        finding = session.get(Finding, finding_id)
        assert finding.legacy_fingerprint == old_fingerprint("4929 3813 3266 4295")
        assert finding.fingerprint != finding.legacy_fingerprint  # re-keyed with the key from the environment


ARABIC_CARD = "".join(chr(0x660 + int(ch)) if ch.isdigit() else ch for ch in "4929 3813 3266 4295")


def test_a_suppression_stored_before_digits_were_folded_to_ascii_still_matches(factory):
    """Between 0008 and the digit-script fold, a card in Arabic-Indic digits was fingerprinted on its
    canonical form with those digits kept; that suppression keeps matching the same card."""
    from brandwatch.rules.canonical import canonical, pre_digit_fold_canonical

    old_canonical = pre_digit_fold_canonical(ARABIC_CARD, "card")
    assert old_canonical != canonical(ARABIC_CARD, "card")
    with transaction(factory) as session:
        session.add(Suppression(fingerprint=old_fingerprint(old_canonical), rule_id="pii-payment-card",
                                reason="test card", created_by="ana", created_at=T0))
    result, _ = new_post_findings(factory, f"card {ARABIC_CARD} again", ARABIC_CARD)
    assert result.suppressed == 1


def test_a_finding_stored_before_digits_were_folded_to_ascii_joins_the_new_findings_group(factory):
    from brandwatch.rules.canonical import pre_digit_fold_canonical

    old_mark = old_fingerprint(pre_digit_fold_canonical(ARABIC_CARD, "card"))
    first, _ = new_post_findings(factory, f"card {ARABIC_CARD} here", ARABIC_CARD)
    with transaction(factory) as session:  # as stored then
        finding = session.get(Finding, first.created[0])
        session.execute(Finding.__table__.update().where(Finding.id == finding.id).values(
            fingerprint=old_mark, explanation={**finding.explanation, "group": old_mark}))
    again, span = new_post_findings(factory, f"it is {ARABIC_CARD} again", ARABIC_CARD)
    with factory() as session:
        incident = incident_of(session, session.get(Finding, again.created[0]))
        assert incident is not None and first.created[0] in {f.id for f in incident.findings}
        assert session.get(Finding, first.created[0]).fingerprint == span.fingerprint


# A confidential rule's value (form `text`) whose canonical string is a card as written: its current
# fingerprint equals one of the card's old (written-form) fingerprints, yet it never was a card's row.
CODE_RULE = Rule(id="conf-project-code", title="Code", description="d", category="leak", kind="confidential",
                 signal=None, topic=None, severity="high", source="t:3", content_hash="f" * 64)
WRITTEN_CARD = "4929 3813 3266 4295"


def test_a_current_finding_of_another_form_is_not_rekeyed_into_a_cards_group(factory):
    code, code_span = new_post_findings(factory, f"project code {WRITTEN_CARD} stays inside", WRITTEN_CARD, CODE_RULE)
    card, card_span = new_post_findings(factory, f"my card {WRITTEN_CARD} was charged", WRITTEN_CARD)
    assert code_span.fingerprint in card_span.legacy_fingerprints  # the collision this guards against
    with factory() as session:
        assert session.get(Finding, code.created[0]).fingerprint == code_span.fingerprint
        incident = incident_of(session, session.get(Finding, card.created[0]))
        assert incident is None or code.created[0] not in {f.id for f in incident.findings}


def test_a_suppression_of_another_forms_value_does_not_suppress_a_card_written_that_way(factory):
    code, code_span = new_post_findings(factory, f"project code {WRITTEN_CARD} stays inside", WRITTEN_CARD, CODE_RULE)
    with transaction(factory) as session:  # any rule: made from the code's finding
        session.add(Suppression(fingerprint=code_span.fingerprint, rule_id=None, source_finding_id=code.created[0],
                                reason="internal code", created_by="ana", created_at=T0))
    card, _ = new_post_findings(factory, f"my card {WRITTEN_CARD} was charged", WRITTEN_CARD)
    assert card.suppressed == 0
    with factory() as session:
        assert session.scalars(sa.select(Suppression.fingerprint)).all() == [code_span.fingerprint]


def test_a_suppression_for_any_rule_made_before_digits_were_folded_still_matches_the_same_card(factory):
    from brandwatch.rules.canonical import pre_digit_fold_canonical

    old_mark = old_fingerprint(pre_digit_fold_canonical(ARABIC_CARD, "card"))
    first, _ = new_post_findings(factory, f"card {ARABIC_CARD} here", ARABIC_CARD)
    with transaction(factory) as session:  # as stored then, and suppressed for any rule from that finding
        finding = session.get(Finding, first.created[0])
        session.execute(Finding.__table__.update().where(Finding.id == finding.id).values(
            fingerprint=old_mark, explanation={**finding.explanation, "group": old_mark}))
        session.add(Suppression(fingerprint=old_mark, rule_id=None, source_finding_id=finding.id,
                                reason="test card", created_by="ana", created_at=T0))
    again, _ = new_post_findings(factory, f"it is {ARABIC_CARD} again", ARABIC_CARD)
    assert again.suppressed == 1
