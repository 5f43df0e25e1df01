"""YAML loading that remembers where every key and item came from.

Config and rule files are written by people; an error must point at the file, line and column that
needs fixing. ruamel.yaml's round-trip loader keeps those positions, which plain PyYAML discards.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based

    def __str__(self) -> str:
        return f"{self.line}:{self.column}"


class YamlSyntaxError(ValueError):
    def __init__(self, path: str, position: Position | None, problem: str):
        self.path, self.position, self.problem = path, position, problem
        where = f"{path}:{position}" if position else path
        super().__init__(f"{where}: {problem}")


def load_yaml(path: str | Path, text: str | None = None) -> Any:
    """Parse YAML keeping positions; raise YamlSyntaxError naming file, line and column."""
    if text is None:
        text = Path(path).read_text(encoding="utf-8")
    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else None
        problem = " ".join(p for p in (exc.context, exc.problem) if p) or str(exc)
        raise YamlSyntaxError(str(path), position, problem) from None
    except YAMLError as exc:
        raise YamlSyntaxError(str(path), None, str(exc)) from None


def to_plain(node: Any) -> Any:
    """Convert ruamel's commented containers to plain dicts and lists for validation."""
    if isinstance(node, dict):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    return node


def position_of(root: Any, path: Sequence[Any]) -> Position | None:
    """Best position for a validation error located at `path` (keys and indexes).

    Path elements that do not exist in the document (pydantic adds union tags, for example) are
    skipped, so the error lands on the deepest node that is really there.
    """
    node, best = root, _start_of(root)
    for part in path:
        if isinstance(node, CommentedMap) and part in node:
            line, col = node.lc.key(part)
            best = Position(line + 1, col + 1)
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line, col = node.lc.item(part)
            best = Position(line + 1, col + 1)
            node = node[part]
    return best


def _start_of(node: Any) -> Position | None:
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return None
    return Position(lc.line + 1, lc.col + 1)


def suggestion(word: str, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' when a close match exists, else ''."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


def scalar_position(root: Any, path: Sequence[Any], offset: int, text: str) -> Position | None:
    """Where character `offset` of the string value at `path` sits in the YAML source `text`.

    A query error points inside the value, so the plain, quoted and block (`|`, `>`) forms are read
    back from the source: the first line from where the value starts, each later line from its
    indentation. Escapes in double-quoted strings are not counted (write queries plain or in blocks)."""
    parent = root
    for part in path[:-1]:
        parent = parent[part]
    if not isinstance(parent, CommentedMap) or path[-1] not in parent:
        return position_of(root, path)
    line, column = parent.lc.value(path[-1])
    lines = text.splitlines()
    if line >= len(lines):
        return position_of(root, path)
    head = lines[line][column:]
    segments: list[tuple[int, int, str]] = []
    if head[:1] in ("|", ">"):
        indent = None
        for number in range(line + 1, len(lines)):
            content = lines[number]
            if not content.strip():
                segments.append((number, indent or 0, ""))
                continue
            depth = len(content) - len(content.lstrip(" "))
            indent = depth if indent is None else indent
            if depth < indent:
                break
            segments.append((number, indent, content[indent:]))
    else:
        quoted = head[:1] in ("'", '"')
        segments.append((line, column + quoted, head[quoted:].rstrip()))
        for number in range(line + 1, len(lines)):
            content = lines[number]
            segments.append((number, len(content) - len(content.lstrip()), content.strip()))
    remaining = offset
    for number, start, content in segments:
        if remaining <= len(content):
            return Position(number + 1, start + remaining + 1)
        remaining -= len(content) + 1
    return position_of(root, path)
