"""Helpers for the daemon tests: a deployment in a temp folder, posts with secrets, the daemon as a process."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

from bwtest import REPO, cli_env

AWS_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def aws_key(rng: random.Random) -> str:
    """A random value in the shape of an AWS access key id (the bundled leak rules flag it)."""
    return "AKIA" + "".join(rng.choice(AWS_ALPHABET) for _ in range(16))


def make_posts(count: int, *, seed: int = 7, secret_every: int = 3, start: int = 0) -> tuple[list[dict], list[str]]:
    """Posts in the scan input format; every `secret_every`-th one leaks an AWS key. Returns (posts, keys)."""
    rng = random.Random(seed + start)
    posts, keys = [], []
    now = datetime.now(timezone.utc)
    for number in range(start, start + count):
        if number % secret_every == 0:
            key = aws_key(rng)
            keys.append(key)
            text = f"deploying the Acme Cloud build {number} with {key} in the env, oops"
        else:
            text = f"Acme Rocket arrived today, post number {number}, works as described"
        posts.append({"id": f"post-{number}", "text": text, "author": f"user{number % 17}", "platform": "x",
                      "created_at": (now - timedelta(minutes=count - number)).isoformat()})
    return posts, keys


def append_posts(path: Path, posts: list[dict]) -> None:
    with path.open("a", encoding="utf-8") as handle:
        for post in posts:
            handle.write(json.dumps(post) + "\n")


@dataclass
class Deployment:
    """A config, replay file, rules folder and data folder under one temp directory."""

    root: Path
    database_url: str | None = None
    replay_rate: float = 0
    replay_batch: int = 5
    analysis_batch: int = 4
    interval: str = "1s"
    extra_daemon: dict[str, Any] | None = None
    rules_dir: Path | None = None

    def __post_init__(self) -> None:
        self.posts_file = self.root / "posts.jsonl"
        self.posts_file.touch()
        self.config = self.root / "brandwatch.yaml"
        self.write_config()

    def copy_bundled_rules(self) -> Path:
        self.rules_dir = self.root / "rules"
        shutil.copytree(REPO / "rules", self.rules_dir)
        self.write_config()
        return self.rules_dir

    def write_config(self) -> None:
        daemon = {"analysis_batch_size": self.analysis_batch, "analysis_interval": "0.3s",
                  "heartbeat_interval": "0.5s", "rules_poll_interval": "0.5s", "outbox_interval": "1s",
                  "stale_after": "10s"}
        if self.rules_dir is not None:
            daemon["rules_dir"] = str(self.rules_dir)
        daemon.update(self.extra_daemon or {})
        config = {
            "brands": [{"name": "Acme", "products": ["Acme Rocket", "Acme Cloud"]}],
            "sources": [{"name": "replay", "type": "replay", "path": str(self.posts_file), "interval": self.interval,
                         "jitter": "0s", "rate_per_second": self.replay_rate, "batch_size": self.replay_batch}],
            "sentiment": {"backend": "vader"},
            "data_dir": str(self.root / "var"),
            "daemon": daemon,
        }
        if self.database_url:
            config["database"] = {"url": self.database_url}
        self.config.write_text(json.dumps(config, indent=2), encoding="utf-8")

    @property
    def url(self) -> str:
        return self.database_url or f"sqlite:///{self.root / 'var' / 'brandwatch.db'}"

    def start(self, *args: str, log_name: str = "daemon.log", verbose: bool = False,
              env: dict[str, str] | None = None) -> subprocess.Popen:
        log = (self.root / log_name).open("ab")
        before = ["-vv"] if verbose else []
        return subprocess.Popen([sys.executable, "-m", "brandwatch", *before, "--config", str(self.config), "run", *args],
                                cwd=self.root, env=cli_env(BRANDWATCH_FINGERPRINT_KEY="test-key-0123456789", **(env or {})),
                                stdout=log, stderr=subprocess.STDOUT)

    def cli(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "brandwatch", "--config", str(self.config), *args],
                              cwd=self.root, env=cli_env(BRANDWATCH_FINGERPRINT_KEY="test-key-0123456789"),
                              capture_output=True, text=True, timeout=timeout)

    def log_text(self, log_name: str = "daemon.log") -> str:
        path = self.root / log_name
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def wait_for(condition: Callable[[], Any], timeout: float, what: str, every: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")
