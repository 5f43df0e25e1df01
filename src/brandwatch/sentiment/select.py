"""Choose and open the sentiment backend the settings ask for.

`auto` prefers, in order: the configured hub model if it is cached locally, a locally trained model
(the multi-task ONNX model `brandwatch models train` writes, run without torch, or an older
single-head transformers model), then VADER, warning once when it falls back. It never waits on a network.
"""

from __future__ import annotations

import logging
from pathlib import Path

from brandwatch.config import Settings
from brandwatch.errors import ModelUnavailable
from brandwatch.sentiment.base import SentimentBackend
from brandwatch.sentiment.locate import is_model_dir, locate_model
from brandwatch.sentiment.multitask_runtime import is_multitask_dir

log = logging.getLogger("brandwatch.sentiment")


def local_model_dir(settings: Settings) -> Path:
    return settings.sentiment.local_model_dir or settings.data_dir / "models" / "sentiment"


def open_backend(settings: Settings) -> tuple[SentimentBackend, str | None]:
    """The backend, and a fallback notice (None when the configured choice was honoured)."""
    choice = settings.sentiment.backend
    if choice == "vader":
        return _vader(), None
    if choice == "transformers":
        reference = locate_model(settings.sentiment.model)
        if reference is None:
            raise ModelUnavailable(
                f"sentiment model '{settings.sentiment.model}' is not on this machine; "
                "run `brandwatch models pull` where a hub is reachable, or set sentiment.model to a local path")
        return _transformers(settings, reference), None
    trained = local_model_dir(settings)
    if is_multitask_dir(trained) and not locate_model(settings.sentiment.model):
        try:
            return _multitask(settings, trained), None
        except ModelUnavailable as exc:
            log.warning("%s; trying the next sentiment backend", exc)
    for reference in _auto_candidates(settings):
        try:
            return _transformers(settings, reference), None
        except ImportError:
            break  # torch/transformers not installed: no transformer can load
        except ModelUnavailable as exc:
            log.warning("%s; trying the next sentiment backend", exc)
    notice = (f"sentiment: model '{settings.sentiment.model}' is not available locally and no trained "
              f"model is in {local_model_dir(settings)}; falling back to the vader lexicon (run "
              "`brandwatch models pull` where a hub is reachable, or `brandwatch models train`)")
    return _vader(), notice


def _auto_candidates(settings: Settings) -> list[str]:
    candidates = []
    cached = locate_model(settings.sentiment.model)
    if cached:
        candidates.append(cached)
    trained = local_model_dir(settings)
    if is_model_dir(trained):
        candidates.append(str(trained))
    return candidates


def _vader() -> SentimentBackend:
    from brandwatch.sentiment.vader import VaderBackend

    return VaderBackend()


def _multitask(settings: Settings, model_dir: Path) -> SentimentBackend:
    from brandwatch.sentiment.multitask_runtime import MultiTaskBackend

    return MultiTaskBackend(model_dir, threads=settings.sentiment.threads,
                            batch_size=max(settings.sentiment.batch_size, 64))


def _transformers(settings: Settings, reference: str) -> SentimentBackend:
    from brandwatch.sentiment.transformers_backend import TransformersBackend

    s = settings.sentiment
    return TransformersBackend(reference, batch_size=s.batch_size, max_length=s.max_length,
                               threads=s.threads, quantize=s.quantize, runtime=s.runtime,
                               cache_dir=settings.data_dir / "models" / "onnx")
