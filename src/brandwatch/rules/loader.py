"""Loads a directory of rule files whole, or raises RuleError listing every mistake it found."""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from brandwatch.config import Settings
from brandwatch.errors import RuleError
from brandwatch.rules.allowlists import ALLOW_SETS, REFERENCE_PREFIX, allow_for
from brandwatch.rules.canonical import FORMS
from brandwatch.rules.condition_parser import ConditionParser, compile_re2, fold
from brandwatch.rules.examples import parse_examples
from brandwatch.rules.matcher import RuleSet
from brandwatch.rules.reporting import (Problems, RuleReporter, item_position, key_position,
                                        node_position, value_position)
from brandwatch.model.vocabulary import SEVERITIES
from brandwatch.rules.schema import AUTHORS, CATEGORIES, KINDS, SENTIMENT_LABELS, SIGNALS, TOPICS, Allow, Rule
from brandwatch.rules.templates import TemplateValues, expand_phrase, unknown_templates
from brandwatch.rules.tree_cache import cached_parse
from brandwatch.yamlsource import Position, YamlSyntaxError, load_yaml, suggestion, to_plain

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "bundled_rules"
RULE_FIELDS = ("id", "provider", "title", "description", "category", "kind", "signal", "topic", "severity",
               "keywords", "match", "author", "sentiment", "mentions_brand", "allow", "examples", "fingerprint")
FILE_FIELDS = ("rules", "allow")
_KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def load_rules(directory: Path | None, settings: Settings) -> RuleSet:
    """Every *.yaml file of `directory` (None: the bundled rules; a single file also works)."""
    if directory is None:
        files, label_dir = _rule_files(BUNDLED_DIR), "rules"
    else:
        directory = Path(directory)
        if directory.is_file():
            files, label_dir = [directory], directory.parent.name
        elif directory.is_dir():
            files, label_dir = _rule_files(directory), directory.name
        else:
            raise RuleError(f"{directory}: no such rules file or directory")
        if not files:
            raise RuleError(f"{directory}: no rule files (*.yaml) in this directory")
    values = TemplateValues.from_settings(settings)
    problems = Problems()
    rules: list[Rule] = []
    exact: set[str] = set()
    patterns: list[Any] = []
    first_seen: dict[str, str] = {}
    for path in files:
        label = f"{label_dir}/{path.name}" if label_dir else path.name
        for rule, id_position in _load_file(path, label, values, problems, exact, patterns):
            where = f"{label}:{id_position}"
            if rule.id in first_seen:
                problems.add(label, id_position, rule.id, f"duplicate id (first defined at {first_seen[rule.id]})")
                continue
            first_seen[rule.id] = where
            rules.append(rule)
    if problems:
        raise RuleError("\n".join(problems.messages))
    return RuleSet(tuple(rules), Allow(frozenset(exact), tuple(patterns)), values.values["brand.names"])


def _rule_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


@lru_cache(maxsize=64)
def _parsed(label: str, text: str) -> Any:
    """A rule file's YAML tree, parsed once per process for the same text (read, never changed).

    Parsing with positions is most of a rule load, and one scan loads the bundled files twice: for
    its rule set and for the secret masker, in each worker (forked after the first load, so the
    workers find the trees here). Other processes find them in the on-disk cache (rules/tree_cache.py)."""
    return cached_parse(label, text, load_yaml)


def _load_file(path: Path, label: str, values: TemplateValues, problems: Problems,
               exact: set[str], patterns: list[Any]) -> list[tuple[Rule, Position | None]]:
    try:
        document = _parsed(label, path.read_text(encoding="utf-8"))
    except YamlSyntaxError as exc:
        problems.messages.append(str(exc))
        return []
    except (OSError, UnicodeDecodeError) as exc:
        problems.add(label, None, None, f"cannot read the file: {exc}")
        return []
    if not isinstance(document, dict) or "rules" not in document:
        problems.add(label, node_position(document) or Position(1, 1), None,
                     "a rule file is a mapping with a 'rules' list")
        return []
    for key in document:
        if key not in FILE_FIELDS:
            problems.add(label, key_position(document, key), None,
                         f"unknown top-level key '{key}'{suggestion(str(key), FILE_FIELDS)}")
    if "allow" in document:
        report = RuleReporter(problems, label, None)
        file_allow = _parse_allow(document["allow"], value_position(document, "allow"), report)
        exact.update(file_allow.exact)
        patterns.extend(file_allow.patterns)
    entries = document["rules"]
    if not isinstance(entries, list):
        problems.add(label, value_position(document, "rules"), None, "'rules' must be a list of rules")
        return []
    loaded = []
    for index, node in enumerate(entries):
        rule = _parse_rule(node, item_position(entries, index), label, index, values, problems)
        if rule is not None:
            loaded.append((rule, key_position(node, "id")))
    return loaded


def _parse_rule(node: Any, position: Position | None, label: str, index: int,
                values: TemplateValues, problems: Problems) -> Rule | None:
    rule_id = node.get("id") if isinstance(node, dict) else None
    # Name the rule by its id in messages only when the id can be printed on one line.
    readable = isinstance(rule_id, str) and rule_id.strip() and rule_id.isprintable()
    name = rule_id if readable else f"#{index + 1}"
    report = RuleReporter(problems, label, name)
    before = len(problems.messages)
    if not isinstance(node, dict):
        report.error(position, "a rule is a mapping of fields (id, title, match, examples, ...)")
        return None
    for key in node:
        if key not in RULE_FIELDS:
            report.error(key_position(node, key), f"unknown field '{key}'{suggestion(str(key), RULE_FIELDS)}")
    fields = _Fields(node, position, report)
    rule_id = fields.text("id")
    if rule_id and not _KEBAB.match(rule_id):
        report.error(value_position(node, "id"), f"id '{rule_id}' must be kebab-case (a-z, 0-9, '-')")
    title, description = fields.text("title"), fields.text("description")
    provider = fields.text("provider") if "provider" in node else None
    category = fields.choice("category", CATEGORIES, required=True)
    kind, signal, topic, severity = _classification(fields, category)
    keywords = _keywords(node, report, values)
    parser = ConditionParser(report, values)
    match = None
    if "match" in node:
        match = parser.parse_match(node["match"], value_position(node, "match"))
    else:
        report.error(position, "missing required field 'match'")
    author = fields.choice_list("author", AUTHORS) or ("anyone",)
    sentiment = fields.choice_list("sentiment", SENTIMENT_LABELS)
    mentions_brand = fields.boolean("mentions_brand")
    allow = _parse_allow(node["allow"], value_position(node, "allow"), report) if "allow" in node else Allow()
    examples = parse_examples(node, position, report)
    fingerprint = fields.choice("fingerprint", FORMS)
    if fingerprint and category != "leak":
        report.error(value_position(node, "fingerprint"), "fingerprint belongs only to category 'leak'")
    if len(problems.messages) > before:
        return None
    # Required fields: a missing one was reported above.
    assert rule_id is not None and title is not None and description is not None and category is not None
    return Rule(
        id=rule_id, title=title, description=description, category=category, kind=kind,
        signal=signal, topic=topic, severity=severity, source=f"{label}:{position.line if position else 0}",
        content_hash=_content_hash(node), keywords=keywords, match=match, author=author,
        sentiment=sentiment, mentions_brand=mentions_brand, allow=allow,
        examples_match=examples[0], examples_no_match=examples[1],
        templated_empty=parser.empty_template or keywords == ("",), text=_rule_text(node),
        fingerprint=fingerprint, provider=provider,
    )


def _classification(fields: "_Fields", category: str | None):
    kind = signal = topic = severity = None
    if category == "signal":
        signal = fields.choice("signal", SIGNALS, required=True)
        fields.forbid("kind", "a signal rule raises no finding, so it has no kind")
        if signal == "complaint-cue":
            topic = fields.choice("topic", TOPICS, required=True)
        else:
            fields.forbid("topic", "topic belongs only to signal 'complaint-cue'")
        severity = fields.choice("severity", SEVERITIES)
    elif category is not None:
        kind = fields.choice("kind", KINDS[category], required=True,
                             within=f" for category '{category}'")
        fields.forbid("signal", "signal belongs only to category 'signal'")
        fields.forbid("topic", "topic belongs only to signal 'complaint-cue'")
        severity = fields.choice("severity", SEVERITIES, required=True)
    return kind, signal, topic, severity


def _keywords(node: Any, report: RuleReporter, values: TemplateValues) -> tuple[str, ...]:
    if "keywords" not in node:
        return ()
    raw, position = node["keywords"], value_position(node, "keywords")
    if not isinstance(raw, list) or not raw or not all(isinstance(k, str) and k.strip() for k in raw):
        report.error(position, "keywords must be a non-empty list of non-empty strings")
        return ()
    folded: dict[str, None] = {}
    for keyword in raw:
        bad = unknown_templates(keyword, values)
        if bad:
            report.error(position, f"unknown template '{{{bad[0]}}}'{suggestion(bad[0], values.names)}")
            continue
        for expanded in expand_phrase(keyword, values):
            folded.setdefault(fold(expanded), None)
    # A keyword list whose templates all expanded to nothing can never fire.
    return tuple(k for k in folded if k) or ("",)


def _parse_allow(raw: Any, position: Position | None, report: RuleReporter) -> Allow:
    if not isinstance(raw, list) or not all(isinstance(v, str) and v for v in raw):
        report.error(position, "allow must be a list of values (exact strings, 'regex:...' or '@set-name')")
        return Allow()
    exact: set[str] = set()
    patterns: list[Any] = []
    for index, value in enumerate(raw):
        if value.startswith(REFERENCE_PREFIX):
            name = value[len(REFERENCE_PREFIX):]
            if name not in ALLOW_SETS:
                known = [REFERENCE_PREFIX + n for n in ALLOW_SETS]
                hint = suggestion(value, known) or f" (known sets: {', '.join(known)})"
                report.error(item_position(raw, index), f"unknown allow set '{value}'{hint}; to allow a "
                                                        f"value that starts with '@', write 'regex:^{value}$'")
                continue
            shared = allow_for((name,))
            exact.update(shared.exact)
            patterns.extend(shared.patterns)
        elif value.startswith("regex:"):
            compiled, reason = compile_re2(value[len("regex:"):], as_bytes=True)
            if compiled is None:
                report.error(item_position(raw, index), f"allow pattern does not compile in RE2: {reason}")
            else:
                patterns.append(compiled.pattern)
        else:
            exact.add(value.casefold())
    return Allow(frozenset(exact), tuple(patterns))


def _rule_text(node: Any) -> str:
    # Without the examples: they are sample secrets, and this text is shown in exports.
    plain = {k: v for k, v in to_plain(node).items() if k != "examples"}
    return json.dumps(plain, sort_keys=True, ensure_ascii=False, default=str)


def _content_hash(node: Any) -> str:
    canonical = json.dumps(to_plain(node), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class _Fields:
    """Typed access to a rule's scalar fields, each mistake reported at its own position."""

    def __init__(self, node: Any, position: Position | None, report: RuleReporter):
        self.node, self.position, self.report = node, position, report

    def text(self, key: str) -> str | None:
        if key not in self.node:
            self.report.error(self.position, f"missing required field '{key}'")
            return None
        value = self.node[key]
        if not isinstance(value, str) or not value.strip():
            self.report.error(value_position(self.node, key), f"{key} must be a non-empty string")
            return None
        return value.strip()

    def choice(self, key: str, choices, *, required: bool = False, within: str = "") -> str | None:
        if key not in self.node:
            if required:
                self.report.error(self.position, f"missing required field '{key}'")
            return None
        value = self.node[key]
        if not isinstance(value, str) or value not in choices:
            hint = suggestion(str(value), choices) or f" (expected one of: {', '.join(choices)})"
            self.report.error(value_position(self.node, key), f"{key} '{value}' is not valid{within}{hint}")
            return None
        return value

    def choice_list(self, key: str, choices) -> tuple[str, ...]:
        if key not in self.node:
            return ()
        value = self.node[key]
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items or any(i not in choices for i in items):
            self.report.error(value_position(self.node, key),
                              f"{key} must list values from: {', '.join(choices)}")
            return ()
        return tuple(items)

    def boolean(self, key: str) -> bool | None:
        if key not in self.node:
            return None
        value = self.node[key]
        if not isinstance(value, bool):
            self.report.error(value_position(self.node, key), f"{key} must be true or false")
            return None
        return value

    def forbid(self, key: str, why: str) -> None:
        if key in self.node:
            self.report.error(key_position(self.node, key), f"unexpected field '{key}': {why}")
