"""`brandwatch hold add | release | list`: legal holds that retention must respect."""

from __future__ import annotations

from datetime import datetime

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.reviewer_auth import actor_options, authenticated_actor
from brandwatch.cli.timeopts import Moment


@click.group("hold")
def command() -> None:
    """Legal holds: records under hold are never purged by retention (leads and admins)."""


def _lead(cli: CliContext, actor: str | None, password_stdin: bool) -> str:
    from brandwatch.review.reviewers import PRIVILEGED, NotPermitted, active_account
    from brandwatch.store.db import session_factory

    name = authenticated_actor(cli, actor, password_stdin)
    with session_factory(cli.engine())() as session:
        if active_account(session, name).role not in PRIVILEGED:
            raise NotPermitted(f"'{name}' is not a lead or an admin: only they place or release legal holds")
    return name


@command.command("add")
@click.option("--finding", "finding_id", type=int, help="Hold one finding's post.")
@click.option("--author", help="Hold every post by this handle.")
@click.option("--rule", "rule_id", help="Hold every post a finding of this rule was raised on.")
@click.option("--since", type=Moment(), help="Hold posts made at or after this (with or without --until).")
@click.option("--until", type=Moment(), help="Hold posts made before this.")
@click.option("--reason", required=True, help="The matter the hold is for.")
@actor_options
@pass_cli
def add(cli: CliContext, finding_id: int | None, author: str | None, rule_id: str | None, since: datetime | None,
        until: datetime | None, reason: str, actor: str | None, password_stdin: bool) -> None:
    """Place a hold by finding, author, rule or period of post times (exactly one of them)."""
    from brandwatch.model.clock import system_clock
    from brandwatch.review.holds import HoldRequest, add_hold, describe
    from brandwatch.review.states import ReviewError
    from brandwatch.store.db import session_factory, transaction

    chosen = [(s, v) for s, v in (("finding", finding_id), ("author", author), ("rule", rule_id)) if v is not None]
    if since is not None or until is not None:
        chosen.append(("period", None))
    if len(chosen) != 1:
        raise ReviewError("name exactly one of --finding, --author, --rule or a period (--since/--until)")
    scope, value = chosen[0]
    name = _lead(cli, actor, password_stdin)
    with transaction(session_factory(cli.engine())) as session:
        hold = add_hold(session, HoldRequest(scope, None if value is None else str(value), since, until), reason,
                        name, system_clock())
        click.echo(f"placed {describe(hold)}")


@command.command("release")
@click.argument("hold_id", type=int)
@actor_options
@pass_cli
def release(cli: CliContext, hold_id: int, actor: str | None, password_stdin: bool) -> None:
    """Release hold HOLD_ID: retention may purge its records again."""
    from brandwatch.model.clock import system_clock
    from brandwatch.review.holds import release_hold
    from brandwatch.store.db import session_factory, transaction

    name = _lead(cli, actor, password_stdin)
    with transaction(session_factory(cli.engine())) as session:
        hold = release_hold(session, hold_id, name, system_clock())
        click.echo(f"released hold {hold.id} ({hold.scope} {hold.value or ''})".rstrip() + f" by {name}")


@command.command("list")
@click.option("--all", "include_released", is_flag=True, help="Also released holds.")
@pass_cli
def list_(cli: CliContext, include_released: bool) -> None:
    """Holds in force (with --all, released ones too)."""
    from brandwatch.review.holds import describe, list_holds
    from brandwatch.store.db import session_factory

    with session_factory(cli.engine())() as session:
        holds = list_holds(session, include_released)
        for hold in holds:
            released = f"  released {hold.released_at.isoformat()} by {hold.released_by}" if hold.released_at else ""
            click.echo(describe(hold) + released)
        if not holds:
            click.echo("no legal holds")
