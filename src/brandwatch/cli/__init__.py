"""The `brandwatch` command. Thin: parses options, calls the core, turns BrandwatchError into messages."""

from __future__ import annotations

import importlib
import logging
import sys

import click

from brandwatch import __version__
from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.errors import BrandwatchError


# Command name -> module. A command's module is imported only when that command runs (or help lists it),
# so `brandwatch scan` never pays for SQLAlchemy, the web stack or the scheduler at start-up.
COMMAND_MODULES = {
    "scan": "scan_cmd", "collect": "collect_cmd", "run": "run_cmd", "status": "status_cmd",
    "config": "config_cmd", "db": "db_cmd", "models": "models_cmd", "rules": "rules_cmd",
    "queue": "queue_cmd", "report": "report_cmd", "serve": "serve_cmd", "users": "users_cmd",
}


class BrandwatchGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMAND_MODULES))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            self.add_command(_load_command(cmd_name))
        return super().get_command(ctx, cmd_name)

    @property
    def all_commands(self) -> dict[str, click.Command]:
        """Every command, loaded (for documentation checks and tools that walk the tree)."""
        for name in COMMAND_MODULES:
            self.get_command(click.Context(self), name)
        return self.commands

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrandwatchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=BrandwatchGroup)
@click.version_option(__version__, prog_name="brandwatch")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar=None,
              help="Config file (default: $BRANDWATCH_CONFIG, then ./config/brandwatch.yaml).")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, verbose: int) -> None:
    """Watch what the public and your own people say about your brand."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.obj = CliContext(config_path)


def _set_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.find_object(CliContext).config_path = value


def _accept_config_everywhere(command: click.Command) -> None:
    """Every command takes --config, before or after its name (`brandwatch scan --config c.yaml`)."""
    if not any(param.name == "subcommand_config" for param in command.params):
        command.params.append(click.Option(
            ["--config", "subcommand_config"], type=click.Path(dir_okay=False), expose_value=False,
            is_eager=True, callback=_set_config, help="Config file (overrides the one given before the command)."))
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _accept_config_everywhere(sub)


def _load_command(name: str) -> click.Command:
    command = importlib.import_module(f"brandwatch.cli.{COMMAND_MODULES[name]}").command
    if name == "rules":
        from brandwatch.cli import rescan_cmd, rules_stats_cmd

        command.add_command(rules_stats_cmd.stats)
        command.add_command(rescan_cmd.rescan)
    _accept_config_everywhere(command)
    return command


__all__ = ["main", "pass_cli"]
