"""Shared fixtures for detector tests: the example config, bundled rules, rosters and an analyzer."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from brandwatch.config import Settings, load_settings
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.model.post import Author, Post
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.model.sentiment import SentimentResult
from brandwatch.sentiment.vader import VaderBackend

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_CONFIG = REPO / "config" / "brandwatch.yaml"
KEY = b"detector-tests-fingerprint-key"


class FixedSentiment:
    """A sentiment backend that returns one polarity for every text: pins what a lexicon would say."""

    name = "fixed"
    description = "fixed polarity for tests"

    def __init__(self, polarity: float):
        label = "positive" if polarity >= 0.05 else "negative" if polarity <= -0.05 else "neutral"
        self.result = SentimentResult(label, abs(polarity) if label != "neutral" else 1.0, polarity)

    def analyze(self, texts):
        return [self.result for _ in texts]


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings(EXAMPLE_CONFIG)


@pytest.fixture(scope="session")
def rules(settings):
    return load_rules(None, settings)


@pytest.fixture(scope="session")
def roster(settings):
    return load_roster(settings.rosters.employees, settings.rosters.partners)


@pytest.fixture(scope="session")
def vader():
    return VaderBackend()


@pytest.fixture(scope="session")
def analyzer(settings, rules, roster, vader) -> Analyzer:
    return Analyzer(settings, vader, roster, rules, fingerprint_key=KEY)


def post(text: str, author: str | None = None, platform: str = "x", description: str | None = None,
         created_at: str = "2026-06-01T12:00:00+00:00", post_id: str = "t1") -> Post:
    return Post(platform=platform, external_id=post_id, text=text,
                   author=Author(handle=author, description=description),
                   created_at=datetime.fromisoformat(created_at).astimezone(timezone.utc))


@pytest.fixture
def analyze(analyzer):
    def run(text: str, **kwargs):
        return analyzer.analyze([post(text, **kwargs)])[0]

    return run


@pytest.fixture
def make_analyzer(settings, rules, roster, vader):
    """An analyzer with other settings or a fixed sentiment polarity."""

    def build(custom: Settings | None = None, polarity: float | None = None) -> Analyzer:
        sentiment = vader if polarity is None else FixedSentiment(polarity)
        return Analyzer(custom or settings, sentiment, roster if custom is None else None, rules,
                        fingerprint_key=KEY)

    return build


@pytest.fixture
def make_post():
    return post
