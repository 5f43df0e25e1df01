"""Runs every detector over a batch of mentions: sentiment first (batched), then the per-post checks."""

from __future__ import annotations

from typing import Sequence

from brandwatch.config import Settings
from brandwatch.detectors.analysis import Analysis
from brandwatch.mention import Mention
from brandwatch.rosters import Roster
from brandwatch.sentiment.base import SentimentBackend


class Analyzer:
    def __init__(self, settings: Settings, sentiment: SentimentBackend, roster: Roster | None = None):
        self.settings = settings
        self.sentiment = sentiment
        self.roster = roster or Roster()

    def analyze(self, mentions: Sequence[Mention]) -> list[Analysis]:
        sentiments = self.sentiment.analyze([mention.text for mention in mentions])
        return [Analysis(id=mention.external_id, sentiment=sentiment)
                for mention, sentiment in zip(mentions, sentiments)]
