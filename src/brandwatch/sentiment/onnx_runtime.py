"""Run a sequence-classification model with ONNX Runtime, optionally int8-quantised.

On 2 CPU cores ONNX Runtime with dynamic int8 quantisation ran a base-sized model about 6× faster
than PyTorch eager with its own dynamic quantisation (BENCHMARKS.md), so this is the fast path.
The export is done once per model and cached under the data directory, keyed by the model's files.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any, Callable

log = logging.getLogger(__name__)


def model_digest(model_dir: Path) -> str:
    """Identifies the exact weights, so a retrained model never reuses a stale export."""
    digest = hashlib.sha256()
    for name in ("config.json", "model.safetensors", "pytorch_model.bin"):
        path = model_dir / name
        if path.is_file():
            stat = path.stat()
            digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def exported_model(load_model: Callable[[], Any], tokenizer: Any, model_dir: Path, cache_dir: Path,
                   quantize: bool) -> Path:
    """Path of the (possibly quantised) ONNX file for the model, exporting it on first use."""
    target = cache_dir / model_digest(model_dir)
    float_path, int8_path = target / "model.onnx", target / "model.int8-per-channel.onnx"
    if not float_path.is_file():
        target.mkdir(parents=True, exist_ok=True)
        _export(load_model(), tokenizer, float_path)
    if quantize and not int8_path.is_file():
        from onnxruntime.quantization import QuantType, quantize_dynamic

        partial = int8_path.with_suffix(".partial")
        # The quantiser logs one line per tensor (and a pre-processing hint) through the root logger:
        # keep daemon logs readable.
        root = logging.getLogger()
        level = root.level
        root.setLevel(max(level, logging.ERROR))
        # Per-channel weight scales: on the trained MiniLM model they lifted label agreement with
        # float32 from 91% to 97% on generated posts, at about the same speed (BENCHMARKS.md).
        try:
            quantize_dynamic(str(float_path), str(partial), weight_type=QuantType.QInt8, per_channel=True)
        finally:
            root.setLevel(level)
        partial.replace(int8_path)
    return int8_path if quantize else float_path


def _export(model: Any, tokenizer: Any, path: Path) -> None:
    import torch

    log.info("exporting the sentiment model to ONNX at %s (once)", path)
    sample = tokenizer(["an example post"], return_tensors="pt")
    partial = path.with_suffix(".partial")
    with torch.inference_mode():
        torch.onnx.export(model, (sample["input_ids"], sample["attention_mask"]), str(partial),
                          input_names=["input_ids", "attention_mask"], output_names=["logits"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                        "attention_mask": {0: "batch", 1: "tokens"}, "logits": {0: "batch"}},
                          opset_version=17, dynamo=False)
    partial.replace(path)  # a killed export never leaves a half-written model behind


class OnnxClassifier:
    """Callable like the torch model for our purposes: (input_ids, attention_mask) → logits array."""

    def __init__(self, path: Path, threads: int | None):
        import onnxruntime

        options = onnxruntime.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self._session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def logits(self, input_ids: Any, attention_mask: Any) -> Any:
        feeds = {"input_ids": input_ids.astype("int64"), "attention_mask": attention_mask.astype("int64")}
        return self._session.run(["logits"], feeds)[0]
