"""Bluesky specifics: resuming an interrupted read, the sortAt checkpoint, roster feeds, sessions,
secrets kept out of logs, and `collect --fake` from the command line."""

from __future__ import annotations

import logging
import re
from datetime import timedelta

import pytest

from brandwatch.collectors.bluesky_search import default_queries
from brandwatch.collectors.runner import Schedule, run_once
from brandwatch.store.db import session_factory
from brandwatch.store.mentions import load_checkpoint
from brandwatch.testing.bluesky_fake import BlueskyFake
from brandwatch.testing.bluesky_fake_shapes import parse_iso
from brandwatch.testing.fakehttp import Fault

from bluesky_harness import bluesky_collector
from collector_checks import clock_after_seeds, status, stored_keys

SEARCH = "/xrpc/app.bsky.feed.searchPosts"
LOGIN = "/xrpc/com.atproto.server.createSession"


@pytest.fixture
def clock():
    return clock_after_seeds()


@pytest.fixture
def fake(clock):
    with BlueskyFake(now=lambda: clock.now().timestamp()) as server:
        yield server


def _uris(engine) -> set[str]:
    return {key[1] for key in stored_keys(engine)}


def _searches(fake):
    return [r for r in fake.requests if r.path == SEARCH]


def test_when_rate_limited_after_the_first_page_then_that_page_is_kept_and_the_rest_follows(fake, clock, engine):
    fake.seed(35, "Acme")
    fake.fail_next(Fault(status=429, headers={"ratelimit-reset": str(int(clock.now().timestamp()) + 60)},
                         path=SEARCH), after=1)

    first = run_once(engine, bluesky_collector(fake, clock), clock)
    with session_factory(engine)() as session:
        resume = load_checkpoint(session, "bluesky")["streams"]["search:Acme"]["resume"]
    clock.advance(61)
    second = run_once(engine, bluesky_collector(fake, clock), clock)

    assert first.outcome == "retry" and "429" in first.message and first.added == 10
    assert first.next_run == clock.now() - timedelta(seconds=1)
    assert resume["cursor"] and resume["newest"]
    assert second.outcome == "stored" and second.added == 25
    assert _uris(engine) == fake.ids()
    assert _searches(fake)[2].query["cursor"] == resume["cursor"]  # the interrupted read went on


def test_when_the_rate_limit_window_is_nearly_spent_then_the_run_pauses_before_a_429_and_resumes(
        fake, clock, engine):
    fake.seed(45, "Acme")
    fake.quota = 6  # search, profiles, search, profiles: then 2 left

    paused = run_once(engine, bluesky_collector(fake, clock), clock)
    fake.quota = None
    clock.advance(301)
    resumed = run_once(engine, bluesky_collector(fake, clock), clock)

    assert paused.outcome == "paused" and "2 requests left" in paused.message and paused.added == 20
    assert paused.next_run == clock.now() - timedelta(seconds=1)  # at the window's reset (300 s)
    assert resumed.outcome == "stored" and resumed.added == 25
    assert _uris(engine) == fake.ids()


def test_when_run_again_then_only_posts_since_a_little_before_the_newest_are_asked_for(fake, clock, engine):
    fake.seed(15, "Acme")
    run_once(engine, bluesky_collector(fake, clock), clock)
    newest = max(p.sort_at for p in fake.posts)
    fake.seed_more(3)

    again = run_once(engine, bluesky_collector(fake, clock), clock)

    asked = _searches(fake)[-1].query
    assert again.added == 3 and "cursor" not in asked and asked["sort"] == "latest"
    assert newest - 10 * 60 < parse_iso(asked["since"]) < newest  # an overlap for posts indexed late
    assert _uris(engine) == fake.ids()


def test_when_roster_accounts_are_listed_then_their_own_posts_are_collected_and_reposts_left_out(
        fake, clock, engine, caplog):
    fake.seed(30, "Acme", roster=["dana.bsky.social"])
    dana = fake.account("dana.bsky.social")
    elsewhere = fake.add_post("kara.bsky.social", "A post about trains")
    fake.repost("dana.bsky.social", elsewhere)

    with caplog.at_level(logging.WARNING):
        report = run_once(engine, bluesky_collector(fake, clock, roster=["dana.bsky.social", "nobody.bsky.social"]),
                          clock)

    stored = _uris(engine)
    own = {p.uri for p in fake.posts if p.did == dana}
    assert report.outcome == "stored"
    assert own and own <= stored
    assert elsewhere not in stored  # a repost repeats someone else's post
    assert stored == fake.ids() - {elsewhere}
    assert any("nobody.bsky.social" in r.getMessage() and "Profile not found" in r.getMessage()
               for r in caplog.records)
    assert any("nobody.bsky.social" in n for n in report.notices)


def test_when_a_post_is_deleted_before_it_is_read_then_it_is_not_stored_and_the_rest_are(fake, clock, engine):
    uris = fake.seed(25, "Acme")
    fake.delete(uris[12])

    report = run_once(engine, bluesky_collector(fake, clock), clock)

    assert report.outcome == "stored" and report.added == 24
    assert uris[12] not in _uris(engine)


def test_when_credentials_are_refused_then_the_reason_names_the_variables_never_the_password(
        fake, clock, engine, caplog):
    fake.seed(5, "Acme")
    wrong = {**fake.credentials, "BLUESKY_APP_PASSWORD": "wrong-pass-1234-abcd"}

    with caplog.at_level(logging.DEBUG):
        report = run_once(engine, bluesky_collector(fake, clock, wrong), clock)

    assert report.outcome == "disabled"
    assert "BLUESKY_APP_PASSWORD" in report.message and "AuthenticationRequired" in report.message
    assert "wrong-pass" not in report.message and "wrong-pass" not in caplog.text
    assert status(engine, "bluesky").disabled_reason == report.message


def test_when_the_server_expires_the_session_then_the_collector_logs_in_once_more_and_goes_on(fake, clock, engine):
    fake.seed(5, "Acme")
    collector = bluesky_collector(fake, clock)
    run_once(engine, collector, clock)
    fake.expire_sessions()
    fake.seed_more(4)

    report = run_once(engine, collector, clock)

    assert report.outcome == "stored" and report.added == 4
    assert fake.request_count(LOGIN) == 2  # the first run's session served the second until it expired


def test_when_even_a_fresh_session_is_refused_as_expired_then_the_source_is_disabled_with_a_clear_reason(
        fake, clock, engine):
    fake.seed(5, "Acme")
    real_session = fake._session

    def expired_at_once(did):
        tokens = real_session(did)
        fake._expired.add(tokens["accessJwt"])
        return tokens

    fake._session = expired_at_once

    report = run_once(engine, bluesky_collector(fake, clock), clock)

    assert report.outcome == "disabled" and "ExpiredToken" in report.message and "clock" in report.message
    assert fake.request_count(LOGIN) == 2  # one fresh login, not a loop
    assert fake.app_password not in report.message


def test_when_the_access_token_is_about_to_expire_then_the_client_refreshes_it_without_a_new_login(clock, engine):
    with BlueskyFake(now=lambda: clock.now().timestamp(), access_ttl=60) as fake:
        fake.seed(25, "Acme")

        report = run_once(engine, bluesky_collector(fake, clock), clock)

        assert report.outcome == "stored" and report.added == 25
        assert fake.request_count("/xrpc/com.atproto.server.refreshSession") >= 1
        assert fake.request_count(LOGIN) == 1


def test_when_bluesky_refuses_the_search_then_the_source_is_disabled_naming_the_query(fake, clock, engine):
    fake.fail_next(Fault(status=400, path=SEARCH))

    report = run_once(engine, bluesky_collector(fake, clock), clock, Schedule())

    assert report.outcome == "disabled" and "'Acme'" in report.message and "queries" in report.message


def test_when_debug_logging_is_on_then_no_password_or_token_reaches_the_log(fake, clock, engine, caplog):
    fake.seed(3, "Acme")

    with caplog.at_level(logging.DEBUG):
        run_once(engine, bluesky_collector(fake, clock), clock)

    tokens = [t for t in fake._access | fake._refresh]
    assert "HTTP Request" in caplog.text  # httpx did log its requests
    assert fake.app_password not in caplog.text
    assert tokens and not any(t in caplog.text or t.split(".")[2] in caplog.text for t in tokens)


@pytest.mark.parametrize("terms, queries", [
    (["Acme", "Acme Rocket", "Acme", " "], ["Acme", '"Acme Rocket"']),
    ([], []),
])
def test_when_no_queries_are_configured_then_one_search_per_name_is_made(terms, queries):
    assert default_queries(terms) == queries


CONFIG = """
brands: [{name: Acme}]
data_dir: var
sources:
  - {name: sample, type: replay}
"""


def test_when_credentials_are_missing_then_a_bluesky_source_is_skipped_with_one_line(run_cli, tmp_path):
    config = tmp_path / "brandwatch.yaml"
    config.write_text(CONFIG + "  - {name: sky, type: bluesky}\n", encoding="utf-8")

    result = run_cli("--config", str(config), "collect", "--once", "--source", "sky")

    assert result.returncode == 0
    assert result.stdout.strip() == ("sky: skipped: set BLUESKY_HANDLE, BLUESKY_APP_PASSWORD in the environment "
                                     "to collect from bluesky")


def test_when_bluesky_posts_are_analysed_then_the_export_shows_the_platform_and_a_link_to_each_post(
        run_cli, tmp_path):
    import json

    config = tmp_path / "brandwatch.yaml"
    config.write_text(CONFIG.replace("{name: sample, type: replay}",
                                     "{name: sky, type: bluesky, queries: [Acme], roster_timelines: false}"),
                      encoding="utf-8")

    # In its own process: the daemon installs its masked root log handler, which must not outlive the run.
    ran = run_cli("--config", str(config), "run", "--once", "--fake", timeout=300)
    exported = run_cli("--config", str(config), "queue", "export", "--format", "jsonl")

    assert ran.returncode == 0, ran.stderr[-2000:]
    findings = [json.loads(line) for line in exported.stdout.splitlines() if line.startswith("{")]
    assert findings and all(f["platform"] == "bluesky" for f in findings)
    assert all(re.fullmatch(r"https://bsky\.app/profile/[a-z0-9.]+/post/[a-z2-7]{13}", f["post_url"])
               and f["post_id"].startswith("at://did:plc:") for f in findings)


def test_a_streams_first_read_goes_back_only_as_far_as_backfill_and_then_counts_as_caught_up(fake, clock, engine):
    # Without a bound the first read of a busy brand would page back run after run until Bluesky
    # refuses the cursor as too deep; the backfill ends it.
    fake.seed(35, "Acme")  # a minute apart
    backfill = clock.now().timestamp() - max(p.sort_at for p in fake.posts) + 10 * 60
    bound = clock.now().timestamp() - backfill

    report = run_once(engine, bluesky_collector(fake, clock, backfill=timedelta(seconds=backfill)), clock)
    with session_factory(engine)() as session:
        stream = load_checkpoint(session, "bluesky")["streams"]["search:Acme"]

    recent = {p.uri for p in fake.posts if p.sort_at >= bound}
    assert report.outcome == "stored" and 0 < len(recent) < 35
    assert _uris(engine) == recent
    assert "resume" not in stream and stream["newest"]


def test_when_bluesky_refuses_a_resumed_cursor_then_that_read_ends_with_a_notice_and_the_source_goes_on(
        fake, clock, engine):
    fake.seed(35, "Acme")
    fake.fail_next(Fault(status=429, headers={"ratelimit-reset": str(int(clock.now().timestamp()) + 60)},
                         path=SEARCH), after=1)
    run_once(engine, bluesky_collector(fake, clock), clock)
    clock.advance(61)
    fake.fail_next(Fault(status=400, path=SEARCH))  # "can't paginate so deep"

    collector = bluesky_collector(fake, clock)
    report = run_once(engine, collector, clock)
    with session_factory(engine)() as session:
        stream = load_checkpoint(session, "bluesky")["streams"]["search:Acme"]
    fake.seed_more(2)
    later = run_once(engine, bluesky_collector(fake, clock), clock)

    assert report.outcome != "disabled" and any("search:Acme" in n for n in collector.notices)
    assert "resume" not in stream and stream["newest"]
    assert later.outcome == "stored" and later.added == 2
