"""The daemon's faster analysis stores what it stored before: a replayed corpus analysed by forked
worker processes, with the masker's memo kept across learned values and the writing-pattern check,
leaves every mention, finding, audit event and notification as one process that masks every string
afresh and runs every value's pattern over every text."""

from __future__ import annotations

import importlib.util
import random
from datetime import datetime, timezone

import pytest
from sqlalchemy import MetaData, select

from bwtest import REPO
from brandwatch.config import Settings
from brandwatch.daemon.analysis import AnalysisWorker
from brandwatch.daemon.analysis_pool import AnalysisPool
from brandwatch.daemon.engine import make_analyzer, open_analysis_inputs
from brandwatch.rules import load_rules, writing_gate
from brandwatch.secret_masker import SecretMasker
from brandwatch.store.db import make_engine, session_factory, transaction, upgrade
from brandwatch.store.models import Mention

from .helpers import aws_key

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
TABLES = ("mentions", "findings", "review_events", "outbox")


def corpus(count: int) -> list[dict]:
    """The bench's generated posts (leaks, complaints, endorsements, chatter), some leaking a key twice
    or a value learned from an earlier post, so later strings hold values the masker already knows."""
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    posts = list(module.generate(count, seed=31))
    rng = random.Random(31)
    keys = [aws_key(rng) for _ in range(8)]
    for number, key in enumerate(keys):
        posts.insert(number * 37, {"id": f"again-{number}", "text": f"Acme Cloud broke, rotated {key}? no: {key}"})
        posts.insert(number * 53 + 5, {"id": f"later-{number}", "text": f"still seeing {key.lower()} in Acme logs"})
    return posts


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("BRANDWATCH_FINGERPRINT_KEY", "test-key-0123456789")
    return Settings.model_validate({
        "brands": [{"name": "Acme", "aliases": ["Acme Corp"], "products": ["Acme Rocket", "Acme Cloud"]}],
        "confidential": {"code_names": ["Bluebird"], "internal_domains": ["corp.acme.example"]},
        "sentiment": {"backend": "vader"}, "data_dir": str(tmp_path / "var"),
        "daemon": {"analysis_batch_size": 128}})


def analyse_all(url: str, settings: Settings, posts: list[dict], monkeypatch, *, pool: AnalysisPool | None
                ) -> dict[str, list[dict]]:
    engine = make_engine(url)
    upgrade(engine)
    factory = session_factory(engine)
    with transaction(factory) as session:
        for post in posts:
            session.add(Mention(platform="x", external_id=post["id"], source="replay", text=post["text"],
                                created_at=NOW, raw={"text": post["text"]}))
    rules = load_rules(None, settings)
    masker = SecretMasker()  # the daemon's one masker: learns values and scrubs every output
    masker.use_rules(rules)
    monkeypatch.setattr("brandwatch.secret_masker.MASKER", masker)
    analyzer = make_analyzer(settings, open_analysis_inputs(settings), rules)
    worker = AnalysisWorker(factory, settings, lambda: analyzer, lambda: NOW, backend_name="vader",
                            masker=masker, pool=pool)
    try:
        report = worker.drain()
    finally:
        if pool is not None:
            pool.close()
    assert report.analysed == len(posts) and report.failed == 0
    return stored(engine)


def stored(engine) -> dict[str, list[dict]]:
    """Every row of the tables analysis writes, without the columns the wall clock fills in."""
    metadata = MetaData()
    metadata.reflect(engine, only=TABLES)
    rows = {}
    with engine.connect() as connection:
        for name in TABLES:
            table = metadata.tables[name]
            kept = [c for c in table.columns if not (c.name.endswith("_at") and c.name != "analysed_at")]
            rows[name] = [dict(row._mapping) for row in connection.execute(select(*kept).order_by(table.c.id))]
    engine.dispose()
    return rows


def test_forked_analysis_and_the_masker_shortcuts_store_the_same_rows(tmp_path, settings, monkeypatch):
    posts = corpus(700)
    fast = analyse_all(f"sqlite:///{tmp_path / 'fast.db'}", settings, posts, monkeypatch, pool=AnalysisPool(2))
    # The reference: one process, no memo (every string masked afresh), every pattern always run.
    monkeypatch.setattr(SecretMasker, "memo_chars", -1)
    monkeypatch.setattr(writing_gate, "may_hold", lambda text, folded, separators: True)
    reference = analyse_all(f"sqlite:///{tmp_path / 'reference.db'}", settings, posts, monkeypatch, pool=None)
    assert len(reference["findings"]) > 40 and any(row["analysis"].get("rules") for row in reference["mentions"])
    for name in TABLES:
        assert fast[name] == reference[name], name
