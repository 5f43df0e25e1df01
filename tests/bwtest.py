"""What test modules share with conftest.py: paths and the CLI subprocess environment.

Test modules import these from here, not from `conftest`: with several conftest.py files in the tree
(tests/collectors has its own), `import conftest` can resolve to the wrong one.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"


def cli_env(**extra: str) -> dict[str, str]:
    """Environment for running this checkout's CLI in a subprocess, whatever is installed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRANDWATCH_")}
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env["BRANDWATCH_AUTO_TRAIN"] = os.environ.get("BRANDWATCH_AUTO_TRAIN", "0")  # daemons here never train
    env.update(extra)
    return env
