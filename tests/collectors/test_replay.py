"""The replay collector: bundled samples, pacing on the injected clock, files that change."""

from __future__ import annotations

import json
from importlib import resources

from brandwatch.model.clock import ManualClock
from brandwatch.collectors.replay import ReplayCollector, ReplaySource
from brandwatch.collectors.runner import run_once

from collector_checks import stored_keys


def _post(i: int) -> str:
    return json.dumps({"id": f"p{i}", "platform": "reddit", "text": f"Acme post {i}"}) + "\n"


def test_when_no_path_is_given_then_the_bundled_sample_posts_are_replayed(engine):
    lines = resources.files("brandwatch.data").joinpath("sample_posts.jsonl").read_text("utf-8").splitlines()
    expected = {(json.loads(line).get("platform") or "unknown", json.loads(line)["id"]) for line in lines if line.strip()}

    report = run_once(engine, ReplayCollector(ReplaySource(name="sample", type="replay"), ManualClock()),
                      ManualClock())

    assert report.outcome == "stored"
    assert set(stored_keys(engine)) == expected


def test_when_a_rate_is_set_then_batches_are_paced_on_the_injected_clock(tmp_path, engine):
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(_post(i) for i in range(25)), encoding="utf-8")
    clock = ManualClock()
    source = ReplaySource(name="paced", type="replay", path=path, batch_size=5, rate_per_second=10)

    run_once(engine, ReplayCollector(source, clock), clock)

    assert clock.slept == [0.5] * 5  # 5 posts per batch at 10 posts/s, and no real sleeping
    assert len(stored_keys(engine)) == 25


def test_when_the_file_is_replaced_by_a_shorter_one_then_it_is_read_from_the_top(tmp_path, engine):
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(_post(i) for i in range(10)), encoding="utf-8")
    clock = ManualClock()
    collector = ReplayCollector(ReplaySource(name="r", type="replay", path=path), clock)
    run_once(engine, collector, clock)

    path.write_text("".join(_post(i) for i in range(100, 103)), encoding="utf-8")
    report = run_once(engine, collector, clock)

    assert report.added == 3
    assert len(stored_keys(engine)) == 13


def test_when_the_last_line_is_still_being_written_then_it_waits_for_the_next_run(tmp_path, engine):
    path = tmp_path / "posts.jsonl"
    path.write_text(_post(1) + '{"id": "p2", "platform": "reddit", "te', encoding="utf-8")
    clock = ManualClock()
    collector = ReplayCollector(ReplaySource(name="r", type="replay", path=path), clock)
    first = run_once(engine, collector, clock)

    with path.open("a", encoding="utf-8") as out:
        out.write('xt": "Acme two"}\n')
    second = run_once(engine, collector, clock)

    assert (first.added, first.rejected) == (1, 0)
    assert (second.added, second.rejected) == (1, 0)


def test_when_the_file_is_missing_then_the_run_is_retried_with_its_path_named(tmp_path, engine):
    missing = tmp_path / "nowhere.jsonl"
    clock = ManualClock()

    report = run_once(engine, ReplayCollector(ReplaySource(name="r", type="replay", path=missing), clock), clock)

    assert report.outcome == "retry" and str(missing) in report.message


def test_when_a_run_resumes_then_it_seeks_past_what_it_consumed_instead_of_rereading(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(_post(i) for i in range(5)) + "not json\n", encoding="utf-8")
    collector = ReplayCollector(ReplaySource(name="r", type="replay", path=path, batch_size=2), ManualClock())
    batches = list(collector.collect({}))
    final = batches[-1].checkpoint
    assert final["line"] == 6 and final["offset"] == path.stat().st_size
    assert sum(len(b.mentions) for b in batches) == 5 and sum(len(b.rejected) for b in batches) == 1
    # Everything before the offset may now be unreadable: a resumed run must not look at it.
    with path.open("r+b") as handle:
        handle.write(b"\xff" * final["offset"])
    with path.open("ab") as handle:
        handle.write(_post(99).encode())
    resumed = list(collector.collect(final))
    assert [m.external_id for b in resumed for m in b.mentions] == [json.loads(_post(99))["id"]]
    assert resumed[-1].checkpoint["line"] == 7
