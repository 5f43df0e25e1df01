"""Find a sentiment model on local disk without importing torch or touching the network.

`auto` must decide quickly and offline: a hub id with no network costs ~23 s of retries inside
huggingface_hub, so we look at the cache layout ourselves first.
"""

from __future__ import annotations

import os
from pathlib import Path


def hub_cache_dir() -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]) / "hub"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "huggingface" / "hub"


def is_model_dir(path: Path) -> bool:
    return (path / "config.json").is_file() and any(
        (path / name).is_file() for name in ("model.safetensors", "pytorch_model.bin")
    )


def locate_model(reference: str) -> str | None:
    """A loadable local reference for `reference` (a path or a hub id), or None when not on disk."""
    as_path = Path(reference).expanduser()
    if as_path.is_dir():
        return str(as_path) if is_model_dir(as_path) else None
    if reference.count("/") != 1:
        return None
    snapshots = hub_cache_dir() / f"models--{reference.replace('/', '--')}" / "snapshots"
    if snapshots.is_dir() and any(is_model_dir(snapshot) for snapshot in snapshots.iterdir()):
        return reference
    return None
