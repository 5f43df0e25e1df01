"""Tampering with the review trail is refused by the database or reported by `audit verify`, with the event id.

Each test first tries the change plainly (the database must refuse it), then as an insider who switched the
guards off (SQLite: DROP TRIGGER; PostgreSQL: ALTER TABLE ... DISABLE TRIGGER USER as the owner) and checks
that verification names the event.
"""

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from brandwatch.review.audit_chain import checkpoint_now, event_mac
from brandwatch.review.audit_key import audit_key
from brandwatch.review.audit_verify import verify_trail
from brandwatch.review.service import ReviewService
from brandwatch.store.models import ReviewEvent

from .helpers import SETTINGS, T0, new_finding

KEY = audit_key(SETTINGS)


@pytest.fixture
def trail(engine, factory):
    """Two findings with a few sealed events each, and a checkpoint over their heads."""
    service = ReviewService(factory, SETTINGS, clock=lambda: T0)
    first, second = new_finding(factory), new_finding(factory, text="key AKIAQ3EGUVNT5XJ2LWPX leaked")
    service.claim(first, "ana")
    service.comment(first, "ana", "rotating it")
    service.resolve(first, "ana")
    service.claim(second, "bo")
    checkpoint_now(factory, KEY, T0, "test")
    with factory() as session:
        events = {f: [e.id for e in session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == f)
                                                    .order_by(ReviewEvent.id))] for f in (first, second)}
    return {"first": first, "second": second, "events": events}


def _problems(factory, key=KEY):
    with factory() as session:
        report = verify_trail(session, key)
    return [(p.kind, p.event_id) for p in report.problems]


def _refused(engine, statement: str, **params) -> None:
    with pytest.raises(DBAPIError):
        with engine.begin() as connection:
            connection.execute(text(statement), params)


def _guards_off(engine) -> None:
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            names = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars().all()
            for name in names:
                connection.execute(text(f"DROP TRIGGER {name}"))
        else:
            for table in ("review_events", "findings", "audit_checkpoints"):
                connection.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))


def _tamper(engine, statement: str, **params) -> None:
    with engine.begin() as connection:
        connection.execute(text(statement), params)


def test_when_the_trail_is_untouched_then_verify_finds_nothing(trail, factory):
    assert _problems(factory) == []


def test_when_an_event_is_edited_then_it_is_refused_or_reported_as_forged(trail, engine, factory):
    target = trail["events"][trail["first"]][2]  # the comment
    _refused(engine, "UPDATE review_events SET note = 'nothing to see' WHERE id = :id", id=target)
    _guards_off(engine)
    _tamper(engine, "UPDATE review_events SET note = 'nothing to see' WHERE id = :id", id=target)
    assert _problems(factory) == [("forged", target)]


def test_when_an_event_is_deleted_then_it_is_refused_or_the_gap_is_reported(trail, engine, factory):
    events = trail["events"][trail["first"]]
    _refused(engine, "DELETE FROM review_events WHERE id = :id", id=events[1])
    _guards_off(engine)
    _tamper(engine, "DELETE FROM review_events WHERE id = :id", id=events[1])
    problems = _problems(factory)
    assert ("removed", events[2]) in problems and ("broken-link", events[2]) in problems


def test_when_the_last_event_of_a_chain_is_deleted_then_the_checkpoint_names_it(trail, engine, factory):
    last = trail["events"][trail["second"]][-1]
    _guards_off(engine)
    _tamper(engine, "DELETE FROM review_events WHERE id = :id", id=last)
    problems = _problems(factory)
    assert ("removed", last) in problems  # sealed by the checkpoint, gone now
    assert ("state", trail["events"][trail["second"]][0]) in problems  # claimed, but the trail says new


def test_when_the_trail_is_truncated_then_it_is_refused_or_every_sealed_head_is_reported(trail, engine, factory):
    heads = [trail["events"][f][-1] for f in (trail["first"], trail["second"])]
    if engine.dialect.name == "postgresql":
        _refused(engine, "TRUNCATE review_events")
    _guards_off(engine)
    _tamper(engine, "DELETE FROM review_events" if engine.dialect.name == "sqlite" else "TRUNCATE review_events")
    problems = _problems(factory)
    assert all(("removed", head) in problems for head in heads)


def test_when_a_back_dated_event_by_a_made_up_actor_is_inserted_then_it_is_reported(trail, engine, factory):
    # INSERT is what the application itself needs, so the database cannot refuse it: the seal must tell.
    _tamper(engine, "INSERT INTO review_events (finding_id, actor, at, action, from_status, to_status, note, seq, "
                    "prev_mac, mac) VALUES (:f, 'mallory', :at, 'comment', 'resolved', 'resolved', 'all fine', 99, "
                    "'', :mac)", f=trail["first"], at=T0.replace(year=2025), mac="0" * 64)
    with factory() as session:
        inserted = session.scalar(select(ReviewEvent.id).where(ReviewEvent.actor == "mallory"))
    problems = _problems(factory)
    for kind in ("forged", "unknown-actor", "back-dated", "broken-link"):
        assert (kind, inserted) in problems


def test_when_a_status_is_changed_without_an_event_then_it_is_refused_or_reported(trail, engine, factory):
    second = trail["second"]
    _refused(engine, "UPDATE findings SET status = 'resolved' WHERE id = :id", id=second)
    _guards_off(engine)
    _tamper(engine, "UPDATE findings SET status = 'resolved' WHERE id = :id", id=second)
    assert _problems(factory) == [("state", trail["events"][second][-1])]


def test_when_a_chain_is_recomputed_consistently_without_the_key_then_every_event_is_reported(trail, engine, factory):
    """An insider rewrites the note and re-seals the whole chain with a key of their own."""
    guess = b"insider-guessed-key-000000000000"
    _guards_off(engine)
    with factory() as session:
        events = list(session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == trail["first"])
                                      .order_by(ReviewEvent.id)))
    previous = ""
    with engine.begin() as connection:
        for event in events:
            note = "handled by the book" if event.action == "comment" else event.note
            mac = event_mac(guess, finding_id=event.finding_id, seq=event.seq, prev_mac=previous, actor=event.actor,
                            at=event.at, action=event.action, from_status=event.from_status,
                            to_status=event.to_status, note=note)
            connection.execute(text("UPDATE review_events SET note = :n, prev_mac = :p, mac = :m WHERE id = :id"),
                               {"n": note, "p": previous, "m": mac, "id": event.id})
            previous = mac
    problems = _problems(factory)
    assert [p for p in problems if p[0] == "forged"] == [("forged", e.id) for e in events]
    assert ("removed", events[-1].id) in problems  # the checkpoint sealed the old head
    with factory() as session:  # under the insider's own key the chain is consistent: only our key tells
        assert not [p for p in verify_trail(session, guess).problems if p.kind in ("broken-link", "removed")
                    and p.event_id in {e.id for e in events[:-1]}]


def test_when_verify_runs_from_the_cli_then_it_exits_non_zero_naming_the_event(trail, engine, factory, tmp_path):
    import json

    from click.testing import CliRunner

    from brandwatch.cli import main

    config = tmp_path / "c.yaml"
    config.write_text(json.dumps({"database": {"url": engine.url.render_as_string(hide_password=False)}}))
    runner = CliRunner()
    clean = runner.invoke(main, ["--config", str(config), "audit", "verify"])
    assert clean.exit_code == 0 and "trail intact" in clean.output
    target = trail["events"][trail["first"]][1]
    _guards_off(engine)
    _tamper(engine, "UPDATE review_events SET actor = 'bo' WHERE id = :id", id=target)
    tampered = runner.invoke(main, ["--config", str(config), "audit", "verify"])
    assert tampered.exit_code == 1
    assert f"event {target}: forged" in tampered.output


def test_when_a_checkpoint_is_written_then_the_log_carries_its_digest_and_mac(trail, factory, caplog):
    import logging

    from brandwatch.review.service import ReviewService

    ReviewService(factory, SETTINGS, clock=lambda: T0).comment(trail["second"], "bo", "one more")
    with caplog.at_level(logging.INFO, logger="brandwatch.review.audit_chain"):
        written = checkpoint_now(factory, KEY, T0, "test")
    assert written is not None and written.chains >= 1
    assert f"audit checkpoint {written.id}:" in caplog.text and written.mac in caplog.text


def test_when_two_instances_checkpoint_from_the_same_predecessor_then_one_is_refused(trail, factory):
    from brandwatch.review.audit_chain import write_checkpoint
    from brandwatch.store.models import AuditCheckpoint

    with factory() as first, factory() as second:  # both read the same latest checkpoint
        with first.begin():
            write_checkpoint(first, KEY, T0, "instance a")
        with pytest.raises(DBAPIError), second.begin():  # a fork of the checkpoint chain: unique prev_id
            latest_before = second.scalar(select(AuditCheckpoint).where(AuditCheckpoint.written_by == "test"))
            second.add(AuditCheckpoint(kind="checkpoint", prev_id=latest_before.id, at=T0, max_event_id=0, chains=0,
                                       heads=[], heads_digest="", written_by="instance b"))
            second.flush()
    assert _problems(factory) == []
