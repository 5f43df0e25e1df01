"""`brandwatch suppressions list | add | remove`: patterns that raise no finding until they expire."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.reviewer_auth import actor_options, authenticated_actor


class Expiry(click.ParamType):
    """`30d` / `12h` from now, or an ISO date/time (UTC unless it says otherwise)."""

    name = "expiry"

    def convert(self, value, param, ctx) -> timedelta | datetime:
        from brandwatch.durations import parse_duration

        if isinstance(value, (datetime, timedelta)):
            return value
        span = parse_duration(value)
        if isinstance(span, timedelta):
            return span
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self.fail(f"'{value}' is neither a span like 30d nor an ISO date/time", param, ctx)
        return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


@click.group("suppressions")
def command() -> None:
    """Suppressions: by fingerprint, by author and rule, or by rule and phrase (leads and admins change them)."""


@command.command("list")
@click.option("--all", "include_ended", is_flag=True, help="Also expired and removed suppressions.")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@pass_cli
def list_(cli: CliContext, include_ended: bool, output_format: str) -> None:
    """Suppressions in force (with --all, every one ever made)."""
    from brandwatch.model.clock import system_clock
    from brandwatch.review.suppressions import describe, listing, state_of
    from brandwatch.store.db import session_factory

    now = system_clock()
    with session_factory(cli.engine())() as session:
        rows = listing(session, now, include_ended=include_ended)
        if output_format == "jsonl":
            for s in rows:
                click.echo(json.dumps({"id": s.id, "state": state_of(s, now), "scope": s.scope, "rule": s.rule_id,
                                       "fingerprint": s.fingerprint, "author": s.author, "platform": s.platform,
                                       "phrase": s.phrase, "owner": s.owner, "reason": s.reason,
                                       "expires_at": _iso(s.expires_at), "source_finding": s.source_finding_id,
                                       "removed_by": s.removed_by, "removed_at": _iso(s.removed_at)}))
            return
        if not rows:
            click.echo("no suppressions")
        for s in rows:
            expires = s.expires_at.isoformat(timespec="minutes") if s.expires_at else "never"
            click.echo(f"{s.id:>5}  {state_of(s, now):<8}  {describe(s)}  owner {s.owner or s.created_by}  "
                       f"expires {expires}  reason: {s.reason or '-'}")


@command.command("add")
@click.option("--fingerprint", help="A leaked value's fingerprint (as a finding shows it).")
@click.option("--finding", "finding_id", type=int, help="Take the fingerprint and rule from this finding.")
@click.option("--author", help="An author handle, optionally with its platform: x:@dana.")
@click.option("--phrase", help="A phrase; posts containing it (any case) are suppressed.")
@click.option("--rule", "rule_id", help="The rule it applies to (required with --author and --phrase).")
@click.option("--reason", required=True, help="Why these findings are not worth reviewing.")
@click.option("--expires", required=True, type=Expiry(), help="When it ends: 30d from now, or an ISO date/time.")
@click.option("--owner", help="The reviewer who answers for it (default: you).")
@actor_options
@pass_cli
def add(cli: CliContext, fingerprint: str | None, finding_id: int | None, author: str | None, phrase: str | None,
        rule_id: str | None, reason: str, expires: timedelta | datetime, owner: str | None, actor: str | None,
        password_stdin: bool) -> None:
    """Add a suppression (exactly one of --fingerprint/--finding, --author, --phrase)."""
    from brandwatch.review.audit_key import audit_key
    from brandwatch.model.clock import system_clock
    from brandwatch.review.states import ReviewError
    from brandwatch.review.suppressions import Pattern, add as add_suppression, describe
    from brandwatch.store.db import session_factory, transaction
    from brandwatch.store.models import Finding

    name = authenticated_actor(cli, actor, password_stdin)
    now = system_clock()
    expires_at = now + expires if isinstance(expires, timedelta) else expires
    with transaction(session_factory(cli.engine())) as session:
        if finding_id is not None:
            finding = session.get(Finding, finding_id)
            if finding is None or not finding.fingerprint:
                raise ReviewError(f"finding {finding_id} does not exist or has no fingerprint")
            if fingerprint:
                raise ReviewError("give --finding or --fingerprint, not both")
            fingerprint, rule_id = finding.fingerprint, rule_id or finding.rule_id
        pattern = Pattern.of(rule_id=rule_id, fingerprint=fingerprint, author=author, phrase=phrase)
        suppression = add_suppression(session, audit_key(cli.settings), pattern, actor=name, owner=owner,
                                      reason=reason, expires_at=expires_at, now=now)
        click.echo(f"suppression {suppression.id}: {describe(suppression)}, owner {suppression.owner}, "
                   f"expires {expires_at.isoformat(timespec='minutes')}")


@command.command("remove")
@click.argument("suppression_id", type=int)
@click.option("--reason", help="Why it is withdrawn (kept in the trail).")
@actor_options
@pass_cli
def remove(cli: CliContext, suppression_id: int, reason: str | None, actor: str | None, password_stdin: bool) -> None:
    """Withdraw suppression SUPPRESSION_ID: its pattern raises findings again."""
    from brandwatch.review.audit_key import audit_key
    from brandwatch.model.clock import system_clock
    from brandwatch.review.suppressions import describe, remove as remove_suppression
    from brandwatch.store.db import session_factory, transaction

    name = authenticated_actor(cli, actor, password_stdin)
    with transaction(session_factory(cli.engine())) as session:
        suppression = remove_suppression(session, audit_key(cli.settings), suppression_id, actor=name,
                                         reason=reason, now=system_clock())
        click.echo(f"removed suppression {suppression.id} ({describe(suppression)}) by {name}")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
