"""The rules the daemon runs, swapped only for a set that loaded cleanly.

A reload is asked for by SIGHUP or noticed by polling the rule directory's files (name, size and
modification time: no extra dependency, and it works on every filesystem a container mounts). A
broken file leaves the previous rules running; the error is kept for the logs and for `status`.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from brandwatch.config import Settings
from brandwatch.errors import RuleError

log = logging.getLogger("brandwatch.daemon.rules")


@dataclass(frozen=True, slots=True)
class RulesState:
    rule_set: Any  # brandwatch.rules.RuleSet
    loaded_at: datetime
    error: str | None = None  # the last reload that failed, while the previous rules keep running


def rules_directory(settings: Settings) -> Path:
    from brandwatch.rules import BUNDLED_DIR

    return Path(settings.daemon.rules_dir) if settings.daemon.rules_dir else BUNDLED_DIR


def directory_signature(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes when a rule file is added, removed, or written."""
    try:
        entries = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml"))
    except OSError:
        return ()
    signature = []
    for path in entries:
        try:
            stat = path.stat()
        except OSError:
            continue
        signature.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(signature)


def _check_changed_examples(new: Any, running: Any) -> None:
    """Run the own examples of every rule that is new or changed; a failing one refuses the whole set."""
    from brandwatch.rules.selftest import ExampleFailure, check_example

    known = {rule.content_hash for rule in running.rules}
    failures = []
    for rule in new.rules:
        if rule.content_hash in known or rule.templated_empty:
            continue
        for expected, examples in ((True, rule.examples_match), (False, rule.examples_no_match)):
            for example in examples:
                problem = check_example(new, rule, example, expected)
                if problem:
                    failures.append(str(ExampleFailure(rule, example, expected, problem)))
    if failures:
        raise RuleError("a changed rule fails its own examples, so the new rules were not activated:\n"
                        + "\n".join(failures))


class Rulebook:
    """Holds the current rules; `reload()` validates a new set before swapping it in."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime],
                 on_change: Callable[[RulesState], None] = lambda _state: None):
        self.settings, self.clock, self.on_change = settings, clock, on_change
        self.directory = rules_directory(settings)
        self._lock = threading.Lock()
        self._signature = directory_signature(self.directory)
        self.state = RulesState(self._load(), clock())  # a broken set at start-up is fatal: nothing to keep

    def _load(self) -> Any:
        from brandwatch.rules import load_rules

        directory = self.settings.daemon.rules_dir  # None: the bundled rules
        return load_rules(Path(directory) if directory else None, self.settings)

    @property
    def rule_set(self) -> Any:
        return self.state.rule_set

    def changed_on_disk(self) -> bool:
        return directory_signature(self.directory) != self._signature

    def reload(self, reason: str) -> bool:
        """Load the directory again; True when the new rules are now running."""
        with self._lock:
            self._signature = directory_signature(self.directory)
            try:
                rule_set = self._load()
                _check_changed_examples(rule_set, self.state.rule_set)
            except RuleError as exc:
                self.state = RulesState(self.state.rule_set, self.state.loaded_at, str(exc))
                log.error("rules reload (%s) failed; the previous %d rules keep running:\n%s",
                          reason, len(self.state.rule_set), exc)
                self.on_change(self.state)
                return False
            self.state = RulesState(rule_set, self.clock())
        log.info("rules reloaded (%s): %d rules", reason, len(rule_set))
        self.on_change(self.state)
        return True

    def reload_if_changed(self) -> bool:
        return self.reload("rule files changed") if self.changed_on_disk() else False
