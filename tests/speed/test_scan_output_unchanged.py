"""The fast readers change no output: a scan of 2,000 varied posts is byte-identical to the same scan
with every keyword gate open (each pattern searched in full, as before the gates), with
vaderSentiment's own scorer instead of brandwatch's linear one, with py3langid classifying each post
itself instead of the batch reading (detectors/language_batch.py), with the secret masker matching
every output string afresh (no memo), and with every leaked value's writing pattern run on every string
(no writing gate)."""

from __future__ import annotations

import importlib.util
import json
import random
import secrets
from importlib import resources
from pathlib import Path
from typing import Sequence

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bwtest import REPO
from brandwatch.config import parse_settings
from brandwatch.detectors import language
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.detectors.prefilter import PatternGate
from brandwatch.model.sentiment import SentimentResult
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules, writing_gate
from brandwatch.scan_runner import analyse_batch
from brandwatch.secret_masker import SecretMasker
from brandwatch.sentiment.vader import MAX_CHARS, VaderBackend, label_compound
from speed.varied_posts import DEVSET, synthetic

PROFILES = [None, "Engineer @acme", "Acme retail associate | organizing", "ex-Acme, now elsewhere",
            "Proud Acme wife", "Acme brand ambassador", "coffee, bikes, dogs", "Sponsored by Acme"]


class ReferenceVader:
    """The lexicon backend as it was: vaderSentiment's `polarity_scores` on every post."""

    name = "vader"
    description = "vaderSentiment reference"

    def __init__(self) -> None:
        self._analyzer = SentimentIntensityAnalyzer()

    def analyze(self, texts: Sequence[str]) -> list[SentimentResult]:
        return [label_compound(self._analyzer.polarity_scores(t[:MAX_CHARS])["compound"] if t.strip() else 0.0)
                for t in texts]


def _bench_posts(count: int) -> list[dict]:
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return list(module.generate(count, seed=26))


def corpus(count: int = 2000) -> list[str]:
    sample = resources.files("brandwatch.data").joinpath("sample_posts.jsonl").read_text(encoding="utf-8")
    posts = [json.loads(line) for line in sample.splitlines() if line.strip()]
    posts += [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]
    posts += _bench_posts(600)
    rng = random.Random(26)
    for index, text in enumerate(synthetic(count - len(posts), seed=27, long_every=15)):
        posts.append({"id": f"v{index}", "platform": "x", "author": f"user{index % 40}", "text": text,
                      "author_description": rng.choice(PROFILES), "created_at": "2026-10-01T12:00:00Z"})
    return [json.dumps(post, ensure_ascii=False) for post in posts[:count]]


def scan(analyzer: Analyzer, lines: list[str]) -> list[str]:
    numbered = list(enumerate(lines, start=1))
    return [out for start in range(0, len(numbered), 256)
            for _, _, (out, _) in analyse_batch(analyzer, numbered[start:start + 256])]


@pytest.fixture(scope="module")
def example_settings(tmp_path_factory):
    text = (REPO / "config" / "brandwatch.yaml").read_text().replace("backend: auto", "backend: vader")
    text = text.replace("employees: employees.csv", f"employees: {REPO / 'config/employees.csv'}")
    text = text.replace("partners: partners.csv", f"partners: {REPO / 'config/partners.csv'}")
    path = Path(tmp_path_factory.mktemp("config")) / "brandwatch.yaml"
    path.write_text(text)
    return parse_settings(text, path)


def test_scan_output_is_byte_identical_to_the_reference_readers(example_settings, monkeypatch):
    settings = example_settings
    rules = load_rules(None, settings)
    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    key = secrets.token_bytes(32)
    lines = corpus()
    language.REMEMBERED_ANSWERS.clear()
    assert language._batch_classifier() is not None  # the batch reading is what is compared
    fast = scan(Analyzer(settings, VaderBackend(), roster, rules, fingerprint_key=key), lines)
    monkeypatch.setattr(PatternGate, "possible", lambda self, text: -1)  # every gate open
    monkeypatch.setattr(SecretMasker, "memo_chars", -1)  # every string masked afresh
    monkeypatch.setattr(writing_gate, "may_hold", lambda *_: True)  # every value's regex run
    monkeypatch.setattr(language, "_batch_classifier", lambda: None)  # py3langid one post at a time
    language.REMEMBERED_ANSWERS.clear()  # and no answer remembered from the fast scan
    slow = scan(Analyzer(settings, ReferenceVader(), roster, rules, fingerprint_key=key), lines)
    assert len(fast) == len(lines) == 2000
    differing = [(number, a, b) for number, (a, b) in enumerate(zip(fast, slow), start=1) if a != b]
    assert not differing, f"{len(differing)} lines differ, first: {differing[0]}"
    # The corpus reaches the paths that matter: findings, complaints, insiders, long posts.
    contracts = [json.loads(line) for line in fast]
    assert sum(bool(c.get("findings")) for c in contracts) > 200
    assert sum(len(line) > MAX_CHARS for line in lines) > 10
