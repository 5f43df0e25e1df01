"""`brandwatch db upgrade | current`."""

from __future__ import annotations

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.store.db import current_revision


@click.group("db")
def command() -> None:
    """Database schema management (migrations are also applied on every start)."""


@command.command("upgrade")
@pass_cli
def upgrade(cli: CliContext) -> None:
    """Apply pending migrations."""
    engine = cli.engine(upgrade=True)
    click.echo(f"database at revision {current_revision(engine)}: "
               f"{engine.url.render_as_string(hide_password=True)}")


@command.command("current")
@pass_cli
def current(cli: CliContext) -> None:
    """Print the schema revision without changing anything."""
    engine = cli.engine(upgrade=False)
    click.echo(current_revision(engine) or "(empty database)")
