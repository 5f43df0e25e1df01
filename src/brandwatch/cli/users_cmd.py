"""`brandwatch users add | list | disable | enable | set-password`: review console accounts."""

from __future__ import annotations

import sys

import click

from brandwatch.cli.context import CliContext, pass_cli


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@click.group("users")
def command() -> None:
    """Accounts of the review console (reviewers work the queue; admins also manage users)."""


@command.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reviewer", "admin"]), default="reviewer", show_default=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@pass_cli
def add(cli: CliContext, name: str, role: str, password_stdin: bool) -> None:
    """Create an account NAME."""
    from brandwatch.web.accounts import add_user

    account = add_user(cli.engine(), name, role, _read_password(password_stdin))
    click.echo(f"created {account.role} account '{account.name}'")


@command.command("list")
@pass_cli
def list_(cli: CliContext) -> None:
    """List accounts."""
    from brandwatch.web.accounts import list_users

    rows = [("name", "role", "state", "created (UTC)")]
    rows += [(a.name, a.role, "disabled" if a.disabled else "active", a.created_at.strftime("%Y-%m-%d %H:%M"))
             for a in list_users(cli.engine())]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


def _toggle(name: str, disabled: bool, cli: CliContext) -> None:
    from brandwatch.web.accounts import set_disabled

    account = set_disabled(cli.engine(), name, disabled)
    click.echo(f"account '{account.name}' {'disabled' if account.disabled else 'enabled'}")


@command.command("disable")
@click.argument("name")
@pass_cli
def disable(cli: CliContext, name: str) -> None:
    """Stop NAME from logging in (their open session ends on their next click)."""
    _toggle(name, True, cli)


@command.command("enable")
@click.argument("name")
@pass_cli
def enable(cli: CliContext, name: str) -> None:
    """Let a disabled account log in again."""
    _toggle(name, False, cli)


@command.command("set-password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@pass_cli
def set_password(cli: CliContext, name: str, password_stdin: bool) -> None:
    """Give NAME a new password."""
    from brandwatch.web.accounts import set_password as change

    change(cli.engine(), name, _read_password(password_stdin))
    click.echo(f"password of '{name}' changed")
