"""A new platform needs its descriptor and nothing else (issue 21): registered inside the test, the
test-only platform passes the shared collector contract, validates in the config with file:line
errors, shows in `config check` and `status` (with its own look-back), and in the generated docs."""

from __future__ import annotations

import importlib.util
import inspect
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

import pytest
from click.testing import CliRunner

from brandwatch import catalogue
from brandwatch.cli import main
from brandwatch.collectors.common import config_fingerprint
from brandwatch.collectors.registry import Connection, build_collectors
from brandwatch.collectors.runner import Schedule, run_once
from brandwatch.config import Settings, parse_settings
from brandwatch.errors import ConfigError
from brandwatch.model.clock import ManualClock
from brandwatch.rosters import Roster
from brandwatch.settings_registry import markdown_table, settings_registry, undocumented

from . import toy_platform

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "collectors"))
import test_contract  # noqa: E402  (the shared collector contract, run here on the new platform)

CONFIG = """\
sources:
  - name: toy
    type: toyplat
    feed: second
"""


@dataclass
class ToyHarness:
    """What the contract tests ask of a harness (tests/collectors/conftest.py has the built-in ones')."""

    clock: ManualClock
    build: Callable[[str], Any]
    add_posts: Callable[[int], None]
    expected: Callable[[], set[tuple[str, str]]]
    add_malformed: Callable[[str], None]
    fake: Any = None
    listing_path: str = ""

    def collector(self, name: str | None = None):
        return self.build(name or "toy-test")

    def run(self, engine, name: str | None = None):
        return run_once(engine, self.collector(name), self.clock, Schedule(), config_fingerprint({}))


@pytest.fixture
def registered():
    with catalogue.platforms.registered(toy_platform.PLATFORM):
        yield toy_platform
    toy_platform.FEEDS.clear()


@pytest.fixture
def harness(registered):
    clock = ManualClock(datetime(2026, 11, 3, tzinfo=timezone.utc))
    ids: list[str] = []
    feed = toy_platform.FEEDS.setdefault("main", [])

    def build(name: str):
        settings = Settings.model_validate({"sources": [{"name": name, "type": "toyplat"}]})
        registry = build_collectors(settings, Roster(), clock,
                                    connections={"toyplat": Connection({toy_platform.TOKEN_VARIABLE: "token"})})
        [configured] = registry.collectors
        return configured.collector

    def add(count: int) -> None:
        for _ in range(count):
            ids.append(f"t{len(ids) + 1}")
            feed.append({"id": ids[-1], "text": f"Acme post {ids[-1]}", "by": "fan"})

    def malformed(marker: str) -> None:
        feed.append({"id": f"bad-{marker}", "text": None, "note": marker})

    return ToyHarness(clock, build, add, lambda: {("toyplat", i) for i in ids}, malformed)


CONTRACT = [check for name, check in sorted(vars(test_contract).items()) if name.startswith("test_")]


@pytest.mark.parametrize("check", CONTRACT, ids=[check.__name__ for check in CONTRACT])
def test_when_a_platform_is_registered_by_its_descriptor_then_it_keeps_the_collector_contract(check, harness, engine,
                                                                                             caplog):
    given = {"harness": harness, "engine": engine, "caplog": caplog}
    check(**{name: given[name] for name in inspect.signature(check).parameters})


def test_when_registered_then_its_sources_validate_and_its_mistakes_name_file_and_line(registered, tmp_path):
    settings = parse_settings(CONFIG, tmp_path / "c.yaml")
    assert isinstance(settings.sources[0], toy_platform.ToySource) and settings.sources[0].feed == "second"
    with pytest.raises(ConfigError, match=r"c.yaml:4:5: sources.0.feeed: unknown key 'feeed' \(did you mean 'feed'\?\)"):
        parse_settings(CONFIG.replace("feed:", "feeed:"), tmp_path / "c.yaml")


def test_when_not_registered_then_the_config_refuses_its_type(tmp_path):
    with pytest.raises(ConfigError, match="does not match any of the expected tags"):
        parse_settings(CONFIG, tmp_path / "c.yaml")


def test_when_registered_then_config_check_and_config_show_name_it_and_its_credentials(registered, tmp_path,
                                                                                        monkeypatch):
    (tmp_path / "c.yaml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.delenv(toy_platform.TOKEN_VARIABLE, raising=False)
    check = CliRunner().invoke(main, ["--config", str(tmp_path / "c.yaml"), "config", "check"])
    assert check.exit_code == 0, check.output
    assert "source toy: toyplat, credentials missing: set TOYPLAT_TOKEN" in check.output
    monkeypatch.setenv(toy_platform.TOKEN_VARIABLE, "toy-secret-token-123456")
    show = CliRunner().invoke(main, ["--config", str(tmp_path / "c.yaml"), "config", "show"])
    assert "TOYPLAT_TOKEN=toy-…" in show.output and "toy-secret-token-123456" not in show.output


def test_when_its_source_fails_past_its_lookback_then_status_says_posts_are_lost(registered, engine):
    from brandwatch.daemon.status import collect_status
    from brandwatch.store.db import session_factory, transaction
    from brandwatch.store.models import SourceStatus

    now = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
    settings = Settings.model_validate({"sources": [{"name": "toy", "type": "toyplat"},
                                                    {"name": "toy-recent", "type": "toyplat"}]})
    factory = session_factory(engine)
    with transaction(factory) as session:
        session.add(SourceStatus(source="toy", failing_since=now - timedelta(days=3), last_error="HTTP 503",
                                 details={}))
        session.add(SourceStatus(source="toy-recent", failing_since=now - timedelta(days=1), last_error="HTTP 503",
                                 details={}))
    with factory() as session:
        report = collect_status(session, settings, now)
    assert [(s.name, s.type, s.lookback_exceeded) for s in report.sources] == [
        ("toy", "toyplat", True), ("toy-recent", "toyplat", False)]
    assert any("source toy has failed since" in p and "longer than its platform can look back" in p
               for p in report.problems)


def test_when_registered_then_the_generated_docs_list_it_and_its_settings(registered):
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    gen_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen_docs)
    assert "| `toyplat` | a test-only platform reading an in-memory feed | `TOYPLAT_TOKEN` | 2 days |" \
        in gen_docs.platform_table()
    by_path = {s.path: s for s in settings_registry()}
    assert by_path["sources[].feed"].help == "toyplat: which in-memory feed to read"
    assert "`toyplat`" in by_path["sources[].type"].type
    assert "`sources[].feed`" in markdown_table() and undocumented() == []


@pytest.mark.parametrize("config", sorted(str(p.relative_to(ROOT)) for p in [
    ROOT / "config" / "brandwatch.yaml", *(ROOT / "tests" / "data").rglob("config.yaml")]))
def test_when_todays_example_configs_and_their_rosters_load_then_handles_keep_their_platforms(config):
    from brandwatch.config import load_settings
    from brandwatch.rosters import load_roster

    settings = load_settings(ROOT / config)
    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    if settings.rosters.employees is None and settings.rosters.partners is None:
        return  # a config without rosters: loading it was the check
    assert roster.entries and all(entry.handles and all(entry.handles.values()) for entry in roster.entries)
    assert {"reddit", "x"} <= {platform for entry in roster.entries for platform in entry.handles}
    if config == "config/brandwatch.yaml":
        dana = roster.lookup("x", "danawhit", datetime(2026, 1, 1))
        assert dana is not None and dana.handles == {"reddit": "dana_builds", "x": "danawhit"}
        assert roster.lookup("reddit", "danawhit", datetime(2026, 1, 1)) is None  # handles stay per platform


def test_when_a_roster_has_a_column_for_a_new_platform_then_its_handles_are_read(tmp_path):
    from brandwatch.rosters import load_roster

    (tmp_path / "e.csv").write_text("name,x,bluesky,mastodon,department\nAda,ada_x,ada.bsky.social,@ada@m.social,Ops\n",
                                    encoding="utf-8")
    [ada] = load_roster(tmp_path / "e.csv", None).entries
    assert ada.handles == {"x": "ada_x", "bluesky": "ada.bsky.social", "mastodon": "@ada@m.social"}
    assert load_roster(tmp_path / "e.csv", None).lookup("bluesky", "ada.bsky.social", datetime(2026, 1, 1)) == ada


def test_when_registered_then_platform_queries_name_it_and_query_native_prints_its_search(registered):
    from brandwatch.query_syntax.parser import parse_query

    assert parse_query("acme platform:toyplat") is not None
    native = CliRunner().invoke(main, ["query", "native", "--query", "acme AND broken"])
    assert native.exit_code == 0, native.output
    assert "toyplat: toy-search[And]" in native.output
    assert "x: " in native.output and "reddit: " in native.output


def test_when_not_registered_then_a_platform_query_names_the_registered_ones():
    from brandwatch.query_syntax.parser import QuerySyntaxError
    from brandwatch.query_syntax.parser import parse_query

    registered = ", ".join(catalogue.platforms.names())  # replay, reddit, x, bluesky, ...: whatever is listed
    with pytest.raises(QuerySyntaxError, match=f"platform: is one of {registered}, not 'toyplat'"):
        parse_query("acme platform:toyplat")


def test_when_registered_then_replies_to_its_posts_are_counted_and_limited_its_way(registered, engine):
    from brandwatch.catalogue import reply_length
    from brandwatch.review.audit_key import audit_key
    from brandwatch.review.replies import ReplyDraft
    from brandwatch.review.reply_flow import save_draft
    from brandwatch.review.states import ReviewError
    from brandwatch.store.db import transaction

    from brandwatch.store.db import session_factory
    from tests.review.helpers import SETTINGS, T0, add_accounts, complaint_span, intake, store_mention

    factory = session_factory(engine)
    add_accounts(factory, "ana")

    assert reply_length("toyplat", "twelve chars") == 24 and reply_length("nowhere", "twelve chars") == 12
    steps = ReplyDraft("product", "Sorry.", "Which order?", "", "We will check back.")
    assert steps.post_text("toyplat") == "Sorry. Which order? We will check back."
    assert steps.post_text("nowhere") == "Sorry.\n\nWhich order?\n\nWe will check back."
    mention = store_mention(factory, "my Acme Rocket broke", platform="toyplat")
    (finding_id,) = intake(factory, mention.id, [complaint_span(mention.text)]).created
    key = audit_key(SETTINGS)
    with transaction(factory) as session:
        assert save_draft(session, key, finding_id, "ana", "y" * 20, T0).text == "y" * 20
    with pytest.raises(ReviewError, match="42 characters as Toyplat counts them; Toyplat allows 40"):
        with transaction(factory) as session:
            save_draft(session, key, finding_id, "ana", "y" * 21, T0)
