"""`brandwatch queue` actions on one finding or many: ids (`11 22 32`), ranges (`11-40`) or a filter.

A single id behaves as it always did. Several ids, a range or a filter run the bulk path
(review/bulk.py): still one sealed audit event per finding; findings the action does not fit are
listed and left as they are (exit status 1 when any was refused). Also here: four-eyes `propose` and
`approve`, saved `views`, and `auto-assign`.
"""

from __future__ import annotations

import sys
from typing import Callable

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.reviewer_auth import actor_options, authenticated_actor
from brandwatch.model.clock import system_clock
from brandwatch.review.selection import FilterError, Selection, parse_ids, parse_selection, selected_ids
from brandwatch.review.service import Outcome, ReviewService
from brandwatch.review.states import Action, DismissReason
from brandwatch.store.db import session_factory

SHOWN = 50  # outcome lines printed one by one; beyond this, a summary


def _service(cli: CliContext) -> ReviewService:
    return ReviewService(session_factory(cli.engine()), cli.settings)


def report(outcome: Outcome) -> None:
    click.echo(f"finding {outcome.finding_id}: {outcome.action} {outcome.from_status} → {outcome.to_status} "
               f"(event {outcome.event_id})")


def filter_options(function: Callable) -> Callable:
    """The filter options shared by `queue list` and the bulk actions (all apply together)."""
    for option in reversed([
            click.option("--filter", "filter_text", help="Findings matching 'field=value ...', e.g. "
                         "'status=open category=leak' (fields: status category severity team assignee rule "
                         "platform overdue; docs/review.md)."),
            click.option("--view", "view_name", help="A saved view's filter (brandwatch queue views list)."),
            click.option("--status", "statuses", multiple=True, help="Also filter: these states ('open' for all open)."),
            click.option("--category", "categories", multiple=True),
            click.option("--severity", "severities", multiple=True),
            click.option("--team", "teams", multiple=True),
            click.option("--assignee", "assignees", multiple=True, help="'none' for unassigned."),
            click.option("--rule", "rules", multiple=True),
            click.option("--platform", "platforms", multiple=True),
            click.option("--overdue", is_flag=True, help="Only open findings past their due time.")]):
        function = option(function)
    return function


def selection_from(cli: CliContext, actor: str | None, filter_text: str | None, view_name: str | None,
                   **options) -> Selection | None:
    """The filter the options describe, or None when none was given."""
    words = []
    for name, values in (("status", options["statuses"]), ("category", options["categories"]),
                         ("severity", options["severities"]), ("team", options["teams"]),
                         ("assignee", options["assignees"]), ("rule", options["rules"]),
                         ("platform", options["platforms"])):
        if values:
            words.append(f"{name}={','.join(values)}")
    if options["overdue"]:
        words.append("overdue=yes")
    if not (words or filter_text or view_name):
        return None
    base = None
    if view_name:
        base = _view(cli, actor, view_name).selection
    return parse_selection(" ".join(filter(None, [filter_text, *words])), base)


def _view(cli: CliContext, actor: str | None, name: str):
    from brandwatch.review.reviewers import active_account
    from brandwatch.review.views import find_view

    with session_factory(cli.engine())() as session:
        reviewer = active_account(session, actor or _claimed_name(), purpose="use saved views")
        return find_view(session, cli.settings, reviewer, name)


def _claimed_name() -> str:
    from brandwatch.cli.reviewer_auth import default_actor

    return default_actor()


def targets(cli: CliContext, actor: str, words: tuple[str, ...], selection: Selection | None,
            limit: int | None) -> list[int]:
    if words and selection is not None:
        raise FilterError("give finding ids or a filter, not both")
    if not words and selection is None:
        raise FilterError("which findings? give ids (11 22 32), ranges (11-40) or a filter (--filter 'status=open')")
    if words:
        return parse_ids(words)
    with session_factory(cli.engine())() as session:
        return selected_ids(session, selection, system_clock(), limit)


def run_action(cli: CliContext, ids: list[int], single: bool, action: Action, actor: str, **kwargs) -> None:
    service = _service(cli)
    if single:
        report(_single(service, ids[0], action, actor, **kwargs))
        return
    from brandwatch.review.bulk import bulk_act

    _summarise(action.value, bulk_act(service, ids, action, actor, **kwargs), len(ids))


def _summarise(name: str, result, asked: int) -> None:
    if len(result.done) <= SHOWN:
        for outcome in result.done:
            report(outcome)
    for finding_id, why in result.refused[:SHOWN]:
        click.echo(f"finding {finding_id}: not done: {why}", err=True)
    if len(result.refused) > SHOWN:
        click.echo(f"… and {len(result.refused) - SHOWN} more not done", err=True)
    click.echo(f"{name}: {len(result.done)} done, {len(result.refused)} not done (of {asked})")
    if result.refused:
        sys.exit(1)


def _single(service: ReviewService, finding_id: int, action: Action, actor: str, *, note=None, assignee=None,
            reason=None, close=Action.RESOLVE, suppress=False) -> Outcome:
    if action is Action.ASSIGN:
        return service.assign(finding_id, actor, assignee, note=note)
    if action is Action.DISMISS:
        return service.dismiss(finding_id, actor, reason, note=note, suppress=suppress)
    if action is Action.PROPOSE:
        return service.propose(finding_id, actor, close.value, reason, note=note)
    return getattr(service, action.value)(finding_id, actor, note=note)


def _target_command(group: click.Group, name: str, help_text: str, extra: list[Callable] = ()) -> Callable:
    """Decorate an action body `(cli, ids, single, actor, **extras)` as a command taking ids or a filter."""

    def decorate(body: Callable) -> None:
        @click.argument("finding_ids", nargs=-1)
        @filter_options
        @click.option("--limit", type=click.IntRange(1), help="With a filter: act on at most this many (lowest ids).")
        @click.option("--dry-run", is_flag=True, help="Only say which findings the action would be tried on.")
        @actor_options
        @click.option("--note", help="A note for the audit trail (on every finding acted on).")
        @pass_cli
        def command(cli: CliContext, finding_ids, filter_text, view_name, statuses, categories, severities, teams,
                    assignees, rules, platforms, overdue, limit, dry_run, actor, password_stdin, note, **extras):
            actor_name = authenticated_actor(cli, actor, password_stdin)
            words = tuple(finding_ids)
            if name == "assign" and not extras.get("to"):  # `assign 5 bo`: the last word names the assignee
                if len(words) < 2:
                    raise click.UsageError("assign needs finding ids and the assignee (or --to NAME)")
                words, extras["to"] = words[:-1], words[-1]
            selection = selection_from(cli, actor_name, filter_text, view_name, statuses=statuses,
                                       categories=categories, severities=severities, teams=teams,
                                       assignees=assignees, rules=rules, platforms=platforms, overdue=overdue)
            ids = targets(cli, actor_name, words, selection, limit)
            single = selection is None and len(words) == 1 and words[0].strip().isdigit()
            if not ids:
                click.echo(f"{name}: no finding matches")
                return
            if dry_run:
                shown = " ".join(str(i) for i in ids[:SHOWN]) + (" …" if len(ids) > SHOWN else "")
                click.echo(f"{name} would be tried on {len(ids)} finding(s): {shown}")
                return
            body(cli, ids, single, actor_name, note=note, **extras)

        for option in reversed(list(extra)):
            command = option(command)
        group.command(name, help=help_text)(command)

    return decorate


def register(group: click.Group) -> None:
    """Add the id/range/filter actions to `brandwatch queue`."""
    for name, action, help_text in (
            ("claim", Action.CLAIM, "Take findings: yours until you release, escalate or close them."),
            ("release", Action.RELEASE, "Give claimed findings back to the queue."),
            ("escalate", Action.ESCALATE, "Hand findings to the next level (their routed channels are notified)."),
            ("resolve", Action.RESOLVE, "Close findings as handled (counts as confirmed in rule stats); "
                                        "four-eyes severities need `propose` and another reviewer's `approve`."),
            ("reopen", Action.REOPEN, "Reopen resolved or dismissed findings.")):
        _target_command(group, name, help_text + " FINDING_IDS: ids, ranges like 11-40, or none with a filter.")(
            _plain(action))

    @_target_command(group, "assign", "Give findings to an active account: `assign 11-40 --to bo` "
                                      "(or `assign 5 bo`).",
                     [click.option("--to", help="The account to assign to.")])
    def assign(cli, ids, single, actor, *, note, to):
        run_action(cli, ids, single, Action.ASSIGN, actor, note=note, assignee=to)

    @_target_command(group, "dismiss", "Close findings as not needing action, with a reason.",
                     [click.option("--reason", required=True, type=click.Choice([r.value for r in DismissReason])),
                      click.option("--suppress", is_flag=True, help="With false_positive: never raise this rule "
                                   "again for the same fingerprint.")])
    def dismiss(cli, ids, single, actor, *, note, reason, suppress):
        run_action(cli, ids, single, Action.DISMISS, actor, note=note, reason=DismissReason(reason), suppress=suppress)
        if suppress:
            click.echo(f"{len(ids)} finding(s): fingerprints suppressed for their rules from now on")

    @_target_command(group, "propose", "Propose closing findings (four-eyes): resolve, or --dismiss REASON; "
                                       "a different reviewer then runs `approve`.",
                     [click.option("--dismiss", "dismiss_reason", type=click.Choice([r.value for r in DismissReason]),
                                   help="Propose dismissing with this reason instead of resolving.")])
    def propose(cli, ids, single, actor, *, note, dismiss_reason):
        close = Action.DISMISS if dismiss_reason else Action.RESOLVE
        run_action(cli, ids, single, Action.PROPOSE, actor, note=note, close=close,
                   reason=DismissReason(dismiss_reason) if dismiss_reason else None)

    @_target_command(group, "approve", "Approve the close another reviewer proposed (four-eyes closing).")
    def approve(cli, ids, single, actor, *, note):
        approve_all(cli, ids, single, actor, note)


def _plain(action: Action) -> Callable:
    def body(cli, ids, single, actor, *, note):
        run_action(cli, ids, single, action, actor, note=note)
    return body


def approve_all(cli: CliContext, ids: list[int], single: bool, actor: str, note: str | None) -> None:
    """Each finding's own proposal says whether approving resolves or dismisses it."""
    from brandwatch.review.bulk import bulk_approve

    service = _service(cli)
    if single:
        report(service.approve(ids[0], actor, note=note))
        return
    _summarise("approve", bulk_approve(service, ids, actor, note=note), len(ids))
