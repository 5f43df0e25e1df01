"""Rule-engine fixtures: the example config's settings and the bundled rules loaded once."""

from __future__ import annotations

import pytest

from brandwatch.config import Settings, load_settings
from brandwatch.rules import RuleSet, load_rules

from rulefiles import REPO


@pytest.fixture(scope="session")
def example_settings() -> Settings:
    return load_settings(REPO / "config" / "brandwatch.yaml")


@pytest.fixture(scope="session")
def bundled(example_settings) -> RuleSet:
    return load_rules(None, example_settings)
