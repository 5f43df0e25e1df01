"""Running this checkout's CLI in a subprocess, whatever brandwatch is installed in the environment.

A plain module rather than conftest: several test folders have their own conftest.py, so
`from conftest import ...` would be ambiguous.
"""

from __future__ import annotations

import os
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def cli_env(**extra: str) -> dict[str, str]:
    """Environment for running this checkout's CLI in a subprocess, whatever is installed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRANDWATCH_")}
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env
