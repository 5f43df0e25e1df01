"""The `brandwatch` command. Thin: parses options, calls the core, turns BrandwatchError into messages."""

from __future__ import annotations

import logging
import sys

import click

from brandwatch import __version__
from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.lazy import LazyGroup
from brandwatch.errors import BrandwatchError


COMMANDS = {name: f"brandwatch.cli.{name}_cmd:command" for name in (
    "scan", "collect", "run", "status", "config", "db", "models", "rules", "queue", "report", "serve", "users", "audit",
    "hold", "suppressions", "replies", "query")}


class BrandwatchGroup(LazyGroup):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrandwatchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=BrandwatchGroup, lazy_commands=COMMANDS)
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


__all__ = ["main", "pass_cli"]
