"""The batch reading of py3langid's model counts, scores and answers exactly as py3langid does text
by text: on generated posts, on random strings of many scripts, and on the edge cases (empty texts,
first in a batch or not, all capitals, one byte)."""

from __future__ import annotations

import importlib.util
import random

import pytest
from py3langid.langid import visit_counts

from bwtest import REPO
from brandwatch.detectors import language
from brandwatch.detectors.language_batch import BatchClassifier, _encode, automaton_depth, model_arrays

LETTERS = ("abcdefghijklmnopqrstuvwxyz ABCDEFG.,!?'éüñçßøåæ日本語中文한국어русскийελληνικάالعربية"
           "हिन्दी😀🙃 \t\n0123456789\u0301\u00a0")


def _texts() -> list[str]:
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(corpus)  # type: ignore[union-attr]
    texts = [post["text"][:language.MAX_CHARS] for post in corpus.generate(1500, seed=41)]
    rng = random.Random(41)
    texts += ["".join(rng.choice(LETTERS) for _ in range(rng.randint(0, 150))) for _ in range(1500)]
    texts += ["", "", "x", " ", "HELLO THERE EVERYONE", "ÇA NE MARCHE PAS", "e" * 400, "日本" * 200]
    rng.shuffle(texts)
    return ["", *texts]  # an empty text first in the first batch, too


@pytest.fixture(scope="module")
def classifier():
    identifier = language._identifier()
    next_state, rowbase, _ = model_arrays(identifier)
    return BatchClassifier(identifier, automaton_depth(next_state, rowbase))


def test_every_texts_feature_counts_are_py3langids_in_the_same_order(classifier):
    identifier = classifier.identifier
    texts = _texts()
    encoded = [_encode(text) for text in texts]
    ours = classifier.visit_counts(encoded)
    rowbase = [row << 8 for row in identifier.tk_row]
    for text, data, counts in zip(texts, encoded, ours):
        theirs = visit_counts(identifier.tk_nextmove, rowbase, identifier.tk_output, data)
        assert (None if counts is None else list(counts.items())) == (
            None if theirs is None else list(theirs.items())), text


def test_every_answer_is_py3langids_to_the_last_bit(classifier):
    identifier = classifier.identifier
    texts = _texts()
    ours = [answer for start in range(0, len(texts), 256) for answer in classifier.classify(texts[start:start + 256])]
    theirs = [identifier.classify(text) for text in texts]
    assert [(code, float(p)) for code, p in theirs] == ours


def test_posts_detected_in_a_batch_are_detected_as_one_at_a_time(monkeypatch):
    texts = _texts()[:600]
    language.REMEMBERED_ANSWERS.clear()
    batched = language.detect_many(texts)
    language.REMEMBERED_ANSWERS.clear()
    monkeypatch.setattr(language, "_batch_classifier", lambda: None)
    assert [language.detect(text) for text in texts] == batched
    language.REMEMBERED_ANSWERS.clear()
