"""One detector interface: each detector names what it reads of a post and returns spans with a score
and an explanation; the pipeline is built from a list, so a new detector is one class added to it."""

from __future__ import annotations

from brandwatch.detectors.finders import default_detectors
from brandwatch.detectors.interface import READABLE, PostReading
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.model.analysis import FindingSpan
from brandwatch.model.post import Author, Post

KEY = b"detector-interface-tests-key"


def post(text: str, author: str) -> Post:
    return Post(platform="x", external_id=str(abs(hash(text))), text=text, author=Author(handle=author))


POSTS = [
    post("my Acme Rocket broke after one day and support ignored me", author="someone"),
    post("Loving my new Acme Anvil, best purchase this year! #ad", author="danawhit"),
    post("here is our deploy key AKIAQ3EGUVNT5XJ2LWPM oops", author="priyaraman"),
    post("Ce produit Acme est vraiment nul, il ne marche plus depuis hier soir du tout", author="someone"),
]


class _Recording:
    """A PostReading stand-in that notes which fields a detector touched."""

    def __init__(self, reading: PostReading):
        self._reading, self.touched = reading, set()

    def __getattr__(self, name):
        self.touched.add(name)
        return getattr(self._reading, name)


class _CapturingDetector:
    name = "capture"
    reads = READABLE

    def __init__(self):
        self.readings: list[PostReading] = []

    def detect(self, reading: PostReading) -> list[FindingSpan]:
        self.readings.append(reading)
        return []


class _ShoutDetector:
    """A new detector: one class, added to the list."""

    name = "shouting"
    reads = frozenset({"text"})

    def detect(self, reading: PostReading) -> list[FindingSpan]:
        if not reading.text.isupper():
            return []
        return [FindingSpan("shouting", "complaint", "other", "low", 0, len(reading.text), reading.text[:20],
                            score=1.0, explanation={"why": "all capitals"})]


def _with(settings, vader, roster, rules, detectors):
    return Analyzer(settings, vader, roster, rules, fingerprint_key=KEY, detectors=detectors)


def test_every_detector_has_a_unique_name_and_reads_only_parts_of_a_reading():
    detectors = default_detectors(KEY)
    assert len({d.name for d in detectors}) == len(detectors)
    for detector in detectors:
        assert detector.reads and detector.reads <= READABLE, detector.name


def test_each_detector_touches_only_what_it_says_it_reads(settings, vader, roster, rules):
    capture = _CapturingDetector()
    _with(settings, vader, roster, rules, [capture]).analyze(POSTS)
    assert len(capture.readings) == len(POSTS)
    for detector in default_detectors(KEY):
        for reading in capture.readings:
            recording = _Recording(reading)
            detector.detect(recording)  # type: ignore[arg-type]
            assert recording.touched <= detector.reads, (detector.name, recording.touched - detector.reads)


def test_the_default_list_is_what_the_analyzer_runs_when_given_none(settings, vader, roster, rules):
    by_default = Analyzer(settings, vader, roster, rules, fingerprint_key=KEY)
    explicit = _with(settings, vader, roster, rules, list(default_detectors(KEY)))
    assert [d.name for d in by_default.detectors] == [d.name for d in explicit.detectors]
    assert explicit.analyze(POSTS) == by_default.analyze(POSTS)
    assert any(a.findings for a in by_default.analyze(POSTS))


def test_a_new_detector_is_one_class_added_to_the_list(settings, vader, roster, rules):
    shout = post("MY ROCKET EXPLODED", author="someone")
    plain = post("my rocket is fine", author="someone")
    analyzer = _with(settings, vader, roster, rules, [*default_detectors(KEY), _ShoutDetector()])

    loud, quiet = analyzer.analyze([shout, plain])

    added = [f for f in loud.findings if f.rule == "shouting"]
    assert len(added) == 1 and added[0].score == 1.0 and added[0].explanation == {"why": "all capitals"}
    assert not [f for f in quiet.findings if f.rule == "shouting"]


def test_without_detectors_the_post_is_still_judged_but_raises_no_finding(settings, vader, roster, rules):
    result = _with(settings, vader, roster, rules, [])
    analysis = result.analyze([POSTS[2]])[0]
    assert analysis.findings == ()
    assert analysis.sentiment.label in ("negative", "neutral", "positive")
