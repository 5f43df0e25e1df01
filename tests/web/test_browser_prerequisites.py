"""Without Chromium the browser tests skip on a laptop but fail under CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.web import browser


def test_when_chromium_is_missing_and_ci_is_unset_then_browser_tests_skip_saying_why(monkeypatch, tmp_path):
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-chromium is missing; run scripts/ensure-chromium.sh"):
        browser.require_browser()


def test_when_chromium_is_missing_under_ci_then_browser_tests_fail(monkeypatch, tmp_path):
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="browser tests cannot run under CI"):
        browser.require_browser()


def test_when_chromium_is_present_then_nothing_is_skipped(monkeypatch, tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\n")
    monkeypatch.setattr(browser, "CHROMIUM", Path(fake))
    monkeypatch.setenv("CI", "true")
    browser.require_browser()
