"""One malformed item, whatever field is bad, is rejected with its reason; the rest of its batch is stored
and the source keeps running (issue 19, deliver 2)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import select

from brandwatch.collectors.base import Batch
from brandwatch.collectors.replay import ReplayCollector, ReplaySource
from brandwatch.collectors.runner import run_once
from brandwatch.model.post import Author, Post
from brandwatch.store.db import session_factory
from brandwatch.store.models import Author as AuthorRow, Mention, RejectedItem, SourceStatus


class StillClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def sleep(self, seconds: float) -> None:
        pass


POISON = {  # post id -> (line, a phrase the rejection reason must hold)
    "surrogate-author": ('{"id": "surrogate-author", "text": "hi", "author": "bob\\ud800"}',
                         "author.handle holds a lone surrogate (U+D800)"),
    "surrogate-platform": ('{"id": "surrogate-platform", "text": "hi", "platform": "x\\udfff"}',
                           "platform holds a lone surrogate (U+DFFF)"),
    "long-id": (json.dumps({"id": "long-id" + "7" * 300, "text": "hi"}), "external_id is 307 characters long"),
    "long-handle": (json.dumps({"id": "long-handle", "text": "hi", "author": "a" * 400}),
                    "author.handle is 400 characters long"),
    "huge-followers": (json.dumps({"id": "huge-followers", "text": "hi", "author": "c", "author_followers": 10**30}),
                       "author.followers (1000000000000000000000000000000) is not a 64-bit integer"),
    "nul-handle": (json.dumps({"id": "nul-handle", "text": "hi", "author": "d\u0000n"}),
                   "author.handle holds a NUL character"),
    "deep-payload": (json.dumps({"id": "deep-payload", "text": "hi", "extra": json.loads("[" * 200 + "]" * 200)}),
                     "raw is nested more than 64 levels deep"),
}
DEEP_LINE = '{"id": "deep-line", "text": "x", "extra": ' + "[" * 5000 + "]" * 5000 + "}"
REPAIRED = [  # stored, with what cannot be stored replaced
    '{"id": "surrogate-text", "text": "bad \\udc80 text", "author": "eve"}',
    '{"id": "odd-payload", "text": "fine", "x\\u0000": "\\ud800", "n": 1e999}',
]


def replay_file(tmp_path) -> ReplaySource:
    good = [json.dumps({"id": f"good-{n}", "text": f"Acme Rocket post {n}", "author": f"user{n}"}) for n in range(4)]
    lines = [good[0], *[line for line, _ in POISON.values()], good[1], DEEP_LINE, *REPAIRED, *good[2:]]
    path = tmp_path / "poison.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ReplaySource(name="replay", type="replay", path=path, batch_size=50)


def test_when_a_batch_holds_malformed_items_then_each_is_rejected_with_its_reason_and_the_rest_is_stored(
        engine, tmp_path):
    source = replay_file(tmp_path)
    report = run_once(engine, ReplayCollector(source, StillClock()), StillClock())
    assert report.outcome == "stored" and report.added == 6 and report.rejected == len(POISON) + 1, report
    again = run_once(engine, ReplayCollector(source, StillClock()), StillClock())
    assert again.outcome == "stored" and again.added == 0  # the checkpoint moved past the whole batch
    with session_factory(engine)() as session:
        stored = set(session.scalars(select(Mention.external_id)))
        reasons = {row.external_id: row.reason for row in session.scalars(select(RejectedItem))}
        status = session.get(SourceStatus, "replay")
        texts = dict(session.execute(select(Mention.external_id, Mention.text)).all())
    assert stored == {"good-0", "good-1", "good-2", "good-3", "surrogate-text", "odd-payload"}
    assert texts["surrogate-text"] == "bad ? text"
    for post_id, (_line, phrase) in POISON.items():
        reason = next(r for key, r in reasons.items() if key and key.startswith(post_id[:7]) and phrase in r)
        assert reason, (post_id, reasons)
    assert reasons[None] == f"line {len(POISON) + 3}: JSON nested too deeply to read"
    assert status.last_error is None and status.disabled_reason is None


def test_when_the_database_refuses_one_item_of_a_batch_then_only_that_item_is_rejected(engine):
    class OnePage:
        name, platform, notices = "buggy", "x", []

        def collect(self, checkpoint):
            # A field no check covers (the URL) holding a lone surrogate: only the database notices.
            posts = [Post(platform="x", external_id=str(n), text=f"post {n}", author=Author(id=str(n), handle=f"u{n}"),
                          url=f"https://x.test/{n}" + ("\ud800" if n == 1 else ""), raw={"n": n}) for n in range(3)]
            yield Batch(tuple(posts), {"page": 1})

    report = run_once(engine, OnePage(), StillClock())
    assert report.outcome == "stored" and report.added == 2 and report.rejected == 1, report
    with session_factory(engine)() as session:
        assert sorted(session.scalars(select(Mention.external_id))) == ["0", "2"]
        (rejected,) = session.scalars(select(RejectedItem))
        assert rejected.external_id == "1" and "the database refused it" in rejected.reason
        assert "UnicodeEncodeError" in rejected.reason and rejected.raw["external_id"] == "1"
        assert sorted(session.scalars(select(AuthorRow.handle))) == ["u0", "u2"]


def test_when_an_unstorable_post_holds_a_key_then_its_rejected_item_keeps_the_key_masked(engine):
    key = "AKIA" + "Q3EGRTXKZP7MWN2B"

    class OnePage:
        name, platform, notices = "keyed", "x", []

        def collect(self, checkpoint):
            post = Post(platform="x", external_id="k1", text=f"deploying with {key} today",
                        author=Author(id="1", handle="bob\ud800"), raw={"text": f"deploying with {key} today"})
            yield Batch((post,), {"page": 1})

    report = run_once(engine, OnePage(), StillClock())
    assert report.rejected == 1, report
    with session_factory(engine)() as session:
        (rejected,) = session.scalars(select(RejectedItem))
    assert "lone surrogate" in rejected.reason and key not in json.dumps(rejected.raw)
