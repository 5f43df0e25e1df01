"""The language model read from brandwatch's cache gives the same answers as py3langid's own load."""

from __future__ import annotations

import os

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from brandwatch.detectors import language_model

POSTS = [
    "my scooter stopped halfway home and the app is still charging me",
    "Mi patinete dejó de funcionar y nadie responde a mis correos",
    "La trottinette s'est bloquée en pleine rue et personne ne rappelle",
    "Der Roller hat mitten auf der Kreuzung ausgeschaltet, die Fahrt läuft weiter",
    "A trotinete parou no meio da avenida e a app continua a cobrar",
    "Il monopattino si è fermato a metà strada",
    "De scooter viel halverwege uit en de app rekent nog steeds",
    "ok",
    "電動スクーターが途中で止まりました",
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRANDWATCH_CACHE_DIR", str(folder))
    return folder / "langid"


def _answers(identifier) -> list[tuple[str, float]]:
    return [identifier.classify(post) for post in POSTS]


@pytest.fixture(scope="module")
def shipped_answers():
    return _answers(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))


def test_first_load_fills_the_cache_and_both_loads_answer_as_py3langid_does(cache, shipped_answers):
    assert _answers(language_model.identifier()) == shipped_answers
    entries = list(cache.glob("*.pickle"))
    assert len(entries) == 1
    assert _answers(language_model.identifier()) == shipped_answers


def test_cache_off_loads_the_shipped_model(monkeypatch, tmp_path, shipped_answers):
    monkeypatch.setenv("BRANDWATCH_CACHE_DIR", "off")
    assert _answers(language_model.identifier()) == shipped_answers
    assert not list(tmp_path.rglob("*.pickle"))


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],          # truncated
    lambda data: b"not a pickle at all",          # foreign
    lambda data: __import__("pickle").dumps((("langid-model-1", "0", "0"), ()))  # wrong header
])
def test_a_damaged_entry_is_ignored_and_rebuilt(cache, shipped_answers, damage):
    language_model.identifier()
    [entry] = cache.glob("*.pickle")
    entry.write_bytes(damage(entry.read_bytes()))
    assert _answers(language_model.identifier()) == shipped_answers
    [rebuilt] = cache.glob("*.pickle")
    assert rebuilt.stat().st_size > 1_000_000


def test_an_entry_others_can_write_is_not_read(cache, shipped_answers):
    language_model.identifier()
    [entry] = cache.glob("*.pickle")
    os.chmod(entry, 0o666)
    assert _answers(language_model.identifier()) == shipped_answers


def test_the_widened_table_scores_every_text_exactly_as_the_shipped_one():
    """language_model.widened: float32 rows instead of float16 change no score in any bit."""
    import numpy as np

    from speed.varied_posts import synthetic

    ours = language_model.identifier()
    shipped = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    assert ours.nb_ptc.dtype == np.float32 and shipped.nb_ptc.dtype == np.float16
    texts = POSTS + list(synthetic(1500, seed=41, long_every=25)) + ["", " ", "😂😂", "ALL CAPS HERE"]
    for text in texts:
        assert np.array_equal(ours._decide(text), shipped._decide(text)), text
        assert ours.classify(text) == shipped.classify(text)
