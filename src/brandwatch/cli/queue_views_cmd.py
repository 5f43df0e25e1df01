"""`brandwatch queue views` (saved filters, personal or per team) and `brandwatch queue auto-assign`."""

from __future__ import annotations

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.reviewer_auth import actor_options, authenticated_actor
from brandwatch.model.clock import system_clock
from brandwatch.store.db import session_factory, transaction


@click.group("views")
def views() -> None:
    """Saved views: named filters, yours or shared with a team (review.assignment.pools)."""


def _reviewer(session, name: str):
    from brandwatch.review.reviewers import active_account

    return active_account(session, name, purpose="use saved views")


@views.command("list")
@actor_options
@pass_cli
def list_views(cli: CliContext, actor: str | None, password_stdin: bool) -> None:
    """Your views and your teams' views, with how many findings each shows now."""
    from brandwatch.review.views import view_counts, visible_views

    name = authenticated_actor(cli, actor, password_stdin)
    with session_factory(cli.engine())() as session:
        found = visible_views(session, cli.settings, _reviewer(session, name))
        counts = view_counts(session, found, system_clock())
    if not found:
        click.echo("no saved views (brandwatch queue views save NAME --filter '...')")
    for view in found:
        shared = f"team {view.team}" if view.team else "personal"
        click.echo(f"{view.name:<24} {counts[view.id]:>7}  {shared:<20} {view.filter}")


@views.command("save")
@click.argument("name")
@click.option("--filter", "filter_text", required=True, help="'field=value ...' (docs/review.md, Filters).")
@click.option("--team", help="Share with this team (a pool of review.assignment you belong to).")
@actor_options
@pass_cli
def save(cli: CliContext, name: str, filter_text: str, team: str | None, actor: str | None,
         password_stdin: bool) -> None:
    """Save (or replace) the view NAME."""
    from brandwatch.review.views import save_view

    who = authenticated_actor(cli, actor, password_stdin)
    with transaction(session_factory(cli.engine())) as session:
        view = save_view(session, cli.settings, _reviewer(session, who), name, filter_text, team, system_clock())
    click.echo(f"saved view '{view.label}': {view.filter}")


@views.command("delete")
@click.argument("name")
@actor_options
@pass_cli
def delete(cli: CliContext, name: str, actor: str | None, password_stdin: bool) -> None:
    """Delete the view NAME (yours, or your team's)."""
    from brandwatch.review.views import delete_view

    who = authenticated_actor(cli, actor, password_stdin)
    with transaction(session_factory(cli.engine())) as session:
        view = delete_view(session, cli.settings, _reviewer(session, who), name)
    click.echo(f"deleted view '{view.label}'")


@click.command("auto-assign")
@pass_cli
def auto_assign(cli: CliContext) -> None:
    """Run the assignment rules and the escalation of unassigned findings once (the daemon does it on a schedule)."""
    from brandwatch.review.assignment import assign_waiting, escalate_unassigned

    factory = session_factory(cli.engine())
    for done in assign_waiting(factory, cli.settings):
        click.echo(f"finding {done.finding_id}: assigned to {done.assignee} by rule {done.rule}")
    stale = escalate_unassigned(factory, cli.settings)
    for finding_id in stale:
        click.echo(f"finding {finding_id}: escalated, unassigned too long")
    click.echo("assignment rules applied")
