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


# -- memory: a batch is read in bounded chunks -------------------------------------------------


def test_chunks_hold_at_most_so_many_texts_and_bytes_and_a_huge_text_stands_alone():
    from brandwatch.detectors.language_batch import MAX_CHUNK_BYTES, MAX_CHUNK_TEXTS, chunks

    huge = 3 * MAX_CHUNK_BYTES
    lengths = [100] * 600 + [huge] + [0, 5] + [MAX_CHUNK_BYTES // 2] * 5 + [huge, huge] + [1] * 3
    found = chunks(lengths)
    # Every text once, in order, chunk after chunk.
    assert [i for a, b in found for i in range(a, b)] == list(range(len(lengths)))
    assert all(b > a for a, b in found)
    for a, b in found:
        assert b - a <= MAX_CHUNK_TEXTS
        if b - a > 1:
            assert sum(lengths[a:b]) <= MAX_CHUNK_BYTES
    big = [i for i, length in enumerate(lengths) if length == huge]
    assert [(a, b) for a, b in found if b - a == 1 and lengths[a] == huge] == [(i, i + 1) for i in big]


def test_a_batch_with_huge_posts_is_walked_in_bounded_pieces_with_py3langids_answers(classifier, monkeypatch):
    from brandwatch.detectors.language_batch import MAX_CHUNK_BYTES, BatchClassifier

    rng = random.Random(7)
    huge = ["".join(rng.choice(LETTERS) for _ in range(200)) * 2000,  # ~0.5 MB of many scripts
            "the scooter broke again, " * 40_000]
    texts = [*_texts()[:300], huge[0], "ok then", huge[1], *_texts()[300:400]]
    walked: list[int] = []
    states = BatchClassifier._states

    def recording(self, data, offset):
        walked.append(len(data))
        return states(self, data, offset)

    monkeypatch.setattr(BatchClassifier, "_states", recording)
    ours = classifier.classify(texts)
    assert max(walked) <= MAX_CHUNK_BYTES
    theirs = [classifier.identifier.classify(text) for text in texts]
    assert [(code, float(p)) for code, p in theirs] == ours
    # Chunked or all at once, the same numbers.
    monkeypatch.setattr(BatchClassifier, "_states", states)
    encoded = [_encode(text) for text in texts]
    rowbase = [row << 8 for row in classifier.identifier.tk_row]
    ident = classifier.identifier
    for data, counts in zip(encoded[295:305], classifier.visit_counts(encoded[295:305])):
        expected = visit_counts(ident.tk_nextmove, rowbase, ident.tk_output, data)
        assert (None if counts is None else list(counts.items())) == (
            None if expected is None else list(expected.items()))


# -- the automaton's depth is shipped, not searched at every start ------------------------------


def test_the_shipped_depth_is_the_bundled_models_measured_depth():
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from brandwatch.detectors import language_batch, language_model

    digest = language_model.model_digest(MODEL_DIR / MODEL_FILE)
    assert digest in language_batch.KNOWN_DEPTHS
    measured = automaton_depth(*model_arrays(language._identifier())[:2])
    assert language_batch.KNOWN_DEPTHS[digest] == measured


def test_the_bundled_models_depth_is_not_searched_at_load(monkeypatch):
    from brandwatch.detectors import language_batch, language_model

    def no_search(*_args):
        raise AssertionError("searched the automaton")

    monkeypatch.setattr(language_batch, "automaton_depth", no_search)
    monkeypatch.setenv("BRANDWATCH_CACHE_DIR", "off")  # no stored depth to fall back on either
    assert language_model.walk_depth(language._identifier()) == max(language_batch.KNOWN_DEPTHS.values())


def test_another_models_depth_is_measured(monkeypatch):
    from brandwatch.detectors import language_batch, language_model

    monkeypatch.setattr(language_batch, "KNOWN_DEPTHS", {})
    monkeypatch.setenv("BRANDWATCH_CACHE_DIR", "off")
    measured = automaton_depth(*model_arrays(language._identifier())[:2])
    assert language_model.walk_depth(language._identifier()) == measured


# -- a self-check at load: a changed py3langid never silently gives other languages -------------


def test_the_batch_reading_checks_itself_against_py3langid_at_load(monkeypatch, caplog):
    from brandwatch.detectors import language_model

    language._batch_classifier.cache_clear()
    try:
        assert language._batch_classifier() is not None  # agrees: used
        texts = _texts()[:40]
        language.REMEMBERED_ANSWERS.clear()
        expected = language.detect_many(texts)
        language._batch_classifier.cache_clear()
        monkeypatch.setattr(language_model, "walk_depth", lambda identifier: 1)  # too shallow: wrong counts
        with caplog.at_level("WARNING", logger="brandwatch.detectors.language"):
            assert language._batch_classifier() is None
        assert "py3langid" in caplog.text
        language.REMEMBERED_ANSWERS.clear()
        assert language.detect_many(texts) == expected  # py3langid's own reading, text by text
    finally:
        language._batch_classifier.cache_clear()
        language.REMEMBERED_ANSWERS.clear()


def test_a_walk_one_byte_too_shallow_is_caught_by_the_self_check():
    """Probe answers saturate at probability 1.0, so only the feature counts show a depth one short
    of the model's (its deepest n-grams are common kana pairs)."""
    from brandwatch.detectors import language_batch

    identifier = language._identifier()
    depth = automaton_depth(*model_arrays(identifier)[:2])
    assert language_batch.disagreement(BatchClassifier(identifier, depth)) is None
    assert language_batch.disagreement(BatchClassifier(identifier, depth - 1)) is not None


def test_a_batch_reading_that_cannot_be_built_falls_back_to_py3langid(monkeypatch, caplog):
    from brandwatch.detectors import language_batch

    def renamed_attribute(identifier):
        raise AttributeError("'LanguageIdentifier' object has no attribute 'tk_nextmove'")

    language._batch_classifier.cache_clear()
    try:
        monkeypatch.setattr(language_batch, "model_arrays", renamed_attribute)
        with caplog.at_level("WARNING", logger="brandwatch.detectors.language"):
            assert language._batch_classifier() is None
        assert "tk_nextmove" in caplog.text
        language.REMEMBERED_ANSWERS.clear()
        texts = [f"Der Roller hat mitten auf der Kreuzung {n} Mal ausgeschaltet" for n in range(language.BATCH_MIN + 1)]
        assert [found.code for found in language.detect_many(texts)] == ["de"] * len(texts)
    finally:
        language._batch_classifier.cache_clear()
        language.REMEMBERED_ANSWERS.clear()
