"""The analysis stage over stored mentions, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from brandwatch.config import Settings
from brandwatch.daemon.analysis import AnalysisWorker, claim_pending
from brandwatch.daemon.engine import make_analyzer, open_analysis_inputs
from brandwatch.secret_masker import SecretMasker
from brandwatch.rules import load_rules
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import Finding, Mention, ReviewEvent

from .helpers import make_posts

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("BRANDWATCH_FINGERPRINT_KEY", "test-key-0123456789")
    return Settings.model_validate({"brands": [{"name": "Acme", "products": ["Acme Rocket", "Acme Cloud"]}],
                                    "sentiment": {"backend": "vader"}, "data_dir": str(tmp_path / "var"),
                                    "daemon": {"analysis_batch_size": 4}})


def store_posts(factory, posts) -> None:
    with transaction(factory) as session:
        for post in posts:
            session.add(Mention(platform="x", external_id=post["id"], source="replay", text=post["text"],
                                created_at=NOW, raw={"text": post["text"], "nested": [{"body": post["text"]}]}))


def worker(factory, settings, masker=None, stop=None) -> AnalysisWorker:
    inputs = open_analysis_inputs(settings)
    analyzer = make_analyzer(settings, inputs, load_rules(None, settings))
    return AnalysisWorker(factory, settings, lambda: analyzer, lambda: NOW,
                          backend_name="vader", stop=stop, masker=masker or SecretMasker())


def test_when_pending_mentions_are_drained_then_each_is_analysed_once_with_its_secret_findings(engine, settings):
    factory = session_factory(engine)
    posts, keys = make_posts(10)
    store_posts(factory, posts)
    report = worker(factory, settings).drain()
    assert (report.analysed, report.failed) == (10, 0)
    with factory() as session:
        statuses = dict(session.execute(select(Mention.status, func.count()).group_by(Mention.status)).all())
        leaks = session.scalars(select(Finding).where(Finding.rule_id == "aws-access-key-id")).all()
        creates = session.scalar(select(func.count()).select_from(ReviewEvent).where(ReviewEvent.action == "create"))
        total = session.scalar(select(func.count()).select_from(Finding))
    assert statuses == {"analysed": 10}
    assert len(leaks) == len(keys) == 4
    assert creates == total  # one audit event per finding, written in the same transaction


def test_when_a_mention_is_analysed_then_its_secret_is_gone_from_text_and_raw_but_offsets_still_fit(engine, settings):
    factory = session_factory(engine)
    posts, keys = make_posts(1)
    store_posts(factory, posts)
    worker(factory, settings).drain()
    with factory() as session:
        mention = session.scalars(select(Mention)).one()
        finding = session.scalars(select(Finding).where(Finding.rule_id == "aws-access-key-id")).one()
    assert keys[0] not in mention.text and keys[0] not in str(mention.raw)
    assert len(mention.text) == len(posts[0]["text"])
    assert set(mention.text[finding.start:finding.end]) == {"•"}
    assert mention.analysis["sentiment"]["label"] in ("negative", "neutral", "positive")


def test_when_redaction_is_configured_off_then_the_stored_text_keeps_the_value(engine, settings):
    settings = settings.model_copy(update={"daemon": settings.daemon.model_copy(update={"redact_kinds": []})})
    factory = session_factory(engine)
    posts, keys = make_posts(1)
    store_posts(factory, posts)
    worker(factory, settings).drain()
    with factory() as session:
        assert keys[0] in session.scalars(select(Mention.text)).one()


def test_when_secrets_are_found_then_the_log_masker_learns_them(engine, settings):
    factory = session_factory(engine)
    posts, keys = make_posts(1)
    store_posts(factory, posts)
    masker = SecretMasker()
    worker(factory, settings, masker=masker).drain()
    assert keys[0] not in masker.mask(f"oops {keys[0]} again")


def test_when_stop_is_requested_then_drain_ends_after_the_current_batch(engine, settings):
    factory = session_factory(engine)
    store_posts(factory, make_posts(12)[0])
    stop = threading.Event()
    analysis = worker(factory, settings, stop=stop)
    first = analysis.run_batch()
    stop.set()
    assert analysis.drain().analysed == 0
    with factory() as session:
        analysed = session.scalar(select(func.count()).select_from(Mention).where(Mention.status == "analysed"))
    assert first.analysed == analysed == 4


def test_when_one_post_breaks_the_analyzer_then_only_it_is_marked_failed(engine, settings):
    factory = session_factory(engine)
    store_posts(factory, make_posts(6)[0])
    inputs = open_analysis_inputs(settings)
    real = make_analyzer(settings, inputs, load_rules(None, settings))

    class Fragile:
        def analyze(self, posts):
            if any(p.external_id == "post-2" for p in posts):
                raise ValueError("cannot read this one")
            return real.analyze(posts)

    fragile = Fragile()
    analysis = AnalysisWorker(factory, settings, lambda: fragile, lambda: NOW, stop=None)
    report = analysis.drain()
    with factory() as session:
        failed = session.scalars(select(Mention.external_id).where(Mention.status == "failed")).all()
    assert (report.analysed, report.failed, failed) == (5, 1, ["post-2"])


def test_when_two_sessions_claim_on_postgresql_then_they_get_disjoint_mentions(postgres_url, settings):
    from brandwatch.store.db import make_engine, upgrade

    engine = make_engine(postgres_url)
    upgrade(engine)
    factory = session_factory(engine)
    store_posts(factory, make_posts(6)[0])
    with factory() as first, first.begin(), factory() as second, second.begin():
        mine = {m.id for m in claim_pending(first, 4)}
        theirs = {m.id for m in claim_pending(second, 4)}
    engine.dispose()
    assert len(mine) == 4 and len(theirs) == 2 and not mine & theirs


def test_when_a_post_leaks_two_different_keys_then_both_are_redacted(engine, settings):
    factory = session_factory(engine)
    first, second = "AKIAQ3EGUVNT5XJ2LWPM", "AKIAZ7YHBQWE4RT6UIPL"
    with transaction(factory) as session:
        session.add(Mention(platform="x", external_id="two", text=f"Acme keys {first} and {second}, then {first}",
                            created_at=NOW, raw={"body": f"{first} / {second}"}))
    worker(factory, settings).drain()
    with factory() as session:
        mention = session.scalars(select(Mention)).one()
    for key in (first, second):
        assert key not in mention.text and key not in str(mention.raw)


def test_when_a_post_is_longer_than_the_cap_then_its_stored_analysis_is_flagged_and_its_late_secret_found(
        engine, settings):
    factory = session_factory(engine)
    capped = settings.model_copy(update={"analysis": settings.analysis.model_copy(update={"costly_prefix_chars": 500})})
    posts, keys = make_posts(1)
    store_posts(factory, [{"id": "huge", "text": "Acme Rocket review. " * 200 + posts[0]["text"]},
                          {"id": "small", "text": "Acme Rocket arrived today"}])
    assert worker(factory, capped).drain().analysed == 2
    with factory() as session:
        analyses = dict(session.execute(select(Mention.external_id, Mention.analysis)).all())
        leak = session.scalars(select(Finding).where(Finding.rule_id == "aws-access-key-id")).one()
    assert analyses["huge"]["costly_analyses_prefix"] == 500 and "costly_analyses_prefix" not in analyses["small"]
    assert leak.start > 4000
