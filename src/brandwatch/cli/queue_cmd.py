"""`brandwatch queue`: list, inspect and work findings; export them with their audit trail."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta
from typing import Callable

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.reviewer_auth import actor_options, authenticated_actor, default_actor  # noqa: F401
from brandwatch.cli.queue_bulk_cmd import filter_options, register, report, selection_from
from brandwatch.cli.queue_render import render_detail, render_list
from brandwatch.cli.timeopts import Moment
from brandwatch.model.clock import system_clock
from brandwatch.review.queries import QueueFilter, QueueRow, finding_detail, list_queue
from brandwatch.review.replies import draft_reply
from brandwatch.review.service import Outcome, ReviewService
from brandwatch.secrecy import scrub, scrub_all
from brandwatch.store.db import session_factory



@click.group("queue")
def command() -> None:
    """Work the review queue: list, show, claim, release, assign, escalate, resolve, dismiss, reopen,
    propose and approve (four-eyes closing) — on one finding, ids, ranges or a filter — and saved views."""


@command.command("list")
@filter_options
@click.option("--limit", type=click.IntRange(1, 1000), help="Page size (default: review.page_size).")
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--as", "actor", default=None, help="Whose saved views --view looks in (default: $BRANDWATCH_USER "
              "or the OS user).")
@pass_cli
def list_command(cli: CliContext, filter_text, view_name, statuses, categories, severities, teams, assignees, rules,
                 platforms, overdue, limit, page, output_format, actor) -> None:
    """Findings in priority order: severity, then age, then the author's reach."""
    from brandwatch.review.queries import queue_query
    from brandwatch.review.selection import restrict

    size = limit or cli.settings.review.page_size
    selection = selection_from(cli, actor, filter_text, view_name, statuses=statuses, categories=categories,
                               severities=severities, teams=teams, assignees=assignees, rules=rules,
                               platforms=platforms, overdue=overdue)
    now = system_clock()
    with session_factory(cli.engine())() as session:
        if selection is None:
            rows = list_queue(session, QueueFilter(limit=size, offset=(page - 1) * size), now)
        else:
            statement = restrict(queue_query(selection.queue_filter(size, (page - 1) * size), now), selection, now)
            rows = [QueueRow(**row._mapping) for row in session.execute(statement)]
    if output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps(scrub_all({**{k: getattr(row, k) for k in row.__slots__},
                                   "due_at": row.due_at.isoformat() if row.due_at else None,
                                   "created_at": row.created_at.isoformat()}), ensure_ascii=False))
        return
    click.echo(scrub(render_list(rows, now)))


@command.command("show")
@click.argument("finding_id", type=int)
@click.option("--color/--no-color", default=None, help="Highlight evidence (default: when on a terminal).")
@pass_cli
def show(cli: CliContext, finding_id: int, color: bool | None) -> None:
    """The post with its evidence highlighted and leaked values masked, the trail, the reply draft."""
    now = system_clock()
    with session_factory(cli.engine())() as session:
        detail = finding_detail(session, finding_id)
        draft = draft_reply(detail.finding, detail.mention, cli.settings)
        use_color = sys.stdout.isatty() if color is None else color
        click.echo(scrub(render_detail(detail, draft, now, use_color)), color=use_color)


_actor_option = actor_options


def _note_option(function: Callable) -> Callable:
    return click.option("--note", help="A note for the audit trail.")(function)


def _service(cli: CliContext) -> ReviewService:
    return ReviewService(session_factory(cli.engine()), cli.settings)


def _report(outcome: Outcome) -> None:
    report(outcome)


register(command)  # claim, release, assign, escalate, resolve, dismiss, reopen, propose, approve: ids or a filter


@command.command("comment")
@click.argument("finding_id", type=int)
@click.argument("text")
@_actor_option
@pass_cli
def comment(cli: CliContext, finding_id: int, text: str, actor: str | None, password_stdin: bool) -> None:
    """Add a comment to the audit trail without changing the state."""
    actor = authenticated_actor(cli, actor, password_stdin)
    _report(_service(cli).comment(finding_id, actor, text))


@command.command("export")
@click.option("--format", "output_format", type=click.Choice(["csv", "jsonl"]), default="jsonl", show_default=True)
@click.option("--since", type=Moment(), help="Findings raised at or after (ISO date/time or age like 30d).")
@click.option("--until", type=Moment(), help="Findings raised before (ISO date/time or age).")
@click.option("--actions-since", type=Moment(), help="Findings with a review event at or after this.")
@click.option("--actions-until", type=Moment(), help="Findings with a review event before this.")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8", lazy=True), default="-",
              help="File to write (default: standard output).")
@pass_cli
def export(cli: CliContext, output_format: str, since: datetime | None, until: datetime | None,
           actions_since: datetime | None, actions_until: datetime | None, output) -> None:
    """Findings and their full sealed trail (post text with leaked values masked); `audit export`
    writes both formats with a verifiable manifest."""
    from brandwatch.review.export import Window, export_findings

    with session_factory(cli.engine())() as session:
        count = export_findings(session, output, output_format,
                                window=Window(since, until, actions_since, actions_until))
    click.echo(f"exported {count} findings", err=True)


@command.command("incidents")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@pass_cli
def incidents_command(cli: CliContext, limit: int) -> None:
    """Leaked values seen in several posts: one incident per fingerprint, listing every post."""
    from brandwatch.review.grouping import incidents
    from brandwatch.review.preview import safe_for_terminal

    with session_factory(cli.engine())() as session:
        found = incidents(session, limit=limit)
        if not found:
            click.echo("no value appears in more than one post")
        for incident in found:
            first = incident.findings[0]
            click.echo(f"incident {incident.fingerprint[:12]}: {len(incident.findings)} posts, rule {first.rule_id}, "
                       f"first seen {incident.first_seen.isoformat(timespec='seconds')}")
            for finding in incident.findings:
                click.echo(f"  finding {finding.id}  {finding.status:<9}  {finding.mention.platform}/"
                           f"{finding.mention.external_id}  {safe_for_terminal(finding.preview)}")


@command.command("deliver")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@click.option("--lease", type=click.FloatRange(0), default=300, show_default=True,
              help="Seconds a message being sent is held before another attempt may take it.")
@pass_cli
def deliver(cli: CliContext, limit: int, lease: float) -> None:
    """Send due notifications from the outbox once (the daemon does this on a schedule)."""
    from brandwatch.review.channels import batch_policies, build_notifiers
    from brandwatch.review.outbox import OutboxWorker, hook_from_environment

    settings = cli.settings
    worker = OutboxWorker(session_factory(cli.engine()), build_notifiers(settings.channels),
                          max_attempts=settings.review.max_attempts, lease=timedelta(seconds=lease),
                          hook=hook_from_environment(), policies=batch_policies(settings.channels))
    report = worker.deliver_due(limit)
    click.echo(f"sent {report.sent}, retrying {report.retrying}, failed {report.failed}")


from brandwatch.cli.queue_views_cmd import auto_assign, views  # noqa: E402  (subcommands in their own module)

command.add_command(views)
command.add_command(auto_assign)
