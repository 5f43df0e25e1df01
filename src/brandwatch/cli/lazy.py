"""Click groups whose subcommands are imported on first use.

A command's module is imported only when that command runs (or help lists it), so `brandwatch scan`
never pays for SQLAlchemy, the web stack or the scheduler at start-up.
"""

from __future__ import annotations

import importlib

import click


class LazyGroup(click.Group):
    """`lazy_commands` maps a subcommand name to "module:attribute" of its click command."""

    def __init__(self, *args, lazy_commands: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy_commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            module, attribute = self.lazy_commands[cmd_name].split(":")
            command = getattr(importlib.import_module(module), attribute)
            accept_config_everywhere(command)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    @property
    def all_commands(self) -> dict[str, click.Command]:
        """Every subcommand, loaded (for documentation checks and tools that walk the tree)."""
        for name in self.lazy_commands:
            self.get_command(click.Context(self), name)
        return self.commands


def _set_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        from brandwatch.cli.context import CliContext

        ctx.find_object(CliContext).config_path = value


def accept_config_everywhere(command: click.Command) -> None:
    """Every command takes --config, before or after its name (`brandwatch scan --config c.yaml`)."""
    if not any(param.name == "subcommand_config" for param in command.params):
        command.params.append(click.Option(
            ["--config", "subcommand_config"], type=click.Path(dir_okay=False), expose_value=False,
            is_eager=True, callback=_set_config, help="Config file (overrides the one given before the command)."))
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            accept_config_everywhere(sub)
