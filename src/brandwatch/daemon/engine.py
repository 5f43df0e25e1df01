"""What the daemon's analysis is built from: sentiment backend, roster and fingerprint key, opened once.

The sentiment model and roster are opened at start-up; a rules reload only rebuilds the Analyzer
around the new rule set, so a reload never reloads a model.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from brandwatch.config import Settings
from brandwatch.rosters import Roster, load_roster

log = logging.getLogger("brandwatch.daemon")


@dataclass(frozen=True)
class AnalysisInputs:
    sentiment: Any  # SentimentBackend
    fallback_notice: str | None  # why the configured backend was not used, or None
    roster: Roster
    fingerprint_key: bytes

    @property
    def backend_description(self) -> str:
        return getattr(self.sentiment, "description", getattr(self.sentiment, "name", "unknown"))


def open_analysis_inputs(settings: Settings) -> AnalysisInputs:
    from brandwatch.sentiment.select import open_backend

    backend, notice = open_backend(settings)
    if notice:
        log.warning(notice)
    from brandwatch.keys import fingerprint_key

    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    # create=True: fingerprints must group the same secret across restarts, so the key must persist.
    return AnalysisInputs(backend, notice, roster, fingerprint_key(settings, create=True))


def make_analyzer(settings: Settings, inputs: AnalysisInputs, rule_set: Any) -> Any:
    """An Analyzer over `rule_set`, sharing the already-open sentiment backend and roster."""
    from brandwatch.detectors.pipeline import Analyzer

    return Analyzer(settings, inputs.sentiment, inputs.roster, rules=rule_set,
                    fingerprint_key=inputs.fingerprint_key)
