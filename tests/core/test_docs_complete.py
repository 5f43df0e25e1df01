"""Docs grow with the features: every setting and every command is documented somewhere in docs/."""

from pathlib import Path

import click
import pytest

from brandwatch.cli import main
from brandwatch.settings_registry import settings_registry

DOCS = "\n".join(p.read_text(encoding="utf-8") for p in (Path(__file__).resolve().parents[2] / "docs").glob("*.md"))


# Every setting by its full dotted path (`daemon.analysis_interval`, `sources[].interval`): a last
# name part such as `enabled` or `name` appears somewhere in any doc and proves nothing.
SETTINGS = [setting.path for setting in settings_registry()]


def _commands(group: click.Group, prefix: str) -> list[str]:
    found = []
    commands = group.all_commands if hasattr(group, "all_commands") else group.commands
    for name, command in commands.items():
        found.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix} {name}")
    return found


@pytest.mark.parametrize("setting", SETTINGS)
def test_when_a_setting_exists_then_the_docs_name_its_full_path(setting):
    assert f"`{setting}`" in DOCS, f"setting {setting} is not documented by its full path in docs/"


@pytest.mark.parametrize("command", _commands(main, "brandwatch"))
def test_when_a_command_exists_then_the_docs_show_it(command):
    assert command in DOCS, f"'{command}' is not mentioned in docs/"


def _descriptors():
    from brandwatch import catalogue

    return ([("platform", d.name, d.credentials) for d in catalogue.platforms.all()]
            + [("channel", d.name, ()) for d in catalogue.channels.all()])


@pytest.mark.parametrize("what, name, variables", _descriptors(), ids=lambda value: str(value))
def test_when_a_platform_or_channel_exists_then_the_docs_describe_its_type_and_credentials(what, name, variables):
    assert f"type: {name}" in DOCS or f"`type: {name}`" in DOCS, f"no example of {what} `type: {name}` in docs/"
    for variable in variables:
        assert f"`{variable}`" in DOCS, f"{what} {name}'s credential {variable} is not documented in docs/"
