"""`brandwatch users add | list | disable | enable | set-password | log-out`: review console accounts."""

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
@click.option("--role", type=click.Choice(["reviewer", "lead", "admin"]), default="reviewer", show_default=True)
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


@command.command("token")
@click.argument("name")
@click.option("--revoke", is_flag=True, help="Revoke every token of NAME instead of making one.")
@click.option("--password-stdin", is_flag=True, help="Read NAME's password from the first line of stdin.")
@pass_cli
def token(cli: CliContext, name: str, revoke: bool, password_stdin: bool) -> None:
    """A personal token for NAME's CLI actions (export it as BRANDWATCH_TOKEN); shown once, stored hashed.

    Making one needs NAME's password, so only NAME can act as NAME."""
    from brandwatch.model.clock import system_clock
    from brandwatch.review.reviewers import NotPermitted, issue_token, revoke_tokens
    from brandwatch.store.db import session_factory, transaction
    from brandwatch.web.accounts import verify_login

    engine = cli.engine()
    with transaction(session_factory(engine)) as session:
        if revoke:
            click.echo(f"revoked {revoke_tokens(session, name, system_clock())} token(s) of '{name}'")
            return
    password = sys.stdin.readline().rstrip("\r\n") if password_stdin else click.prompt(
        f"Password for {name}", hide_input=True, err=True)
    if verify_login(engine, name, password) is None:
        raise NotPermitted(f"wrong password for '{name}', or no such active account")
    with transaction(session_factory(engine)) as session:
        secret = issue_token(session, name, system_clock())
    click.echo(secret)
    click.echo(f"personal token of '{name}': export BRANDWATCH_TOKEN=<the line above>; it is not shown again",
               err=True)


@command.command("log-out")
@click.argument("name")
@pass_cli
def log_out(cli: CliContext, name: str) -> None:
    """End every console session of NAME now (a lost laptop, a shared screen)."""
    from brandwatch.web.accounts import get_account
    from brandwatch.web.sessions import end_sessions_of

    engine = cli.engine()
    if get_account(engine, name) is None:
        raise click.ClickException(f"no account named '{name}'")
    ended = end_sessions_of(engine, name)
    click.echo(f"ended {ended} session{'' if ended == 1 else 's'} of '{name}'")
