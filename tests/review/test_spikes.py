"""Spike alerts: weeks of generated mentions, the detector run on a fake clock, the alerts in the outbox."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import insert, select

from brandwatch.config import Settings
from brandwatch.review.payload import body_lines, summary
from brandwatch.review.spikes import detect_spikes
from brandwatch.spike_detection import EpisodeTracker, SpikeRule, judge, judge_window
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import Mention, OutboxMessage, SpikeEpisode

BUCKET = timedelta(minutes=30)
START = datetime(2026, 11, 2, tzinfo=timezone.utc)  # a Monday, on a bucket boundary
WEEK = timedelta(days=7)
SETTINGS = Settings.model_validate({
    "channels": [{"name": "care-hook", "type": "webhook", "url": "http://127.0.0.1:9/h", "secret_env": "BW_T_KEY"}],
    "routing": [{"match": {"category": "spike"}, "team": "care", "channels": ["care-hook"]}],
    "review": {"console_url": "https://console.example"},
    "spikes": {"bucket": "30m", "window_buckets": 2, "weeks": 2, "min_weeks": 2, "slot_spread": 2,
               "judge_buckets": 3, "quiet": "90m"},
})
# Bursts in the third week: Wednesday 14:00 for an hour, Friday 10:00 for 90 minutes.
BURSTS = [(START + 2 * WEEK + timedelta(days=2, hours=14), timedelta(hours=1)),
          (START + 2 * WEEK + timedelta(days=4, hours=10), timedelta(minutes=90))]


def _steady(index: int) -> int:
    return 6 + (index * 7) % 5  # 6..10 posts a bucket, the same pattern every week


def _in_burst(moment: datetime) -> bool:
    return any(start <= moment < start + length for start, length in BURSTS)


def _rows(start: datetime, buckets: int, per_bucket, first_id: int) -> list[dict]:
    rows, next_id = [], first_id
    for index in range(buckets):
        moment = start + index * BUCKET
        for n in range(per_bucket(index, moment)):
            rows.append({"platform": "x", "external_id": f"p{next_id}", "source": "replay", "text": "t",
                         "status": "analysed", "created_at": moment + timedelta(seconds=10 * n),
                         "collected_at": moment, "metrics": {}, "analysis": {
                             "brand": "acme", "sentiment": {"label": "neutral", "score": 0.5},
                             "complaint": {"is_complaint": False, "score": 0.0, "topic": None}}})
            next_id += 1
    return rows


def _load(factory, rows: list[dict]) -> None:
    with transaction(factory) as session:
        session.execute(insert(Mention), rows)


def _weeks_with_bursts(factory) -> None:
    per_week = int(WEEK / BUCKET)
    _load(factory, _rows(START, 3 * per_week,
                         lambda index, moment: 30 if _in_burst(moment) else _steady(index % per_week), 1))


def _run_week(factory, week_start: datetime) -> list[SpikeEpisode]:
    """The leader's job on a fake clock: every three buckets, as judge_buckets covers them all."""
    started = []
    for step in range(int(WEEK / BUCKET) // 3 + 1):
        with transaction(factory) as session:
            started += [(e.series, e.started_at) for e in detect_spikes(session, SETTINGS, week_start + step * 3 * BUCKET)]
    return started


def test_a_week_with_two_bursts_alerts_once_per_burst_and_a_steady_week_not_at_all(engine):
    factory = session_factory(engine)
    _weeks_with_bursts(factory)
    assert _run_week(factory, START + WEEK) == []  # the second week is as steady as the first
    started = _run_week(factory, START + 2 * WEEK)
    assert [(series, at) for series, at in started] == [
        ("acme|volume|all", BURSTS[0][0]), ("acme|volume|all", BURSTS[1][0])]
    with factory() as session:
        messages = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    assert [(m.channel, m.payload["event"], m.payload["started_at"]) for m in messages] == [
        ("care-hook", "spike-alert", BURSTS[0][0].isoformat()), ("care-hook", "spike-alert", BURSTS[1][0].isoformat())]
    payload = messages[0].payload
    assert payload["count"] == 30 + _steady(0) or payload["count"] > payload["threshold"]
    assert payload["counts"][-1][1] == 30 and payload["console_url"].startswith("https://console.example/spikes/")
    assert "spike in acme: mentions" in summary(payload)
    assert any(line.startswith("chart: https://console.example/spikes/") for line in body_lines(payload))


def test_the_job_run_again_or_by_a_second_daemon_does_not_alert_twice(engine):
    factory = session_factory(engine)
    _weeks_with_bursts(factory)
    moment = BURSTS[0][0] + 2 * BUCKET
    for _ in range(3):
        with transaction(factory) as session:
            detect_spikes(session, SETTINGS, moment)
    with factory() as session:
        assert len(session.scalars(select(SpikeEpisode)).all()) == 1
        assert len(session.scalars(select(OutboxMessage)).all()) == 1


def test_a_backfill_of_last_weeks_burst_does_not_alert(engine):
    factory = session_factory(engine)
    per_week = int(WEEK / BUCKET)
    _load(factory, _rows(START, 3 * per_week, lambda index, moment: _steady(index % per_week), 1))
    now = START + 3 * WEEK
    # Posts written in a burst five days ago arrive only now (a backfill after an outage).
    late = START + 2 * WEEK + timedelta(days=2, hours=9)
    _load(factory, _rows(late, 3, lambda index, moment: 40, 10**6))
    for step in range(4):  # the job's next runs, as the clock moves on
        with transaction(factory) as session:
            assert detect_spikes(session, SETTINGS, now + step * BUCKET) == []
    with factory() as session:
        assert session.scalars(select(OutboxMessage)).all() == []


def test_a_quiet_series_going_from_zero_to_three_is_no_crisis():
    rule = SpikeRule()
    assert not judge(3, [0] * 40, rule).above
    assert judge(40, [0] * 40, rule).above


def test_one_episode_per_burst_even_when_the_burst_dips_below_the_threshold_briefly():
    rule = SpikeRule(bucket_seconds=3600, window_buckets=1, weeks=2, min_weeks=2, slot_spread=0, quiet_buckets=3)
    week = rule.week_buckets
    counts = {index: 20 for index in range(3 * week)}
    burst = [2 * week + 50, 2 * week + 51, 2 * week + 53]  # 52 dips back to normal inside the quiet period
    counts.update({index: 80 for index in burst})
    tracker = EpisodeTracker(rule)
    starts = [end for end in range(3 * week) if tracker.observe(end, judge_window(counts, end, rule, 0))]
    assert starts == [2 * week + 50]


def test_the_spike_job_streams_the_window_rather_than_holding_every_mention_at_once(engine):
    """A daemon fed 1,500 posts/s holds millions of mentions in its judged window: the job's memory must not
    grow with them (a soak's RSS climbed ~1 MiB per job run). Its reads come in chunks, never one fetchall."""
    from sqlalchemy import event

    factory = session_factory(engine)
    _weeks_with_bursts(factory)
    reads = []

    def note(_conn, _cursor, statement, _params, context, _many):
        if statement.lstrip().upper().startswith("SELECT") and "mentions.analysis" in statement.replace('"', ""):
            reads.append(context.execution_options.get("yield_per"))

    event.listen(engine, "before_cursor_execute", note)
    try:
        with transaction(factory) as session:
            detect_spikes(session, SETTINGS, START + 2 * WEEK + timedelta(days=2, hours=15))
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert reads and all(chunk and chunk <= 5000 for chunk in reads)


def test_overlapping_ranges_count_each_post_and_each_category_once(engine):
    """Ranges overlap when buckets are large or an episode is long (episode_series): a post in the overlap
    counts once in its series and once per category, as it would with one range covering both."""
    from brandwatch.review.spikes import read_counts, spike_rule
    from brandwatch.store.models import Finding

    factory = session_factory(engine)
    with transaction(factory) as session:
        mention = Mention(platform="x", external_id="o1", text="t", status="analysed", created_at=START,
                          analysis={"brand": "acme"})
        session.add(mention)
        session.flush()
        for rule_id in ("leak-a", "leak-b"):  # two findings of one category: one post in that category
            session.add(Finding(mention_id=mention.id, rule_id=rule_id, category="leak", kind="pii",
                                severity="high", start=0, end=1, preview="*", brand="acme"))
    rule = spike_rule(SETTINGS.spikes)
    bucket = int(START.timestamp()) // rule.bucket_seconds
    with factory() as session:
        overlapping = read_counts(session, [(bucket - 2, bucket + 1), (bucket - 1, bucket + 3), (bucket, bucket)], rule)
    assert {series.key: found for series, found in overlapping.items()} == {
        "acme|volume|all": {bucket: 1}, "acme|category|leak": {bucket: 1}}
