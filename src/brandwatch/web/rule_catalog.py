"""Rule titles and descriptions for the finding and admin pages, read from the rule files.

The console must work whatever state the rules are in: when the rules package is missing or a rule
file is broken, pages show the rule id alone and the admin page says why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from brandwatch.config import Settings
from brandwatch.errors import BrandwatchError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    title: str
    description: str
    category: str
    kind: str | None
    severity: str | None
    source: str | None
    content_hash: str | None


@dataclass(frozen=True, slots=True)
class RuleCatalog:
    rules: dict[str, RuleInfo]
    problem: str | None = None  # why the rules could not be read, for the admin page


def load_rule_catalog(settings: Settings, rules_dir: Path | None = None) -> RuleCatalog:
    """The rules of `rules_dir` (None: the bundled rules), as the console shows them."""
    try:
        from brandwatch.rules import load_rules
    except ImportError:
        return RuleCatalog({}, "the rules package is not installed in this build")
    try:
        ruleset = load_rules(rules_dir, settings)
    except BrandwatchError as exc:
        log.warning("rule descriptions unavailable: %s", exc)
        return RuleCatalog({}, str(exc))
    except OSError as exc:  # a missing or unreadable rules directory must not take the console down
        log.warning("rule descriptions unavailable: %s", exc)
        return RuleCatalog({}, f"cannot read the rule files: {exc}")
    infos = {}
    for rule in getattr(ruleset, "rules", ()):
        infos[rule.id] = RuleInfo(rule.id, getattr(rule, "title", rule.id), getattr(rule, "description", ""),
                                  getattr(rule, "category", ""), getattr(rule, "kind", None),
                                  getattr(rule, "severity", None), getattr(rule, "source", None),
                                  getattr(rule, "content_hash", None))
    return RuleCatalog(infos)
