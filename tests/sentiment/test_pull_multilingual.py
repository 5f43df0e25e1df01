"""`brandwatch models pull --multilingual`, with a tiny local model standing in for the hub's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from brandwatch.cli.models_cmd import MULTILINGUAL_MODEL

REVISION = "0123456789abcdef0123456789abcdef01234567"


def _cache_with_tiny_model(tiny_model_dir: Path, cache: Path) -> Path:
    """The hub cache layout huggingface_hub reads offline: refs/main names a snapshot folder."""
    repo = cache / f"models--{MULTILINGUAL_MODEL.replace('/', '--')}"
    snapshot = repo / "snapshots" / REVISION
    shutil.copytree(tiny_model_dir, snapshot)
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(REVISION, encoding="utf-8")
    return snapshot


@pytest.mark.slow  # three CLI processes that import torch
def test_when_the_multilingual_model_is_pulled_then_scan_judges_spanish_posts_with_it(run_cli, tiny_model_dir, tmp_path):
    cache = tmp_path / "hf-cache"
    snapshot = _cache_with_tiny_model(tiny_model_dir, cache)
    env = {"HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
    pulled = run_cli("models", "pull", "--multilingual", env=env)
    assert pulled.returncode == 0, pulled.stderr
    assert pulled.stdout.strip() == str(snapshot)
    assert f"set sentiment.model: {MULTILINGUAL_MODEL}" in pulled.stderr

    config = tmp_path / "c.yaml"
    config.write_text(f"sentiment:\n  backend: auto\n  model: {MULTILINGUAL_MODEL}\n", encoding="utf-8")
    which = run_cli("--config", str(config), "models", "which", env=env)
    assert which.stdout.strip() == f"transformers ({MULTILINGUAL_MODEL})"
    post = {"id": "1", "text": "Mi pedido de Acme sigue sin llegar y nadie responde a mis correos"}
    scan = run_cli("--config", str(config), "scan", "-", input=json.dumps(post) + "\n", env=env)
    assert scan.returncode == 0, scan.stderr
    [out] = [json.loads(line) for line in scan.stdout.splitlines()]
    assert out["sentiment"]["label"] in {"negative", "neutral", "positive"}
    assert out["language"] == {"code": "es", "judged": True}


def test_when_a_reference_and_multilingual_are_both_given_then_pull_refuses(run_cli):
    result = run_cli("models", "pull", "some/model", "--multilingual")
    assert result.returncode == 2 and "not both" in result.stderr
