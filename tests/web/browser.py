"""Browser-test prerequisites: skip locally, fail under CI, when Chromium or Playwright is missing.

A green CI run must mean the browser tests ran.
"""

from __future__ import annotations

import os

import pytest

from brandwatch.testing.live_console import CHROMIUM


def require_browser() -> None:
    """Skip (locally) or fail (under CI) when Chromium or Playwright is missing."""
    missing = None
    if not CHROMIUM.exists():
        missing = f"{CHROMIUM} is missing; run scripts/ensure-chromium.sh (make test does)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "playwright is not installed (pip install -e '.[dev]')"
    if missing is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run under CI: {missing}")
    pytest.skip(missing)
