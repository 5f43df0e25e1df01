"""The trained multi-task model on ONNX Runtime: sentiment, complaint probability and topic per post.

Only onnxruntime, tokenizers and numpy are imported — never torch or transformers — so a one-post
`scan` with the trained model starts in about a second. The model directory is what
`brandwatch models train` writes (multitask_training.py): `multitask.json` names the graph to run,
the labels, the complaint head's temperature and the token limit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from brandwatch.errors import ModelUnavailable
from brandwatch.model.sentiment import LABELS, SentimentResult

MANIFEST = "multitask.json"
TOPICS = ("product", "staff", "policy", "other")


def is_multitask_dir(path: Path) -> bool:
    return (path / MANIFEST).is_file()


class MultiTaskBackend:
    name = "multitask"

    def __init__(self, model_dir: Path, *, threads: int | None = None, batch_size: int = 64, graph: str | None = None):
        import numpy
        import onnxruntime
        from tokenizers import Tokenizer

        try:
            manifest = json.loads((model_dir / MANIFEST).read_text(encoding="utf-8"))
            self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
            options = onnxruntime.SessionOptions()
            if threads:
                options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            self.graph = graph or manifest["graph"]
            self._session = onnxruntime.InferenceSession(str(model_dir / self.graph), options,
                                                         providers=["CPUExecutionProvider"])
        except (OSError, ValueError, KeyError) as exc:
            raise ModelUnavailable(f"multi-task model in {model_dir} could not be loaded: {exc}") from None
        self._numpy = numpy
        self.max_length = int(manifest.get("max_length", 64))
        self.temperature = float(manifest.get("temperature", 1.0))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(self.max_length)
        self._pad_id = int(manifest.get("pad_id", 0))
        self.batch_size = batch_size
        self.description = f"multitask ({model_dir}, {self.graph})"

    def analyze(self, texts: Sequence[str]) -> list[SentimentResult]:
        if not texts:
            return []
        # Clipped before tokenising: the tokenizer's cost grows with the whole text, not the kept part.
        encoded = [e.ids for e in self._tokenizer.encode_batch([t[: self.max_length * 8] or " " for t in texts])]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        results: list[SentimentResult | None] = [None] * len(texts)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start:start + self.batch_size]
            for index, result in zip(chunk, self._run([encoded[i] for i in chunk])):
                results[index] = result
        return results  # type: ignore[return-value]

    def _run(self, rows: list[list[int]]) -> list[SentimentResult]:
        np = self._numpy
        width = max(len(r) for r in rows)
        ids = np.full((len(rows), width), self._pad_id, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for i, row in enumerate(rows):
            ids[i, :len(row)] = row
            mask[i, :len(row)] = 1
        sentiment, complaint, topic = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        sentiment = _softmax(np, sentiment)
        topic = _softmax(np, topic)
        probability = 1 / (1 + np.exp(-complaint.reshape(-1) / self.temperature))
        out = []
        for s, p, t in zip(sentiment.tolist(), probability.tolist(), topic.tolist()):
            label = LABELS[max(range(3), key=s.__getitem__)]
            out.append(SentimentResult(label, round(max(s), 4), round(s[2] - s[0], 4), complaint=round(p, 4),
                                       topic=TOPICS[max(range(len(TOPICS)), key=t.__getitem__)]))
        return out


def _softmax(np, logits):
    exp = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return exp / exp.sum(axis=-1, keepdims=True)
