"""Building collectors from config: credentials from the environment only, one line when missing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from brandwatch.model.clock import ManualClock
from brandwatch.collectors.reddit_collector import RedditCollector
from brandwatch.collectors.registry import build_collectors
from brandwatch.collectors.replay import ReplayCollector
from brandwatch.collectors.x_collector import XCollector
from brandwatch.config import parse_settings
from brandwatch.errors import ConfigError
from brandwatch.rosters import Roster

CONFIG = """
brands: [{name: Acme}]
sources:
  - {name: sample, type: replay}
  - {name: reddit, type: reddit, queries: [acme], rate_limit_wait_cap: 5m}
  - {name: x, type: x, enabled: false}
"""
VARIABLES = ("REDDIT_CLIENT_ID", "REDDIT_CLIENT_SECRET", "REDDIT_USER_AGENT", "X_BEARER_TOKEN")


@pytest.fixture
def settings(tmp_path):
    return parse_settings(CONFIG, tmp_path / "brandwatch.yaml")


@pytest.fixture
def no_credentials(monkeypatch):
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_when_credentials_are_missing_then_the_source_is_skipped_with_one_line(settings, no_credentials):
    registry = build_collectors(settings, Roster(), ManualClock())

    assert [type(c.collector) for c in registry.collectors] == [ReplayCollector]
    assert registry.skipped == ["reddit: skipped: set REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET, "
                                "REDDIT_USER_AGENT in the environment to collect from reddit"]


def test_when_credentials_are_set_then_every_enabled_source_gets_its_collector(settings, monkeypatch):
    for name in VARIABLES:
        monkeypatch.setenv(name, f"value-of-{name.lower()}")

    registry = build_collectors(settings, Roster(), ManualClock())
    everything = build_collectors(settings, Roster(), ManualClock(), include_disabled=True)

    assert [type(c.collector) for c in registry.collectors] == [ReplayCollector, RedditCollector]
    assert [type(c.collector) for c in everything.collectors][-1] is XCollector
    assert registry.collectors[1].schedule.rate_limit_wait_cap == timedelta(minutes=5)


def test_when_credentials_change_then_the_fingerprint_changes_without_holding_them(settings, monkeypatch):
    for name in VARIABLES:
        monkeypatch.setenv(name, "first-value-1234")
    before = build_collectors(settings, Roster(), ManualClock(), only="reddit").collectors[0].fingerprint
    monkeypatch.setenv("REDDIT_CLIENT_SECRET", "second-value-5678")
    after = build_collectors(settings, Roster(), ManualClock(), only="reddit").collectors[0].fingerprint

    assert before != after
    assert "value" not in before and len(before) == 16


def test_when_a_source_setting_is_wrong_then_the_error_names_file_line_and_field(tmp_path):
    text = "sources:\n  - name: x\n    type: x\n    max_pages: 0\n"

    with pytest.raises(ConfigError) as error:
        parse_settings(text, tmp_path / "brandwatch.yaml")

    assert f"{Path(tmp_path / 'brandwatch.yaml')}:4:" in str(error.value)
    assert "sources.0.max_pages" in str(error.value)
