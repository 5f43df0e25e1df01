"""Sentiment backends: the real loading code path on a tiny local model, label mapping, auto order."""


import pytest

from brandwatch.config import Settings
from brandwatch.errors import ModelUnavailable
from brandwatch.sentiment.locate import locate_model
from brandwatch.sentiment.select import open_backend
from brandwatch.sentiment.transformers_backend import TransformersBackend, map_labels
from brandwatch.sentiment.vader import VaderBackend


@pytest.mark.parametrize("id2label, expected", [
    ({0: "negative", 1: "neutral", 2: "positive"}, ["negative", "neutral", "positive"]),
    ({0: "POS", 1: "NEG", 2: "NEU"}, ["positive", "negative", "neutral"]),
    ({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, ["negative", "neutral", "positive"]),
    ({0: "LABEL_0", 1: "LABEL_1"}, ["negative", "positive"]),
])
def test_when_a_model_names_its_labels_then_they_map_to_ours(id2label, expected):
    assert map_labels(id2label) == expected


def test_when_a_model_has_unmappable_labels_then_it_is_refused():
    with pytest.raises(ModelUnavailable):
        map_labels({0: "joy", 1: "anger", 2: "fear", 3: "surprise"})


def test_when_the_tiny_model_loads_from_a_path_then_it_labels_every_text_in_order(tiny_model_dir):
    backend = TransformersBackend(str(tiny_model_dir), batch_size=2, max_length=16)
    texts = ["my order is late", "", "love it " * 300, "😀 שלום", "great"]
    results = backend.analyze(texts)
    assert len(results) == len(texts)
    for result in results:
        assert result.label in {"negative", "neutral", "positive"}
        assert 0.0 <= result.score <= 1.0 and -1.0 <= result.polarity <= 1.0
    # Length bucketing reorders work internally; results must still follow input order.
    assert backend.analyze([texts[2]])[0] == results[2]
    assert backend.analyze([texts[0]])[0] == results[0]


def test_when_int8_is_asked_then_the_quantised_model_still_labels(tiny_model_dir):
    backend = TransformersBackend(str(tiny_model_dir), quantize="int8")
    assert backend.analyze(["late order"])[0].label in {"negative", "neutral", "positive"}
    assert "int8" in backend.description


def test_when_a_hub_model_is_in_the_cache_layout_then_it_is_found_offline(tmp_path, monkeypatch, tiny_model_dir):
    snapshot = tmp_path / "models--org--tiny" / "snapshots" / "abc123"
    snapshot.parent.mkdir(parents=True)
    snapshot.symlink_to(tiny_model_dir, target_is_directory=True)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    assert locate_model("org/tiny") == "org/tiny"
    assert locate_model("org/other") is None
    assert locate_model(str(tiny_model_dir)) == str(tiny_model_dir)


def test_when_auto_finds_no_model_then_it_falls_back_to_vader_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    backend, notice = open_backend(Settings(data_dir=tmp_path))
    assert isinstance(backend, VaderBackend)
    assert notice and "falling back to the vader lexicon" in notice


def test_when_auto_finds_a_locally_trained_model_then_it_uses_it(tmp_path, monkeypatch, tiny_model_dir):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    settings = Settings.model_validate({"sentiment": {"local_model_dir": str(tiny_model_dir)}})
    backend, notice = open_backend(settings)
    assert backend.name == "transformers" and notice is None
    assert str(tiny_model_dir) in backend.description


def test_when_vader_reads_clear_sentences_then_labels_follow_its_thresholds():
    vader = VaderBackend()
    good, bad, flat = vader.analyze(["I love this, it is great!", "This is awful and I hate it.", "It is a table."])
    assert (good.label, bad.label, flat.label) == ("positive", "negative", "neutral")
    assert good.polarity > 0.05 and bad.polarity < -0.05


@pytest.mark.parametrize("quantize", ["none", "int8"])
def test_when_the_onnx_runtime_is_chosen_then_it_agrees_with_torch_and_caches_the_export(
        tiny_model_dir, tmp_path, quantize):
    pytest.importorskip("onnxruntime")
    texts = ["my order is late", "great support", "", "the worst ever " * 50]
    reference = TransformersBackend(str(tiny_model_dir)).analyze(texts)
    onnx = TransformersBackend(str(tiny_model_dir), runtime="onnx", quantize=quantize, cache_dir=tmp_path)
    results = onnx.analyze(texts)
    exported = sorted(p.name for p in tmp_path.rglob("*.onnx"))
    assert exported == (["model.int8-per-channel.onnx", "model.onnx"] if quantize == "int8" else ["model.onnx"])
    if quantize == "none":
        assert [r.label for r in results] == [r.label for r in reference]
        assert all(abs(a.polarity - b.polarity) < 1e-3 for a, b in zip(results, reference))
    again = TransformersBackend(str(tiny_model_dir), runtime="onnx", quantize=quantize, cache_dir=tmp_path)
    assert again.analyze(texts) == results


def test_when_the_onnx_export_is_cached_then_the_torch_weights_are_not_loaded(tiny_model_dir, tmp_path, monkeypatch):
    pytest.importorskip("onnxruntime")
    first = TransformersBackend(str(tiny_model_dir), runtime="onnx", quantize="int8", cache_dir=tmp_path)
    expected = first.analyze(["my order is late", "great support"])
    from transformers import AutoModelForSequenceClassification

    def refuse(*args, **kwargs):
        raise AssertionError("torch weights loaded although the ONNX export is cached")

    # Loading the weights is what costs start-up time and memory; with the export cached it must not happen.
    monkeypatch.setattr(AutoModelForSequenceClassification, "from_pretrained", refuse)
    again = TransformersBackend(str(tiny_model_dir), runtime="onnx", quantize="int8", cache_dir=tmp_path)
    assert again.analyze(["my order is late", "great support"]) == expected
