"""Hugging Face sequence-classification models (a hub id or a local path) on CPU.

torch and transformers are imported here only, and only when this backend is chosen, so a VADER
run starts in a fraction of a second.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Sequence

from brandwatch.errors import ModelUnavailable
from brandwatch.model.sentiment import LABELS, SentimentResult

log = logging.getLogger(__name__)

# Models label their classes in many ways: cardiffnlp uses negative/neutral/positive, others
# LABEL_0..2 or NEG/NEU/POS. Three unnamed classes are read in the conventional order.
_ALIASES = {"neg": "negative", "neu": "neutral", "pos": "positive"}


def map_labels(id2label: dict[int, str]) -> list[str]:
    named = []
    for index in sorted(id2label):
        raw = str(id2label[index]).lower()
        named.append(next((label for prefix, label in _ALIASES.items() if raw.startswith(prefix)), None))
    if all(named) and set(named) <= set(LABELS):
        return named  # type: ignore[return-value]
    if len(id2label) == 3:
        return list(LABELS)
    if len(id2label) == 2:
        return ["negative", "positive"]
    raise ModelUnavailable(f"cannot map the model's labels {sorted(id2label.values())} to {LABELS}")


class TransformersBackend:
    name = "transformers"

    def __init__(self, reference: str, *, batch_size: int = 32, max_length: int = 128,
                 threads: int | None = None, quantize: str = "none", runtime: str = "torch",
                 cache_dir: Path | None = None, local_files_only: bool = True):
        import torch
        from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as transformers_logging

        # Progress bars while loading weights would clutter scan's stderr, which carries warnings.
        transformers_logging.disable_progress_bar()
        if threads:
            torch.set_num_threads(threads)

        def load_model():
            model = AutoModelForSequenceClassification.from_pretrained(reference, local_files_only=local_files_only)
            return model.eval()

        try:
            self._tokenizer = AutoTokenizer.from_pretrained(reference, local_files_only=local_files_only)
            self._labels = map_labels(AutoConfig.from_pretrained(reference, local_files_only=local_files_only).id2label)
            self._torch = torch
            self._onnx = None
            model = None
            if runtime == "onnx":
                from brandwatch.sentiment.onnx_runtime import OnnxClassifier, exported_model

                # The torch weights are loaded only when the export is not cached yet.
                path = exported_model(load_model, self._tokenizer, _local_dir(reference, local_files_only),
                                      cache_dir or Path("var") / "models" / "onnx", quantize == "int8")
                self._onnx = OnnxClassifier(path, threads)
            else:
                model = load_model()
                if quantize == "int8":
                    model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        except (OSError, ValueError) as exc:
            raise ModelUnavailable(f"sentiment model '{reference}' could not be loaded: {exc}") from None
        self._model = model
        self.batch_size = batch_size
        self.max_length = min(max_length, getattr(self._tokenizer, "model_max_length", max_length) or max_length)
        flavour = ", ".join(f for f in (runtime if runtime != "torch" else "", "int8" if quantize == "int8" else "") if f)
        self.description = f"transformers ({reference}{', ' + flavour if flavour else ''})"

    def analyze(self, texts: Sequence[str]) -> list[SentimentResult]:
        if not texts:
            return []
        # Long posts are clipped before tokenising: the tokenizer's cost grows with the whole text
        # even though only max_length tokens are kept.
        clipped = [text[: self.max_length * 8] or " " for text in texts]
        encoded = self._tokenizer(clipped, truncation=True, max_length=self.max_length)["input_ids"]
        # Length bucketing on real token counts: each batch is padded only to its own longest post.
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        results: list[SentimentResult | None] = [None] * len(texts)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start:start + self.batch_size]
            rows = self._probabilities([encoded[i] for i in chunk])
            for index, row in zip(chunk, rows):
                results[index] = self._result(row)
        return results  # type: ignore[return-value]

    def _probabilities(self, input_ids: list[list[int]]) -> list[list[float]]:
        if self._onnx is not None:
            import numpy

            batch = self._tokenizer.pad({"input_ids": input_ids}, return_tensors="np")
            logits = self._onnx.logits(batch["input_ids"], batch["attention_mask"])
            exp = numpy.exp(logits - logits.max(axis=-1, keepdims=True))
            return (exp / exp.sum(axis=-1, keepdims=True)).tolist()
        batch = self._tokenizer.pad({"input_ids": input_ids}, return_tensors="pt")
        with self._torch.inference_mode():
            logits = self._model(**batch).logits
        return self._torch.softmax(logits, dim=-1).tolist()

    def _result(self, probabilities: list[float]) -> SentimentResult:
        by_label = {"negative": 0.0, "neutral": 0.0, "positive": 0.0}
        for label, p in zip(self._labels, probabilities):
            by_label[label] += p
        label = max(by_label, key=by_label.__getitem__)
        polarity = by_label["positive"] - by_label["negative"]
        return SentimentResult(label, round(by_label[label], 4), round(polarity, 4))


def pull(reference: str) -> str:
    """Download a hub model into the local cache (for hosts with internet); returns where it is."""
    from huggingface_hub import snapshot_download

    return snapshot_download(reference)


def _local_dir(reference: str, local_files_only: bool) -> Path:
    """The directory holding the model's files, for a path or a cached hub id."""
    if Path(reference).is_dir():
        return Path(reference)
    from huggingface_hub import snapshot_download

    return Path(snapshot_download(reference, local_files_only=local_files_only))
