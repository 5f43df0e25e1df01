"""Train one small encoder with three heads — sentiment, complaint, topic — and export it to ONNX.

The encoder (all-MiniLM-L6-v2 by default) is shared; its mean-pooled output feeds a 3-class
sentiment head, a one-logit complaint head and a 4-class topic head. Rated sentences teach
sentiment only; the complaint corpus teaches all three (a missing label is masked out of the loss).
The lower layers can be frozen: on 2 shared cores that roughly halves a step for a small loss.

After training, the complaint head's temperature is fitted on the corpus's validation split
(calibration), the graph is exported to ONNX (float32, and int8 when its labels agree with float32
on >= 98 % of validation posts), and everything is scored through `MultiTaskBackend` exactly as
`scan` loads it. The directory is written under a temporary name and moved into place complete.
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import shutil
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Sequence

from brandwatch.model.sentiment import LABELS
from brandwatch.sentiment.base_model import BaseModel, verify
from brandwatch.sentiment.complaint_corpus import TOPICS, LabelledPost, read_posts, split_posts
from brandwatch.sentiment.multitask_runtime import MANIFEST, MultiTaskBackend
from brandwatch.sentiment.training import _bucketed_batches, _replace_dir
from brandwatch.sentiment.training_data import (RatedText, evaluation_class, load_corpora, split_all)

log = logging.getLogger(__name__)
INT8_AGREEMENT = 0.98
IGNORE = -100


@dataclass(frozen=True, slots=True)
class MultiTaskOptions:
    epochs: int = 2
    max_length: int = 64
    batch_size: int = 32
    learning_rate: float = 8e-5
    warmup_fraction: float = 0.06
    weight_decay: float = 0.01
    freeze_layers: int = 2  # embeddings and this many lower encoder layers stay as the base model has them
    ratings_fraction: float = 1.0  # share of the rated sentences used per epoch (speed vs sentiment quality)
    seed: int = 13
    limit: int | None = None  # this many texts of each source only: a quick check, not a usable model
    threads: int | None = None


@dataclass
class MultiTaskReport:
    out_dir: Path
    options: MultiTaskOptions
    base_origin: str
    steps: int
    train_seconds: float
    metrics: dict = field(default_factory=dict)
    finished_at: str = ""


@dataclass(frozen=True, slots=True)
class _Example:
    text: str
    sentiment: int
    complaint: int  # 0/1, or IGNORE
    topic: int  # or IGNORE


def train_multitask_model(out_dir: Path, base: BaseModel, options: MultiTaskOptions = MultiTaskOptions(),
                          ratings_dir: Path | None = None, corpus_path: Path | None = None,
                          progress: bool = True, should_stop: Callable[[], bool] = lambda: False) -> MultiTaskReport:
    verify(base)
    rated = split_all(load_corpora(ratings_dir))
    posts_train, posts_val = split_posts(read_posts(corpus_path))
    rng = random.Random(options.seed)
    rated_train = [row for split in rated.values() for row in split.train]
    rated_val = {corpus: split.validation for corpus, split in rated.items()}
    if options.limit is not None:
        rated_train = rng.sample(rated_train, min(options.limit, len(rated_train)))
        posts_train = rng.sample(posts_train, min(options.limit, len(posts_train)))
        posts_val = posts_val[: max(8, options.limit // 2)]
        rated_val = {c: rows[: max(4, options.limit // 8)] for c, rows in rated_val.items()}
    staging = out_dir.parent / f".{out_dir.name}.partial"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    started = time.perf_counter()
    model, tokenizer, steps = _fine_tune(base, rated_train, posts_train, options, progress, should_stop)
    train_seconds = time.perf_counter() - started
    temperature = _fit_temperature(model, tokenizer, posts_val, options)
    _export(model, tokenizer, staging, options, temperature)
    report = MultiTaskReport(out_dir, options, base.origin, steps, train_seconds,
                             finished_at=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    report.metrics = _score_and_pick_graph(staging, rated_val, posts_val, options)
    _write_record(staging, report)
    _replace_dir(staging, out_dir)
    return report


def _examples(rated: Sequence[RatedText], posts: Sequence[LabelledPost], options: MultiTaskOptions,
              rng: random.Random) -> list[_Example]:
    chosen = rated if options.ratings_fraction >= 1 else rng.sample(list(rated), int(len(rated) * options.ratings_fraction))
    out = [_Example(r.text, LABELS.index(evaluation_class(r.rating)), IGNORE, IGNORE) for r in chosen]
    out += [_Example(p.text, LABELS.index(p.sentiment), int(p.complaint),
                     TOPICS.index(p.topic) if p.topic else IGNORE) for p in posts]
    return out


def _build(base: BaseModel, options: MultiTaskOptions):
    import torch
    from transformers import AutoModel

    class MultiTask(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = AutoModel.from_pretrained(base.path, local_files_only=True)
            hidden = self.encoder.config.hidden_size
            self.dropout = torch.nn.Dropout(0.1)
            self.sentiment = torch.nn.Linear(hidden, len(LABELS))
            self.complaint = torch.nn.Linear(hidden, 1)
            self.topic = torch.nn.Linear(hidden, len(TOPICS))

        def forward(self, input_ids, attention_mask):
            states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(states.dtype)
            pooled = self.dropout((states * weights).sum(1) / weights.sum(1).clamp(min=1.0))
            return self.sentiment(pooled), self.complaint(pooled), self.topic(pooled)

    model = MultiTask()
    frozen = [model.encoder.embeddings] + list(model.encoder.encoder.layer[: options.freeze_layers])
    for module in frozen if options.freeze_layers > 0 else []:
        for parameter in module.parameters():
            parameter.requires_grad = False
    return model


def _fine_tune(base, rated, posts, options, progress, should_stop):
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # see training.py: spinning threads starve neighbours
    import torch
    from tqdm.auto import tqdm
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup
    from transformers.utils import logging as hf_logging

    if options.threads:
        torch.set_num_threads(options.threads)
    torch.manual_seed(options.seed)
    hf_logging.set_verbosity_error()
    tokenizer = AutoTokenizer.from_pretrained(base.path, local_files_only=True)
    model = _build(base, options)
    rng = random.Random(options.seed)
    epochs = []
    for _ in range(options.epochs):
        examples = _examples(rated, posts, options, rng)
        encoded = tokenizer([e.text for e in examples], truncation=True, max_length=options.max_length)["input_ids"]
        epochs.append((examples, encoded, _bucketed_batches(encoded, options.batch_size, rng)))
    total = sum(len(batches) for _, _, batches in epochs)
    sentiment_weights = _class_weights([e.sentiment for e in epochs[0][0]], len(LABELS))
    losses = (torch.nn.CrossEntropyLoss(weight=torch.tensor(sentiment_weights)),
              torch.nn.BCEWithLogitsLoss(reduction="none"), torch.nn.CrossEntropyLoss(ignore_index=IGNORE))
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=options.learning_rate, weight_decay=options.weight_decay)
    schedule = get_linear_schedule_with_warmup(optimizer, int(total * options.warmup_fraction), total)
    model.train()
    steps = 0
    with tqdm(total=total, desc="training", unit="batch", disable=not progress, mininterval=2) as bar:
        for examples, encoded, batches in epochs:
            for batch in batches:
                if should_stop():
                    raise InterruptedError("training stopped")
                padded = tokenizer.pad({"input_ids": [encoded[i] for i in batch]}, return_tensors="pt")
                loss = _loss(model(padded["input_ids"], padded["attention_mask"]), [examples[i] for i in batch], losses)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(trainable, 1.0)
                optimizer.step()
                schedule.step()
                optimizer.zero_grad()
                steps += 1
                bar.set_postfix(loss=f"{loss.item():.3f}", refresh=False)
                bar.update()
    model.eval()
    return model, tokenizer, steps


def _loss(outputs, batch: list[_Example], losses):
    import torch

    sentiment_logits, complaint_logit, topic_logits = outputs
    sentiment_loss, complaint_loss, topic_loss = losses
    loss = sentiment_loss(sentiment_logits, torch.tensor([e.sentiment for e in batch]))
    complaint = torch.tensor([float(max(e.complaint, 0)) for e in batch])
    known = torch.tensor([float(e.complaint != IGNORE) for e in batch])
    if known.sum() > 0:
        loss = loss + (complaint_loss(complaint_logit.squeeze(-1), complaint) * known).sum() / known.sum()
    topics = torch.tensor([e.topic for e in batch])
    if (topics != IGNORE).any():
        loss = loss + 0.5 * topic_loss(topic_logits, topics)
    return loss


def _class_weights(labels: Sequence[int], classes: int) -> list[float]:
    counts = [labels.count(index) for index in range(classes)]
    return [len(labels) / (classes * count) if count else 0.0 for count in counts]


def _complaint_logits(model, tokenizer, texts: Sequence[str], options: MultiTaskOptions) -> list[float]:
    import torch

    out = []
    with torch.inference_mode():
        for start in range(0, len(texts), 64):
            batch = tokenizer(list(texts[start:start + 64]), truncation=True, max_length=options.max_length,
                              padding=True, return_tensors="pt")
            out += model(batch["input_ids"], batch["attention_mask"])[1].squeeze(-1).tolist()
    return out


def _fit_temperature(model, tokenizer, posts: Sequence[LabelledPost], options: MultiTaskOptions) -> float:
    """The temperature T minimising the complaint head's log-loss on validation (temperature scaling)."""
    if not posts:
        return 1.0
    logits = _complaint_logits(model, tokenizer, [p.text for p in posts], options)
    truth = [p.complaint for p in posts]

    def nll(t: float) -> float:
        total = 0.0
        for z, y in zip(logits, truth):
            p = min(max(1 / (1 + math.exp(-z / t)), 1e-7), 1 - 1e-7)
            total -= math.log(p if y else 1 - p)
        return total

    return min((0.25 + 0.05 * i for i in range(100)), key=nll)


def _export(model, tokenizer, out: Path, options: MultiTaskOptions, temperature: float) -> None:
    import torch

    sample = tokenizer(["an example post"], return_tensors="pt")
    with torch.inference_mode():
        torch.onnx.export(model, (sample["input_ids"], sample["attention_mask"]), str(out / "model.onnx"),
                          input_names=["input_ids", "attention_mask"],
                          output_names=["sentiment", "complaint", "topic"],
                          dynamic_axes={name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask")}
                          | {name: {0: "batch"} for name in ("sentiment", "complaint", "topic")},
                          opset_version=17, dynamo=False)
    tokenizer.backend_tokenizer.save(str(out / "tokenizer.json"))
    manifest = {"graph": "model.onnx", "max_length": options.max_length, "temperature": round(temperature, 4),
                "labels": list(LABELS), "topics": list(TOPICS), "pad_id": tokenizer.pad_token_id or 0}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def _quantize(out: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(max(level, logging.ERROR))  # the quantiser logs one line per tensor
    try:
        quantize_dynamic(str(out / "model.onnx"), str(out / "model.int8.onnx"), weight_type=QuantType.QInt8,
                         per_channel=True)
    finally:
        root.setLevel(level)


def _score_and_pick_graph(out: Path, rated_val, posts_val, options: MultiTaskOptions) -> dict:
    """Score the exported graphs as `scan` runs them; keep int8 only if it agrees with float32 enough."""
    from brandwatch.sentiment.multitask_scoring import agreement, score_backend

    float_backend = MultiTaskBackend(out, threads=options.threads, graph="model.onnx")
    metrics = {"float32": score_backend(float_backend, rated_val, posts_val)}
    _quantize(out)
    int8_backend = MultiTaskBackend(out, threads=options.threads, graph="model.int8.onnx")
    texts = [p.text for p in posts_val] + [r.text for rows in rated_val.values() for r in rows]
    metrics["int8_agreement"] = agreement(float_backend, int8_backend, texts)
    chosen = "model.int8.onnx" if metrics["int8_agreement"] >= INT8_AGREEMENT else "model.onnx"
    if chosen == "model.int8.onnx":
        metrics["int8"] = score_backend(int8_backend, rated_val, posts_val)
    else:
        (out / "model.int8.onnx").unlink()
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    manifest["graph"] = chosen
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    metrics["graph"] = chosen
    return metrics


def _write_record(out: Path, report: MultiTaskReport) -> None:
    record = {"options": asdict(report.options), "base": report.base_origin, "steps": report.steps,
              "train_seconds": round(report.train_seconds, 1), "finished_at": report.finished_at,
              "metrics": report.metrics}
    (out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    (out / "README.md").write_text(
        "# brandwatch multi-task model\n\nShared all-MiniLM-L6-v2 encoder with sentiment (negative/neutral/"
        "positive), complaint (calibrated probability) and complaint-topic (product/staff/policy/other) heads, "
        "made by `brandwatch models train` with no model hub. Sentiment data: human-rated sentences from "
        "Hutto & Gilbert, ICWSM 2014 (MIT licence); complaint data: the project's own corpus "
        "(data/complaints/README.md). Figures: training.json.\n", encoding="utf-8")
