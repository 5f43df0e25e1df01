"""Reading a config builds every platform's config model; the platforms' client libraries wait until a
source is built, so `scan`, `config check` and the CLI's start never pay for them (atproto alone takes
over a second to import)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
CLIENT_LIBRARIES = {"praw", "prawcore", "tweepy", "atproto", "atproto_client", "mastodon"}

PROBE = """
import json, sys
from brandwatch import catalogue
from brandwatch.config import Settings
Settings(brands=[{"name": "Acme"}])  # the sources union: every platform's config model
loaded = [d.name for d in catalogue.platforms.all()]
print(json.dumps({"platforms": loaded, "modules": sorted(sys.modules)}))
"""


def _probe() -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC), "PATH": ""}, timeout=120)
    return json.loads(out.stdout)


def test_loading_every_platform_descriptor_imports_no_client_library():
    probe = _probe()
    imported = {name.split(".")[0] for name in probe["modules"]}

    assert {"reddit", "x"} <= set(probe["platforms"])
    assert not imported & CLIENT_LIBRARIES


def test_a_builder_named_by_reference_loads_its_collector_module_when_a_source_is_built():
    from brandwatch import catalogue
    from brandwatch.collectors import reddit_collector, x_collector

    assert catalogue.resolve(catalogue.platforms.get("reddit").build) is reddit_collector.build
    assert catalogue.resolve(catalogue.platforms.get("x").build) is x_collector.build
