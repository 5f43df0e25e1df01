"""A post longer than analysis.costly_prefix_chars: sentiment and complaint cues read a bounded prefix and
the result says so; rules, leak rules included, still read the whole post (issue 19, deliver 2)."""

from __future__ import annotations

from datetime import datetime, timezone

from brandwatch.detectors.pipeline import Analyzer
from brandwatch.model.post import Post
from brandwatch.sentiment.vader import VaderBackend

KEY = b"detector-tests-fingerprint-key"

COMPLAINT = "My Acme Rocket broke after two days, support never answered and I want a refund. Terrible."
FILLER = "The weather was mild today and the train left on time from the station. " * 40  # ~2,900 chars
LEAK = "deploying with AKIAQWERTYUIOPASDFGH in the env"


class RecordingSentiment(VaderBackend):
    def __init__(self):
        super().__init__()
        self.texts: list[str] = []

    def analyze(self, texts):
        self.texts += list(texts)
        return super().analyze(texts)


def post(text: str, post_id: str = "t1") -> Post:
    return Post(platform="x", external_id=post_id, text=text, created_at=datetime(2026, 6, 1, tzinfo=timezone.utc))


def capped_analyzer(settings, rules, roster, limit: int) -> tuple[Analyzer, RecordingSentiment]:
    sentiment = RecordingSentiment()
    capped = settings.model_copy(update={"analysis": settings.analysis.model_copy(
        update={"costly_prefix_chars": limit})})
    return Analyzer(capped, sentiment, roster, rules, fingerprint_key=KEY), sentiment


def test_when_a_post_is_longer_than_the_cap_then_costly_analyses_read_its_prefix_and_leaks_its_whole_text(
        settings, rules, roster):
    analyzer, sentiment = capped_analyzer(settings, rules, roster, 1000)
    short = analyzer.analyze([post(COMPLAINT)])[0]
    assert short.complaint.is_complaint and short.costly_prefix is None  # the cue is found when in reach
    result = analyzer.analyze([post(FILLER + COMPLAINT + " " + LEAK, post_id="huge")])[0]
    assert result.costly_prefix == 1000
    assert len(sentiment.texts[-1]) == 1000  # the sentiment backend never saw the whole post
    assert not result.complaint.is_complaint  # its complaint lies past the prefix
    assert any(span.category == "leak" and span.start > 1000 for span in result.findings), result.findings
