"""`brandwatch replies draft | approve | sent | list`: complaint replies, approved by a second reviewer."""

from __future__ import annotations

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.reviewer_auth import actor_options, authenticated_actor


@click.group("replies")
def command() -> None:
    """Reply drafts for complaints: draft, approve (another reviewer), mark sent. Nothing is posted."""


@command.command("draft")
@click.argument("finding_id", type=int)
@click.option("--text", help="The reply (default: the finding's template, filled in).")
@actor_options
@pass_cli
def draft(cli: CliContext, finding_id: int, text: str | None, actor: str | None, password_stdin: bool) -> None:
    """Save a reply draft for complaint FINDING_ID."""
    from brandwatch.review.audit_key import audit_key
    from brandwatch.model.clock import system_clock
    from brandwatch.review.replies import draft_reply
    from brandwatch.catalogue import reply_length
    from brandwatch.review.reply_flow import save_draft
    from brandwatch.review.states import FindingNotFound, ReviewError
    from brandwatch.store.db import session_factory, transaction
    from brandwatch.store.models import Finding

    name = authenticated_actor(cli, actor, password_stdin)
    with transaction(session_factory(cli.engine())) as session:
        if text is None:
            finding = session.get(Finding, finding_id)
            if finding is None:
                raise FindingNotFound(finding_id)
            template = draft_reply(finding, finding.mention, cli.settings)
            if template is None:
                raise ReviewError(f"finding {finding_id}: no reply template for it; give --text")
            text = template.post_text(finding.mention.platform if finding.mention else None)
        saved = save_draft(session, audit_key(cli.settings), finding_id, name, text, system_clock())
        click.echo(f"reply draft {saved.id} for finding {finding_id} ({reply_length(saved.platform, saved.text)} characters), "
                   f"waiting for another reviewer's approval:\n{saved.text}")


@command.command("approve")
@click.argument("draft_id", type=int)
@actor_options
@pass_cli
def approve(cli: CliContext, draft_id: int, actor: str | None, password_stdin: bool) -> None:
    """Approve reply draft DRAFT_ID (not your own)."""
    _step(cli, "approve", draft_id, actor, password_stdin)


@command.command("sent")
@click.argument("draft_id", type=int)
@actor_options
@pass_cli
def sent(cli: CliContext, draft_id: int, actor: str | None, password_stdin: bool) -> None:
    """Record that approved reply DRAFT_ID was posted."""
    _step(cli, "mark_sent", draft_id, actor, password_stdin)


def _step(cli: CliContext, step: str, draft_id: int, actor: str | None, password_stdin: bool) -> None:
    from brandwatch.review import reply_flow
    from brandwatch.review.audit_key import audit_key
    from brandwatch.model.clock import system_clock
    from brandwatch.store.db import session_factory, transaction

    name = authenticated_actor(cli, actor, password_stdin)
    with transaction(session_factory(cli.engine())) as session:
        done = getattr(reply_flow, step)(session, audit_key(cli.settings), draft_id, name, system_clock())
        click.echo(f"reply draft {done.id} for finding {done.finding_id}: {done.status} by {name}")


@command.command("list")
@click.argument("finding_id", type=int)
@pass_cli
def list_(cli: CliContext, finding_id: int) -> None:
    """The reply drafts of FINDING_ID and where each stands."""
    from brandwatch.review.reply_flow import drafts_of
    from brandwatch.store.db import session_factory

    with session_factory(cli.engine())() as session:
        drafts = drafts_of(session, finding_id)
        for d in drafts:
            approved = f", approved by {d.approved_by}" if d.approved_by else ""
            sent_by = f", sent by {d.sent_by}" if d.sent_by else ""
            click.echo(f"{d.id:>5}  {d.status:<8}  drafted by {d.drafted_by}{approved}{sent_by}\n       {d.text}")
        if not drafts:
            click.echo(f"finding {finding_id} has no reply drafts")
