"""The `brandwatch` command. Thin: parses options, calls the core, turns BrandwatchError into messages."""

from __future__ import annotations

import logging
import sys

import click

from brandwatch import __version__
from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.errors import BrandwatchError


class BrandwatchGroup(click.Group):
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


def _register() -> None:
    from brandwatch.cli import (collect_cmd, config_cmd, db_cmd, models_cmd, queue_cmd, report_cmd, rescan_cmd,
                                rules_cmd, rules_stats_cmd, run_cmd, scan_cmd, serve_cmd, status_cmd, users_cmd)

    rules_cmd.command.add_command(rules_stats_cmd.stats)
    rules_cmd.command.add_command(rescan_cmd.rescan)
    for module in (scan_cmd, collect_cmd, run_cmd, status_cmd, config_cmd, db_cmd, models_cmd, rules_cmd,
                   queue_cmd, report_cmd, serve_cmd, users_cmd):
        main.add_command(module.command)
    for command in main.commands.values():
        _accept_config_everywhere(command)


_register()

__all__ = ["main", "pass_cli"]
