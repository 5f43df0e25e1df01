"""Helpers that write small rule files for tests."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BROKEN = Path(__file__).resolve().parent / "broken"


def write_rules(directory: Path, body: str, name: str = "rules.yaml") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_text(body, encoding="utf-8")
    return directory


def one_rule(match_yaml: str, *, extra: str = "", rule_id: str = "test-rule",
             category: str = "leak", kind: str = "secret") -> str:
    """A minimal valid rule file around a `match:` block (examples are placeholders)."""
    kind_line = f"    kind: {kind}\n    severity: high\n" if category != "signal" else ""
    return (f"rules:\n  - id: {rule_id}\n    title: T\n    description: D.\n"
            f"    category: {category}\n{kind_line}{extra}"
            f"    match:\n{match_yaml}"
            f"    examples:\n      match: [a, b]\n      no_match: [c, d]\n")
