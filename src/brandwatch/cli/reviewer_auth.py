"""Who is acting on the command line: an existing, active account that proved it.

A personal token in $BRANDWATCH_TOKEN (`brandwatch users token NAME`) names the account by itself;
otherwise the account's password is asked (or read from stdin with --password-stdin). A name given
with --as is only a claim: it must match what the token or password proves.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Callable

import click

from brandwatch.cli.context import CliContext

TOKEN_ENV = "BRANDWATCH_TOKEN"


def default_actor() -> str:
    """Who is claimed when --as is not given: $BRANDWATCH_USER, else the operating-system user."""
    return os.environ.get("BRANDWATCH_USER") or getpass.getuser()


def actor_options(function: Callable) -> Callable:
    function = click.option("--password-stdin", is_flag=True,
                            help="Read the account's password from the first line of stdin "
                                 f"(when ${TOKEN_ENV} is not set).")(function)
    return click.option("--as", "actor", default=None, show_default=f"the owner of ${TOKEN_ENV}, else "
                        "$BRANDWATCH_USER or the OS user", help="The account acting (must be proven).")(function)


def authenticated_actor(cli: CliContext, claimed: str | None, password_stdin: bool = False) -> str:
    """The proven account name, or NotPermitted with what to do about it."""
    from brandwatch.review.reviewers import NotPermitted, account_for_token
    from brandwatch.store.db import session_factory
    from brandwatch.web.accounts import verify_login

    engine = cli.engine()
    token = os.environ.get(TOKEN_ENV)
    if token:
        with session_factory(engine)() as session:
            reviewer = account_for_token(session, token)
        if claimed and claimed != reviewer.name:
            raise NotPermitted(f"--as {claimed}, but ${TOKEN_ENV} belongs to '{reviewer.name}'")
        return reviewer.name
    name = claimed or default_actor()
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = click.prompt(f"Password for {name}", hide_input=True, err=True)
    else:
        raise NotPermitted(f"not authenticated as '{name}': set ${TOKEN_ENV} to a personal token "
                           "(brandwatch users token NAME), pass --password-stdin, or run in a terminal")
    if verify_login(engine, name, password) is None:
        raise NotPermitted(f"not authenticated as '{name}': wrong password, or no such active account")
    return name
