"""brandwatch's linear VADER scorer gives vaderSentiment's compound score, to the last digit."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from brandwatch.sentiment.vader import VaderBackend
from brandwatch.sentiment.vader_scoring import VaderScorer
from speed.varied_posts import varied_texts


@pytest.fixture(scope="module")
def scorers():
    return VaderScorer(), SentimentIntensityAnalyzer()


def test_same_compound_as_vader_sentiment_on_varied_posts(scorers):
    fast, reference = scorers
    texts = varied_texts(3000)
    differing = [(text[:80], fast.compound(text), reference.polarity_scores(text)["compound"])
                 for text in texts if fast.compound(text) != reference.polarity_scores(text)["compound"]]
    assert not differing, f"{len(differing)} of {len(texts)} differ, e.g. {differing[:5]}"
    assert sum(len(t) > 5000 for t in texts) >= 20  # the long posts where the old cost was quadratic


@pytest.mark.parametrize("text", [
    "", "   ", "!!!", "😡", "no", "No good", "not bad at all", "The food was good, but the service was awful",
    "it was kind of good", "VERY GOOD but very bad", "at least it isn't horrible", "least good ever",
    "never so good", "without doubt great", "yeah right, the shit", "I love it 😍😍", "bad ass:)",
    "this is NOT good, but it's not BAD either??? !!", "good good good but bad bad bad",
])
def test_same_compound_on_the_classic_cases(scorers, text):
    fast, reference = scorers
    assert fast.compound(text) == reference.polarity_scores(text)["compound"]


def test_backend_labels_from_the_scorer():
    backend = VaderBackend()
    assert [r.label for r in backend.analyze(["I love it", "I hate it", "It is a table", ""])] == [
        "positive", "negative", "neutral", "neutral"]


def test_the_remembered_scores_hold_no_long_texts():
    """Only short texts are remembered (reposts and campaign copy): 8,192 remembered 5,000-character
    posts of emoji would hold ~160 MB per process, times every scan worker. Long ones are scored each
    time, with the same scores."""
    from brandwatch.sentiment import vader

    backend = VaderBackend()
    long_texts = [f"post {n}: " + "this is awful 😡 but the staff were lovely 😍 " * 120 for n in range(20)]
    short = ["the Acme Rocket is great", "the Acme Rocket is great", "terrible support, again"]
    scores = backend.analyze(long_texts + short)
    info = backend._one.cache_info()
    assert info.currsize == 2 and info.hits == 1
    assert all(len(text) <= vader.REMEMBER_MAX_CHARS for text in short)
    reference = SentimentIntensityAnalyzer()
    assert [s.polarity for s in scores] == [reference.polarity_scores(t[:vader.MAX_CHARS])["compound"]
                                            for t in long_texts + short]
