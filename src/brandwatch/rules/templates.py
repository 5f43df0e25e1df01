"""Values from the config that rule files refer to by name, so one rule file serves any company.

`{brand.names}` inside a phrase list expands the phrase once per name; inside a regex it becomes a
non-capturing alternation of the escaped names. A template that expands to nothing makes the leaf
that uses it never match (a brand-agnostic run has no code names to leak).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import re2

from brandwatch.config import Settings

TEMPLATE = re.compile(r"\{([a-z_]+\.[a-z_]+)\}")


@dataclass(frozen=True)
class TemplateValues:
    values: dict[str, tuple[str, ...]]

    @classmethod
    def from_settings(cls, settings: Settings) -> "TemplateValues":
        handles = [h for b in settings.brands for hs in b.handles.values() for h in hs]
        confidential = settings.confidential
        return cls({
            "brand.names": _unique(settings.brand_terms + [f"@{h}" for h in handles]),
            "confidential.code_names": _unique(confidential.code_names),
            "confidential.code_name_forms": _unique(_written_forms(confidential.code_names)),
            # One-word names may be ordinary words too (Bluebird, Foxglove); several-word ones and
            # their joined forms (ProjectFalcon, project_falcon) are names wherever they stand.
            "confidential.code_name_words": _unique([n for n in confidential.code_names if len(n.split()) == 1]),
            "confidential.code_name_joined_forms": _unique(
                [f for n in confidential.code_names if len(n.split()) > 1 for f in _written_forms([n])]),
            "confidential.internal_domains": _unique(confidential.internal_domains),
            "confidential.ticket_prefixes": _unique(confidential.ticket_prefixes),
        })

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.values)


def _written_forms(names: list[str]) -> list[str]:
    """Each code name as written, plus the joined forms of several-word names: hashtags and
    identifiers write "Project Falcon" as ProjectFalcon, project_falcon or project-falcon."""
    forms = []
    for name in names:
        forms.append(name)
        words = name.split()
        if len(words) > 1:
            forms += ["".join(words), "_".join(words), "-".join(words)]
    return forms


def _unique(items: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        if item.strip():
            seen.setdefault(item.strip(), None)
    return tuple(seen)


def unknown_templates(text: str, values: TemplateValues) -> list[str]:
    return [name for name in TEMPLATE.findall(text) if name not in values.values]


def uses_template(text: str) -> bool:
    return TEMPLATE.search(text) is not None


def expand_phrase(text: str, values: TemplateValues) -> list[str]:
    """Every phrase the templated phrase stands for (cartesian product over its templates)."""
    names = TEMPLATE.findall(text)
    if not names:
        return [text]
    parts = TEMPLATE.split(text)  # literal, name, literal, name, ..., literal
    choices = [values.values[name] for name in names]
    phrases = []
    for combination in itertools.product(*choices):
        pieces = [parts[0]]
        for value, literal in zip(combination, parts[2::2]):
            pieces += [value, literal]
        phrases.append("".join(pieces))
    return phrases


def expand_regex(pattern: str, values: TemplateValues) -> str | None:
    """The pattern with each template replaced by an alternation; None when one expands to nothing."""
    empty = False

    def alternation(match: re.Match) -> str:
        nonlocal empty
        options = sorted(values.values[match.group(1)], key=len, reverse=True)
        if not options:
            empty = True
            return ""
        return "(?:" + "|".join(re2.escape(option) for option in options) + ")"

    expanded = TEMPLATE.sub(alternation, pattern)
    return None if empty else expanded
