"""`brandwatch report`: complaint statistics, and share of voice per brand and competitor, as Markdown or HTML with charts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.timeopts import Moment


@click.group("report")
def command() -> None:
    """Periodic reports: complaints from the review queue, share of voice against competitors."""


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


@command.command("share-of-voice")
@click.option("--since", type=Moment(), default="30d", show_default=True,
              help="Posts written on or after this day (ISO date/time or age like 30d; whole UTC days).")
@click.option("--until", type=Moment(), help="Posts written before (default: now).")
@click.option("--bucket", type=click.Choice(["day", "week"]), default="day", show_default=True,
              help="Figures per UTC day, or per week starting on Monday.")
@click.option("--format", "output_format", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Report file (default: <data_dir>/reports/share-of-voice-<date>.<format>). "
                   "Charts go to a folder beside it.")
@pass_cli
def share_of_voice(cli: CliContext, since: datetime, until: datetime | None, bucket: str, output_format: str,
                   out: Path | None) -> None:
    """Mentions, sentiment and complaint rate per brand and competitor over time (docs/queries.md)."""
    from brandwatch.model.clock import system_clock
    from brandwatch.reports.share_of_voice import configured_voices, days_of, share_of_voice as figures
    from brandwatch.reports.share_render import write_share_report
    from brandwatch.store.db import session_factory

    until = until or system_clock()
    if until <= since:
        raise click.BadParameter("--until must be later than --since", param_hint="--until")
    settings = cli.settings
    voices = configured_voices([b.name for b in settings.brands], [c.name for c in settings.competitors])
    engine = cli.engine()
    with session_factory(engine)() as session:
        report = figures(session, *days_of(since, until), bucket, voices)
    engine.dispose()
    out = out or settings.data_dir / "reports" / f"share-of-voice-{until:%Y-%m-%d}.{output_format}"
    written = write_share_report(report, out, output_format)
    mentions = sum(report.figures(voice).mentions for voice in report.voices)
    click.echo(f"{mentions} mentions of {len(report.voices)} brands and competitors: report written to {written}")
