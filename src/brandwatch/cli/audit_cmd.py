"""`brandwatch audit verify | checkpoint | export`: prove the review trail and exports are intact."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.timeopts import Moment


@click.group("audit")
def command() -> None:
    """The sealed review trail: verify it, checkpoint it, export it for a regulator."""


@command.command("verify")
@click.option("--export", "export_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Verify an export directory (manifest, file hashes, chains) instead of the database.")
@pass_cli
def verify(cli: CliContext, export_dir: Path | None) -> None:
    """Re-walk every chain and finding state; exit 1 and list each problem when anything is off."""
    from brandwatch.review.audit_key import audit_key

    if export_dir is not None:
        from brandwatch.review.export_bundle import verify_export

        problems = verify_export(export_dir, audit_key(cli.settings, create=False))
        for problem in problems:
            click.echo(str(problem))
        click.echo(f"export {export_dir}: " + ("intact" if not problems else f"{len(problems)} problem(s)"))
        sys.exit(1 if problems else 0)
    from brandwatch.review.audit_verify import verify_trail
    from brandwatch.store.db import session_factory

    from brandwatch.review.suppressions import verify_trail as verify_suppression_trail

    with session_factory(cli.engine())() as session:
        key = audit_key(cli.settings, create=False)
        report = verify_trail(session, key)
        suppression_problems = verify_suppression_trail(session, key)
    for problem in [*map(str, report.problems), *suppression_problems]:
        click.echo(problem)
    ok = report.ok and not suppression_problems
    total = len(report.problems) + len(suppression_problems)
    click.echo(f"{report.findings} findings, {report.events} events ({report.legacy_events} from before sealing), "
               f"{report.checkpoints} checkpoints, suppression trail checked: "
               + ("trail intact" if ok else f"{total} problem(s)"))
    sys.exit(0 if ok else 1)


@command.command("checkpoint")
@pass_cli
def checkpoint(cli: CliContext) -> None:
    """Seal the current head of every chain that moved (the daemon does this with its SLA sweep)."""
    from brandwatch.review.audit_chain import checkpoint_now
    from brandwatch.review.audit_key import audit_key
    from brandwatch.model.clock import system_clock
    from brandwatch.store.db import session_factory

    written = checkpoint_now(session_factory(cli.engine()), audit_key(cli.settings), system_clock(), "cli")
    if written is None:
        click.echo("another instance wrote a checkpoint at the same moment; nothing to add")
    else:
        click.echo(f"checkpoint {written.id}: {written.chains} chain heads, digest {written.heads_digest}, "
                   f"mac {written.mac}")


@command.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--since", type=Moment(), help="Findings raised at or after (ISO date/time or age like 30d).")
@click.option("--until", type=Moment(), help="Findings raised before.")
@click.option("--actions-since", type=Moment(), help="Findings with a review event at or after this.")
@click.option("--actions-until", type=Moment(), help="Findings with a review event before this.")
@pass_cli
def export(cli: CliContext, directory: Path, since: datetime | None, until: datetime | None,
           actions_since: datetime | None, actions_until: datetime | None) -> None:
    """Write findings.jsonl, events.csv and a sealed manifest.json into DIRECTORY."""
    import getpass

    from brandwatch.review.audit_key import audit_key
    from brandwatch.model.clock import system_clock
    from brandwatch.review.export import Window
    from brandwatch.review.export_bundle import export_bundle
    from brandwatch.store.db import session_factory

    window = Window(since, until, actions_since, actions_until)
    try:
        manifest = export_bundle(session_factory(cli.engine()), directory, audit_key(cli.settings), window,
                                 system_clock(), getpass.getuser())
    except FileExistsError as exc:
        raise click.ClickException(str(exc)) from None
    counts = manifest["counts"]
    click.echo(f"exported {counts['findings']} findings, {counts['events']} events "
               f"({counts['events_in_window']} in the window) to {directory}; checkpoint "
               f"{(manifest['checkpoint'] or {}).get('id')}")
