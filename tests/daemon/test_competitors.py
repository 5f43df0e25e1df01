"""Competitor posts through the analysis stage, on SQLite and PostgreSQL: attributed, counted, never queued."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select, update

from brandwatch.config import Settings
from brandwatch.daemon.analysis import AnalysisWorker
from brandwatch.daemon.engine import make_analyzer, open_analysis_inputs
from brandwatch.reports.share_of_voice import VoiceKey, share_of_voice
from brandwatch.rules import load_rules
from brandwatch.secret_masker import SecretMasker
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import Finding, Mention, MentionFact, MentionVoice

POSTED = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)

POSTS = {
    "globex-complaint": "Globex lost my package and their support never answered, worst service ever",
    "initech-praise": "the new Initechs printer is lovely, love it",
    "both": "Globex broke my phone and will not refund it, my Acme works fine though",
    "acme-complaint": "my Acme order arrived broken, refund please @acmesupport",
    "nobody": "the weather is nice today",
}


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("BRANDWATCH_FINGERPRINT_KEY", "test-key-0123456789")
    return Settings.model_validate({
        "brands": [{"name": "Acme", "handles": {"x": ["acmesupport"]}}],
        "competitors": [{"name": "Globex"}, {"name": "Initech", "query": "initech*"}],
        "sentiment": {"backend": "vader"}, "data_dir": str(tmp_path / "var")})


@pytest.fixture
def analysed(engine, settings):
    factory = session_factory(engine)
    with transaction(factory) as session:
        for external_id, text in POSTS.items():
            session.add(Mention(platform="x", external_id=external_id, source="replay", text=text, created_at=POSTED,
                                raw={"text": text}))
    analyzer = make_analyzer(settings, open_analysis_inputs(settings), load_rules(None, settings))
    report = AnalysisWorker(factory, settings, lambda: analyzer, lambda: NOW, backend_name="vader",
                            masker=SecretMasker()).drain()
    assert (report.analysed, report.failed) == (len(POSTS), 0)
    return factory


def _voices(factory) -> dict[str, set[tuple[str, bool, bool]]]:
    with factory() as session:
        rows = session.execute(select(Mention.external_id, MentionVoice.name, MentionVoice.competitor,
                                      MentionVoice.complaint, MentionVoice.day)
                               .join(MentionVoice, MentionVoice.mention_id == Mention.id)).all()
    assert {row.day for row in rows} == {POSTED.date()}  # the day the post was written, not analysed
    found: dict[str, set[tuple[str, bool, bool]]] = {}
    for external_id, name, competitor, complaint, _ in rows:
        found.setdefault(external_id, set()).add((name, bool(competitor), bool(complaint)))
    return found


def test_a_competitor_post_is_stored_attributed_to_the_competitor_with_its_complaint(analysed):
    voices = _voices(analysed)
    assert voices["globex-complaint"] == {("Globex", True, True)}
    assert voices["initech-praise"] == {("Initech", True, False)}  # by its query: initech* holds for Initechs
    assert voices["acme-complaint"] == {("Acme", False, True)}
    assert "nobody" not in voices


def test_a_post_about_the_brand_and_a_competitor_counts_for_both(analysed):
    assert {(name, competitor) for name, competitor, _ in _voices(analysed)["both"]} == {("Acme", False),
                                                                                          ("Globex", True)}
    with analysed() as session:
        report = share_of_voice(session, POSTED.date(), POSTED.date())
    assert report.figures(VoiceKey(False, "Acme")).mentions == 2
    assert report.figures(VoiceKey(True, "Globex")).mentions == 2
    assert report.figures(VoiceKey(True, "Initech")).mentions == 1
    assert report.share(VoiceKey(False, "Acme")) == pytest.approx(2 / 5)


def test_competitor_only_posts_raise_no_finding_and_stay_out_of_the_brands_charts(analysed):
    with analysed() as session:
        by_post = {mention.external_id: mention for mention in session.scalars(select(Mention))}
        queued = set(session.scalars(select(Mention.external_id).join(Finding, Finding.mention_id == Mention.id)))
        charted = set(session.scalars(select(Mention.external_id)
                                      .join(MentionFact, MentionFact.mention_id == Mention.id)))
    assert "acme-complaint" in queued  # the brand's own complaint is queued as always
    assert not {"globex-complaint", "initech-praise"} & queued
    assert not {"globex-complaint", "initech-praise"} & charted
    competitor_post = by_post["globex-complaint"].analysis
    assert competitor_post["competitor_only"] is True and "complaint" not in competitor_post
    assert competitor_post["voices"][0]["sentiment"] in ("negative", "neutral", "positive")  # kept with its voice


def test_an_edit_of_the_post_time_or_a_deletion_moves_or_removes_the_voices(analysed):
    with transaction(analysed) as session:
        session.execute(update(Mention).where(Mention.external_id == "both")
                        .values(created_at=POSTED - timedelta(days=3)))
        session.execute(delete(Mention).where(Mention.external_id == "globex-complaint"))
    with analysed() as session:
        days = dict(session.execute(select(MentionVoice.name, MentionVoice.day)
                                    .join(Mention, Mention.id == MentionVoice.mention_id)
                                    .where(Mention.external_id == "both")).all())
        globex = session.scalars(select(MentionVoice.mention_id).where(MentionVoice.name == "Globex")).all()
    assert days == {"Acme": date(2026, 11, 17), "Globex": date(2026, 11, 17)}
    assert len(globex) == 1  # only "both" is left for Globex


def test_competitor_only_posts_do_not_count_in_the_spike_series(engine):
    from brandwatch.review.spikes import read_counts, spike_rule

    factory = session_factory(engine)
    with transaction(factory) as session:
        for index, analysis in enumerate([
                {"brand": "Acme", "sentiment": {"label": "negative"}, "voices": [{"name": "Acme", "competitor": False}]},
                {"brand": None, "competitor_only": True, "voices": [{"name": "Globex", "competitor": True,
                                                                      "sentiment": "negative", "complaint": True}]}]):
            session.add(Mention(platform="x", external_id=f"s{index}", text="t", status="analysed",
                                created_at=POSTED, analysis=analysis))
    rule = spike_rule(Settings().spikes)
    bucket = int(POSTED.timestamp()) // rule.bucket_seconds
    with factory() as session:
        counts = read_counts(session, [(bucket, bucket)], rule)
    assert {series.key: dict(found) for series, found in counts.items()} == {
        "Acme|volume|all": {bucket: 1}, "Acme|sentiment|negative": {bucket: 1}}
