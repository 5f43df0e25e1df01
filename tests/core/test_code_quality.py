"""The import contract (layers, no loops), ruff and mypy run with the tests, so `make test` fails on a
layer violation, an import loop, a lint finding or a type error in the ground floor, rules or detectors.

Each tool reads its settings from pyproject.toml; docs/architecture.md names the layers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    on_path = shutil.which(name)
    if on_path is None:
        pytest.fail(f"{name} is not installed: `make install-dev` installs the dev extra")
    return on_path


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    # The worktree's src first, so the checked code is this checkout's, not an editable install's.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_the_import_contract_holds_no_layer_imports_upwards_and_no_modules_import_each_other():
    result = _run(_tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_ruff_finds_nothing_in_the_code_or_the_tests():
    result = _run(_tool("ruff"), "check", "--no-cache", "src", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_no_type_error_in_the_ground_floor_rules_and_detectors():
    result = _run(_tool("mypy"), "--no-incremental", "--cache-dir", os.devnull)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def test_the_layers_in_the_contract_are_the_ones_the_architecture_document_names():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c["layers"] for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")
    document = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    contract_section = document[document.index("## Layers"):]
    for layer in layers:
        for module in layer.split("|"):
            name = module.strip()
            assert f"`{name}`" in contract_section, f"docs/architecture.md does not name the layer {name}"
