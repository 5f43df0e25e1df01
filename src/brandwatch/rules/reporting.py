"""Collects every mistake in a rule directory as 'file:line:col: rule 'id': message'."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from brandwatch.yamlsource import Position


def key_position(node: Any, key: Any) -> Position | None:
    try:
        line, column = node.lc.key(key)
    except (AttributeError, KeyError, TypeError):
        return node_position(node)
    return Position(line + 1, column + 1)


def value_position(node: Any, key: Any) -> Position | None:
    try:
        line, column = node.lc.value(key)
    except (AttributeError, KeyError, TypeError):
        return key_position(node, key)
    return Position(line + 1, column + 1)


def item_position(node: Any, index: int) -> Position | None:
    try:
        line, column = node.lc.item(index)
    except (AttributeError, KeyError, TypeError, IndexError):
        return node_position(node)
    return Position(line + 1, column + 1)


def node_position(node: Any) -> Position | None:
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return None
    return Position(lc.line + 1, lc.col + 1)


def one_line(message: str) -> str:
    """Control characters from a rule file (a stray \\r in a value) shown escaped: one mistake, one line."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in message)


@dataclass
class Problems:
    messages: list[str] = field(default_factory=list)

    def add(self, label: str, position: Position | None, rule: str | None, message: str) -> None:
        where = f"{label}:{position}" if position else label
        who = f" rule '{rule}':" if rule else ""
        self.messages.append(one_line(f"{where}:{who} {message}"))

    def __bool__(self) -> bool:
        return bool(self.messages)


@dataclass
class RuleReporter:
    """Reports problems of one rule: the file it lives in and its id (or '#n' before the id is known)."""

    problems: Problems
    label: str
    rule: str | None  # None: a file-level problem, no rule to name

    def error(self, position: Position | None, message: str) -> None:
        self.problems.add(self.label, position, self.rule, message)
