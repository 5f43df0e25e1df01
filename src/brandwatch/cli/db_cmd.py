"""`brandwatch db upgrade | current`."""

from __future__ import annotations

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.store.db import current_revision


@click.group("db")
def command() -> None:
    """Database schema management (migrations are also applied on every start)."""


@command.command("upgrade")
@click.option("--grants-for", "app_role", metavar="ROLE",
              help="PostgreSQL: also print the GRANTs for the application's role (see `db grants`).")
@pass_cli
def upgrade(cli: CliContext, app_role: str | None) -> None:
    """Apply pending migrations (on PostgreSQL, run this as the owner role)."""
    engine = cli.engine(upgrade=True)
    click.echo(f"database at revision {current_revision(engine)}: "
               f"{engine.url.render_as_string(hide_password=True)}")
    if app_role:
        _print_grants(app_role, "public")


@command.command("grants")
@click.option("--app-role", required=True, metavar="ROLE", help="The role the daemon and console connect as.")
@click.option("--schema", default="public", show_default=True)
def grants(app_role: str, schema: str) -> None:
    """Print the least-privilege GRANTs for ROLE: INSERT and SELECT only on the audit trail."""
    _print_grants(app_role, schema)


def _print_grants(app_role: str, schema: str) -> None:
    from brandwatch.store.grants import grant_statements

    for statement in grant_statements(app_role, schema):
        click.echo(statement + ";")


@command.command("current")
@pass_cli
def current(cli: CliContext) -> None:
    """Print the schema revision without changing anything."""
    engine = cli.engine(upgrade=False)
    click.echo(current_revision(engine) or "(empty database)")
