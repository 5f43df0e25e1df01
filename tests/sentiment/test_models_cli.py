"""`brandwatch models train` (and its alias `train-sentiment`), `models which` and `scan` stderr, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brandwatch.sentiment.base_model import MINILM_SHA256, file_sha256

NOT_CACHED = "nobody-here/not-a-cached-model"


def _config(tmp_path: Path, model_dir: Path) -> Path:
    path = tmp_path / "brandwatch.yaml"
    path.write_text(f"sentiment:\n  backend: auto\n  model: {NOT_CACHED}\n  local_model_dir: {model_dir}\n",
                    encoding="utf-8")
    return path


@pytest.mark.slow  # three CLI processes that each import torch: ~20 s on 2 shared cores
def test_when_a_model_is_trained_from_the_cli_then_which_and_scan_name_it(run_cli, tiny_model_dir, tmp_path):
    model_dir = tmp_path / "model"
    sha = file_sha256(tiny_model_dir / "model.safetensors")
    trained = run_cli("models", "train-sentiment", "--epochs", "1", "--limit", "32", "--out", str(model_dir),
                      "--base", str(tiny_model_dir), "--base-sha256", sha)
    assert trained.returncode == 0, trained.stderr
    assert "| trained | all | 16 |" in trained.stdout  # quick runs score max(4, limit // 8) per corpus
    assert "complaint macro-F1 " in trained.stdout
    config = str(_config(tmp_path, model_dir))

    which = run_cli("--config", config, "models", "which")
    assert which.returncode == 0, which.stderr
    assert which.stdout.strip().startswith(f"multitask ({model_dir}, model")

    scan = run_cli("--config", config, "scan", "-", input='{"id": "1", "text": "my order is late"}\n')
    assert scan.returncode == 0, scan.stderr
    assert f"info: sentiment backend: multitask ({model_dir}" in scan.stderr
    [line] = scan.stdout.splitlines()  # stdout stays pure JSON Lines
    assert json.loads(line)["sentiment"]["label"] in {"negative", "neutral", "positive"}


def test_when_no_model_is_trained_then_which_reports_the_vader_fallback(run_cli, tmp_path):
    which = run_cli("--config", str(_config(tmp_path, tmp_path / "absent")), "models", "which")
    assert which.returncode == 0, which.stderr
    first, fallback = which.stdout.splitlines()
    assert first.startswith("vader")
    assert fallback.startswith("fallback: ") and "models train" in fallback


def test_when_base_is_given_without_its_hash_then_the_cli_refuses(run_cli, tmp_path):
    result = run_cli("models", "train-sentiment", "--base", str(tmp_path), "--out", str(tmp_path / "m"))
    assert result.returncode == 2
    assert "--base and --base-sha256 go together" in result.stderr


def test_when_the_base_hash_does_not_match_then_the_cli_names_the_file_and_exits_2(run_cli, tiny_model_dir,
                                                                                   tmp_path):
    result = run_cli("models", "train-sentiment", "--out", str(tmp_path / "m"),
                     "--base", str(tiny_model_dir), "--base-sha256", MINILM_SHA256)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith(f"error: {tiny_model_dir / 'model.safetensors'}: SHA-256 is ")
    assert not (tmp_path / "m").exists()
