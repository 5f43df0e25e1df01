"""Turns the `match:` tree of a rule file into condition objects, reporting every mistake."""

from __future__ import annotations

from typing import Any, cast

import re2

from brandwatch.rules import conditions as c
from brandwatch.rules.normalise import normalise
from brandwatch.rules.pii_finders import FINDERS, PII_VALIDATORS, Detect
from brandwatch.rules.reporting import RuleReporter, item_position, key_position, value_position
from brandwatch.rules.scopes import NAMES as SCOPE_NAMES
from brandwatch.rules.scopes import WORDS, Scope
from brandwatch.rules.templates import (TemplateValues, expand_phrase, expand_regex,
                                        unknown_templates)
from brandwatch.rules.validators import VALIDATORS as CHECKSUM_VALIDATORS
from brandwatch.yamlsource import Position, suggestion

CONDITION_KEYS = ("any", "all", "not", "phrase", "regex", "near", "detect", "entropy", "validate")
VALIDATORS = {**CHECKSUM_VALIDATORS, **PII_VALIDATORS}
REGEX_OPTIONS = ("secret_group",)


def re2_options() -> Any:
    options = re2.Options()
    options.log_errors = False
    return options


def compile_re2(pattern: str, *, as_bytes: bool) -> tuple[Any, str | None]:
    """(compiled, None) or (None, RE2's own reason the pattern cannot run)."""
    try:
        source = pattern.encode("utf-8") if as_bytes else pattern
        return re2.compile(source, re2_options()), None
    except re2.error as exc:
        reason = exc.args[0] if exc.args else "invalid pattern"
        return None, reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)


def fold(phrase: str) -> str:
    return normalise(phrase.strip()).folded


class ConditionParser:
    def __init__(self, report: RuleReporter, values: TemplateValues):
        self.report = report
        self.values = values
        self.empty_template = False  # set when a template used by the rule expands to nothing

    def parse_match(self, node: Any, position: Position | None) -> Any:
        condition = self.parse(node, position, "match")
        if isinstance(condition, (c.Entropy, c.Validate, c.Not)):
            self.report.error(position, "match: needs a condition that finds text (phrase, regex, "
                                        "near, any or all), not only a filter or 'not'")
            return None
        return condition

    def parse(self, node: Any, position: Position | None, where: str) -> Any:
        if not isinstance(node, dict) or not node:
            self.report.error(position, f"{where}: expected a mapping of conditions "
                                        f"({', '.join(CONDITION_KEYS)})")
            return None
        parts = []
        for key, value in node.items():
            key_at, value_at = key_position(node, key), value_position(node, key)
            if key in REGEX_OPTIONS:
                if "regex" not in node:
                    self.report.error(key_at, f"{where}: '{key}' belongs beside a 'regex'")
                continue
            if key == "scope":  # read by `_not`, the only place it belongs
                if not where.endswith(".not"):
                    self.report.error(key_at, f"{where}: 'scope' belongs directly inside a 'not' "
                                              "(it says how near a hit the exception must be)")
                continue
            if key not in CONDITION_KEYS:
                self.report.error(key_at, f"unknown field '{key}'{suggestion(str(key), CONDITION_KEYS)}")
                continue
            part = getattr(self, f"_{key}")(value, value_at, node, f"{where}.{key}")
            if part is not None:
                parts.append(part)
        if len(parts) == 1 and len([k for k in node if k in CONDITION_KEYS]) == 1:
            return parts[0]
        return self._combine(parts, position, where)

    def _combine(self, parts: list[Any], position: Position | None, where: str) -> Any:
        finders = tuple(p for p in parts if isinstance(p, (c.Phrase, c.Regex, c.Near, Detect, c.Any_, c.All)))
        filters = tuple(p for p in parts if isinstance(p, (c.Entropy, c.Validate)))
        negations = tuple(p for p in parts if isinstance(p, c.Not))
        if not finders:
            if parts:
                self.report.error(position, f"{where}: entropy, validate and not need a phrase, "
                                            "regex or near beside them")
            return None
        # A Detect finder (rules/pii_finders.py) yields hits like a Regex; it stays out of the Condition
        # union because pii_finders depends on validators, which depend on conditions.
        return c.All(cast("tuple[c.Condition, ...]", finders), filters, negations)

    def _list_of_conditions(self, value: Any, position: Position | None, where: str) -> list[Any]:
        if not isinstance(value, list) or not value:
            self.report.error(position, f"{where}: expected a non-empty list of conditions")
            return []
        return [self.parse(item, item_position(value, i), where) for i, item in enumerate(value)]

    def _any(self, value, position, parent, where):
        parts = [p for p in self._list_of_conditions(value, position, where) if p is not None]
        if any(isinstance(p, (c.Entropy, c.Validate, c.Not)) for p in parts):
            self.report.error(position, f"{where}: every choice must find text; put entropy, "
                                        "validate and not inside an 'all' block")
            return None
        return c.Any_(tuple(parts)) if parts else None

    def _all(self, value, position, parent, where):
        parts = [p for p in self._list_of_conditions(value, position, where) if p is not None]
        return self._combine(parts, position, where)

    def _not(self, value, position, parent, where):
        inner = self.parse(value, position, where)
        if isinstance(inner, (c.Entropy, c.Validate, c.Not)):
            self.report.error(position, f"{where}: 'not' must hold a condition that finds text")
            return None
        if not (isinstance(value, dict) and "scope" in value):
            return c.Not(inner) if inner is not None else None
        if not any(key in CONDITION_KEYS for key in value):
            self.report.error(position, f"{where}: 'scope' needs a condition beside it "
                                        "(phrase, regex, near, detect, any or all)")
            return None
        valid, scope = self._scope(value["scope"], value_position(value, "scope"), f"{where}.scope")
        return c.Not(inner, scope) if inner is not None and valid else None

    def _scope(self, value: Any, position: Position | None, where: str) -> tuple[bool, Scope | None]:
        """(valid, scope): `post` (the default) is None, `hit`, `sentence`, `line`, `repeats` or `{within: N}` words."""
        if isinstance(value, dict):
            unknown = [key for key in value if key != "within"]
            for key in unknown:
                self.report.error(key_position(value, key), f"unknown field '{key}' in scope (expected: within)")
            if unknown and "within" not in value:
                return False, None
            within = value.get("within")
            if not isinstance(within, int) or isinstance(within, bool) or within < 0:
                at = value_position(value, "within") if "within" in value else position
                self.report.error(at, f"{where}.within: expected a whole number of words (0 or more), "
                                      f"got {within!r}")
                return False, None
            return not unknown, Scope(WORDS, within)
        if value not in SCOPE_NAMES:
            hint = suggestion(str(value), SCOPE_NAMES)
            self.report.error(position, f"{where}: expected post, hit, sentence, line, repeats or {{within: N}} "
                                        f"(N words either side of the hit), got {str(value)!r}{hint}")
            return False, None
        return True, None if value == "post" else Scope(value)

    def _phrase(self, value, position, parent, where):
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            self.report.error(position, f"{where}: expected a phrase or a list of non-empty phrases")
            return None
        return c.Phrase(self._expand_phrases(items, position))

    def _expand_phrases(self, items: list[str], position: Position | None) -> tuple[str, ...]:
        phrases: dict[str, None] = {}
        for item in items:
            bad = unknown_templates(item, self.values)
            if bad:
                self._unknown_template(bad[0], position)
                continue
            expanded = expand_phrase(item, self.values)
            if not expanded:
                self.empty_template = True
            for phrase in expanded:
                if fold(phrase):
                    phrases.setdefault(fold(phrase), None)
        return tuple(phrases)

    def _unknown_template(self, name: str, position: Position | None) -> None:
        choices = self.values.names
        self.report.error(position, f"unknown template '{{{name}}}'{suggestion(name, choices)}")

    def _regex(self, value, position, parent, where):
        if not isinstance(value, str) or not value:
            self.report.error(position, f"{where}: expected a regular expression (RE2 syntax)")
            return None
        bad = unknown_templates(value, self.values)
        if bad:
            self._unknown_template(bad[0], position)
            return None
        expanded = expand_regex(value, self.values)
        # Check the syntax even when a template is empty, with a stand-in value.
        checked = expanded if expanded is not None else expand_regex(value, _STAND_IN)
        assert checked is not None  # the stand-in fills every template
        compiled, reason = compile_re2(checked, as_bytes=True)
        if compiled is None:
            self.report.error(position, f"regex does not compile in RE2: {reason}")
            return None
        if compiled.search(b"") is not None:
            self.report.error(position, "regex matches empty text; it must capture at least one character")
            return None
        group = 1 if compiled.groups >= 1 else 0
        if "secret_group" in parent:
            group = parent["secret_group"]
            if not isinstance(group, int) or isinstance(group, bool) or not 0 <= group <= compiled.groups:
                self.report.error(value_position(parent, "secret_group"),
                                  f"secret_group must be a group number from 0 to {compiled.groups}")
                return None
        if expanded is None:
            self.empty_template = True
            compiled = None
        return c.Regex(value, compiled, group)

    def _near(self, value, position, parent, where):
        if not isinstance(value, dict):
            self.report.error(position, f"{where}: expected {{terms: [a, b], within: N}}")
            return None
        for key in value:
            if key not in ("terms", "within"):
                self.report.error(key_position(value, key),
                                  f"unknown field '{key}' in near{suggestion(str(key), ('terms', 'within'))}")
        terms, within = value.get("terms"), value.get("within")
        if not (isinstance(terms, list) and len(terms) == 2 and all(isinstance(t, str) and t.strip() for t in terms)):
            self.report.error(position, f"{where}: terms must be a list of exactly two terms")
            return None
        if not isinstance(within, int) or isinstance(within, bool) or within < 0:
            self.report.error(position, f"{where}: within must be a whole number of words (0 or more)")
            return None
        first, second = (self._expand_phrases([t], position) for t in terms)
        return c.Near(first, second, within)

    def _detect(self, value, position, parent, where):
        if not isinstance(value, str) or value not in FINDERS:
            self.report.error(position, f"unknown detector '{value}'{suggestion(str(value), FINDERS)}")
            return None
        return Detect.named(value)

    def _entropy(self, value, position, parent, where):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 8:
            self.report.error(position, f"{where}: expected bits per character, above 0 and at most 8")
            return None
        return c.Entropy(float(value))

    def _validate(self, value, position, parent, where):
        if not isinstance(value, str) or value not in VALIDATORS:
            hint = suggestion(str(value), VALIDATORS)
            self.report.error(position, f"unknown validator '{value}'{hint}")
            return None
        return c.Validate(value, VALIDATORS[value])


_STAND_IN = TemplateValues({name: ("x",) for name in ("brand.names", "confidential.code_names",
                                                       "confidential.code_name_forms",
                                                       "confidential.code_name_words",
                                                       "confidential.code_name_joined_forms",
                                                       "confidential.internal_domains",
                                                       "confidential.ticket_prefixes")})
