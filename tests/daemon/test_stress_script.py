"""`make test-stress` runs pytest under two CPU burners and never leaves them running."""

from __future__ import annotations

import re
import subprocess
import sys

from bwtest import REPO, cli_env


def test_when_the_stress_script_ends_then_its_two_cpu_burners_are_gone(tmp_path):
    (tmp_path / "test_nothing_slow.py").write_text("import pytest\n\n@pytest.mark.slow\ndef test_x():\n    pass\n")
    done = subprocess.run(["sh", str(REPO / "scripts" / "test-stress.sh"), "-q", str(tmp_path)], cwd=tmp_path,
                          env=cli_env(PYTHON_BIN=sys.executable), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
    pids = [int(pid) for pid in re.search(r"burners running as pids (\d+) (\d+)", done.stdout).groups()]
    for pid in pids:  # gone (or, if the number was reused at once, not a burner any more)
        try:
            cmdline = open(f"/proc/{pid}/cmdline", "rb").read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        assert b"while True" not in cmdline, pid
