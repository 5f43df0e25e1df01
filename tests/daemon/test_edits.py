"""Edited X posts through the whole pipeline: tweepy against the X fake, the store, the analysis stage.

An edit updates the stored mention, keeps the earlier version, is analysed again and tells the
post's findings what changed, without closing any of them.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from brandwatch.model.clock import ManualClock
from brandwatch.collectors.runner import run_once
from brandwatch.collectors.x import XSource
from brandwatch.collectors.x_collector import XCollector
from brandwatch.config import Settings
from brandwatch.daemon.analysis import AnalysisWorker
from brandwatch.daemon.engine import make_analyzer, open_analysis_inputs
from brandwatch.secret_masker import SecretMasker
from brandwatch.rules import load_rules
from brandwatch.store.db import session_factory
from brandwatch.store.models import Finding, Mention, MentionVersion
from brandwatch.testing.seeds import BASE_EPOCH
from brandwatch.testing.x_fake import XFake

from .helpers import aws_key


@pytest.fixture
def clock():
    """A day after the fake's first posts: inside X's 7-day search window."""
    return ManualClock(datetime.fromtimestamp(BASE_EPOCH, tz=timezone.utc) + timedelta(days=1))


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("BRANDWATCH_FINGERPRINT_KEY", "test-key-0123456789")
    partners = tmp_path / "partners.csv"
    partners.write_text("name,reddit,x,relationship,start,end\nDana Whit,,danawhit,ambassador,,\n", encoding="utf-8")
    return Settings.model_validate({"brands": [{"name": "Acme", "products": ["Acme Rocket"]}],
                                    "sentiment": {"backend": "vader"}, "data_dir": str(tmp_path / "var"),
                                    "rosters": {"partners": str(partners)}})


@pytest.fixture
def fake(clock):
    with XFake(now=lambda: clock.now().timestamp()) as server:
        yield server


def _collect(engine, fake, clock):
    source = XSource(name="x", type="x", max_results=10, request_timeout=timedelta(seconds=0.5),
                     roster_timelines=False)
    return run_once(engine, XCollector(source, fake.bearer_token, ["Acme"], [], clock, fake.adapter_factory()), clock)


def _analyse(engine, settings):
    inputs = open_analysis_inputs(settings)
    analyzer = make_analyzer(settings, inputs, load_rules(None, settings))
    worker = AnalysisWorker(session_factory(engine), settings, lambda: analyzer,
                            lambda: datetime(2026, 11, 2, tzinfo=timezone.utc), backend_name="vader",
                            masker=SecretMasker())
    return worker.drain()


def _findings(engine, external_id: str) -> list[Finding]:
    with session_factory(engine)() as session:
        mention = session.scalars(select(Mention).where(Mention.external_id == external_id)).one()
        rows = list(session.scalars(select(Finding).where(Finding.mention_id == mention.id)))
        session.expunge_all()
        return rows


def test_when_a_leaked_key_is_edited_out_then_the_finding_stays_open_and_notes_it(engine, settings, fake, clock):
    key = aws_key(random.Random(3))
    original = fake.add_tweet("kara_m", f"Acme Cloud deploy finally works, using {key} for now")
    _collect(engine, fake, clock)
    _analyse(engine, settings)
    fake.edit(original, "Acme Cloud deploy finally works")

    collected = _collect(engine, fake, clock)
    report = _analyse(engine, settings)

    assert collected.edited == 1 and report.analysed == 1
    leak = next(f for f in _findings(engine, original) if f.category == "leak")
    assert leak.status == "new"  # an edit closes nothing by itself
    assert "removed this value" in leak.explanation["edits"][0]["note"]
    with session_factory(engine)() as session:
        versions = list(session.scalars(select(MentionVersion)))
        mention = session.scalars(select(Mention)).one()
    assert mention.text == "Acme Cloud deploy finally works" and mention.status == "analysed"
    assert len(versions) == 1 and key not in (versions[0].text or "") and key not in str(versions[0].raw)


def test_when_an_edit_adds_a_disclosure_then_the_endorsement_finding_shows_it_and_stays_open(
        engine, settings, fake, clock):
    original = fake.add_tweet("danawhit", "The Acme Rocket is the best blender I have ever owned, get one")
    _collect(engine, fake, clock)
    _analyse(engine, settings)
    before = [f for f in _findings(engine, original) if f.category == "endorsement"]
    fake.edit(original, "#ad The Acme Rocket is the best blender I have ever owned, get one")

    _collect(engine, fake, clock)
    _analyse(engine, settings)

    after = [f for f in _findings(engine, original) if f.category == "endorsement"]
    assert before, "the undisclosed partner post should raise an endorsement finding"
    assert [f.id for f in after] == [f.id for f in before] and after[0].status == "new"
    assert "added a disclosure" in after[0].explanation["edits"][0]["note"]


def test_when_an_edit_arrives_before_analysis_then_the_earlier_version_is_still_checked_and_redacted(
        engine, settings, fake, clock):
    key = aws_key(random.Random(5))
    original = fake.add_tweet("kara_m", f"Acme Cloud token {key} oops")
    _collect(engine, fake, clock)
    fake.edit(original, "Acme Cloud works")
    _collect(engine, fake, clock)

    _analyse(engine, settings)

    with session_factory(engine)() as session:
        version = session.scalars(select(MentionVersion)).one()
        mention = session.scalars(select(Mention)).one()
    assert version.analysed and key not in (version.text or "") and key not in str(version.raw)
    assert "aws-access-key-id" in mention.analysis["edit"]["earlier_version_rules"]
