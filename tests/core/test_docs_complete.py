"""Docs grow with the features: every setting and every command is documented somewhere in docs/."""

import typing
from pathlib import Path

import click
import pytest
from pydantic import BaseModel

from brandwatch.cli import main
from brandwatch.config import RedditSource, ReplaySource, Settings, XSource

DOCS = "\n".join(p.read_text(encoding="utf-8") for p in (Path(__file__).resolve().parents[2] / "docs").glob("*.md"))


def _settings(model: type[BaseModel], prefix: str, seen: set) -> list[str]:
    names = []
    for name, field in model.model_fields.items():
        if field.exclude:
            continue
        names.append(prefix + name)
        nested = [field.annotation, *typing.get_args(field.annotation)]
        nested += [inner for outer in nested for inner in typing.get_args(outer)]
        for candidate in nested:
            if isinstance(candidate, type) and issubclass(candidate, BaseModel) and candidate not in seen:
                seen.add(candidate)
                names += _settings(candidate, f"{prefix}{name}.", seen)
    return names


SETTINGS = sorted(set(_settings(Settings, "", set()) + [
    name for source in (ReplaySource, RedditSource, XSource) for name in _settings(source, "sources[].", set())]))


def _commands(group: click.Group, prefix: str) -> list[str]:
    found = []
    commands = group.all_commands if hasattr(group, "all_commands") else group.commands
    for name, command in commands.items():
        found.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix} {name}")
    return found


@pytest.mark.parametrize("setting", SETTINGS)
def test_when_a_setting_exists_then_the_docs_name_it(setting):
    assert f"`{setting.rsplit('.', 1)[-1]}" in DOCS or setting.rsplit(".", 1)[-1] in DOCS, setting


@pytest.mark.parametrize("command", _commands(main, "brandwatch"))
def test_when_a_command_exists_then_the_docs_show_it(command):
    assert command in DOCS, f"'{command}' is not mentioned in docs/"
