"""The multi-task model end to end on a tiny encoder: trained, exported, and run without torch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from brandwatch.model.sentiment import LABELS
from brandwatch.sentiment.base_model import BaseModel, file_sha256
from brandwatch.sentiment.complaint_corpus import TOPICS, read_posts
from brandwatch.sentiment.training_data import TrainingDataError

pytest.importorskip("torch")


@pytest.fixture(scope="module")
def trained(tiny_model_dir: Path, tmp_path_factory) -> Path:
    from brandwatch.sentiment.multitask_training import MultiTaskOptions, train_multitask_model

    out = tmp_path_factory.mktemp("multitask") / "model"
    base = BaseModel(tiny_model_dir, file_sha256(tiny_model_dir / "model.safetensors"), "tiny test model")
    train_multitask_model(out, base, MultiTaskOptions(epochs=1, limit=48, batch_size=16, freeze_layers=1),
                          progress=False)
    return out


def test_when_trained_then_the_folder_holds_the_graph_tokenizer_and_a_calibrated_manifest(trained: Path):
    manifest = json.loads((trained / "multitask.json").read_text())
    assert (trained / manifest["graph"]).is_file() and (trained / "tokenizer.json").is_file()
    assert manifest["labels"] == list(LABELS) and manifest["topics"] == list(TOPICS)
    assert manifest["temperature"] > 0
    metrics = json.loads((trained / "training.json").read_text())["metrics"]
    # int8 is kept only when it agrees with float32 often enough; otherwise it is removed.
    assert (manifest["graph"] == "model.int8.onnx") == (metrics["int8_agreement"] >= 0.98)
    assert (trained / "model.int8.onnx").is_file() == (manifest["graph"] == "model.int8.onnx")


def test_when_the_model_runs_then_torch_is_never_imported_and_every_head_answers(trained: Path):
    code = f"""
import sys, json
from pathlib import Path
from brandwatch.sentiment.multitask_runtime import MultiTaskBackend
results = MultiTaskBackend(Path({str(trained)!r})).analyze(["my order is late", "", "love it!" * 500])
print(json.dumps([[r.label, r.score, r.polarity, r.complaint, r.topic] for r in results]))
print("torch" in sys.modules, "transformers" in sys.modules)
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    rows, imported = run.stdout.splitlines()
    assert imported == "False False"
    for label, score, polarity, complaint, topic in json.loads(rows):
        assert label in LABELS and 0 <= score <= 1 and -1 <= polarity <= 1
        assert 0 <= complaint <= 1 and topic in TOPICS


def test_when_a_corpus_line_is_bad_then_the_error_names_file_line_and_field(tmp_path: Path):
    good = {"id": "1", "split": "train", "text": "x", "labels": {"complaint": True, "topic": "staff", "sentiment": "negative"}}
    bad = {**good, "id": "2", "labels": {"complaint": True, "topic": None, "sentiment": "negative"}}
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(TrainingDataError, match=rf"{path}:2: field 'labels.topic' is invalid for post 2"):
        read_posts(path)


def test_when_the_shipped_corpus_is_read_then_it_is_big_varied_and_split_by_template_and_brand():
    posts = read_posts()
    assert len(posts) >= 5000
    train = [p for p in posts if p.split == "train"]
    validation = [p for p in posts if p.split == "validation"]
    assert not {p.template for p in train} & {p.template for p in validation}
    assert not {p.brand for p in train} & {p.brand for p in validation}
    assert {p.lang for p in validation} == {"en", "es", "fr", "de", "pt"}
    assert len({p.brand for p in posts}) >= 40
