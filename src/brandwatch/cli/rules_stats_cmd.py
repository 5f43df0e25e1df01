"""`brandwatch rules stats`: real-world precision per rule from reviewers' decisions.

A plain click command: the lead attaches it to the `rules` group (`rules.add_command(stats)`).
"""

from __future__ import annotations

import json
from datetime import datetime

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.timeopts import Moment
from brandwatch.store.db import session_factory


@click.command("stats")
@click.option("--since", type=Moment(), default="30d", show_default=True,
              help="Findings raised at or after (ISO date/time or age like 30d).")
@click.option("--until", type=Moment(), help="Findings raised before (default: now).")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@pass_cli
def stats(cli: CliContext, since: datetime | None, until: datetime | None, output_format: str) -> None:
    """Per rule: findings confirmed (resolved) vs dismissed as false positives, and the precision."""
    from brandwatch.review.rule_stats import rule_stats

    with session_factory(cli.engine())() as session:
        rows = rule_stats(session, since, until)
    if output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps({"rule": row.rule_id, "total": row.total, "confirmed": row.confirmed,
                                   "false_positives": row.false_positives, "other_dismissals": row.other_dismissals,
                                   "open": row.open, "precision": row.precision}))
        return
    if not rows:
        click.echo("no findings in this period")
        return
    width = max(len("rule"), *(len(r.rule_id) for r in rows))
    click.echo(f"{'rule':<{width}}  {'total':>6}  {'confirmed':>9}  {'false+':>6}  {'other':>5}  {'open':>5}  precision")
    for r in rows:
        precision = f"{r.precision:.0%}" if r.precision is not None else "-"
        click.echo(f"{r.rule_id:<{width}}  {r.total:>6}  {r.confirmed:>9}  {r.false_positives:>6}  "
                   f"{r.other_dismissals:>5}  {r.open:>5}  {precision}")
