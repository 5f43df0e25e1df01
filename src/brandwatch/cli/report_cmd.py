"""`brandwatch report complaints`: complaint statistics for a period as Markdown or HTML with charts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.timeopts import Moment


@click.group("report")
def command() -> None:
    """Periodic reports from the review queue."""


@command.command("complaints")
@click.option("--since", type=Moment(), default="7d", show_default=True,
              help="Complaints about posts written at or after (ISO date/time or age like 7d).")
@click.option("--until", type=Moment(), help="Complaints about posts written before (default: now).")
@click.option("--format", "output_format", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Report file (default: <data_dir>/reports/complaints-<date>.<format>). "
                   "Charts go to a folder beside it.")
@pass_cli
def complaints(cli: CliContext, since: datetime, until: datetime | None, output_format: str,
               out: Path | None) -> None:
    """Counts by topic and day of posting, median time to first action and to resolution, SLA breaches, top rules;
    notes complaints that arrived late."""
    from brandwatch.reports.complaints import complaint_report
    from brandwatch.reports.render import late_notes, write_report
    from brandwatch.model.clock import system_clock
    from brandwatch.store.db import session_factory

    until = until or system_clock()
    if until <= since:
        raise click.BadParameter("--until must be later than --since", param_hint="--until")
    engine = cli.engine()
    with session_factory(engine)() as session:
        report = complaint_report(session, since, until)
    engine.dispose()
    out = out or cli.settings.data_dir / "reports" / f"complaints-{until:%Y-%m-%d}.{output_format}"
    written = write_report(report, out, output_format)
    click.echo(f"{report.total} complaints, {report.sla_breaches} SLA breaches: report written to {written}")
    for note in late_notes(report):
        click.echo(f"note: {note}")
