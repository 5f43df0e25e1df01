"""`brandwatch rules rescan`: run the current rules over stored mentions, adding only new findings.

A plain click command: the CLI attaches it to the `rules` group.
"""

from __future__ import annotations

from datetime import datetime

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.timeopts import Moment


@click.command("rescan")
@click.option("--since", type=Moment(), default="7d", show_default=True,
              help="Mentions posted at or after (ISO date/time or age like 7d).")
@click.option("--batch-size", type=click.IntRange(1, 5000), default=200, show_default=True)
@pass_cli
def rescan(cli: CliContext, since: datetime, batch_size: int) -> None:
    """Re-run the detectors over analysed mentions after a rule change; existing findings stay as they are."""
    from brandwatch.daemon.engine import make_analyzer, open_analysis_inputs
    from brandwatch.daemon.rescan import rescan_mentions
    from brandwatch.daemon.rulebook import Rulebook
    from brandwatch.model.clock import system_clock
    from brandwatch.store.db import session_factory

    settings = cli.settings
    engine = cli.engine()
    inputs = open_analysis_inputs(settings)
    analyzer = make_analyzer(settings, inputs, Rulebook(settings, system_clock).rule_set)
    result = rescan_mentions(session_factory(engine), settings, analyzer, since,
                             system_clock, batch_size)
    engine.dispose()
    click.echo(f"rescanned {result.mentions} mentions since {since:%Y-%m-%d %H:%M} UTC: "
               f"{result.created} new findings, {result.existing} already recorded")
