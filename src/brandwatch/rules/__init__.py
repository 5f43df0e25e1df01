"""The YAML rule language: load rule files, match posts in one pass, mask what leaked.

Public API (the contract in docs/rules.md): `load_rules`, `RuleSet`, `Rule`, `RuleHit`, `MatchContext`.
"""

from brandwatch.errors import RuleError
from brandwatch.rules.loader import BUNDLED_DIR, load_rules
from brandwatch.rules.matcher import MatchContext, RuleHit, RuleSet
from brandwatch.rules.schema import Example, Rule

__all__ = ["BUNDLED_DIR", "Example", "MatchContext", "Rule", "RuleError", "RuleHit", "RuleSet",
           "load_rules"]
