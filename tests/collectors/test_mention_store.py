"""Storing batches: idempotent, atomic with the checkpoint, and safe for odd text on both databases."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from brandwatch.model.post import Author, Post
from brandwatch.store import models
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.mentions import load_checkpoint, save_batch

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def _mention(external_id: str, text: str = "Acme is late again", **author) -> Post:
    return Post(platform="x", external_id=external_id, text=text, created_at=WHEN,
                   author=Author(**({"id": "u1", "handle": "kara_m"} | author)), raw={"id": external_id})


def _save(engine, mentions, checkpoint=None, rejected=()):
    with transaction(session_factory(engine)) as session:
        return save_batch(session, "src", "x", mentions, rejected, checkpoint or {"n": 1})


def test_when_a_batch_repeats_a_post_then_it_is_stored_once(engine):
    first = _save(engine, [_mention("1"), _mention("1"), _mention("2")])
    again = _save(engine, [_mention("2"), _mention("3")])

    assert (first.added, first.duplicates) == (2, 1)
    assert (again.added, again.duplicates) == (1, 1)
    with session_factory(engine)() as session:
        assert session.query(models.Mention).count() == 3
        assert session.query(models.Author).count() == 1


def test_when_the_transaction_fails_then_neither_mentions_nor_checkpoint_are_kept(engine):
    factory = session_factory(engine)
    with pytest.raises(RuntimeError):
        with transaction(factory) as session:
            save_batch(session, "src", "x", [_mention("1")], [], {"since_id": "1"})
            raise RuntimeError("killed before commit")

    with factory() as session:
        assert session.query(models.Mention).count() == 0
        assert load_checkpoint(session, "src") == {}


def test_when_text_holds_nul_or_a_lone_surrogate_then_it_is_stored_readably(engine):
    _save(engine, [_mention("1", text="Acme\x00 key"), _mention("2", text="bad \ud800 half")])

    with session_factory(engine)() as session:
        texts = {m.external_id: m.text for m in session.query(models.Mention)}
    assert texts["1"] == "Acme\ufffd key"
    assert texts["2"].startswith("bad ") and texts["2"].endswith(" half")


def test_when_an_author_is_seen_again_without_a_follower_count_then_the_known_one_is_kept(engine):
    _save(engine, [_mention("1", followers=120, description="gadgets")])
    _save(engine, [_mention("2", handle="kara_m2")])

    with session_factory(engine)() as session:
        author = session.query(models.Author).one()
    assert (author.followers, author.description, author.handle) == (120, "gadgets", "kara_m2")


def test_when_a_post_has_only_an_author_handle_then_the_author_is_keyed_by_it(engine):
    _save(engine, [_mention("1", id=None, handle="@Kara_M"), _mention("2", id=None, handle="kara_m")])

    with session_factory(engine)() as session:
        authors = session.query(models.Author).all()
    assert [a.external_id for a in authors] == ["handle:kara_m"]


def test_when_a_batch_holds_two_versions_of_an_edited_post_then_the_newer_is_stored(engine):
    from dataclasses import replace

    first = replace(_mention("100", "Acme is late"), version="100")
    edited = replace(_mention("100", "Acme is late, sorted now"), version="205")

    result = _save(engine, [edited, first])  # newest first, as X lists them
    older_later = _save(engine, [first])

    with session_factory(engine)() as session:
        row = session.query(models.Mention).one()
        versions = session.query(models.MentionVersion).count()
    assert (result.added, older_later.edited) == (1, 0)
    assert (row.text, row.version, versions) == ("Acme is late, sorted now", "205", 0)
