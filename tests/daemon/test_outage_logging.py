"""A database outage logs one line at its start, a count while it lasts and one line at its end;
tracebacks only at debug level; the masker leaves file paths readable (issue 19, deliver 5)."""

from __future__ import annotations

import io
import logging

import pytest
from sqlalchemy.exc import OperationalError

from brandwatch.daemon.logging import configure_logging
from brandwatch.secret_masker import MASK, SecretMasker
from brandwatch.daemon.outage import OutageLog


class Ticks:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _down() -> None:
    raise OperationalError("SELECT 1", {}, Exception('connection to server at "db" failed: Connection refused'))


@pytest.fixture
def root_logging():
    """configure_logging replaces the root handlers: put them back so later tests' caplog still works."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


@pytest.mark.parametrize("level", [logging.INFO, logging.DEBUG])
def test_when_the_database_is_down_for_a_thousand_job_runs_then_the_log_holds_a_handful_of_lines(level,
                                                                                                 root_logging):
    stream = io.StringIO()
    configure_logging("text", level, stream)
    ticks = Ticks()
    outage = OutageLog(report_every=60, clock=ticks)
    failing = outage.guard("analysis", _down)
    for _ in range(1000):  # 150 s of runs every 0.15 s
        ticks.now += 0.15
        assert failing() is None
    assert outage.guard("analysis", lambda: 7)() == 7
    lines = [line for line in stream.getvalue().splitlines() if line.startswith("20")]
    messages = [line.split(": ", 1)[1] for line in lines if " DEBUG " not in line]
    assert messages[0].startswith("database unreachable (analysis: connection to server at \"db\" failed")
    assert [m.split(" after")[0] for m in messages[1:-1]] == ["database still unreachable"] * 2  # at 60 s, 120 s
    assert "1000 job runs failed" in messages[-1] and messages[-1].startswith("database reachable again after 150 s")
    tracebacks = stream.getvalue().count("Traceback")
    assert tracebacks == (1000 if level == logging.DEBUG else 0)


def test_when_a_traceback_path_is_masked_then_it_stays_readable_but_tokens_do_not():
    masker = SecretMasker()
    path = 'File "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 1969'
    assert masker.mask(path) == path
    deep = "/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/psycopg/connection.py"
    assert masker.mask(deep) == deep
    token = "ghp_" + "Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"
    assert masker.mask(f"token {token} leaked") == f"token {MASK} leaked"
    assert MASK in masker.mask("secret Zq8rT2mVx/Lp4Ns7Kd/Wy3Hb6FgJc9QeRa1UtYo here")
