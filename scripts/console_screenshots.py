"""Take the README's console screenshots (docs/img/queue.png, docs/img/finding.png) from the demo data.

    PYTHONPATH=src python scripts/console_screenshots.py [--out docs/img]

Seeds a throw-away SQLite database with brandwatch.testing.console_demo, serves the real console on
127.0.0.1, and photographs it with Debian's Chromium (scripts/ensure-chromium.sh installs it).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from brandwatch.store.db import make_engine, upgrade
from brandwatch.testing.console_demo import DEMO_NOW, DEMO_RULE_TEXT, DEMO_SETTINGS, seed_demo
from brandwatch.testing.live_console import launch_chromium, live_server
from brandwatch.web.accounts import add_user
from brandwatch.web.app import create_app
from brandwatch.web.rule_catalog import RuleCatalog, RuleInfo, load_rule_catalog

USER, PASSWORD = "maria", "demo password"


def _with_demo_rules(catalog: RuleCatalog) -> RuleCatalog:
    """The installed rules, plus titles for demo rule ids the installed rules do not have."""
    demo = {rule_id: RuleInfo(rule_id, title, description, "", None, None, None, None)
            for rule_id, (title, description) in DEMO_RULE_TEXT.items()}
    return RuleCatalog({**demo, **catalog.rules})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/img"))
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/demo.db")
        upgrade(engine)
        ids = seed_demo(engine)
        add_user(engine, USER, "admin", PASSWORD)
        app = create_app(engine, DEMO_SETTINGS, secret_key="screenshots-only-" + "k" * 32, clock=lambda: DEMO_NOW)
        app.state.rules = lambda: _with_demo_rules(load_rule_catalog(DEMO_SETTINGS))
        with live_server(app) as url, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page(base_url=url, viewport={"width": 1440, "height": 820}, device_scale_factor=1)
            page.goto("/login")
            page.fill("input[name=name]", USER)
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url("**/queue")
            page.keyboard.press("j")
            page.keyboard.press("j")
            page.screenshot(path=str(out / "queue.png"))
            page.goto(f"/findings/{ids['1861001']}")
            page.screenshot(path=str(out / "finding.png"))
            page.goto("/dashboard")
            page.screenshot(path=str(out / "dashboard.png"), full_page=True)
            browser.close()
        engine.dispose()
    print(f"wrote {out}/queue.png, {out}/finding.png, {out}/dashboard.png")


if __name__ == "__main__":
    main()
