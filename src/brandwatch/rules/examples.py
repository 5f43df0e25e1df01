"""The examples every rule carries: at least two texts it must match and two it must not."""

from __future__ import annotations

from typing import Any

from brandwatch.rules.reporting import RuleReporter, item_position, key_position, value_position
from brandwatch.rules.schema import SENTIMENT_LABELS, Example
from brandwatch.yamlsource import Position, suggestion

MINIMUM = 2
EXAMPLE_FIELDS = ("text", "span", "author", "author_description", "sentiment")
ROLES = ("employee", "partner")


def parse_examples(node: Any, position: Position | None,
                   report: RuleReporter) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    if "examples" not in node:
        report.error(position, "missing required field 'examples' (at least two 'match' and two "
                               "'no_match' texts)")
        return (), ()
    block, block_at = node["examples"], value_position(node, "examples")
    if not isinstance(block, dict):
        report.error(block_at, "examples must be a mapping with 'match' and 'no_match' lists")
        return (), ()
    for key in block:
        if key not in ("match", "no_match"):
            report.error(key_position(block, key),
                         f"unknown field '{key}' in examples{suggestion(str(key), ('match', 'no_match'))}")
    parsed: list[tuple[Example, ...]] = []
    for key in ("match", "no_match"):
        items = block.get(key)
        if not isinstance(items, list) or len(items) < MINIMUM:
            found = len(items) if isinstance(items, list) else 0
            report.error(key_position(block, key) if key in block else block_at,
                         f"examples: at least {MINIMUM} '{key}' examples are required (found {found})")
            parsed.append(())
            continue
        parsed.append(tuple(e for i, item in enumerate(items)
                            if (e := _example(item, item_position(items, i), key, report)) is not None))
    return parsed[0], parsed[1]


def _example(item: Any, position: Position | None, key: str, report: RuleReporter) -> Example | None:
    line = position.line if position else 0
    if isinstance(item, str):
        if not item:
            report.error(position, f"examples.{key}: an example text must not be empty")
            return None
        return Example(item, line=line)
    if not isinstance(item, dict):
        report.error(position, f"examples.{key}: an example is a text or a mapping with 'text'")
        return None
    for field in item:
        if field not in EXAMPLE_FIELDS:
            report.error(key_position(item, field),
                         f"unknown field '{field}' in example{suggestion(str(field), EXAMPLE_FIELDS)}")
    text = item.get("text")
    if not isinstance(text, str) or not text:
        report.error(position, f"examples.{key}: an example mapping needs a non-empty 'text'")
        return None
    span = item.get("span")
    if span is not None and (key != "match" or not isinstance(span, str) or span not in text):
        report.error(value_position(item, "span"),
                     "span must be a piece of the example's text, and only on 'match' examples")
        return None
    author, sentiment = item.get("author"), item.get("sentiment")
    if author is not None and author not in ROLES:
        report.error(value_position(item, "author"), f"example author must be one of: {', '.join(ROLES)}")
        return None
    if sentiment is not None and sentiment not in SENTIMENT_LABELS:
        report.error(value_position(item, "sentiment"),
                     f"example sentiment must be one of: {', '.join(SENTIMENT_LABELS)}")
        return None
    description = item.get("author_description")
    if description is not None and not isinstance(description, str):
        report.error(value_position(item, "author_description"), "author_description must be text")
        return None
    return Example(text, span, author, description, sentiment, line)
